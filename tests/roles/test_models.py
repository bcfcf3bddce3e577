import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from roles.models import Comparison, RoleItem

pytestmark = pytest.mark.django_db


def test_comparison_slug_follows_the_roles_in_editorial_order(comparison_factory, role_factory):
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    analyst = role_factory(name="Data Analyst", slug="data-analyst")
    comparison = comparison_factory(role_a=scientist, role_b=analyst)
    assert comparison.slug == "data-scientist-vs-data-analyst"
    assert comparison.get_absolute_url() == "/insights/data-scientist-vs-data-analyst/"
    assert comparison.title == "Data Scientist vs. Data Analyst: A Detailed Comparison"


def test_database_rejects_a_role_compared_with_itself(comparison_factory, role_factory):
    role = role_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        comparison_factory(role_a=role, role_b=role)


def test_database_rejects_the_same_pair_in_reverse_order(comparison_factory):
    first = comparison_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        comparison_factory(role_a=first.role_b, role_b=first.role_a)


def test_full_clean_reports_pair_rules_as_validation_errors(comparison_factory, role_factory):
    first = comparison_factory()
    reverse = Comparison(role_a=first.role_b, role_b=first.role_a, intro="i", conclusion="c")
    with pytest.raises(ValidationError, match="already exists"):
        reverse.full_clean()
    role = role_factory()
    same = Comparison(role_a=role, role_b=role, intro="i", conclusion="c")
    with pytest.raises(ValidationError, match="two different roles"):
        same.full_clean()


def test_publishing_fills_in_the_publish_date(comparison_factory):
    comparison = comparison_factory(draft=True)
    comparison.status = Comparison.Status.PUBLISHED
    comparison.save()
    assert comparison.published_at is not None


def test_database_rejects_published_without_date(comparison_factory):
    comparison = comparison_factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Comparison.objects.filter(pk=comparison.pk).update(published_at=None)


def test_published_excludes_drafts_and_scheduled_articles(comparison_factory):
    live = comparison_factory()
    comparison_factory(draft=True)
    comparison_factory(published_at=timezone.now() + datetime.timedelta(days=2))
    assert list(Comparison.objects.published()) == [live]


def test_growth_figure_needs_its_period_and_source(role_factory):
    role = role_factory.build(growth_percent=Decimal("15"))
    with pytest.raises(ValidationError, match="start year, end year and source"):
        role.full_clean()
    role = role_factory(
        growth_percent=Decimal("15"),
        growth_start_year=2019,
        growth_end_year=2029,
        growth_source="US Bureau of Labor Statistics",
    )
    assert role.has_growth_figure


def test_growth_period_must_run_forward(role_factory):
    with pytest.raises(IntegrityError), transaction.atomic():
        role_factory(growth_start_year=2029, growth_end_year=2019)


def test_role_slugs_and_names_are_unique(role_factory):
    role_factory(name="Data Engineer", slug="data-engineer")
    with pytest.raises(IntegrityError), transaction.atomic():
        role_factory(name="Data Engineer (2)", slug="data-engineer")


def test_a_role_cannot_list_the_same_bullet_twice(item_factory, role_factory):
    role = role_factory()
    item_factory(role=role, kind=RoleItem.Kind.TOOL, text="Python")
    with pytest.raises(IntegrityError), transaction.atomic():
        item_factory(role=role, kind=RoleItem.Kind.TOOL, text="Python")
    # The same text under another kind is a different bullet.
    item_factory(role=role, kind=RoleItem.Kind.SKILL, text="Python")


def test_match_key_ignores_case_spacing_and_final_period(item_factory):
    item = item_factory.build(text="  Testing and   Validating models. ")
    assert item.match_key == "testing and validating models"


def test_role_names_are_unique_whatever_the_case(role_factory, staff_client):
    from django.db import IntegrityError, transaction
    from django.urls import reverse

    from roles.models import Role

    role_factory(name="Data Scientist", slug="data-scientist")
    with pytest.raises(ValidationError, match="A role with this name already exists"):
        Role(name="data scientist", slug="other", definition="x").full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        Role.objects.create(name="DATA SCIENTIST", slug="other-2", definition="x")
    response = staff_client.post(
        reverse("admin:roles_role_add"),
        {"name": "data SCIENTIST", "slug": "third", "definition": "x"},
    )
    assert "A role with this name already exists." in response.content.decode()
