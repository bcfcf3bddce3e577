"""Who reaches which part of the admin: the two staff groups made by migration
postings/0005_staff_groups, users who are not staff, and the login throttle (django-axes)."""

import datetime
from decimal import Decimal

import pytest
from axes.models import AccessAttempt
from axes.utils import reset as reset_axes
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse

from postings.models import ExchangeRate, JobPosting
from roles.models import Comparison, Role
from tests.factories import posting_form_data

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"

ALL = ["add", "change", "delete", "view"]
EXPECTED_PERMISSIONS = {
    "Editors": sorted(
        f"roles.{action}_{model}" for model in ("role", "roleitem", "comparison") for action in ALL
    ),
    "Job managers": sorted(
        [
            *(
                f"postings.{action}_{model}"
                for model in ("company", "jobposting", "exchangerate")
                for action in ALL
            ),
            "roles.view_role",
            # The review queue of employers' jobs.
            "employers.change_submission",
            "employers.view_submission",
        ]
    ),
}


def group_permissions():
    return {
        group.name: sorted(
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        )
        for group in Group.objects.filter(name__in=EXPECTED_PERMISSIONS)
    }


def make_user(django_user_model, username, *groups, is_staff=True):
    user = django_user_model.objects.create_user(username, password=PASSWORD, is_staff=is_staff)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(django_user_model):
    return client_for(make_user(django_user_model, "article-editor", "Editors"))


@pytest.fixture
def job_manager(django_user_model):
    return client_for(make_user(django_user_model, "job-manager", "Job managers"))


@pytest.fixture
def posting(posting_factory, role_factory):
    return posting_factory(
        role=role_factory(), salary_currency=ExchangeRate.objects.get(currency="EUR")
    )


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def pages_of(instance):
    """Return the changelist, add and change addresses of an instance's model."""
    model = type(instance)
    return [
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", instance.pk),
    ]


def listed_models(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return {
        f"{app['app_label']}.{entry['object_name']}": entry["perms"]
        for app in response.context["app_list"]
        for entry in app["models"]
    }


def comparison_form(role_a, role_b):
    return {
        "role_a": role_a.pk,
        "role_b": role_b.pk,
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "intro": "Intro.",
        "conclusion": "Conclusion.",
    }


def posting_form(company, role, **extra):
    return posting_form_data(company, role=role.pk, **extra)


def test_migration_made_both_groups_with_exactly_their_permissions():
    assert group_permissions() == EXPECTED_PERMISSIONS


# Editors: roles and comparison articles, nothing about jobs.


def test_editor_index_lists_roles_and_comparisons_only(editor):
    assert set(listed_models(editor)) == {"roles.Role", "roles.Comparison"}


def test_editor_opens_role_and_comparison_pages(editor, comparison_factory):
    comparison = comparison_factory()
    for url in [*pages_of(comparison), *pages_of(comparison.role_a)]:
        assert editor.get(url).status_code == 200, url


def test_editor_adds_a_comparison(editor, role_factory):
    role_a, role_b = role_factory(), role_factory()
    response = editor.post(admin_url(Comparison, "add"), comparison_form(role_a, role_b))
    assert response.status_code == 302
    assert Comparison.objects.filter(role_a=role_a, role_b=role_b).exists()


def test_editor_is_refused_every_jobs_page(editor, posting):
    for instance in (posting, posting.company, posting.salary_currency):
        for url in pages_of(instance):
            assert editor.get(url).status_code == 403, url


def test_editor_cannot_change_a_posting(editor, posting):
    before = JobPosting.objects.values().get(pk=posting.pk)
    response = editor.post(
        admin_url(JobPosting, "change", posting.pk),
        posting_form(posting.company, posting.role, title="Changed by an editor"),
    )
    assert response.status_code == 403
    assert JobPosting.objects.values().get(pk=posting.pk) == before


# Job managers: postings, companies and exchange rates, and a read-only view of roles.


def test_job_manager_index_lists_jobs_and_roles_read_only(job_manager):
    listed = listed_models(job_manager)
    assert set(listed) == {
        "postings.Company",
        "postings.JobPosting",
        "employers.Submission",
        "postings.ExchangeRate",
        "postings.ImportRun",
        "roles.Role",
    }
    assert listed["roles.Role"] == {"add": False, "change": False, "delete": False, "view": True}
    # Imports start from the postings list; the runs are their reports.
    assert listed["postings.ImportRun"]["add"] is False
    assert listed["postings.ImportRun"]["view"] is True


def test_job_manager_opens_every_jobs_page(job_manager, posting):
    for instance in (posting, posting.company, posting.salary_currency):
        for url in pages_of(instance):
            assert job_manager.get(url).status_code == 200, url


def test_job_manager_adds_a_posting_with_a_role(job_manager, company_factory, role_factory):
    company, role = company_factory(), role_factory()
    response = job_manager.post(admin_url(JobPosting, "add"), posting_form(company, role))
    assert response.status_code == 302
    assert JobPosting.objects.get(company=company).role == role


def test_job_manager_changes_an_exchange_rate(job_manager):
    euro = ExchangeRate.objects.get(currency="EUR")
    response = job_manager.post(
        admin_url(ExchangeRate, "change", euro.pk),
        {"currency": "EUR", "name": euro.name, "units_per_usd": "0.5", "as_of": "2026-12-01"},
    )
    assert response.status_code == 302
    euro.refresh_from_db()
    assert euro.units_per_usd == Decimal("0.5")


def test_job_manager_finds_roles_through_the_posting_autocomplete(job_manager, role_factory):
    role_factory(name="Data Analyst")
    role_factory(name="Nurse")
    response = job_manager.get(
        reverse("admin:autocomplete"),
        {
            "term": "analyst",
            "app_label": "postings",
            "model_name": "jobposting",
            "field_name": "role",
        },
    )
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Data Analyst"]


def test_job_manager_is_refused_comparisons(job_manager, comparison_factory):
    comparison = comparison_factory()
    for url in pages_of(comparison):
        assert job_manager.get(url).status_code == 403, url
    role_a, role_b = comparison.role_a, comparison.role_b
    Comparison.objects.all().delete()
    response = job_manager.post(admin_url(Comparison, "add"), comparison_form(role_a, role_b))
    assert response.status_code == 403
    assert not Comparison.objects.exists()


def test_job_manager_sees_roles_but_cannot_change_them(job_manager, role_factory):
    role = role_factory(name="Data Analyst", slug="data-analyst")
    # Viewing is what the autocomplete needs, so the change page opens, read-only.
    page = job_manager.get(admin_url(Role, "change", role.pk))
    assert page.status_code == 200
    assert not page.context["has_change_permission"]
    assert b'name="_save"' not in page.content
    assert job_manager.get(admin_url(Role, "add")).status_code == 403
    assert job_manager.get(admin_url(Role, "delete", role.pk)).status_code == 403
    response = job_manager.post(
        admin_url(Role, "change", role.pk),
        {"name": "Renamed", "slug": "renamed", "definition": "Changed."},
    )
    assert response.status_code == 403
    role.refresh_from_db()
    assert (role.name, role.slug) == ("Data Analyst", "data-analyst")


# Everyone else: no admin page at all.


@pytest.fixture(params=["anonymous", "not staff"])
def outsider(request, django_user_model):
    if request.param == "anonymous":
        return Client()
    # Group membership alone must not open the admin: is_staff is the gate.
    user = make_user(django_user_model, "reader", "Editors", "Job managers", is_staff=False)
    return client_for(user)


def test_outsiders_are_sent_to_the_login_from_every_admin_page(
    outsider, posting, comparison_factory
):
    comparison_factory()
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        instance = model._default_manager.first()
        urls += [
            admin_url(model, "changelist"),
            admin_url(model, "add"),
            admin_url(model, "change", instance.pk if instance else 1),
        ]
    assert len(urls) > 20
    login = reverse("admin:login")
    for url in urls:
        response = outsider.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{login}?next="), url


# The login throttle: AXES_FAILURE_LIMIT failures for one username from one address.


@pytest.fixture
def fresh_axes():
    reset_axes()
    yield
    reset_axes()


def log_in(client, username, password, ip="203.0.113.7"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=ip,
    )


def assert_logged_in_as(client, user):
    assert client.session.get(SESSION_KEY) == str(user.pk)
    assert client.get(reverse("admin:index")).status_code == 200


def assert_not_logged_in(client):
    assert SESSION_KEY not in client.session
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_failure_limit_matches_the_settings():
    assert settings.AXES_FAILURE_LIMIT == 5


@pytest.mark.usefixtures("fresh_axes")
def test_the_right_password_is_refused_after_five_failures(django_user_model):
    make_user(django_user_model, "target", "Editors")
    # django-axes answers a lockout with this status: 429 since axes 6, 403 before.
    locked = settings.AXES_HTTP_RESPONSE_CODE
    assert locked in (403, 429)
    client = Client()
    for _ in range(4):
        assert log_in(client, "target", "wrong-password").status_code == 200
    # The fifth failure reaches the limit and is answered with the lockout already.
    assert log_in(client, "target", "wrong-password").status_code == locked
    response = log_in(client, "target", PASSWORD)
    assert response.status_code == locked
    assert b"too many login attempts" in response.content
    assert_not_logged_in(client)


@pytest.mark.usefixtures("fresh_axes")
def test_the_lockout_is_for_that_username_and_address_only(django_user_model):
    target = make_user(django_user_model, "target", "Editors")
    other = make_user(django_user_model, "other", "Editors")
    for _ in range(5):
        log_in(Client(), "target", "wrong-password")
    assert log_in(Client(), "target", PASSWORD).status_code == settings.AXES_HTTP_RESPONSE_CODE

    same_address = Client()
    assert log_in(same_address, "other", PASSWORD).status_code == 302
    assert_logged_in_as(same_address, other)

    other_address = Client()
    assert log_in(other_address, "target", PASSWORD, ip="198.51.100.9").status_code == 302
    assert_logged_in_as(other_address, target)


@pytest.mark.usefixtures("fresh_axes")
def test_a_successful_login_resets_the_count(django_user_model):
    target = make_user(django_user_model, "target", "Editors")
    for _ in range(4):
        assert log_in(Client(), "target", "wrong-password").status_code == 200
    assert log_in(Client(), "target", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="target").exists()
    # Without the reset, the first of these would be the fifth failure and lock the user out.
    for _ in range(4):
        assert log_in(Client(), "target", "wrong-password").status_code == 200
    client = Client()
    assert log_in(client, "target", PASSWORD).status_code == 302
    assert_logged_in_as(client, target)


def lock_out(username="target"):
    for _ in range(5):
        response = log_in(Client(), username, "wrong-password")
    return response


@pytest.mark.usefixtures("fresh_axes")
def test_the_lockout_page_is_a_styled_page_that_says_how_long(django_user_model):
    make_user(django_user_model, "target", "Editors")
    response = lock_out()
    assert response.status_code == settings.AXES_HTTP_RESPONSE_CODE
    assert response["Retry-After"] == "3600"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("link[rel=stylesheet]")  # the site's own page, not bare text
    assert page.select_one("header.site-header")
    text = " ".join(page.select_one("main").get_text().split())
    assert "too many login attempts" in text
    assert "Try again in 1 hour." in text
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.usefixtures("fresh_axes")
def test_the_lockout_page_follows_the_cool_off_setting(django_user_model, settings):
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=90)
    make_user(django_user_model, "target", "Editors")
    response = lock_out()
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert "Try again in 1 hour, 30 minutes." in text
    assert response["Retry-After"] == "5400"


@pytest.mark.usefixtures("fresh_axes")
def test_a_refused_next_address_lands_on_the_admin_index(django_user_model):
    make_user(django_user_model, "target", "Editors")
    client = Client()
    response = client.post(
        reverse("admin:login"),
        {"username": "target", "password": PASSWORD, "next": "https://elsewhere.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert client.get(response["Location"]).status_code == 200


# The migration can be rolled back and applied again.


@pytest.fixture(scope="module")
def rows_restored_after_flush(django_db_setup, django_db_blocker):
    """Save every row, and put them back after the transactional test that uses this.

    Such a test ends by emptying every table, which also drops the rows the migrations
    made (exchange rates, the staff groups) that later transactional tests rely on. A
    module fixture ends after the test's own teardown, so it can restore them.
    """
    with django_db_blocker.unblock():
        saved = connection.creation.serialize_db_to_string()
    yield
    with django_db_blocker.unblock():
        # The flush made the content types and permissions again under new ids; the
        # saved rows bring back the old ids, which the saved groups point at.
        Permission.objects.all().delete()
        ContentType.objects.all().delete()
        connection.creation.deserialize_db_from_string(saved)
        ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("rows_restored_after_flush")
def test_the_staff_groups_migration_is_reversible():
    before = ("postings", "0004_trigram_location_index")
    graph = MigrationExecutor(connection).loader.graph
    assert graph.node_map[("postings", "0005_staff_groups")].parents == {
        graph.node_map[before],
        graph.node_map[("roles", "0001_initial")],
        graph.node_map[("auth", "0012_alter_user_first_name_max_length")],
    }
    leaves = graph.leaf_nodes()  # every app's, the review queue's permissions included
    # A fresh executor for each step: each one reads which migrations are applied.
    try:
        MigrationExecutor(connection).migrate([before])
        assert not Group.objects.filter(name__in=EXPECTED_PERMISSIONS).exists()
        MigrationExecutor(connection).migrate(leaves)
        assert group_permissions() == EXPECTED_PERMISSIONS
    finally:
        # Leave the database fully migrated for the tests that follow, whatever happened.
        MigrationExecutor(connection).migrate(leaves)


# Deleting a role: its postings would lose their role (and their place on the role's
# pages and salary figures) without a word, so the postings keep it from being deleted,
# as its comparisons do, and admin says which postings are in the way.


@pytest.fixture
def superuser(django_user_model):
    user = django_user_model.objects.create_superuser("root", password=PASSWORD)
    return client_for(user)


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_a_role_with_postings_is_not_deleted_and_admin_lists_them(
    request, who, role_factory, posting_factory
):
    client = request.getfixturevalue(who)
    role = role_factory(name="Data Analyst", slug="data-analyst")
    posting = posting_factory(role=role, title="Analyst Holding The Role")
    url = admin_url(Role, "delete", role.pk)

    page = client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "would require deleting the following protected related objects" in text
    assert "Analyst Holding The Role" in text
    assert "Give these jobs another role (or none)" in text
    assert "doesn't have permission" not in text
    assert 'name="post"' not in text  # no button to confirm

    response = client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert "Analyst Holding The Role" in response.content.decode()
    posting.refresh_from_db()
    assert posting.role == role


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_the_delete_action_refuses_roles_with_postings(request, who, role_factory, posting_factory):
    client = request.getfixturevalue(who)
    role = role_factory(name="Data Analyst", slug="data-analyst")
    posting_factory(role=role, title="Analyst Holding The Role")
    free = role_factory(name="Unused Role", slug="unused-role")
    response = client.post(
        admin_url(Role, "changelist"),
        {"action": "delete_selected", "_selected_action": [role.pk, free.pk], "post": "yes"},
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "would require deleting the following protected related objects" in text
    assert "Analyst Holding The Role" in text
    assert Role.objects.filter(pk__in=[role.pk, free.pk]).count() == 2


def test_a_role_without_postings_or_comparisons_is_deleted(editor, role_factory):
    role = role_factory(name="Unused Role", slug="unused-role")
    response = editor.post(admin_url(Role, "delete", role.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Role.objects.filter(pk=role.pk).exists()


def test_deleting_a_role_with_postings_raises(role_factory, posting_factory):
    from django.db.models import ProtectedError

    role = role_factory()
    posting_factory(role=role)
    with pytest.raises(ProtectedError):
        role.delete()
