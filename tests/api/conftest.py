import datetime

import pytest
from django.utils import timezone

from tests.factories import rate


def get_json(client, path, data=None, **headers):
    """Return (status, body) of a GET to the API, checking that the answer is JSON."""
    response = client.get(path, data, headers=headers)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.status_code, response.json()


@pytest.fixture
def jobs(posting_factory, role_factory, company_factory):
    """Four visible jobs of two roles in two currencies, and four hidden ones."""
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    engineer = role_factory(name="Data Engineer", slug="data-engineer")
    acme = company_factory(name="Acme Analytics", slug="acme", website="https://acme.example")
    now = timezone.now()
    visible = {
        "scientist": posting_factory(
            title="Senior Data Scientist",
            role=scientist,
            seniority="senior",
            company=acme,
            salary_min=150_000,
            salary_max=190_000,
            description="Forecast demand with *Python* and Bayesian models.",
        ),
        "remote": posting_factory(
            title="Junior Data Engineer",
            role=engineer,
            seniority="entry",
            workplace="remote",
            remote_regions=["DE", "FR"],
            country="",
            city="",
            location="Remote",
            salary_min=60_000,
            salary_max=80_000,
            is_full_time=False,
            is_contract=True,
            published_at=now - datetime.timedelta(days=10),
        ),
        "berlin": posting_factory(
            title="Berlin Data Engineer",
            role=engineer,
            seniority="senior",
            workplace="hybrid",
            location="Berlin, Germany",
            city="Berlin",
            country="DE",
            salary_currency=rate("EUR"),
            salary_min=90_000,
            salary_max=110_000,  # about USD 119,565 a year
            is_part_time=True,
            featured=True,
        ),
        "unpaid": posting_factory(
            title="Unpaid Mystery Role", no_salary=True, seniority="executive"
        ),
    }
    hidden = {
        "draft": posting_factory(title="Hidden Draft", draft=True),
        "expired": posting_factory(title="Old Expired", expired=True),
        "future": posting_factory(
            title="Scheduled Job", published_at=now + datetime.timedelta(days=2)
        ),
        "lapsed": posting_factory(
            title="Lapsed Job",
            published_at=now - datetime.timedelta(days=40),
            expires_at=now - datetime.timedelta(minutes=1),
        ),
    }
    return {"scientist": scientist, "engineer": engineer, "visible": visible, "hidden": hidden}
