"""Every answer under /api/ is JSON, whatever goes wrong, and the methods the API's CORS
headers advertise (GET, HEAD, OPTIONS) all work."""

import pytest
from django.test import Client

from tests.factories import jobs_to_search

ORIGIN = {"Origin": "https://elsewhere.example"}
ENDPOINTS = [
    "/api/v1/jobs",
    "/api/v1/roles",
    "/api/v1/roles/data-scientist",
    "/api/v1/roles/data-scientist/salaries",
    "/api/v1/comparisons",
    "/api/v1/openapi.json",
]


@pytest.fixture
def jobs(db):
    return jobs_to_search()


@pytest.fixture
def strict_client():
    """A client that checks CSRF tokens, as browsers' requests are checked."""
    return Client(enforce_csrf_checks=True)


def assert_json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json", response.content[:200]
    body = response.json()
    assert isinstance(body["detail"], str)
    assert body["detail"]
    return body


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_other_methods_are_a_json_405(client, jobs, method):
    response = getattr(client, method)("/api/v1/jobs")
    body = assert_json_error(response, 405)
    assert body["detail"] == "Method not allowed"
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_a_post_without_a_csrf_token_is_a_json_403(strict_client, db):
    response = strict_client.post("/api/v1/nope", {"x": 1})
    body = assert_json_error(response, 403)
    assert "CSRF" in body["detail"]


def test_csrf_failures_elsewhere_stay_html(strict_client, db):
    response = strict_client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("path", ["/api", "/api/", "/api/nope", "/api/v2/jobs", "/api/v1/jobs/1/x"])
def test_unknown_api_addresses_are_a_json_404(client, db, path):
    body = assert_json_error(client.get(path), 404)
    assert body == {"detail": "Not found"}


def test_unknown_pages_elsewhere_stay_html(client, db):
    response = client.get("/nope/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_a_server_error_is_a_json_500(jobs, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the search broke")

    monkeypatch.setattr("postings.api.JobSearch", broken)
    response = Client(raise_request_exception=False).get("/api/v1/jobs")
    body = assert_json_error(response, 500)
    assert "the search broke" not in body["detail"]


@pytest.mark.parametrize("path", ENDPOINTS)
def test_head_answers_where_get_does(client, jobs, path):
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def test_head_of_a_job_and_of_an_unknown_job(client, jobs):
    job = jobs["visible"]["berlin"]
    assert client.head(f"/api/v1/jobs/{job.pk}").status_code == 200
    assert client.head("/api/v1/jobs/999999").status_code == 404


@pytest.mark.parametrize("path", ENDPOINTS)
def test_options_lists_the_methods(client, jobs, path):
    response = client.options(path)
    assert response.status_code == 200
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert response.json() == {"methods": ["GET", "HEAD", "OPTIONS"]}


def test_options_of_an_unknown_address_is_a_404(client, db):
    assert_json_error(client.options("/api/v1/nope"), 404)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_cors_preflight_is_answered(client, jobs, path):
    response = client.options(path, headers={**ORIGIN, "Access-Control-Request-Method": "GET"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "OPTIONS", "HEAD"}


def test_errors_carry_the_cors_header(client, db):
    response = client.get("/api/v1/nope", headers=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
    response = client.post("/api/v1/jobs", headers=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
