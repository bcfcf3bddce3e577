"""Property-based tests of the API against its own OpenAPI document.

Schemathesis generates requests for every GET operation from /api/v1/openapi.json and
checks that none answers 5xx and that every response matches its documented schema.
"""

import datetime

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from jobboard.wsgi import application
from roles.models import RoleItem
from tests.factories import rate


@pytest.fixture
def seeded(role_factory, item_factory, comparison_factory, company_factory, posting_factory):
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    engineer = role_factory(name="Data Engineer", slug="data-engineer")
    item_factory(role=scientist, kind=RoleItem.Kind.SKILL, text="Statistics")
    comparison_factory(role_a=scientist, role_b=engineer)
    acme = company_factory(name="Acme", slug="acme", website="")
    tie = timezone.now() - datetime.timedelta(hours=1)
    for index in range(12):
        posting_factory(
            role=scientist if index % 2 else engineer,
            company=acme,
            seniority=["entry", "mid", "senior", "executive"][index % 4],
            published_at=tie,
            remote_regions=["DE"] if index % 3 == 0 else [],
            salary_currency=rate(["USD", "EUR", "JPY"][index % 3]),
            salary_period=["year", "month", "hour"][index % 3],
            featured=index % 5 == 0,
        )
    posting_factory(no_salary=True, country="", city="")
    posting_factory(draft=True)


@pytest.fixture
def in_process_requests():
    """Keep the test's database connection open across requests to the WSGI app.

    Django's own test client does the same: the handler closes "old" connections at the
    start and end of each request, which would end the transaction the test runs in.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# Loaded once at collection: the document is static and its view reads no data. (The lazy
# schemathesis.pytest.from_fixture() loader fails on pytest 9: it sets a node attribute
# pytest no longer has.)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.usefixtures("seeded", "in_process_requests")
def test_api_answers_every_request_as_documented(case):
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
