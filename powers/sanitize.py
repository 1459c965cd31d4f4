"""Cleaning of a disclosure's rich-text body, with nh3 (the Rust sanitiser ammonia).

A body may hold paragraphs, headings, lists, quotations, tables and links: what a clerk pastes
from a word processor into a notice. Everything else is removed: scripts and style sheets with
their content, event-handler and style attributes, images (pictures come as checked
attachments), and links anywhere but to http, https or mailto addresses.

Where it runs, and why there: the body is cleaned when the form saves it
(:class:`disclosures.forms.DisclosureForm`, through :func:`clean_body`, which also turns typed
plain text into paragraphs), again in its public snapshot when a reviewer
approves it (:mod:`disclosures.publishing`, for bodies written some other way: the admin, an
import) and once more when a page renders it. Pages then mark it safe: it has been cleaned.
Cleaning is idempotent, so doing it twice changes nothing.
"""

from __future__ import annotations

import html
import re

import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "u",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Removed together with everything inside them, not just unwrapped to their text.
CONTENT_REMOVED = {"script", "style", "template", "noscript", "iframe", "object", "svg", "math"}
LINK_REL = "noopener noreferrer nofollow"
SPAN_LIMIT = 100  # a colspan or rowspan beyond this only serves to break the page's layout

_SCHEME_PREFIXES = tuple(f"{scheme}:" for scheme in URL_SCHEMES)
# Tags that end a run of words: their text must not run into the next cell's or paragraph's.
_BLOCK_TAG = re.compile(r"<(?=/?(?:p|br|h[1-6]|li|tr|td|th|blockquote|table|ul|ol|div)\b)", re.I)


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        # ammonia checks the scheme already; relative and protocol-relative links go too.
        return value if value.strip().lower().startswith(_SCHEME_PREFIXES) else None
    if attribute in {"colspan", "rowspan"}:
        return value if value.isdigit() and 0 < int(value) <= SPAN_LIMIT else None
    if attribute == "scope":
        return value if value in {"row", "col", "rowgroup", "colgroup"} else None
    return value


_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=CONTENT_REMOVED,
    attributes=ALLOWED_ATTRIBUTES,
    attribute_filter=_keep_attribute,
    strip_comments=True,
    link_rel=LINK_REL,
    url_schemes=URL_SCHEMES,
    url_relative="deny",
    # The portal's own table style, so a pasted table reads like every other table.
    set_tag_attribute_values={"table": {"class": "table"}},
)


def clean_html(text: str | None) -> str:
    """The body with only the allowed tags, attributes and links left."""
    return _cleaner.clean(text or "").strip()


def clean_body(text: str | None) -> str:
    """What a clerk typed, as clean HTML: markup is cleaned; plain text (no tags at all) keeps
    its paragraphs (blank lines) and line breaks, and a "<" in it stays a character."""
    text = (text or "").strip()
    if nh3.is_html(text):
        return clean_html(text)
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    return clean_html(
        "".join(
            "<p>" + "<br>".join(html.escape(line.strip()) for line in part.splitlines()) + "</p>"
            for part in paragraphs
        )
    )


def html_to_text(text: str | None) -> str:
    """The body's words without any markup, whitespace collapsed: for search and snippets."""
    spaced = _BLOCK_TAG.sub(" <", text or "")
    bare = nh3.clean(spaced, tags=set(), clean_content_tags=CONTENT_REMOVED)
    return " ".join(html.unescape(bare).split())
