"""A Redis cache that an outage slows down but never breaks.

The site only ever uses its cache to go faster: pages and figures can always be computed
again, and task progress is a courtesy. So when Redis refuses connections, times out or
answers with an error, ResilientRedisCache logs it, counts it and behaves as an empty
cache: a read is a miss, a write is dropped, ``incr`` finds no key. The page is then
served uncached and any write to the database goes through.

A hung Redis would still cost every call a socket timeout, so after a failure the cache
is left alone for ``RETRY_SECONDS`` (every call in that time is a miss at once, counted
as skipped), and then tried again. That state is kept per Redis address and per process,
shared by the "default" and "progress" caches and by every thread.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_RETRY_SECONDS = 5.0

# What an unreachable, slow or failing Redis raises through the client library.
FAILURES = (RedisError, OSError)


class _Health:
    """How one Redis address has been answering this process."""

    def __init__(self):
        self.down_until = 0.0
        self.errors = 0
        self.skipped = 0
        self.last_error = ""
        self.last_error_at = None

    @property
    def resting(self):
        return time.monotonic() < self.down_until


_lock = threading.Lock()
_health = {}
_recovery_listeners = []


def on_recovery(listener):
    """Call ``listener()`` whenever a Redis this process found failing answers again."""
    _recovery_listeners.append(listener)


def _health_of(location):
    with _lock:
        return _health.setdefault(location, _Health())


def stats():
    """Return this process's record of cache trouble, over every Redis address: failed
    calls, calls skipped while resting, the latest error and when it happened (Unix time),
    and whether any address is resting now."""
    with _lock:
        records = list(_health.values())
    latest = max(records, key=lambda h: h.last_error_at or 0, default=None)
    return {
        "errors": sum(h.errors for h in records),
        "skipped": sum(h.skipped for h in records),
        "last_error": latest.last_error if latest else "",
        "last_error_at": latest.last_error_at if latest else None,
        "resting": any(h.resting for h in records),
    }


def reset():
    """Forget all recorded trouble (for tests)."""
    with _lock:
        _health.clear()


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, answering as an empty cache while Redis cannot be reached.

    Besides Django's settings it reads ``RETRY_SECONDS``: how long to leave Redis alone
    after a failure. Short socket timeouts belong in ``OPTIONS`` (``socket_timeout``,
    ``socket_connect_timeout``), which go to the client library's connection pool.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self.retry_seconds = float(params.get("RETRY_SECONDS", DEFAULT_RETRY_SECONDS))
        self.health = _health_of(tuple(self._servers))

    def _call(self, operation, fallback, *args, **kwargs):
        health = self.health
        if health.resting:
            with _lock:
                health.skipped += 1
            return fallback()
        try:
            result = getattr(super(), operation)(*args, **kwargs)
        except FAILURES as error:
            self._failed(operation, error)
            return fallback()
        if health.down_until:
            self._recovered()
        return result

    def _failed(self, operation, error):
        health = self.health
        with _lock:
            health.errors += 1
            health.last_error = f"{type(error).__name__}: {error}"
            health.last_error_at = time.time()
            first = health.down_until == 0.0
            health.down_until = time.monotonic() + self.retry_seconds
        log = logger.warning if first else logger.info
        log(
            "Cache %s failed (%s); serving without the cache for %.1f s",
            operation,
            health.last_error,
            self.retry_seconds,
        )

    def _recovered(self):
        with _lock:
            self.health.down_until = 0.0
        logger.warning("Cache reachable again at %s", ", ".join(self._servers))
        for listener in _recovery_listeners:
            listener()

    def ping(self):
        """Return whether Redis answers a PING now, whether or not the cache is resting;
        an answer ends the rest at once."""
        try:
            self._cache.get_client(write=True).ping()
        except FAILURES as error:
            self._failed("ping", error)
            return False
        if self.health.down_until:
            self._recovered()
        return True

    # Every call that reaches Redis, each with what an empty cache would answer.

    def add(self, *args, **kwargs):
        return self._call("add", lambda: False, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._call("get", lambda: default, key, default, version)

    def set(self, *args, **kwargs):
        return self._call("set", lambda: None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", lambda: False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", lambda: False, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", dict, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", lambda: False, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (the cache cannot be reached).")

        return self._call("incr", missing, key, delta, version)

    def set_many(self, data, *args, **kwargs):
        return self._call("set_many", lambda: list(data), data, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", lambda: None, *args, **kwargs)

    def clear(self):
        return self._call("clear", lambda: None)
