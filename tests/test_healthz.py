import datetime

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from jobboard import redis_cache
from jobboard.settings import redis_caches
from tests.servers import free_port

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def fresh_cache_state():
    redis_cache.reset()
    yield
    redis_cache.reset()


def database_down(monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("jobboard.views.connection.cursor", unreachable)


def pending_task(age):
    """Store a task waiting for a worker since ``age`` seconds ago."""
    task = DBTaskResult.objects.create(
        task_path="postings.tasks.check_import",
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        queue_name="default",
        status="READY",
        run_after=datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC),
        priority=0,
    )
    enqueued_at = timezone.now() - datetime.timedelta(seconds=age)
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=enqueued_at)


@pytest.mark.django_db
def test_healthz_reports_each_dependency_as_json(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert body["checks"]["tasks"]["status"] == "ok"


@pytest.mark.django_db
def test_healthz_costs_one_query_besides_the_task_queue(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get("/healthz")


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    database_down(monkeypatch)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["checks"]["database"]["status"] == "down"
    assert "connection refused" in body["checks"]["database"]["error"]


@pytest.mark.django_db
def test_healthz_is_degraded_but_200_when_the_cache_is_down(client, settings):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{free_port()}/0")
    settings.CACHE_SECONDS = 300
    client.get("/jobs/")  # served without the cache, and counted

    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    cache = body["checks"]["cache"]
    assert cache["status"] == "down"
    assert cache["errors"] >= 2
    assert "refused" in cache["last_error"]


@pytest.mark.django_db
def test_healthz_counts_the_pending_tasks_and_the_age_of_the_oldest(client, settings):
    settings.TASKS = DATABASE_TASKS
    pending_task(age=90)
    pending_task(age=30)

    tasks = client.get("/healthz").json()["checks"]["tasks"]

    assert tasks["status"] == "ok"
    assert tasks["pending"] == 2
    assert 89 <= tasks["oldest_pending_seconds"] <= 100


@pytest.mark.django_db
def test_healthz_is_degraded_when_tasks_wait_too_long(client, settings):
    settings.TASKS = DATABASE_TASKS
    settings.HEALTH_TASKS_MAX_WAIT = 60
    pending_task(age=600)

    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["tasks"]["status"] == "backlog"


@pytest.mark.django_db
def test_healthz_with_no_pending_tasks(client, settings):
    settings.TASKS = DATABASE_TASKS
    tasks = client.get("/healthz").json()["checks"]["tasks"]
    assert tasks == {"status": "ok", "backend": "database", "pending": 0,
                     "oldest_pending_seconds": None}  # fmt: skip


def test_ping_needs_nothing(client):
    response = client.get("/ping")
    assert response.status_code == 200
    assert response.content == b"pong\n"


def test_server_error_page_is_styled_and_standalone(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
