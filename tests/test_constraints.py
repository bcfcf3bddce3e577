"""The Python check of CheckConstraints agrees with the database's."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from jobboard.constraints import Unsupported, check_constraints, violations
from postings.models import Company, ExchangeRate, JobPosting
from roles.models import Comparison, Role

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def posting(**overrides):
    fields = {
        "title": "Data Analyst",
        "company": Company(name="Acme", slug="acme"),
        "location": "Berlin",
        "seniority": "mid",
        "description": "Text.",
        "apply_url": "https://acme.example/apply",
        "status": "published",
        "published_at": NOW,
        "expires_at": NOW + datetime.timedelta(days=30),
        **overrides,
    }
    return JobPosting(**fields)


CASES = [
    {},
    {"salary_min": Decimal(90), "salary_max": Decimal(60), "salary_currency_id": "USD"},
    {"salary_min": Decimal(-1), "salary_currency_id": "USD"},
    {"salary_min": Decimal(10)},
    {"salary_max": Decimal(10), "salary_currency_id": "USD"},
    {"apply_url": "", "apply_email": ""},
    {"apply_url": "", "apply_email": "jobs@acme.example"},
    {"apply_url": "javascript:alert(1)"},
    {"apply_url": "HTTPS://ACME.EXAMPLE"},
    {"is_full_time": False},
    {"is_full_time": False, "is_temporary": True},
    {"status": "expired", "published_at": None, "expires_at": None},
    {"status": "draft", "published_at": None, "expires_at": None},
    {"status": "archived", "published_at": None},
    {"expires_at": NOW},
    {"expires_at": NOW - datetime.timedelta(days=1)},
    {"published_at": None, "status": "draft"},
    {"description": "x" * 20_000},
    {"description": "x" * 20_001},
]


@pytest.mark.parametrize("overrides", CASES)
def test_python_and_database_agree_on_every_posting_constraint(overrides):
    instance = posting(**overrides)
    in_python = sorted(violations(instance, exclude=frozenset({"external_id"})))
    try:
        # Django asks the database, one query per constraint.
        instance.validate_constraints(exclude={"external_id"})
        in_database = []
    except ValidationError as error:
        in_database = sorted(error.messages)
    assert in_python == in_database


def test_every_posting_role_and_comparison_constraint_compiles():
    for model in (JobPosting, Role, Comparison):
        assert check_constraints(model)


def test_an_expression_it_cannot_evaluate_is_refused_not_guessed():
    check_constraints.cache_clear()
    with pytest.raises(Unsupported):
        check_constraints(ExchangeRate)


def test_excluded_fields_leave_their_constraints_out():
    bad = posting(apply_url="", apply_email="")
    assert violations(bad) == ["Give an apply link or an apply e-mail address."]
    assert violations(bad, exclude=frozenset({"apply_url"})) == []
