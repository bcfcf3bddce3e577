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
"""

import functools
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "content-version"


def content_version():
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
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def enabled():
    return settings.CACHE_SECONDS > 0


def cached_value(name, compute, *parts):
    """Return ``compute()``, cached under ``name`` and ``parts`` for the content version."""
    if not enabled():
        return compute()
    key = ":".join(["value", str(content_version()), name, *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.CACHE_SECONDS)
    return value


def cache_public_page(view):
    """Serve a view's 200 responses to anonymous GET requests from the cache.

    Requests carrying a session cookie (editors previewing drafts) always reach the view.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return view(request, *args, **kwargs)
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        key = f"page:{content_version()}:{digest}"
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                if hasattr(response, "render"):
                    response.render()
                cache.set(key, response, settings.CACHE_SECONDS)
        return response

    return wrapper
