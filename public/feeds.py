"""RSS 2.0 and Atom feeds of a township's and a unit's latest public disclosures.

They list what the public site lists (``Disclosure.objects.public()``, from the approved
snapshot), never a draft, a withdrawn disclosure or one for the party or the unit only, and
pass through the public page cache, so a publish or a withdrawal shows on the next request.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from disclosures.models import Disclosure
from disclosures.publishing import public_url
from powers.models import Township, Unit
from powers.public_cache import cached_public_page
from powers.sanitize import clean_html, html_to_text

FEED_SIZE = 30
DESCRIPTION_CHARS = 300


class TownshipDisclosuresFeed(Feed):
    """The township's latest public disclosures, RSS 2.0."""

    def get_object(self, request: HttpRequest, township_code: str) -> Township:
        return get_object_or_404(Township, code=township_code)

    def title(self, township: Township) -> str:
        return _("%(name)s · 最新公开事项") % {"name": township.name}

    def link(self, township: Township) -> str:
        return reverse("public:township_home", args=[township.code])

    def description(self, township: Township) -> str:
        return _("%(name)s及所属村（居）、乡直单位最新发布的公开事项。") % {"name": township.name}

    def disclosures(self):
        return (
            Disclosure.objects.public()
            .filter(unit__is_active=True)
            .select_related("unit__township")
            .only(
                "pk",
                "published_data",
                "published_at",
                "unit__code",
                "unit__name",
                "unit__township__code",
            )
            .order_by("-published_at", "-pk")
        )

    def items(self, township: Township):
        return self.disclosures().filter(unit__township=township)[:FEED_SIZE]

    def item_title(self, disclosure: Disclosure) -> str:
        return disclosure.published_data["title"]

    def item_description(self, disclosure: Disclosure) -> str:
        text = html_to_text(clean_html(disclosure.published_data.get("body", "")))
        return Truncator(text).chars(DESCRIPTION_CHARS)

    def item_link(self, disclosure: Disclosure) -> str:
        return public_url(disclosure)

    def item_guid(self, disclosure: Disclosure) -> str:
        return public_url(disclosure)

    def item_pubdate(self, disclosure: Disclosure):
        return disclosure.published_at

    def item_author_name(self, disclosure: Disclosure) -> str:
        return disclosure.unit.name

    def item_categories(self, disclosure: Disclosure) -> list[str]:
        code = disclosure.published_data.get("category_code")
        if code in Disclosure.Category.values:
            return [str(Disclosure.Category(code).label)]
        return [disclosure.published_data.get("category", "")]


class TownshipDisclosuresAtom(TownshipDisclosuresFeed):
    """The same, Atom."""

    feed_type = Atom1Feed

    def subtitle(self, township: Township) -> str:
        return self.description(township)


class UnitDisclosuresFeed(TownshipDisclosuresFeed):
    """A unit's latest public disclosures, RSS 2.0."""

    def get_object(self, request: HttpRequest, township_code: str, unit_code: str) -> Unit:
        return get_object_or_404(
            Unit.objects.select_related("township"),
            township__code=township_code,
            code=unit_code,
            is_active=True,
        )

    def title(self, unit: Unit) -> str:
        return _("%(name)s · 最新公开事项") % {"name": unit.name}

    def link(self, unit: Unit) -> str:
        return reverse("public:unit_page", args=[unit.township.code, unit.code])

    def description(self, unit: Unit) -> str:
        return _("%(name)s最新发布的公开事项。") % {"name": unit.name}

    def items(self, unit: Unit):
        return self.disclosures().filter(unit=unit)[:FEED_SIZE]


class UnitDisclosuresAtom(UnitDisclosuresFeed):
    """The same, Atom."""

    feed_type = Atom1Feed

    def subtitle(self, unit: Unit) -> str:
        return self.description(unit)


def _cached(feed: Feed):
    def view(request: HttpRequest, township_code: str, *args, **kwargs):
        return feed(request, township_code, *args, **kwargs)

    view.__name__ = type(feed).__name__
    view.__doc__ = type(feed).__doc__
    return cached_public_page(view)


township_rss = _cached(TownshipDisclosuresFeed())
township_atom = _cached(TownshipDisclosuresAtom())
unit_rss = _cached(UnitDisclosuresFeed())
unit_atom = _cached(UnitDisclosuresAtom())
