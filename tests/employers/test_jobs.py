"""Employers' jobs: submit, preview, review (approve, reject with a reason), edits of live
jobs, renew, close, duplicate; who may see what; counts; the company page; reminders."""

import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from postings.models import DailyStats, JobPosting, PostingRevision, StatusChange
from tests.factories import JobPostingFactory

from .conftest import BROWSER, job_data

pytestmark = pytest.mark.django_db

QUEUE = "/admin/employers/submission/"


@pytest.fixture
def reviewer(django_user_model):
    user = django_user_model.objects.create_user(
        "reviewer", "reviewer@board.example", "a-long-test-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Job managers"))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def submit_job(client, capture, **fields):
    """Post a job, then send it for review from its preview; return it."""
    response = client.post("/employers/jobs/new/", job_data(**fields))
    assert response.status_code == 302, response.context["form"].errors
    posting = JobPosting.objects.latest("pk")
    assert response["Location"] == f"/employers/jobs/{posting.pk}/preview/"
    with capture(execute=True):
        client.post(f"/employers/jobs/{posting.pk}/submit/")
    posting.refresh_from_db()
    return posting


def review(reviewer, capture, posting, action, **data):
    with capture(execute=True):
        return reviewer.post(QUEUE, {"action": action, "_selected_action": [posting.pk], **data})


def test_submit_preview_approve_publish(
    employer_client, employer, reviewer, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    response = employer_client.post("/employers/jobs/new/", job_data())
    posting = JobPosting.objects.get()
    assert (posting.status, posting.submitted_by, posting.company) == (
        "draft",
        employer,
        employer.membership.company,
    )
    preview = employer_client.get(response["Location"])
    page = BeautifulSoup(preview.content, "html.parser")
    assert page.h1.get_text() == "Senior Forecasting Scientist"
    assert "a draft and not visible to the public" in page.select_one(".preview-banner").text
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.select_one(".job-description strong").get_text() == "forecasts"
    assert "no-store" in preview["Cache-Control"]
    # The public does not see it, by its address or in any list.
    assert Client().get(posting.get_absolute_url()).status_code == 404

    with capture(execute=True):
        employer_client.post(f"/employers/jobs/{posting.pk}/submit/")
    posting.refresh_from_db()
    assert posting.status == "pending"
    assert mail.outbox[-1].to == [] or "reviewer@board.example" in mail.outbox[-1].to
    assert Client().get(posting.get_absolute_url()).status_code == 404
    assert posting.title not in Client().get("/jobs/").content.decode()
    queue = reviewer.get(QUEUE).content.decode()
    assert "Senior Forecasting Scientist" in queue
    assert "A new job" in queue

    mail.outbox.clear()
    review(reviewer, capture, posting, "approve")
    posting.refresh_from_db()
    assert posting.status == "published"
    assert posting.is_visible
    assert Client().get(posting.get_absolute_url()).status_code == 200
    assert posting.title in Client().get("/jobs/").content.decode()
    company_page = Client().get(posting.company.get_absolute_url()).content.decode()
    assert posting.title in company_page
    (message,) = mail.outbox
    assert message.to == [employer.email]
    assert "approved" in message.subject
    history = list(posting.status_changes.values_list("from_status", "to_status", "by__username"))
    assert history == [
        ("draft", "pending", employer.username),
        ("pending", "published", "reviewer"),
    ]
    admin_page = reviewer.get(f"/admin/postings/jobposting/{posting.pk}/change/").content.decode()
    assert "Status history" in admin_page
    assert "Pending review" in admin_page


def test_every_error_gets_a_clear_message_and_nothing_is_saved(employer_client):
    response = employer_client.post(
        "/employers/jobs/new/",
        job_data(title="", salary_min="200000", salary_max="100000", apply_url="", apply_email=""),
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "This field is required." in text
    assert "The minimum salary cannot be above the maximum." in text
    assert "Give an apply link or an apply e-mail address." in text
    response = employer_client.post(
        "/employers/jobs/new/", job_data(apply_url="javascript:alert(1)")
    )
    assert "Enter an http:// or https:// address." in response.content.decode()
    assert not JobPosting.objects.exists()


def test_markdown_is_sanitized_as_in_admin(employer_client, employer):
    employer_client.post(
        "/employers/jobs/new/",
        job_data(description="Hi <script>alert(1)</script> [x](javascript:alert(1)) **ok**"),
    )
    posting = JobPosting.objects.get()
    assert "<script" not in posting.description_html
    assert "javascript:" not in posting.description_html
    assert "<strong>ok</strong>" in posting.description_html


def test_reject_needs_a_reason_and_the_employer_hears_it(
    employer_client, employer, reviewer, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    posting = submit_job(employer_client, capture)
    page = review(reviewer, capture, posting, "reject")
    assert page.status_code == 200
    assert "Reject with a reason" in page.content.decode()
    page = review(reviewer, capture, posting, "reject", reason="other", note="")
    assert "Say what is wrong" in page.content.decode()
    posting.refresh_from_db()
    assert posting.status == "pending"

    mail.outbox.clear()
    review(reviewer, capture, posting, "reject", reason="salary", note="Add the yearly range.")
    posting.refresh_from_db()
    assert posting.status == "rejected"
    change = posting.status_changes.latest("at")
    assert change.note == "The salary is missing or does not match the job. Add the yearly range."
    (message,) = mail.outbox
    assert message.to == [employer.email]
    assert "Add the yearly range." in message.body
    # Edited and sent again, it goes back to the queue.
    employer_client.post(f"/employers/jobs/{posting.pk}/edit/", job_data(salary_min="90000"))
    with capture(execute=True):
        employer_client.post(f"/employers/jobs/{posting.pk}/submit/")
    posting.refresh_from_db()
    assert posting.status == "pending"


def test_an_edit_of_a_live_job_waits_for_review_while_the_public_sees_the_approved_one(
    employer_client, employer, reviewer, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    posting = submit_job(employer_client, capture)
    review(reviewer, capture, posting, "approve")
    response = employer_client.post(
        f"/employers/jobs/{posting.pk}/edit/", job_data(title="Lead Forecasting Scientist")
    )
    assert response["Location"] == "/employers/"
    posting.refresh_from_db()
    assert posting.title == "Senior Forecasting Scientist"
    assert PostingRevision.objects.filter(posting=posting).exists()
    public = Client().get(posting.get_absolute_url(), follow=True).content.decode()
    assert "Senior Forecasting Scientist" in public
    assert "Lead Forecasting Scientist" not in public
    assert "An edit of a live job" in reviewer.get(QUEUE).content.decode()
    # The reviewer sees what the edit changes, and only that.
    review_page = reviewer.get(f"{QUEUE}{posting.pk}/change/").content.decode()
    assert "<strong>title</strong>: Lead Forecasting Scientist" in review_page
    assert "<strong>location</strong>" not in review_page
    # The edit form shows the edit waiting, not the live version.
    form = employer_client.get(f"/employers/jobs/{posting.pk}/edit/").content.decode()
    assert 'value="Lead Forecasting Scientist"' in form

    review(reviewer, capture, posting, "approve")
    posting.refresh_from_db()
    assert posting.title == "Lead Forecasting Scientist"
    assert posting.status == "published"
    assert not PostingRevision.objects.exists()
    assert (
        "Lead Forecasting Scientist"
        in Client().get(posting.get_absolute_url(), follow=True).content.decode()
    )


def test_renew_near_expiry_close_early_and_duplicate(employer_client, employer):
    company = employer.membership.company
    posting = JobPostingFactory(company=company, submitted_by=employer)
    response = employer_client.post(f"/employers/jobs/{posting.pk}/renew/")
    assert response["Location"] == "/employers/"
    messages = [str(m) for m in employer_client.get("/employers/").context["messages"]]
    assert any("last week" in m for m in messages)

    soon = timezone.now() + datetime.timedelta(days=3)
    JobPosting.objects.filter(pk=posting.pk).update(expires_at=soon)
    dashboard = employer_client.get("/employers/").content.decode()
    assert f"/employers/jobs/{posting.pk}/renew/" in dashboard
    employer_client.post(f"/employers/jobs/{posting.pk}/renew/")
    posting.refresh_from_db()
    assert posting.expires_at > soon + datetime.timedelta(days=29)

    employer_client.post(f"/employers/jobs/{posting.pk}/close/")
    posting.refresh_from_db()
    assert posting.status == "expired"
    assert not posting.is_visible

    employer_client.post(f"/employers/jobs/{posting.pk}/duplicate/")
    copy = JobPosting.objects.exclude(pk=posting.pk).get()
    assert (copy.status, copy.title, copy.submitted_by) == (
        "draft",
        f"Copy of {posting.title}",
        employer,
    )


def test_another_company_employer_gets_404_everywhere(make_employer, employer_client):
    other = make_employer("rival@contoso.example")
    theirs = JobPostingFactory(company=other.membership.company, status="draft", published_at=None)
    for url in [f"/employers/jobs/{theirs.pk}/edit/", f"/employers/jobs/{theirs.pk}/preview/"]:
        assert employer_client.get(url).status_code == 404, url
    for action in ["submit", "duplicate", "renew", "close", "edit"]:
        url = f"/employers/jobs/{theirs.pk}/{action}/"
        assert employer_client.post(url, job_data()).status_code == 404, url
    theirs.refresh_from_db()
    assert theirs.status == "draft"
    assert JobPosting.objects.count() == 1
    assert theirs.title not in employer_client.get("/employers/").content.decode()


def test_employer_pages_need_a_signed_in_member(client, make_employer):
    for url in ["/employers/", "/employers/jobs/new/", "/employers/company/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    loner = make_employer("loner@example.com", company=False)
    client.force_login(loner)
    assert client.get("/employers/jobs/new/")["Location"] == "/employers/company/"
    # Staff pages stay staff's.
    assert client.get(QUEUE).status_code == 302


def test_views_and_apply_clicks_are_counted_per_day_for_people_only(
    employer_client, employer, settings
):
    posting = JobPostingFactory(company=employer.membership.company)
    person = Client(HTTP_USER_AGENT=BROWSER)
    robot = Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    settings.CACHE_SECONDS = 300  # a cached page counts too
    for _ in range(3):
        assert person.get(posting.get_absolute_url()).status_code == 200
    robot.get(posting.get_absolute_url())
    Client().get(posting.get_absolute_url())  # no user agent
    person.head(posting.get_absolute_url())
    response = person.get(f"/jobs/{posting.pk}/apply/")
    assert response["Location"] == posting.apply_url
    robot.get(f"/jobs/{posting.pk}/apply/")
    stats = DailyStats.objects.get(posting=posting, day=timezone.localdate())
    assert (stats.views, stats.apply_clicks) == (3, 1)
    row = BeautifulSoup(employer_client.get("/employers/").content, "html.parser").select_one(
        "tbody tr"
    )
    assert [cell.get_text(strip=True) for cell in row.select("td.num")] == ["3", "1"]


@pytest.mark.parametrize("jobs", [1, 8])
def test_the_dashboard_costs_the_same_for_one_job_or_many(
    employer_client, employer, jobs, django_assert_num_queries
):
    for posting in JobPostingFactory.create_batch(jobs, company=employer.membership.company):
        DailyStats.objects.create(posting=posting, day=timezone.localdate(), views=2)
    # session, user, membership, jobs with their counts, owner check
    with django_assert_num_queries(5):
        assert employer_client.get("/employers/").status_code == 200


def test_the_company_page_shows_its_open_jobs_with_organization_data(client, employer):
    company = employer.membership.company
    company.description = "We help grocers forecast demand."
    company.save()
    open_job = JobPostingFactory(company=company, title="Open Forecaster")
    JobPostingFactory(company=company, title="Closed Forecaster", expired=True)
    JobPostingFactory(company=company, title="Draft Forecaster", draft=True)
    page = client.get(company.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "Open Forecaster" in text
    assert "Closed Forecaster" not in text
    assert "Draft Forecaster" not in text
    assert f'href="/jobs/feed/?company={company.slug}"' in text
    soup = BeautifulSoup(text, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == company.name
    assert data["description"] == "We help grocers forecast demand."
    # Job cards and job pages link to the company page, not off-site.
    jobs = client.get("/jobs/").content.decode()
    assert f'href="{company.get_absolute_url()}"' in jobs
    assert (
        f'href="{company.get_absolute_url()}"'
        in client.get(open_job.get_absolute_url()).content.decode()
    )
    assert client.get("/companies/no-such-company/").status_code == 404


def test_an_expiry_reminder_goes_out_once(employer, django_capture_on_commit_callbacks):
    soon = JobPostingFactory(
        company=employer.membership.company,
        submitted_by=employer,
        expires_at=timezone.now() + datetime.timedelta(days=2),
    )
    JobPostingFactory(company=employer.membership.company, submitted_by=employer)  # a month left
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_reminders", stdout=out)
        call_command("send_reminders", stdout=io.StringIO())
    assert "Expiry reminders sent: 1." in out.getvalue()
    (message,) = mail.outbox
    assert message.to == [employer.email]
    assert soon.title in message.subject
    assert "/employers/" in message.body


def test_staff_merge_duplicate_companies(reviewer, make_employer, django_user_model):
    admin_user = django_user_model.objects.create_superuser(
        "root", "root@board.example", "x-long-password"
    )
    client = Client()
    client.force_login(admin_user)
    first = make_employer("a@dupe.example")
    second = make_employer("b@dupe.example")
    keep, duplicate = first.membership.company, second.membership.company
    JobPostingFactory(company=duplicate, title="Moved Job")
    client.post(
        "/admin/postings/company/",
        {"action": "merge", "_selected_action": [keep.pk, duplicate.pk], "keep": keep.pk},
    )
    assert not type(keep).objects.filter(pk=duplicate.pk).exists()
    assert JobPosting.objects.get(title="Moved Job").company == keep
    second.membership.refresh_from_db()
    assert second.membership.company == keep
    assert not second.membership.is_owner
    client.post("/admin/postings/company/", {"action": "verify", "_selected_action": [keep.pk]})
    keep.refresh_from_db()
    assert keep.is_verified


def test_status_changes_are_recorded_for_staff_actions(reviewer, employer):
    posting = JobPostingFactory(company=employer.membership.company)
    reviewer.post(
        "/admin/postings/jobposting/", {"action": "expire", "_selected_action": [posting.pk]}
    )
    change = StatusChange.objects.get(posting=posting)
    assert (change.from_status, change.to_status, change.by.username) == (
        "published",
        "expired",
        "reviewer",
    )


def test_counting_a_view_costs_one_statement_once_the_day_has_its_row(
    employer, django_assert_num_queries
):
    posting = JobPostingFactory(company=employer.membership.company)
    person = Client(HTTP_USER_AGENT=BROWSER)
    person.get(posting.get_absolute_url())  # the day's first view makes its row
    robot = Client(HTTP_USER_AGENT="Googlebot/2.1")
    with django_assert_num_queries(1):  # the page of a job without a role: the posting
        robot.get(posting.get_absolute_url())
    with django_assert_num_queries(2):  # and the count
        person.get(posting.get_absolute_url())


@pytest.mark.parametrize("jobs", [1, 12])
def test_the_company_page_costs_the_same_for_few_jobs_or_many(
    client, employer, jobs, django_assert_num_queries
):
    company = employer.membership.company
    JobPostingFactory.create_batch(jobs, company=company)
    with django_assert_num_queries(3):  # the company, the count, the page of jobs
        assert client.get(company.get_absolute_url()).status_code == 200
