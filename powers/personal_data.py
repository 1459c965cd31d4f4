"""Personal data in text that may become public: finding it and masking it.

Pure functions over strings, with no database: the guard that applies them to records
(:mod:`powers.personal_data_guard`) and its tests build on these. What is found:

- 身份证号: 17 digits and a check character (a digit or X) that pass the GB 11643 checksum,
  with a known province code and a real birth date (not after today); any other 18-digit run
  is not one.
- 手机号: 1[3-9] and nine more digits (optionally as 3-4-4 with a space or a hyphen, optionally
  after +86), never inside a longer run of digits.
- 固定电话: an area code (010, 02x or a four-digit one from 03 on), an optional hyphen or space,
  and a local number of 7 or 8 digits not starting with 0 or 1; ``(0571)`` too.
- 银行卡号: 16 to 19 digits (or groups of four separated by a space or a hyphen) that pass the
  Luhn check and are not an ID-card number.
- 详细住址: conservative on purpose, because an office's street address (人民路1号) is public
  by nature: only a room (…号…室, …栋/幢/号楼…单元…室), a house plate (门牌…号) or a house
  in a villagers' group (…组…号) is flagged. A street with its number alone is not.

No number is taken from inside a longer run of digits, from a code that mixes digits with Latin
letters (a credit code, a serial number) or from a decimal. Text already masked (138****5678,
3301**********1234) holds no run of digits long enough to match, so it is never flagged again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

ID_CARD = "id_card"
MOBILE = "mobile"
LANDLINE = "landline"
BANK_CARD = "bank_card"
ADDRESS = "address"

# GB/T 2260 province-level codes (the first two digits of an ID-card number); 83 is the
# residence permit of Taiwan residents.
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50}
    | {51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"

# Digit runs are bounded on both sides: not next to another digit or a Latin letter (a code
# such as a credit code or a serial number), nor part of a decimal (1.5).
_BEFORE = r"(?<![\dA-Za-z])(?<!\d\.)"
_AFTER = r"(?![\dA-Za-z])(?!\.\d)"
_ID_RE = re.compile(_BEFORE + r"\d{17}[\dXx]" + _AFTER)
_BANK_RE = re.compile(_BEFORE + r"(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)" + _AFTER)
_MOBILE_RE = re.compile(_BEFORE + r"(?:\+?86[ -]?)?1[3-9]\d(?:\d{8}|[ -]\d{4}[ -]\d{4})" + _AFTER)
_AREA = r"0(?:10|2\d|[3-9]\d{2})"
_LANDLINE_RE = re.compile(
    _BEFORE + rf"(?:\({_AREA}\)|（{_AREA}）|{_AREA})[ -]?[2-9]\d{{6,7}}" + _AFTER
)
_NUM = r"[\d一二三四五六七八九十]+"
_ADDRESS_RE = re.compile(
    "|".join(
        (
            # 5栋2单元501室, 3幢1单元, 12号楼3单元402
            r"\d+(?:栋|幢|号楼|座)\d+单元(?:\d+(?:室|号|户)?)?",
            # 88号501室, 12号3楼302室, 8号院2号楼601室
            r"\d+号(?:院|楼)?(?:\d+(?:号楼|栋|幢|楼|层))?\d+室",
            # 门牌号12号, 门牌：23, 门牌号码 7-2
            r"门牌(?:号码|号)?[:：为是]?\s*\d+(?:-\d+)?号?",
            # 五组23号, 3组12号 (a house in a villagers' group)
            rf"{_NUM}组\d+号",
        )
    )
)


@dataclass(frozen=True)
class Finding:
    """One piece of personal data found in a text: its kind, the text as written, where it
    starts and ends (character offsets) and the form it takes once masked."""

    kind: str
    text: str
    start: int
    end: int
    masked: str


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def is_valid_id_card(number: str, today: date | None = None) -> bool:
    """A mainland resident ID-card number: province, birth date and GB 11643 check character."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    if int(number[:2]) not in PROVINCE_CODES:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or date.today()):
        return False
    total = sum(int(ch) * weight for ch, weight in zip(number[:17], ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11] == number[17].upper()


def passes_luhn(digits: str) -> bool:
    total = 0
    for position, ch in enumerate(reversed(digits)):
        value = int(ch)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _mask_digits(text: str, keep_first: int, keep_last: int) -> str:
    """Replace every digit (and a check X) but the first and last few with an asterisk,
    keeping separators and any +86 prefix as written."""
    count = sum(1 for ch in text if ch.isdigit() or ch in "Xx")
    out, index = [], 0
    for ch in text:
        if ch.isdigit() or ch in "Xx":
            out.append(ch if index < keep_first or index >= count - keep_last else "*")
            index += 1
        else:
            out.append(ch)
    return "".join(out)


def mask_id_card(text: str) -> str:
    return _mask_digits(text, 4, 4)


def mask_mobile(text: str) -> str:
    prefix = re.match(r"\+?86[ -]?(?=1)", text) if len(_digits(text)) > 11 else None
    head = prefix.group(0) if prefix else ""
    return head + _mask_digits(text[len(head) :], 3, 4)


def mask_landline(text: str) -> str:
    """Keep the area code and the last four digits."""
    area = re.match(r"[(（]?(0(?:10|2\d|[3-9]\d{2}))[)）]?[ -]?", text)
    head = area.group(0) if area else ""
    return head + _mask_digits(text[len(head) :], 0, 4)


def mask_bank_card(text: str) -> str:
    return _mask_digits(text, 4, 4)


def mask_address(text: str) -> str:
    """Hide the house: every number of the building, unit, room or plate (the street or the
    village before it is not part of the match and stays)."""
    return re.sub(_NUM, lambda m: "*" * len(m.group(0)), text)


def find_personal_data(text: str, today: date | None = None) -> list[Finding]:
    """Every piece of personal data in ``text``, in order of position, none overlapping."""
    if not text:
        return []
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match, masked: str) -> None:
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            return
        taken.append((start, end))
        found.append(Finding(kind, match.group(0), start, end, masked))

    for match in _ID_RE.finditer(text):
        if is_valid_id_card(match.group(0), today):
            add(ID_CARD, match, mask_id_card(match.group(0)))
    for match in _BANK_RE.finditer(text):
        digits = _digits(match.group(0))
        if 16 <= len(digits) <= 19 and passes_luhn(digits):
            add(BANK_CARD, match, mask_bank_card(match.group(0)))
    for match in _MOBILE_RE.finditer(text):
        add(MOBILE, match, mask_mobile(match.group(0)))
    for match in _LANDLINE_RE.finditer(text):
        add(LANDLINE, match, mask_landline(match.group(0)))
    for match in _ADDRESS_RE.finditer(text):
        add(ADDRESS, match, mask_address(match.group(0)))
    return sorted(found, key=lambda finding: finding.start)


def mask_text(text: str, today: date | None = None) -> str:
    """``text`` with every finding replaced by its masked form."""
    out, last = [], 0
    for finding in find_personal_data(text, today):
        out.append(text[last : finding.start])
        out.append(finding.masked)
        last = finding.end
    out.append(text[last:])
    return "".join(out)


def mask_html(html: str, today: date | None = None) -> str:
    """``html`` with every finding of its text content masked where it is written whole inside
    one text node (a number split by a tag stays, and so stays found)."""
    replaced = html
    for finding in find_personal_data(html_text(html), today):
        replaced = replaced.replace(finding.text, finding.masked)
    return replaced


# Elements after which the text content breaks, so that two table cells (or paragraphs) never
# read as one run of digits.
_BREAKING_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "thead", "tbody"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "hr", "dd", "dt"}
)


class _TextContent(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _BREAKING_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKING_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> str:
    """The text content of an HTML fragment (a disclosure body), cells and blocks on lines of
    their own."""
    parser = _TextContent()
    parser.feed(html or "")
    parser.close()
    return "".join(parser.parts)
