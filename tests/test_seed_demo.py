import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from django.utils.dateformat import format as date_format

from postings.management.commands.seed_demo import (
    COMPANIES_FILE,
    POSTINGS_FILE,
    demo_rows,
    seed_companies,
)
from postings.models import Company, JobPosting
from roles.models import Comparison, Role, RoleItem
from roles.seeding import COMPARISONS_FILE, ROLES_FILE, load_json, relative_date, seed_roles

pytestmark = pytest.mark.django_db

REFERENCE = "/insights/data-scientist-vs-lead-machine-learning-engineer/"
DAY = datetime.timedelta(days=1)

# What the demo showed when its content was still Python modules; the data files keep it.
ROLES, ITEMS, COMPARISONS, COMPANIES = 7, 230, 6, 27
POSTINGS, VISIBLE, EXPIRED, DRAFTS, FEATURED = 83, 78, 3, 2, 11


def snapshot():
    return [
        list(model.objects.order_by("pk").values())
        for model in (Role, RoleItem, Comparison, Company, JobPosting)
    ]


def days_before(moment, now):
    return (now - moment) / DAY


def reference_age():
    """Return how many days before loading the reference article is published."""
    (data,) = [
        data
        for data in load_json(COMPARISONS_FILE)
        if (data["role_a"], data["role_b"]) == ("data-scientist", "lead-machine-learning-engineer")
    ]
    return -int(data["published"].removesuffix("d"))


def test_seed_demo_twice_changes_nothing():
    call_command("seed_demo", stdout=io.StringIO())
    first = snapshot()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert snapshot() == first
    assert "(0 added, 0 updated, 83 unchanged)" in out.getvalue()


def test_demo_files_load_and_refer_to_each_other():
    roles, comparisons = load_json(ROLES_FILE), load_json(COMPARISONS_FILE)
    companies, postings = load_json(COMPANIES_FILE), load_json(POSTINGS_FILE)
    assert len(roles) == ROLES
    assert sum(len(texts) for role in roles for texts in role["items"].values()) == ITEMS
    assert len(comparisons) == COMPARISONS
    assert len(companies) == COMPANIES
    assert len(postings) == POSTINGS
    slugs = {role["slug"] for role in roles}
    assert all({c["role_a"], c["role_b"]} <= slugs for c in comparisons)
    names = {company["name"] for company in companies}
    assert {posting["company"] for posting in postings} <= names
    assert {posting["role"] for posting in postings} <= slugs | {None}


def test_every_demo_posting_is_valid_for_the_importer(tmp_path):
    seed_roles()
    seed_companies()
    path = tmp_path / "demo.json"
    path.write_text(json.dumps(demo_rows(timezone.now())), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_postings", str(path), "--dry-run", stdout=out, stderr=err)
    assert err.getvalue() == ""
    assert str(POSTINGS) in out.getvalue()
    assert not JobPosting.objects.exists()


@pytest.mark.parametrize(("value", "days"), [("-3d", -3), ("+7d", 7), ("-0d", 0), ("-806d", -806)])
def test_relative_date_counts_days_from_now(value, days):
    now = timezone.now()
    assert relative_date(value, now) == now + datetime.timedelta(days=days)


@pytest.mark.parametrize("value", ["3d", "-3", "-3 d", "-1.5d", "2025-03-01", "", -3])
def test_relative_date_rejects_other_notations(value):
    with pytest.raises(ValueError, match="relative date"):
        relative_date(value, timezone.now())


def test_relative_dates_count_from_the_day_of_loading():
    rows = {row["external_id"]: row for row in load_json(POSTINGS_FILE)}
    call_command("seed_demo", stdout=io.StringIO())
    now = timezone.now()
    postings = {posting.external_id: posting for posting in JobPosting.objects.all()}
    three_days = [key for key, row in rows.items() if row["published_at"] == "-3d"]
    assert three_days
    for key in three_days:
        assert days_before(postings[key].published_at, now) == pytest.approx(3, abs=0.01)
        assert postings[key].expires_at - postings[key].published_at == 30 * DAY
    expired = [posting for posting in postings.values() if posting.status == "expired"]
    assert len(expired) == EXPIRED
    for posting in expired:
        offset = int(rows[posting.external_id]["published_at"].removesuffix("d"))
        assert days_before(posting.published_at, now) == pytest.approx(-offset, abs=0.01)
        assert days_before(posting.expires_at, now) == pytest.approx(1, abs=0.01)
    drafts = [posting for posting in postings.values() if posting.status == "draft"]
    assert len(drafts) == DRAFTS
    assert all(posting.published_at is None and posting.expires_at is None for posting in drafts)
    reference = Comparison.objects.get(
        role_a__slug="data-scientist", role_b__slug="lead-machine-learning-engineer"
    )
    assert days_before(reference.published_at, now) == pytest.approx(reference_age(), abs=0.01)


def test_a_second_run_restores_edited_content_and_keeps_dates():
    call_command("seed_demo", stdout=io.StringIO())
    posting = JobPosting.objects.get(external_id="demo-002")
    moved = posting.published_at - 5 * DAY
    JobPosting.objects.filter(pk=posting.pk).update(title="Edited", published_at=moved)
    before = snapshot()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "(0 added, 1 updated, 82 unchanged)" in out.getvalue()
    posting.refresh_from_db()
    assert posting.title == "AI Engineer Intern, Agents"
    assert posting.published_at == moved
    after = snapshot()
    others = [row for row in after[-1] if row["id"] != posting.pk]
    assert others == [row for row in before[-1] if row["id"] != posting.pk]
    assert after[:-1] == before[:-1]


def test_the_site_shows_every_demo_item(client):
    call_command("seed_demo", stdout=io.StringIO())
    assert Role.objects.count() == ROLES
    assert RoleItem.objects.count() == ITEMS
    assert Comparison.objects.published().count() == COMPARISONS
    assert Company.objects.count() == COMPANIES
    assert JobPosting.objects.count() == POSTINGS
    assert JobPosting.objects.visible().count() == VISIBLE
    assert JobPosting.objects.visible().featured().count() == FEATURED
    assert Company.objects.filter(slug="kite-and-key-media", name="Kite & Key Media").exists()

    jobs = BeautifulSoup(client.get("/jobs/").content, "html.parser")
    assert jobs.select_one("#results-heading").get_text() == f"{VISIBLE} jobs"
    insights = BeautifulSoup(client.get("/insights/").content, "html.parser")
    assert insights.select_one(".result-count").get_text() == f"{COMPARISONS} comparisons"
    roles = BeautifulSoup(client.get("/roles/").content, "html.parser")
    assert len(roles.select(".card-title")) == ROLES
    # Newest first, in the order the articles had when their dates were fixed.
    newest_first = [
        (c.role_a.slug, c.role_b.slug) for c in Comparison.objects.order_by("-published_at")
    ]
    assert newest_first == [
        (data["role_a"], data["role_b"]) for data in reversed(load_json(COMPARISONS_FILE))
    ]


def test_reference_article_reads_completely(client, demo_content):
    response = client.get(REFERENCE)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == (
        "Data Scientist vs. Lead Machine Learning Engineer: A Detailed Comparison"
    )
    published = timezone.now() - reference_age() * DAY
    assert page.select_one("time").get_text() == date_format(published, "M j, Y")
    text = page.get_text(" ")
    for fact in [
        "Certified Analytics Professional",
        "Azure Data Scientist Associate",
        "Professional Machine Learning Engineer",
        "AWS Certified Machine Learning",
        "Tableau",
        "Kubernetes",
        "Jenkins",
        "SPSS",
        "Manufacturing",
        "Kaggle",
        "15% from 2019 to 2029",
        "22% from 2019 to 2029",
    ]:
        assert fact in text, fact
    # Every list section shows both roles, and the two roles share some items.
    for anchor in ["responsibilities", "skills", "education", "tools", "industries", "tips"]:
        assert len(page.select(f"#{anchor} .column")) == 2
    assert len(page.select("li.shared")) >= 6
    assert page.select(".related .card")
