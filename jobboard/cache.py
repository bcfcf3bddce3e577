"""Caching of public pages and costly figures, made fresh at once by any edit.

Every cache key carries a content version. Saving anything an anonymous visitor can see
(a posting, company, role, comparison or exchange rate) bumps the version once the
transaction commits, so every cached page and figure is replaced at once rather than
expiring on its own. This module is the one place that happens: each app lists its
public models with ``watch()`` (saves and deletes through the ORM), and the service
functions that write in bulk, which send no signals, call ``content_changed()``.
Postings that expire or go live with the passing of time are picked up within
``CACHE_SECONDS``.

The version lives in the cache itself: with Redis (``REDIS_URL``) all app servers share
it. Without Redis each process has its own memory, where one process cannot tell the
others about an edit, so caching is off by default there (see settings).

The cache only ever makes the site faster. When it cannot be reached (see
jobboard/redis_cache.py) there is no version to read, and pages and figures are computed
afresh; a write whose new version could not be stored still commits, and the process
stores one at its next chance; a process that found the cache failing also stores one
once it answers again, since other processes may have written meanwhile. Pages cached
before an outage are not served after it.
"""

import functools
import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import QueryDict

from . import redis_cache

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"

# A change committed while the cache could not be told about it.
_missed_bump = False


def _after_outage():
    # Other processes may have written while the cache was out of reach, and their new
    # versions were lost with it: what the cache still holds may be stale.
    global _missed_bump
    _missed_bump = True


redis_cache.on_recovery(_after_outage)


def content_version():
    """Return the content version, or None when the cache cannot be reached."""
    if _missed_bump:
        _bump()
    version = cache.get(VERSION_KEY)
    if version is None:
        # Start from the clock, so a cache that lost the key never reuses old entries.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def content_changed():
    """Make every cached page and figure fresh, once the current transaction commits."""
    transaction.on_commit(_bump)


def watch(*models):
    """Call ``content_changed()`` whenever a row of one of ``models`` is saved or deleted."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(_changed, sender=model, dispatch_uid=f"content:{signal}:{model}")
        for relation in model._meta.many_to_many:
            m2m_changed.connect(
                _changed, sender=relation.remote_field.through, dispatch_uid=f"m2m:{relation}"
            )


def _changed(**kwargs):
    content_changed()


def _bump():
    """Store a new content version. Runs once a write has committed, so it must never
    raise: when the cache cannot be reached the write stands, and the next
    content_version() of this process tries again."""
    global _missed_bump
    missed_before = _missed_bump
    try:
        try:
            cache.incr(VERSION_KEY)
            _missed_bump = False
            return
        except ValueError:
            # No version stored (a new or emptied cache), or a cache out of reach.
            cache.set(VERSION_KEY, time.time_ns(), timeout=None)
        _missed_bump = cache.get(VERSION_KEY) is None
    except Exception:
        logger.exception("Could not store a new content version")
        _missed_bump = True
    if _missed_bump and not missed_before:
        logger.warning("Cached pages could not be made fresh after a change; will retry")


def enabled():
    return settings.CACHE_SECONDS > 0


def cached_value(name, compute, *parts):
    """Return ``compute()``, cached under ``name`` and ``parts`` for the content version."""
    version = content_version() if enabled() else None
    if version is None:
        return compute()
    key = ":".join(["value", str(version), name, *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.CACHE_SECONDS)
    return value


def cache_public_page(view=None, *, params=()):
    """Serve a view's 200 responses to anonymous GET requests from the cache.

    ``params`` names the GET parameters the view reads. Any other parameter (a tracking
    tag, a typo, a made-up name) is dropped from the request before the view sees it, so
    it neither makes a cache key of its own nor shows up in the page: a request with junk
    parameters is answered with the same cached page as one without.

    Not cached: requests carrying a session cookie (editors, who may be previewing
    drafts), responses other than 200, streamed ones, ones that set a cookie or say they
    are private, and those larger than PAGE_CACHE_MAX_BYTES.
    """
    if view is None:
        return functools.partial(cache_public_page, params=params)
    known = frozenset(params)

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return view(request, *args, **kwargs)
        query = _only_known_parameters(request, known)
        version = content_version()
        if version is None:
            return view(request, *args, **kwargs)  # the cache is out of reach
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        key = f"page:{version}:{digest}"
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                if hasattr(response, "render"):
                    response.render()
                if _may_share(response):
                    cache.set(key, response, settings.CACHE_SECONDS)
        return response

    return wrapper


def _only_known_parameters(request, known):
    """Drop the GET parameters the view does not read from the request; return the rest
    as a query string in a fixed order (the cache key's)."""
    if any(name not in known for name in request.GET):
        kept = QueryDict(mutable=True)
        for name, values in request.GET.lists():
            if name in known:
                kept.setlist(name, values)
        request.META["QUERY_STRING"] = kept.urlencode()
        request.GET = QueryDict(request.META["QUERY_STRING"])
    return urlencode(sorted(request.GET.lists()), doseq=True)


def _may_share(response):
    """Whether a rendered response may be served to every anonymous visitor."""
    cache_control = response.get("Cache-Control", "")
    return (
        not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and len(response.content) <= settings.PAGE_CACHE_MAX_BYTES
    )
