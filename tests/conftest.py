import importlib
import io

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import transaction
from django.template.base import Template
from django.test import Client
from django.test.utils import instrumented_test_render
from hypothesis import settings as hypothesis_settings

from .factories import (
    CompanyFactory,
    ComparisonFactory,
    JobPostingFactory,
    RoleFactory,
    RoleItemFactory,
)

# Every Hypothesis test (the fuzz tests, schemathesis) draws the same examples on every
# run, keeps no example database and has no deadline: a shared 2-core CI machine must not
# turn a slow example into a failure. Each test's own @settings picks its example count.
hypothesis_settings.register_profile("suite", derandomize=True, database=None, deadline=None)
hypothesis_settings.load_profile("suite")

# Django's own template rendering, saved before pytest-django swaps in the test version.
PLAIN_RENDER = Template._render


@pytest.fixture
def role_factory(db):
    return RoleFactory


@pytest.fixture
def item_factory(db):
    return RoleItemFactory


@pytest.fixture
def comparison_factory(db):
    return ComparisonFactory


@pytest.fixture
def staff_client(django_user_model):
    client = Client()
    user = django_user_model.objects.create_user(
        "editor", "editor@example.com", "a-long-test-password", is_staff=True, is_superuser=True
    )
    client.force_login(user)
    return client


@pytest.fixture
def demo_content(db):
    call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture(scope="module")
def demo_content_for_module(django_db_setup, django_db_blocker):
    """Load the demo content once for a whole module, in a transaction rolled back when the
    module's last test ends.

    Each test still runs in a savepoint of its own (pytest-django's ``db``), rolled back
    after it, so what one test writes the next never sees. Use it where every database test
    of the module wants the demo content and none is transactional (a transactional test
    would commit and flush inside this transaction)."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        call_command("seed_demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)


@pytest.fixture
def unrecorded_templates(monkeypatch):
    """Render templates as the site does, without the test client's recording of every
    template and a copy of its context for ``response.templates`` and ``response.context``:
    that costs about a tenth of a page. For tests that send many requests and read neither."""
    if Template._render is instrumented_test_render and PLAIN_RENDER is not Template._render:
        monkeypatch.setattr(Template, "_render", PLAIN_RENDER)


@pytest.fixture
def company_factory(db):
    return CompanyFactory


@pytest.fixture
def posting_factory(db):
    return JobPostingFactory


@pytest.fixture(autouse=True)
def exchange_rates_after_flush(request):
    """Put back the rates a migration seeds: transactional tests empty every table when
    they end, rows that migrations created included, and the next test expects them."""
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    migration = importlib.import_module(
        "postings.migrations.0002_seed_exchange_rates_and_search_index"
    )
    migration.seed_rates(django_apps, None)
