"""Django's Redis cache, keeping one client per connection pool.

Django builds a new ``redis.Redis`` object for every cache call; with redis-py 8 that costs
more than the GET itself (redis/redis-py#3624), and the public pages are mostly cache hits.
A ``redis.Redis`` over a pool is thread-safe, so one per pool serves every request.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


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
