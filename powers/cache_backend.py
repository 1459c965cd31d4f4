"""Django's Redis cache, keeping one client per connection pool.

Django builds a new ``redis.Redis`` object for every cache call; with redis-py 8 that costs
more than the GET itself (redis/redis-py#3624), and the public pages are mostly cache hits.
A ``redis.Redis`` over a pool is thread-safe, so one per pool serves every request.

:class:`FailSoftRedisCache` (the one settings use) also keeps the site up when Redis is down:
each operation that cannot reach the server answers as a miss (nothing found, nothing stored,
``incr`` raises ``ValueError`` as for a missing key), so public pages render from the database,
and limits let requests through rather than refuse everyone (``RATELIMIT_FAIL_OPEN``). Short
socket timeouts (settings ``CACHES`` ``OPTIONS``) bound the wait for a server that does not
answer; after a failure the server is left alone for a few seconds, so a page does not wait
once per cache call; a warning is logged at most once a minute per process.
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What an unreachable or unresponsive server raises; any other error is a bug and propagates.
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError)
# After a failure, operations skip the server this long, then try it again.
RETRY_AFTER_SECONDS = 5.0
# At most one warning per this many seconds and process, with the count of failures since.
LOG_EVERY_SECONDS = 60.0


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PooledRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient


class CacheOutage:
    """When one cache server last failed, shared by the cache objects of all threads."""

    def __init__(self) -> None:
        self.skip_until = 0.0
        self.logged_at = float("-inf")
        self.unlogged = 0
        self.lock = threading.Lock()

    def skipping(self) -> bool:
        return time.monotonic() < self.skip_until

    def failed(self, error: Exception) -> None:
        now = time.monotonic()
        with self.lock:
            self.skip_until = now + RETRY_AFTER_SECONDS
            self.unlogged += 1
            if now - self.logged_at < LOG_EVERY_SECONDS:
                return
            failures, self.unlogged, self.logged_at = self.unlogged, 0, now
        logger.warning(
            "Cache server unreachable (%s): pages are served from the database without the "
            "cache and limits let requests through; %d failure(s) since the last warning.",
            error,
            failures,
        )


_outages: dict[tuple[str, ...], CacheOutage] = {}
_outages_lock = threading.Lock()
_UNREACHABLE = object()


def outage_of(servers: list[str]) -> CacheOutage:
    with _outages_lock:
        return _outages.setdefault(tuple(servers), CacheOutage())


class FailSoftRedisCacheClient(PooledClientRedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._outage = outage_of(servers)

    def _attempt(self, operation, fallback, *args):
        if self._outage.skipping():
            return fallback
        try:
            return operation(*args)
        except OUTAGE_ERRORS as error:
            self._outage.failed(error)
            return fallback

    def add(self, key, value, timeout):
        return self._attempt(super().add, False, key, value, timeout)

    def get(self, key, default):
        return self._attempt(super().get, default, key, default)

    def set(self, key, value, timeout):
        return self._attempt(super().set, None, key, value, timeout)

    def touch(self, key, timeout):
        return self._attempt(super().touch, False, key, timeout)

    def delete(self, key):
        return self._attempt(super().delete, False, key)

    def get_many(self, keys):
        return self._attempt(super().get_many, {}, keys)

    def has_key(self, key):
        return self._attempt(super().has_key, False, key)

    def incr(self, key, delta):
        value = self._attempt(super().incr, _UNREACHABLE, key, delta)
        if value is _UNREACHABLE:
            raise ValueError(f"Key '{key}' not incremented: the cache server is unreachable.")
        return value

    def set_many(self, data, timeout):
        return self._attempt(super().set_many, None, data, timeout)

    def delete_many(self, keys):
        return self._attempt(super().delete_many, None, keys)

    def clear(self):
        return self._attempt(super().clear, False)


class FailSoftRedisCache(PooledRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailSoftRedisCacheClient
