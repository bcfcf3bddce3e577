import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from roles.models import Comparison, Role, RoleItem
from tests.factories import role_items_management

pytestmark = pytest.mark.django_db


def comparison_form(role_a, role_b, **extra):
    return {
        "role_a": role_a.pk,
        "role_b": role_b.pk,
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "intro": "Intro.",
        "conclusion": "Conclusion.",
        **extra,
    }


@pytest.mark.parametrize(
    "url_name", ["admin:roles_role_changelist", "admin:roles_comparison_changelist"]
)
def test_changelists_render_for_staff(staff_client, comparison_factory, url_name):
    comparison_factory()
    response = staff_client.get(reverse(url_name))
    assert response.status_code == 200


def test_change_forms_render_with_inline_items(staff_client, comparison_factory, item_factory):
    comparison = comparison_factory()
    item_factory(role=comparison.role_a, text="Python")
    role_page = staff_client.get(reverse("admin:roles_role_change", args=[comparison.role_a.pk]))
    assert role_page.status_code == 200
    assert b'value="Python"' in role_page.content
    page = staff_client.get(reverse("admin:roles_comparison_change", args=[comparison.pk]))
    assert page.status_code == 200
    view_on_site = BeautifulSoup(page.content, "html.parser").select_one("a.viewsitelink")
    redirect = staff_client.get(view_on_site["href"])
    assert redirect["Location"].endswith(comparison.get_absolute_url())
    assert staff_client.get(reverse("admin:roles_comparison_add")).status_code == 200


def test_role_autocomplete_answers_for_comparison_form(staff_client, role_factory):
    role_factory(name="Data Analyst")
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "analyst",
            "app_label": "roles",
            "model_name": "comparison",
            "field_name": "role_a",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Data Analyst"]


def test_same_role_twice_is_a_form_error(staff_client, role_factory):
    role = role_factory()
    response = staff_client.post(reverse("admin:roles_comparison_add"), comparison_form(role, role))
    assert response.status_code == 200
    assert "A comparison needs two different roles." in response.content.decode()
    assert not Comparison.objects.exists()


def test_reversed_duplicate_pair_is_a_form_error(staff_client, comparison_factory):
    existing = comparison_factory()
    response = staff_client.post(
        reverse("admin:roles_comparison_add"), comparison_form(existing.role_b, existing.role_a)
    )
    assert response.status_code == 200
    assert "A comparison of these two roles already exists." in response.content.decode()
    assert Comparison.objects.count() == 1


def test_publishing_in_the_form_sets_the_date(staff_client, role_factory):
    a, b = role_factory(), role_factory()
    response = staff_client.post(
        reverse("admin:roles_comparison_add"), comparison_form(a, b, status="published")
    )
    assert response.status_code == 302
    assert Comparison.objects.get().published_at is not None


def test_bulk_publish_and_unpublish(staff_client, comparison_factory):
    drafts = comparison_factory.create_batch(2, draft=True)
    url = reverse("admin:roles_comparison_changelist")
    ids = [c.pk for c in drafts]
    staff_client.post(url, {"action": "publish", "_selected_action": ids})
    assert Comparison.objects.published().count() == 2
    staff_client.post(url, {"action": "unpublish", "_selected_action": ids[:1]})
    assert list(Comparison.objects.published()) == [drafts[1]]
    assert Comparison.objects.get(pk=ids[0]).status == "draft"


def test_duplicate_bullet_in_role_inline_is_a_form_error(staff_client):
    data = {
        "name": "Data Engineer",
        "slug": "data-engineer",
        "definition": "Builds pipelines.",
        "outlook": "",
        "growth_percent": "",
        "growth_start_year": "",
        "growth_end_year": "",
        "growth_occupation": "",
        "growth_source": "",
        **role_items_management(tool=2),
        "items-tool-0-text": "Spark",
        "items-tool-0-position": "1",
        "items-tool-1-text": "Spark",
        "items-tool-1-position": "2",
    }
    response = staff_client.post(reverse("admin:roles_role_add"), data)
    assert response.status_code == 200
    assert "Please correct the duplicate data" in response.content.decode()
    assert not Role.objects.exists()
    data["items-tool-1-text"] = "Kafka"
    response = staff_client.post(reverse("admin:roles_role_add"), data)
    assert response.status_code == 302
    assert list(RoleItem.objects.values_list("text", flat=True)) == ["Spark", "Kafka"]


def test_growth_figure_without_source_is_a_form_error(staff_client):
    response = staff_client.post(
        reverse("admin:roles_role_add"),
        {
            "name": "Data Engineer",
            "slug": "data-engineer",
            "definition": "Builds pipelines.",
            "growth_percent": "8",
            **role_items_management(),
        },
    )
    assert response.status_code == 200
    assert "A growth figure needs its start year, end year and source." in response.content.decode()


def test_renaming_a_role_slug_moves_its_comparisons(staff_client, comparison_factory):
    comparison = comparison_factory()
    role = comparison.role_a
    data = {
        "name": role.name,
        "slug": "renamed",
        "definition": role.definition,
        "outlook": role.outlook,
        **role_items_management(),
    }
    response = staff_client.post(reverse("admin:roles_role_change", args=[role.pk]), data)
    assert response.status_code == 302
    comparison.refresh_from_db()
    assert comparison.slug == f"renamed-vs-{comparison.role_b.slug}"


def test_non_staff_users_are_sent_to_the_login(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a-long-test-password")
    client.force_login(user)
    response = client.get(reverse("admin:roles_comparison_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_bullets_are_edited_per_kind_and_pasted_one_per_line(staff_client, item_factory):
    from roles.models import RoleItem as Item

    role = Role.objects.create(name="Data Analyst", slug="data-analyst", definition="Counts.")
    item_factory(role=role, kind=Item.Kind.SKILL, text="SQL", position=5)
    url = reverse("admin:roles_role_change", args=[role.pk])
    page = staff_client.get(url).content.decode()
    headings = ["Responsibilities", "Skills", "Degrees", "Certifications", "Tools and software"]
    positions = [page.index(f'class="inline-heading">\n  \n    {h}') for h in headings]
    assert positions == sorted(positions)  # in article order
    assert 'name="items-skill-paste"' in page
    assert "Data Analyst: SQL" not in page  # no caption repeating each bullet
    item = role.items.get()
    data = {
        "name": role.name,
        "slug": role.slug,
        "definition": role.definition,
        **role_items_management(),
        "items-skill-TOTAL_FORMS": "1",
        "items-skill-INITIAL_FORMS": "1",
        "items-skill-0-id": str(item.pk),
        "items-skill-0-role": str(role.pk),
        "items-skill-0-text": "SQL",
        "items-skill-0-position": "5",
        "items-skill-paste": "Statistics\n\n  Storytelling with data \nSpreadsheets\n",
        "items-tool-paste": "Excel\nExcel",
    }
    response = staff_client.post(url, data)
    assert "“Excel” is listed twice." in response.content.decode()
    data["items-tool-paste"] = "Looker"
    assert staff_client.post(url, data).status_code == 302
    skills = list(role.items.filter(kind="skill").values_list("text", "position"))
    assert skills == [
        ("SQL", 5), ("Statistics", 6), ("Storytelling with data", 7), ("Spreadsheets", 8),
    ]  # fmt: skip
    assert list(role.items.filter(kind="tool").values_list("text", flat=True)) == ["Looker"]
