"""Production settings: the security headers every response carries."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    return settings


def https_get(client, url):
    return client.get(url, secure=True, headers={"x-forwarded-proto": "https"})


def test_plain_http_is_redirected_to_https(client, production):
    response = client.get("/jobs/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/jobs/"


@pytest.mark.parametrize("url", ["/healthz", "/ping"])
def test_health_checks_answer_over_plain_http(client, production, url):
    # A load balancer asks each instance directly, over plain http and without the
    # forwarded-protocol header; a redirect would read as an unhealthy instance.
    response = client.get(url)
    assert response.status_code == 200
    assert client.get(f"{url}/").status_code in (301, 404)


def test_proxy_header_marks_a_request_as_https(client, production):
    response = client.get("/jobs/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 200


@pytest.mark.parametrize("url", ["/", "/jobs/", "/insights/", "/salaries/", "/api/v1/jobs"])
def test_every_response_carries_the_security_headers(client, production, url):
    response = https_get(client, url)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert "unsafe-inline" not in policy["script-src"]
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"


def test_admin_cookies_are_secure_and_http_only(client, production, django_user_model):
    django_user_model.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    csrf = https_get(client, "/admin/login/").cookies["csrftoken"]
    assert csrf["secure"]
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "a-long-test-password"},
        secure=True,
        headers={"x-forwarded-proto": "https"},
    )
    session = response.cookies["sessionid"]
    assert session["secure"]
    assert session["httponly"]
