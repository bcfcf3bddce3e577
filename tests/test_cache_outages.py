"""The site with its Redis down or hung: every public page still answers, uncached and so
slower; a write never fails because the cache could not be told about it; the task
progress cache degrades the same way; and the health check says what is wrong."""

import os
import signal
import time

import pytest
from django.core.cache import caches
from django.urls import reverse

from jobboard import cache as page_cache
from jobboard import redis_cache
from jobboard.settings import redis_caches
from postings import tasks
from postings.models import ExchangeRate, ImportRun
from tests.servers import REDIS_SERVER, HangingListener, RedisServer, free_port

pytestmark = pytest.mark.django_db

needs_redis_server = pytest.mark.skipif(
    REDIS_SERVER is None, reason="redis-server is not installed (apt-get install redis-server)"
)


@pytest.fixture(autouse=True)
def fresh_cache_state():
    redis_cache.reset()
    yield
    redis_cache.reset()


@pytest.fixture
def use_redis(settings):
    """Point both caches at a Redis, as REDIS_URL does, and turn page caching on."""

    def use(url, retry_seconds=None):
        settings.CACHES = redis_caches(url)
        if retry_seconds is not None:
            for alias in settings.CACHES:
                settings.CACHES[alias]["RETRY_SECONDS"] = retry_seconds
        settings.CACHE_SECONDS = 300

    return use


@pytest.fixture
def dead_redis(use_redis):
    """A Redis address where nothing listens: every connection is refused."""
    use_redis(f"redis://127.0.0.1:{free_port()}/0")


@pytest.fixture
def hung_redis(use_redis):
    """A Redis address that accepts connections and never answers."""
    with HangingListener() as listener:
        use_redis(listener.url)
        yield listener


@pytest.fixture
def pages(posting_factory, role_factory, comparison_factory):
    """Every kind of cached public page, with content behind it."""
    engineer = role_factory(name="Data Engineer", slug="data-engineer")
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    comparison = comparison_factory(role_a=engineer, role_b=scientist)
    posting = None
    for _ in range(5):
        posting = posting_factory(role=engineer)
    return [
        "/",
        "/insights/",
        comparison.get_absolute_url(),
        "/roles/",
        "/roles/data-engineer/",
        "/jobs/",
        "/jobs/?role=data-engineer&seniority=mid",
        posting.get_absolute_url(),
        "/salaries/",
        "/salaries/data-engineer/",
        "/salaries.csv",
        "/salaries/data-engineer.csv",
        "/jobs/feed/",
        "/insights/feed/",
        "/sitemap.xml",
        "/sitemap-jobs.xml",
        "/robots.txt",
    ]


def rate_form(rate, **extra):
    return {
        "currency": rate.currency,
        "name": rate.name,
        "units_per_usd": str(rate.units_per_usd),
        "as_of": rate.as_of.isoformat(),
        **extra,
    }


def test_every_public_page_answers_when_redis_is_down(client, pages, dead_redis):
    for url in pages:
        assert client.get(url).status_code == 200, url


def test_every_public_page_answers_quickly_when_redis_hangs(client, pages, hung_redis):
    started = time.monotonic()
    for url in pages:
        assert client.get(url).status_code == 200, url
    # One short socket timeout, then the cache is left alone for a while: nothing like the
    # client library's own five seconds a call.
    assert time.monotonic() - started < 3


def test_saving_a_rate_in_admin_succeeds_when_redis_is_down(
    staff_client, dead_redis, django_capture_on_commit_callbacks
):
    euro = ExchangeRate.objects.get(currency="EUR")
    url = reverse("admin:postings_exchangerate_change", args=[euro.pk])

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = staff_client.post(url, rate_form(euro, units_per_usd="0.5"))

    assert response.status_code == 302
    assert callbacks, "the change should ask for fresh pages once it commits"
    euro.refresh_from_db()
    assert str(euro.units_per_usd) == "0.500000"


def test_saving_a_rate_in_admin_succeeds_when_redis_hangs(
    staff_client, hung_redis, django_capture_on_commit_callbacks
):
    euro = ExchangeRate.objects.get(currency="EUR")
    url = reverse("admin:postings_exchangerate_change", args=[euro.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, rate_form(euro, units_per_usd="0.5"))

    assert response.status_code == 302
    euro.refresh_from_db()
    assert str(euro.units_per_usd) == "0.500000"


def test_task_progress_degrades_to_no_progress_when_redis_is_down(
    staff_client, dead_redis, django_user_model
):
    run = ImportRun.objects.create(
        file_name="jobs.csv",
        file_format="csv",
        created_by=django_user_model.objects.get(username="editor"),
    )
    tasks.reporter(run)(100, 0.5)
    assert tasks.progress_of(run.pk) == {"rows": 0, "fraction": None}

    response = staff_client.get(reverse("admin:postings_importrun_progress", args=[run.pk]))
    assert response.status_code == 200
    assert response.json()["rows"] == 0


def test_cache_errors_are_counted(client, pages, dead_redis):
    client.get("/jobs/")
    stats = redis_cache.stats()
    assert stats["errors"] >= 1
    assert "Connection" in stats["last_error"] or "refused" in stats["last_error"]


@needs_redis_server
def test_pages_are_cached_again_once_redis_is_back(
    client, pages, use_redis, django_assert_num_queries
):
    with RedisServer() as redis:
        use_redis(redis.url, retry_seconds=0.2)
        client.get("/jobs/")
        with django_assert_num_queries(0):
            assert client.get("/jobs/").status_code == 200

        redis.stop()
        assert client.get("/jobs/").status_code == 200
        assert client.get("/jobs/").status_code == 200

        redis.start()
        time.sleep(0.3)
        client.get("/jobs/")  # the first try after the pause finds Redis empty
        client.get("/jobs/")
        with django_assert_num_queries(0):
            assert client.get("/jobs/").status_code == 200


@needs_redis_server
def test_an_edit_made_while_redis_hung_shows_once_it_answers(
    client, pages, use_redis, posting_factory, django_capture_on_commit_callbacks
):
    with RedisServer() as redis:
        use_redis(redis.url, retry_seconds=0.2)
        assert b"Written During The Outage" not in client.get("/jobs/").content

        # A stopped process keeps its data: the old pages are still there when it resumes.
        os.kill(redis.process.pid, signal.SIGSTOP)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                posting_factory(title="Written During The Outage")
        finally:
            os.kill(redis.process.pid, signal.SIGCONT)

        time.sleep(0.3)
        assert b"Written During The Outage" in client.get("/jobs/").content


def test_content_changed_never_fails_a_write(
    dead_redis, posting_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        posting = posting_factory(title="Saved Anyway")
        page_cache.content_changed()
    posting.refresh_from_db()
    assert posting.title == "Saved Anyway"


def test_both_caches_have_short_timeouts():
    for alias, config in redis_caches("redis://127.0.0.1:6379/0").items():
        options = config["OPTIONS"]
        assert 0 < options["socket_timeout"] <= 1, alias
        assert 0 < options["socket_connect_timeout"] <= 1, alias
        assert config["BACKEND"] == "jobboard.redis_cache.ResilientRedisCache", alias


def test_progress_cache_shares_the_fallback(dead_redis):
    progress = caches["progress"]
    progress.set("key", "value")
    assert progress.get("key") is None
    assert progress.get_many(["a", "b"]) == {}
    assert progress.delete("key") is False
    assert progress.add("key", 1) is False
    with pytest.raises(ValueError, match="cannot be reached"):
        progress.incr("counter")


@needs_redis_server
def test_an_edit_whose_refresh_was_lost_elsewhere_shows_once_redis_answers(
    client, pages, use_redis, posting_factory
):
    with RedisServer() as redis:
        use_redis(redis.url, retry_seconds=0.2)
        assert b"Written Elsewhere" not in client.get("/jobs/").content

        os.kill(redis.process.pid, signal.SIGSTOP)
        try:
            assert client.get("/jobs/").status_code == 200  # finds the cache hung
            # Another process's change: its own attempt to refresh the pages is lost.
            posting_factory(title="Written Elsewhere")
        finally:
            os.kill(redis.process.pid, signal.SIGCONT)

        time.sleep(0.3)
        client.get("/")  # the first call after the pause finds Redis answering again
        assert b"Written Elsewhere" in client.get("/jobs/").content
