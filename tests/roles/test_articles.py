import pytest

from roles.articles import SECTION_ORDER, build_article
from roles.models import Comparison, RoleItem

pytestmark = pytest.mark.django_db

NINE_SECTIONS = [
    "Definitions",
    "Responsibilities",
    "Required Skills",
    "Educational Backgrounds",
    "Tools and Software",
    "Common Industries",
    "Outlook",
    "Practical Tips for Getting Started",
    "Conclusion",
]


def load(comparison):
    return build_article(Comparison.objects.for_article().get(pk=comparison.pk))


def test_article_has_the_nine_sections_in_order(comparison_factory):
    article = load(comparison_factory())
    assert [section.title for section in article.sections] == NINE_SECTIONS
    assert [section.anchor for section in article.sections] == SECTION_ORDER


def test_items_both_roles_list_are_marked_shared(comparison_factory, item_factory):
    comparison = comparison_factory()
    item_factory(role=comparison.role_a, kind=RoleItem.Kind.INDUSTRY, text="Healthcare")
    item_factory(role=comparison.role_a, kind=RoleItem.Kind.INDUSTRY, text="Government")
    item_factory(role=comparison.role_b, kind=RoleItem.Kind.INDUSTRY, text="healthcare.")
    item_factory(role=comparison.role_b, kind=RoleItem.Kind.INDUSTRY, text="Manufacturing")
    # Same words under a different kind do not count as shared industries.
    item_factory(role=comparison.role_b, kind=RoleItem.Kind.SKILL, text="Government")

    industries = next(s for s in load(comparison).sections if s.anchor == "industries")
    left, right = ([(b.text, b.shared) for b in col.groups[0][1]] for col in industries.columns)
    assert left == [("Healthcare", True), ("Government", False)]
    assert right == [("healthcare.", True), ("Manufacturing", False)]


def test_education_splits_degrees_and_certifications(comparison_factory, item_factory):
    comparison = comparison_factory()
    item_factory(role=comparison.role_a, kind=RoleItem.Kind.DEGREE, text="BSc in statistics")
    item_factory(role=comparison.role_a, kind=RoleItem.Kind.CERTIFICATION, text="CAP")
    education = next(s for s in load(comparison).sections if s.anchor == "education")
    labels = [(label, [b.text for b in bullets]) for label, bullets in education.columns[0].groups]
    assert labels == [("Degrees", ["BSc in statistics"]), ("Certifications", ["CAP"])]


def test_items_follow_their_position(comparison_factory, item_factory):
    comparison = comparison_factory()
    item_factory(role=comparison.role_a, kind=RoleItem.Kind.TOOL, text="Second", position=2)
    item_factory(role=comparison.role_a, kind=RoleItem.Kind.TOOL, text="First", position=1)
    tools = next(s for s in load(comparison).sections if s.anchor == "tools")
    assert [b.text for b in tools.columns[0].groups[0][1]] == ["First", "Second"]


def test_editing_a_role_changes_every_article_it_is_in(comparison_factory, item_factory):
    first = comparison_factory()
    second = comparison_factory(role_a=first.role_a)
    item = item_factory(role=first.role_a, kind=RoleItem.Kind.SKILL, text="SQL")
    item.text = "Advanced SQL"
    item.save()
    for comparison in (first, second):
        skills = next(s for s in load(comparison).sections if s.anchor == "skills")
        assert [b.text for b in skills.columns[0].groups[0][1]] == ["Advanced SQL"]


def test_read_time_grows_with_the_words_shown(comparison_factory, settings):
    settings.ARTICLE_WORDS_PER_MINUTE = 100
    comparison = comparison_factory(intro="word " * 10, conclusion="word " * 10)
    short = load(comparison)
    assert short.read_minutes == 1
    comparison.conclusion = "word " * 450
    comparison.save()
    longer = load(comparison)
    assert longer.word_count - short.word_count == 440
    assert longer.read_minutes == -(-longer.word_count // 100)


def test_outlook_states_the_growth_figure_with_its_source(comparison_factory, role_factory):
    role = role_factory(
        growth_percent="22.0",
        growth_start_year=2019,
        growth_end_year=2029,
        growth_source="US Bureau of Labor Statistics",
        growth_occupation="Software Developers",
    )
    outlook = next(
        s for s in load(comparison_factory(role_a=role)).sections if s.anchor == "outlook"
    )
    assert outlook.columns[0].paragraphs[-1] == (
        "According to the US Bureau of Labor Statistics, employment of Software Developers "
        "was projected to grow 22% from 2019 to 2029."
    )
    assert outlook.columns[1].paragraphs == ["Demand keeps growing."]
