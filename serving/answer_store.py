"""Where reused callback answers are kept: in each process, or on a Redis server all of them share.

Redis is a help, never a condition. Each command waits at most :data:`TIMEOUT_S`; when
Redis fails (unreachable at start, lost while serving, too slow), the process logs one
warning, keeps its answers in its own memory and asks Redis again after
:data:`RETRY_AFTER_S`, so an outage costs no request and at most one short wait per
process and pause. When Redis answers again, the answers are shared again.

Answers are stored as the raw bytes of the JSON Dash sent, never pickled: what a
process reads from a shared server is data, not code. Every key expires after
:data:`TTL_S`, which bounds the memory a deployment uses on Redis.
"""

from __future__ import annotations

import logging
import os
import time

import redis
from flask_caching.backends import NullCache, SimpleCache
from redis.backoff import NoBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)

STORED_ANSWERS = 1_000  # per process; at most about 150 MB, typically a few MB (most answers are 1–15 KB)
TTL_S = 86_400  # a day on Redis; a new pack or code version uses new keys, the old ones expire
TIMEOUT_S = 0.25  # connect and answer on a local network take about a millisecond
RETRY_AFTER_S = 5.0


def open_store(environ=os.environ):
    """The store the environment asks for: ``ATLAS_CACHE=off``, ``ATLAS_CACHE_REDIS_URL``, or per process."""
    if environ.get("ATLAS_CACHE", "on") == "off":
        return NullCache()
    if environ.get("ATLAS_CACHE_REDIS_URL"):
        return SharedStore(environ["ATLAS_CACHE_REDIS_URL"])
    return process_store()


def process_store() -> SimpleCache:
    return SimpleCache(threshold=STORED_ANSWERS, default_timeout=0)


class SharedStore:
    """Answers on Redis, and in this process's memory while Redis cannot be reached."""

    def __init__(self, url: str):
        self.client = redis.Redis.from_url(
            url, socket_timeout=TIMEOUT_S, socket_connect_timeout=TIMEOUT_S, retry=Retry(NoBackoff(), 0)
        )  # the client's default retries would wait seconds
        settings = self.client.connection_pool.connection_kwargs
        self.name = f"Redis at {settings.get('host', 'localhost')}:{settings.get('port', 6379)}/{settings.get('db', 0)}"  # no password
        self.local = process_store()
        self.down_since: float | None = None
        self.next_try = 0.0
        self.command(self.client.ping)

    @property
    def shared(self) -> bool:
        return self.down_since is None

    def get(self, key: str) -> bytes | None:
        answer = self.command(self.client.get, key)
        return answer if self.shared else self.local.get(key)

    def set(self, key: str, answer: bytes) -> None:
        self.command(self.client.set, key, answer, ex=TTL_S)
        if not self.shared:
            self.local.set(key, answer)

    def command(self, run, *args, **kwargs):
        """Run a Redis command; None when Redis is down or was down less than :data:`RETRY_AFTER_S` ago."""
        now = time.monotonic()
        if now < self.next_try:
            return None
        try:
            result = run(*args, **kwargs)
        except redis.RedisError as error:
            if self.shared:
                self.down_since = now
                log.warning(
                    "Answer store: %s cannot be used (%s). Each process keeps its own answers meanwhile; Redis is asked again every %g s.",
                    self.name,
                    error,
                    RETRY_AFTER_S,
                )
            self.next_try = now + RETRY_AFTER_S
            return None
        if not self.shared:
            log.warning("Answer store: %s answers again after %.0f s; answers are shared again.", self.name, now - self.down_since)
            self.down_since = None
            self.local.clear()
        return result
