import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from alerts import services
from alerts.models import Alert

URL = re.compile(r"https://[^\s\"<>]+")


def urls_in(text):
    return URL.findall(text)


def path_of(url):
    """The path and query of an absolute link in an e-mail, for the test client."""
    parts = urlsplit(url.replace("&amp;", "&"))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def link(message, fragment):
    """The first link in a message's plain-text part whose path contains ``fragment``."""
    return next(path_of(url) for url in urls_in(message.body) if fragment in url)


def html_part(message):
    return next(content for content, kind in message.alternatives if kind == "text/html")


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Subscribe through the page, as a visitor does; return the response. The e-mail it
    queues once its transaction commits is sent at once (tests run tasks in process)."""

    def subscribe(query="", email="seeker@example.com", frequency="daily", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/alerts/new/", {"query": query, "email": email, "frequency": frequency, **extra}
            )

    return subscribe


@pytest.fixture
def active_alert(db):
    """Return a confirmed alert on a search, made through the write path; confirmed a day
    ago unless told otherwise."""

    def make(query="", email="seeker@example.com", frequency="daily", confirmed_days_ago=1):
        alert = services.subscribe(email, query, frequency)
        services.confirm(alert, now=timezone.now() - datetime.timedelta(days=confirmed_days_ago))
        mail.outbox.clear()
        alert.refresh_from_db()
        return alert

    return make


@pytest.fixture
def run_alerts(db, django_capture_on_commit_callbacks):
    """One send_alerts pass: find, queue and (tasks run at once in tests) send."""

    def run(now=None):
        with django_capture_on_commit_callbacks(execute=True):
            services.remove_unconfirmed(now)
            collected = services.collect(now)
        services.requeue(now)
        return collected

    return run


def active(query=""):
    return Alert.objects.filter(status=Alert.Status.ACTIVE, search__query=query)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with no subscriptions counted against the test client's address."""
    cache.clear()
    yield
    cache.clear()
