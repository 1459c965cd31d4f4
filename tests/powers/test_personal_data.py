"""The personal-data detector: what it flags in a text that may become public, what it leaves
alone, and how it masks what it found."""

from __future__ import annotations

from datetime import date

import pytest

from powers.personal_data import (
    ADDRESS,
    BANK_CARD,
    ID_CARD,
    LANDLINE,
    MOBILE,
    find_personal_data,
    html_text,
    is_valid_id_card,
    mask_html,
    mask_text,
    passes_luhn,
)

TODAY = date(2026, 6, 1)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text, TODAY)]


# ID-card numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["11010519491231002X", "11010519491231002x", "33010619900101123X", "330106199003071236"],
)
def test_it_flags_an_id_card_number_with_a_valid_checksum(number):
    assert kinds(f"身份证号{number}。") == [(ID_CARD, number)]


def test_it_gives_the_id_card_number_its_position_and_masked_form():
    text = "申请人身份证号11010519491231002X"
    [finding] = find_personal_data(text, TODAY)
    assert (finding.start, finding.end) == (7, 25)
    assert text[finding.start : finding.end] == "11010519491231002X"
    assert finding.masked == "1101**********002X"


@pytest.mark.parametrize(
    "number,why",
    [
        ("110105194912310021", "wrong check character"),
        ("330106199003071235", "wrong check digit"),
        ("990106199003071233", "no such province"),
        ("330106199002301232", "30 February"),
        ("330106203001011234", "born in the future"),
        ("440524188001010014", "born before 1900"),
    ],
)
def test_it_rejects_an_18_digit_run_that_is_no_id_card(number, why):
    assert not is_valid_id_card(number, TODAY), why
    assert [kind for kind, _text in kinds(number)] != [ID_CARD], why


def test_it_ignores_an_id_card_number_inside_a_longer_run_of_digits():
    assert kinds("流水号911010519491231002X") == []
    assert kinds("编号11010519491231002X0") == []


def test_it_ignores_digits_inside_a_code_with_letters():
    # A unified social credit code, a serial number: not a person's numbers.
    assert kinds("统一社会信用代码91330106MA2813812345678，序列号SN6222021234567890128") == []


# Mobile numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,number,masked",
    [
        ("联系电话13812345678。", "13812345678", "138****5678"),
        ("手机：199 8765 4321", "199 8765 4321", "199 **** 4321"),
        ("电话 138-1234-5678", "138-1234-5678", "138-****-5678"),
        ("+8613812345678", "+8613812345678", "+86138****5678"),
        ("联系人张三13812345678", "13812345678", "138****5678"),
    ],
)
def test_it_flags_a_mobile_number_and_masks_its_middle_four_digits(text, number, masked):
    [finding] = find_personal_data(text, TODAY)
    assert (finding.kind, finding.text, finding.masked) == (MOBILE, number, masked)


@pytest.mark.parametrize(
    "text",
    [
        "12812345678",  # 12 is no mobile prefix
        "1381234567",  # ten digits
        "合同号213812345678",  # inside a longer run
        "138123456789",
        "金额13812345678.50元",  # a decimal, not a number to call
    ],
)
def test_it_does_not_take_other_digits_for_a_mobile_number(text):
    assert [kind for kind, _text in kinds(text)] != [MOBILE]


# Landlines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,number,masked",
    [
        ("电话0571-87654321", "0571-87654321", "0571-****4321"),
        ("电话010-6512345", "010-6512345", "010-***2345"),
        ("电话02187654321", "02187654321", "021****4321"),
        ("电话（0571）87654321", "（0571）87654321", "（0571）****4321"),
    ],
)
def test_it_flags_a_landline_keeping_its_area_code_and_last_four_digits(text, number, masked):
    [finding] = find_personal_data(text, TODAY)
    assert (finding.kind, finding.text, finding.masked) == (LANDLINE, number, masked)


def test_it_does_not_take_a_date_or_a_reference_for_a_landline():
    assert kinds("2026-05-01 第2026-001号 文号〔2026〕12号") == []
    assert kinds("0571-0123456") == []  # a local number never starts with 0


# Bank cards ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number,masked",
    [
        ("6222021234567890128", "6222***********0128"),
        ("6228480012345671", "6228********5671"),
        ("6222 0212 3456 7890 128", "6222 **** **** ***0 128"),
    ],
)
def test_it_flags_a_bank_card_number_passing_luhn(number, masked):
    [finding] = find_personal_data(f"补贴发放至卡号{number}。", TODAY)
    assert (finding.kind, finding.text, finding.masked) == (BANK_CARD, number, masked)


def test_it_ignores_a_card_length_run_failing_luhn():
    assert not passes_luhn("6222021234567890127")
    assert kinds("卡号6222021234567890127") == []


def test_an_id_card_number_that_also_passes_luhn_is_reported_once_as_an_id_card():
    number = "11010519491231002X"
    assert kinds(number) == [(ID_CARD, number)]


# Addresses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,found,masked",
    [
        ("住人民路88号5栋2单元501室", "5栋2单元501室", "*栋*单元***室"),
        ("家住幸福小区12号楼3单元", "12号楼3单元", "**号楼*单元"),
        ("和平街8号501室", "8号501室", "*号***室"),
        ("门牌号12号", "门牌号12号", "门牌号**号"),
        ("王家村五组23号", "五组23号", "*组**号"),
    ],
)
def test_it_flags_a_detailed_address_and_masks_the_house(text, found, masked):
    [finding] = find_personal_data(text, TODAY)
    assert (finding.kind, finding.text, finding.masked) == (ADDRESS, found, masked)
    assert text.replace(found, masked) == mask_text(text, TODAY)


def test_it_leaves_a_street_address_of_an_office_alone():
    assert kinds("乡政府地址：人民路1号，村委会在王家村") == []


# Masked text, masking and HTML -----------------------------------------------------------


def test_text_already_masked_is_not_flagged():
    assert kinds("联系人138****5678，身份证3301**********1234，卡号6222********5671") == []


def test_masking_replaces_every_finding_and_the_result_is_clean():
    text = "身份证号11010519491231002X，手机13812345678，电话0571-87654321。"
    masked = mask_text(text, TODAY)
    assert masked == "身份证号1101**********002X，手机138****5678，电话0571-****4321。"
    assert find_personal_data(masked, TODAY) == []


def test_html_text_keeps_table_cells_apart():
    html = "<table><tr><td>138</td><td>12345678</td></tr></table><p>手机<b>13812345678</b></p>"
    assert kinds(html_text(html)) == [(MOBILE, "13812345678")]


def test_html_entities_are_read_as_text():
    assert kinds(html_text("<p>身份证&nbsp;11010519491231002X</p>")) == [
        (ID_CARD, "11010519491231002X")
    ]


def test_masking_html_masks_the_text_and_keeps_the_markup():
    html = "<table><tr><td>张三</td><td>13812345678</td></tr></table>"
    assert mask_html(html, TODAY) == "<table><tr><td>张三</td><td>138****5678</td></tr></table>"


def test_empty_text_has_no_findings():
    assert find_personal_data("", TODAY) == []
