import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from roles.models import RoleItem

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def article(comparison_factory, role_factory, item_factory):
    scientist = role_factory(name="Data Scientist", slug="data-scientist")
    engineer = role_factory(name="ML Engineer", slug="ml-engineer")
    for role in (scientist, engineer):
        item_factory(role=role, kind=RoleItem.Kind.TOOL, text="Python")
    item_factory(role=scientist, kind=RoleItem.Kind.TOOL, text="Tableau")
    return comparison_factory(role_a=scientist, role_b=engineer, intro="Pick one.")


def test_article_page_shows_title_date_read_time_toc_and_sections(client, article):
    response = client.get("/insights/data-scientist-vs-ml-engineer/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Data Scientist vs. ML Engineer: A Detailed Comparison"
    assert page.select_one(".read-time").get_text() == "1 min read"
    assert page.select_one("time").get_text() == article.published_at.strftime("%b %-d, %Y")
    toc = [(a["href"], a.get_text()) for a in page.select(".toc a")]
    assert [href for href, _ in toc] == [
        "#definitions",
        "#responsibilities",
        "#skills",
        "#education",
        "#tools",
        "#industries",
        "#outlook",
        "#tips",
        "#conclusion",
    ]
    for href, _ in toc:
        assert page.select_one(href) is not None, f"section {href} missing"


def test_shared_items_are_marked_for_sighted_and_screen_reader_users(client, article):
    page = soup(client.get(article.get_absolute_url()))
    shared = page.select("#tools li.shared")
    assert len(shared) == 2  # Python, once in each column
    assert all("shared by both roles" in li.get_text() for li in shared)
    tableau = next(li for li in page.select("#tools li") if "Tableau" in li.get_text())
    assert "shared" not in tableau.get("class", [])


def test_reversed_address_redirects_permanently_to_the_canonical_one(client, article):
    response = client.get("/insights/ml-engineer-vs-data-scientist/")
    assert response.status_code == 301
    assert response["Location"] == "/insights/data-scientist-vs-ml-engineer/"


@pytest.mark.parametrize(
    "path", ["/insights/nothing-vs-here/", "/insights/no-such-article/", "/insights/-vs-/"]
)
def test_unknown_articles_are_a_styled_404(client, article, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"We could not find that page" in response.content


def test_draft_is_hidden_from_the_public_and_previewable_by_staff(
    client, staff_client, comparison_factory
):
    draft = comparison_factory(draft=True)
    assert client.get(draft.get_absolute_url()).status_code == 404
    reversed_url = f"/insights/{draft.role_b.slug}-vs-{draft.role_a.slug}/"
    assert client.get(reversed_url).status_code == 404
    response = staff_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert b"Preview: this comparison is a draft" in response.content
    assert soup(response).find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_scheduled_article_stays_hidden_until_its_date(client, comparison_factory):
    scheduled = comparison_factory(published_at=timezone.now() + datetime.timedelta(hours=3))
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_related_articles_share_a_role_and_are_published(client, article, comparison_factory):
    related = comparison_factory(role_a=article.role_b)
    comparison_factory(role_a=article.role_a, draft=True)
    unrelated = comparison_factory()
    page = soup(client.get(article.get_absolute_url()))
    links = {a["href"] for a in page.select(".related a")}
    assert links == {related.get_absolute_url()}
    assert unrelated.get_absolute_url() not in links


def test_article_query_count_does_not_grow_with_bullets(
    client, article, item_factory, django_assert_num_queries
):
    # comparison with roles, the items of each role, related articles, featured jobs,
    # salary figures overall and per seniority
    with django_assert_num_queries(7):
        client.get(article.get_absolute_url())
    for n in range(30):
        item_factory(role=article.role_a, kind=RoleItem.Kind.SKILL, text=f"Skill {n}")
        item_factory(role=article.role_b, kind=RoleItem.Kind.TIP, text=f"Tip {n}")
    with django_assert_num_queries(7):
        response = client.get(article.get_absolute_url())
    assert response.content.count(b"Skill 29") == 1


def test_index_lists_published_comparisons_newest_first(client, comparison_factory):
    now = timezone.now()
    older = comparison_factory(published_at=now - datetime.timedelta(days=9))
    newer = comparison_factory(published_at=now - datetime.timedelta(days=1))
    comparison_factory(draft=True)
    page = soup(client.get("/insights/"))
    hrefs = [a["href"] for a in page.select(".comparison-card h3 a")]
    assert hrefs == [newer.get_absolute_url(), older.get_absolute_url()]
    assert page.select_one(".result-count").get_text() == "2 comparisons"


def test_index_filters_by_role_on_either_side(client, comparison_factory, role_factory):
    analyst = role_factory(name="Data Analyst", slug="data-analyst")
    left = comparison_factory(role_a=analyst)
    right = comparison_factory(role_b=analyst)
    other = comparison_factory()
    for query in ("?role=data-analyst", "?q=analyst", "?q=%20ANALYST%20"):
        hrefs = {a["href"] for a in soup(client.get("/insights/" + query)).select(".card-title a")}
        assert hrefs == {left.get_absolute_url(), right.get_absolute_url()}, query
        assert other.get_absolute_url() not in hrefs


def test_index_reports_an_unknown_role_as_a_form_error(client, comparison_factory):
    comparison_factory()
    response = client.get("/insights/?role=astronaut")
    assert response.status_code == 400
    assert "Select a valid choice" in soup(response).select_one(".error").get_text()


@pytest.mark.parametrize("page_number", ["0", "-3", "99999999999999999999", "abc", "1e309", ""])
def test_index_handles_absurd_page_numbers(client, comparison_factory, page_number):
    comparison_factory.create_batch(13)
    response = client.get("/insights/", {"page": page_number})
    assert response.status_code == 200
    assert len(soup(response).select(".comparison-card")) in {12, 1}


def test_index_paginates_twelve_per_page(client, comparison_factory):
    comparison_factory.create_batch(13)
    first = soup(client.get("/insights/"))
    assert len(first.select(".comparison-card")) == 12
    second = soup(client.get("/insights/?page=2"))
    assert len(second.select(".comparison-card")) == 1
    assert second.select_one("a[rel=prev]")["href"] == "?page=1"


def test_index_query_count_is_fixed(client, comparison_factory, django_assert_num_queries):
    comparisons = comparison_factory.create_batch(15)
    # role choices for the form, count, page of comparisons with their roles
    with django_assert_num_queries(3):
        client.get("/insights/")
    # plus the lookup of the chosen role
    with django_assert_num_queries(4):
        response = client.get("/insights/", {"role": comparisons[0].role_a.slug})
    assert response.status_code == 200


def test_role_page_shows_profile_and_its_published_comparisons(
    client, article, comparison_factory, django_assert_num_queries
):
    draft = comparison_factory(role_a=article.role_a, draft=True)
    # role, its items, its comparisons, its jobs, its salary overall and per seniority
    with django_assert_num_queries(6):
        response = client.get("/roles/data-scientist/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Data Scientist"
    assert [li.get_text() for li in page.select("#tools li")] == ["Python", "Tableau"]
    links = {a["href"] for a in page.select(".sidebar a")}
    assert article.get_absolute_url() in links
    assert draft.get_absolute_url() not in links


def test_unknown_role_is_404(client, db):
    assert client.get("/roles/astronaut/").status_code == 404


def test_role_index_counts_only_published_comparisons(client, article, comparison_factory):
    comparison_factory(role_a=article.role_a, draft=True)
    page = soup(client.get("/roles/"))
    card = next(c for c in page.select(".card") if "Data Scientist" in c.h2.get_text())
    assert card.select_one(".meta").get_text() == "1 comparison"


def test_home_shows_latest_published_comparisons(client, article, comparison_factory):
    draft = comparison_factory(draft=True)
    response = client.get("/")
    assert response.status_code == 200
    assert article.get_absolute_url().encode() in response.content
    assert draft.get_absolute_url().encode() not in response.content


def test_updated_shows_only_when_the_article_text_changed_after_publishing(
    client, comparison_factory
):
    import datetime

    from django.utils import timezone

    comparison = comparison_factory(published_at=timezone.now() - datetime.timedelta(days=10))
    url = comparison.get_absolute_url()
    assert "Updated" not in client.get(url).content.decode()
    # A role renamed, a bullet added: the article's own text is the same.
    role = comparison.role_a
    role.slug = "renamed-role"
    role.save()
    comparison.refresh_from_db()
    assert comparison.content_updated_at is None
    page = client.get(comparison.get_absolute_url()).content.decode()
    assert "Updated" not in page
    comparison.conclusion = "A new closing thought."
    comparison.save()
    page = client.get(comparison.get_absolute_url()).content.decode()
    assert "· Updated <time" in page


def test_outlook_shows_its_period_and_source_and_admin_flags_ended_periods(
    client, comparison_factory, staff_client
):
    from django.urls import reverse

    comparison = comparison_factory(
        role_a__growth_percent=15, role_a__growth_start_year=2014,
        role_a__growth_end_year=2024, role_a__growth_source="US Bureau of Labor Statistics",
    )  # fmt: skip
    page = client.get(comparison.get_absolute_url()).content.decode()
    assert '<span class="growth-period">2014–2024</span>' in page
    assert "Source: US Bureau of Labor Statistics" in page
    role_page = client.get(comparison.role_a.get_absolute_url()).content.decode()
    assert '<span class="growth-period">2014–2024</span>' in role_page
    listing = staff_client.get(reverse("admin:roles_role_changelist") + "?outlook=ended")
    text = listing.content.decode()
    assert "period ended: update the figure" in text
    assert comparison.role_b.name not in text.split("result_list")[-1]
