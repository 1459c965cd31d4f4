"""Caching of public pages, invalidated when anything in their township goes public or leaves.

Each township has a generation number in the cache and every cached page keeps the generation
it was rendered at, so a publish or a withdrawal (which bumps the number) makes every cached
page of that township stale at once and the next request renders afresh. A hit costs one
round trip to the cache: the number and the page are fetched together.
"""

from __future__ import annotations

import logging
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

logger = logging.getLogger(__name__)


def _generation_key(township_code: str) -> str:
    return f"public-generation:{township_code}"


def generation(township_code: str) -> int:
    return cache.get_or_set(_generation_key(township_code), 1, timeout=None)


def bump(township_code: str) -> None:
    key = _generation_key(township_code)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, timeout=None)
        # With the cache server unreachable (powers/cache_backend.py) nothing was stored:
        # if the server comes back with its old pages, they show until they expire.
        if cache.get(key) is None:
            logger.error(
                "Public pages of township %s could not be expired (the cache is unreachable): "
                "pages cached before may show for up to %s seconds once it is back.",
                township_code,
                settings.PUBLIC_PAGE_CACHE_SECONDS,
            )


def _lookup(request, township_code: str) -> tuple[int | None, HttpResponse | None, str]:
    """The township's generation, the page cached for this request at that generation (if
    any) and the page's key, in one round trip to the cache."""
    generation_key = _generation_key(township_code)
    page_key = f"public-page:{township_code}:{get_language()}:{request.get_full_path()}"
    found = cache.get_many([generation_key, page_key])
    current = found.get(generation_key)
    cached = found.get(page_key)
    if current is not None and cached is not None and cached[0] == current:
        return current, cached[1], page_key
    return current, None, page_key


def cached_page(request, township_code: str) -> HttpResponse | None:
    """The current cached page for this GET, for a view that decides before rendering whether
    a page may be cached at all (the disclosure page): a hit needs no database."""
    if request.method not in ("GET", "HEAD"):
        return None
    return _lookup(request, township_code)[1]


def cached_public_page(view):
    """Cache a public page's response per township generation, language and path."""

    @wraps(view)
    def wrapper(request, township_code: str, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, township_code, *args, **kwargs)
        current, hit, page_key = _lookup(request, township_code)
        if hit is not None:
            return hit
        if current is None:
            current = generation(township_code)
        response = view(request, township_code, *args, **kwargs)
        if response.status_code == 200:
            cache.set(page_key, (current, response), settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

    return wrapper
