"""Links survive renames: every old address of a role or comparison answers 301."""

import pytest
from django.urls import reverse

from roles.models import OldSlug
from tests.factories import role_items_management

pytestmark = pytest.mark.django_db


@pytest.fixture
def renamed(staff_client, comparison_factory, posting_factory):
    comparison = comparison_factory(role_a__slug="data-sci", role_b__slug="ml-engineer")
    role = comparison.role_a
    posting_factory.create_batch(5, role=role)
    old_article = comparison.get_absolute_url()
    data = {
        "name": role.name,
        "slug": "data-scientist",
        "definition": role.definition,
        "outlook": role.outlook,
        **role_items_management(),
    }
    response = staff_client.post(reverse("admin:roles_role_change", args=[role.pk]), data)
    assert response.status_code == 302, response.content[:2000]
    comparison.refresh_from_db()
    return comparison, old_article


def test_old_role_addresses_answer_301_to_the_new_ones(client, renamed):
    comparison, old_article = renamed
    assert comparison.slug == "data-scientist-vs-ml-engineer"
    cases = {
        "/roles/data-sci/": "/roles/data-scientist/",
        "/salaries/data-sci/": "/salaries/data-scientist/",
        "/salaries/data-sci/?currency=EUR": "/salaries/data-scientist/?currency=EUR",
        "/salaries/data-sci.csv": "/salaries/data-scientist.csv",
        "/jobs/?role=data-sci": "/jobs/?role=data-scientist",
        "/jobs/feed/?role=data-sci&seniority=mid": "/jobs/feed/?role=data-scientist&seniority=mid",
        old_article: "/insights/data-scientist-vs-ml-engineer/",
        "/insights/ml-engineer-vs-data-sci/": "/insights/data-scientist-vs-ml-engineer/",
    }
    for old, new in cases.items():
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, new), old
        assert client.get(new).status_code == 200, new


def test_renaming_twice_keeps_both_old_addresses_and_a_slug_can_come_back(renamed):
    comparison, _ = renamed
    role = comparison.role_a
    role.slug = "scientist"
    role.save()
    slugs = set(OldSlug.objects.filter(kind="role").values_list("slug", flat=True))
    assert slugs == {"data-sci", "data-scientist"}
    role.slug = "data-sci"  # back to the first: that address is the role's own again
    role.save()
    slugs = set(OldSlug.objects.filter(kind="role").values_list("slug", flat=True))
    assert slugs == {"data-scientist", "scientist"}
    assert OldSlug.current(type(role), "scientist") == role


def test_unknown_slugs_are_still_404(client, renamed):
    assert client.get("/roles/nobody/").status_code == 404
    assert client.get("/salaries/nobody/").status_code == 404
    assert client.get("/jobs/?role=nobody").status_code == 400
