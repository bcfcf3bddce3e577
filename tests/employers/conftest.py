import io

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.test import Client
from PIL import Image

from employers.models import Membership
from tests.factories import CompanyFactory

PASSWORD = "a-long-employer-password"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_employer(db, django_user_model):
    """Return a user with a verified address, a member (by default the owner) of a company
    (a new one unless given; company=False for none)."""

    def make(email="boss@northwind.example", company=None, owner=True):
        user = django_user_model.objects.create_user(
            username=email.split("@")[0], email=email, password=PASSWORD
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if company is not False:
            company = company or CompanyFactory(name=f"{email} Ltd", slug=email.split("@")[0])
            Membership.objects.create(user=user, company=company, is_owner=owner)
        return user

    return make


@pytest.fixture
def employer(make_employer):
    return make_employer()


@pytest.fixture
def employer_client(employer):
    client = Client(HTTP_USER_AGENT=BROWSER)
    client.force_login(employer)
    return client


def image_file(kind="JPEG", size=(640, 480), name="logo.jpg", **save):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 200)).save(buffer, kind, **save)
    buffer.seek(0)
    buffer.name = name
    return buffer


def job_data(**extra):
    """The employer's job form, filled in validly."""
    data = {
        "title": "Senior Forecasting Scientist",
        "role": "",
        "seniority": "senior",
        "is_full_time": "on",
        "location": "Berlin, Germany",
        "city": "Berlin",
        "country": "DE",
        "workplace": "hybrid",
        "salary_min": "80000",
        "salary_max": "100000",
        "salary_currency": "EUR",
        "salary_period": "year",
        "description": "Build **forecasts** for grocers.",
        "apply_url": "https://northwind.example/jobs/1",
        "apply_email": "",
        **extra,
    }
    return {key: value for key, value in data.items() if value is not None}
