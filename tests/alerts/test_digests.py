"""send_alerts: which jobs each alert gets, one e-mail per address, nothing twice, nothing
skipped, and failures retried a bounded number of times."""

import datetime
import io
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts import services
from alerts.models import Alert, Delivery, Digest
from postings import services as posting_services
from postings.models import JobPosting
from tests.factories import rate

from .conftest import html_part, link, path_of, urls_in

pytestmark = pytest.mark.django_db

SENIOR_REMOTE = "seniority=senior&workplace=remote"


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def test_a_digest_lists_new_matching_jobs_newest_first_with_what_a_seeker_needs(
    active_alert, run_alerts, posting_factory, client
):
    active_alert(SENIOR_REMOTE)
    older = posting_factory(
        title="Senior Data Engineer",
        seniority="senior",
        workplace="remote",
        location="Remote - EU",
        salary_min=90_000,
        salary_max=110_000,
        salary_currency=rate("EUR"),
        published_at=hours_ago(5),
    )
    newer = posting_factory(
        title="Staff ML Engineer", seniority="senior", workplace="remote", published_at=hours_ago(1)
    )
    posting_factory(title="Junior Analyst", seniority="entry", workplace="remote")
    posting_factory(title="Senior On-site", seniority="senior", published_at=hours_ago(2))
    posting_factory(
        title="Old Senior Remote",
        seniority="senior",
        workplace="remote",
        published_at=hours_ago(24 * 5),
    )

    collected = run_alerts()
    assert (collected.due, collected.deliveries, collected.digests) == (1, 2, 1)
    (message,) = mail.outbox
    assert message.subject == "2 new jobs: Senior-level / Expert · Remote"
    body = message.body
    assert "Junior Analyst" not in body
    assert "Senior On-site" not in body
    assert "Old Senior Remote" not in body  # published before the alert was confirmed
    assert body.index("Staff ML Engineer") < body.index("Senior Data Engineer")
    assert "Senior Data Engineer\n" in body
    assert "Company" in body
    assert "Remote - EU" in body
    assert "EUR 90K – 110K a year" in body
    assert f"https://jobs.example.com{newer.get_absolute_url()}" in body
    assert f"https://jobs.example.com{older.get_absolute_url()}" in body
    assert "See all 3 jobs for this search" in body  # the old one is still open
    html = html_part(message)
    assert "Staff ML Engineer" in html
    assert "EUR 90K – 110K a year" in html
    for url in urls_in(body):
        assert client.get(path_of(url)).status_code == 200, url


def test_no_email_when_nothing_is_new(active_alert, run_alerts, posting_factory):
    active_alert(SENIOR_REMOTE)
    posting_factory(seniority="entry", published_at=hours_ago(1))
    collected = run_alerts()
    assert collected.due == 1
    assert collected.digests == 0
    assert not mail.outbox
    assert Alert.objects.get().last_checked_at is not None


def test_one_email_per_address_combines_its_alerts(active_alert, run_alerts, posting_factory):
    active_alert(SENIOR_REMOTE)
    active_alert("seniority=entry")
    active_alert(SENIOR_REMOTE, email="other@example.com")
    posting_factory(title="Remote Lead", seniority="senior", workplace="remote")
    posting_factory(title="Junior Analyst", seniority="entry")
    run_alerts()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["other@example.com", "seeker@example.com"]
    combined = by_address["seeker@example.com"]
    assert combined.subject == "2 new jobs for your 2 job alerts"
    assert "Remote Lead" in combined.body
    assert "Junior Analyst" in combined.body
    assert "Junior Analyst" not in by_address["other@example.com"].body


def test_running_twice_sends_nothing_twice(active_alert, run_alerts, posting_factory):
    active_alert(SENIOR_REMOTE)
    posting_factory(seniority="senior", workplace="remote")
    run_alerts()
    assert len(mail.outbox) == 1
    again = run_alerts()
    assert again.due == 0
    assert len(mail.outbox) == 1


def test_a_job_is_sent_to_an_alert_at_most_once_even_when_it_goes_live_late(
    active_alert, run_alerts, posting_factory
):
    alert = active_alert(SENIOR_REMOTE, confirmed_days_ago=5)
    first = posting_factory(title="First Remote", seniority="senior", workplace="remote")
    run_alerts()
    assert len(mail.outbox) == 1
    # A job dated before that run, published only after it, is still new the next day;
    # the one already sent is not sent again although it lies in the same window.
    late = posting_factory(
        title="Late Remote",
        seniority="senior",
        workplace="remote",
        status="draft",
        published_at=None,
    )
    late.published_at = hours_ago(30)
    posting_services.publish([late])
    run_alerts(timezone.now() + datetime.timedelta(days=1))
    assert len(mail.outbox) == 2
    second = mail.outbox[1].body
    assert "Late Remote" in second
    assert "First Remote" not in second
    assert set(Delivery.objects.filter(alert=alert).values_list("posting", flat=True)) == {
        first.pk,
        late.pk,
    }


def test_a_job_sent_and_then_redated_is_not_sent_again(active_alert, run_alerts, posting_factory):
    active_alert(SENIOR_REMOTE, confirmed_days_ago=5)
    sent = posting_factory(title="Sent Remote", seniority="senior", workplace="remote")
    run_alerts()
    # An editor moves its publish date past the last check, then a new job arrives.
    JobPosting.objects.filter(pk=sent.pk).update(published_at=timezone.now())
    posting_factory(
        title="Other Remote", seniority="senior", workplace="remote", published_at=timezone.now()
    )
    run_alerts(timezone.now() + datetime.timedelta(days=1))
    second = mail.outbox[1].body
    assert "Other Remote" in second
    assert "Sent Remote" not in second
    assert Delivery.objects.filter(posting=sent).count() == 1


def test_a_digest_lists_the_newest_ten_of_an_alert_and_counts_the_rest(
    active_alert, run_alerts, posting_factory
):
    active_alert(SENIOR_REMOTE)
    for n in range(13):
        posting_factory(
            title=f"Remote Job {n:02}",
            seniority="senior",
            workplace="remote",
            published_at=hours_ago(13 - n),
        )
    run_alerts()
    body = mail.outbox[0].body
    assert mail.outbox[0].subject.startswith("13 new jobs")
    assert "Remote Job 12" in body
    assert "Remote Job 03" in body
    assert "Remote Job 02" not in body
    assert "…and 3 more new jobs." in body
    assert Delivery.objects.count() == 10


def test_weekly_alerts_wait_a_week_and_paused_alerts_wait_until_resumed(
    active_alert, run_alerts, posting_factory
):
    weekly = active_alert(SENIOR_REMOTE, frequency="weekly")
    paused = active_alert("seniority=entry", email="paused@example.com")
    services.pause(paused)
    posting_factory(seniority="senior", workplace="remote", published_at=hours_ago(2))
    posting_factory(seniority="entry", published_at=hours_ago(2))
    run_alerts()
    assert [m.to for m in mail.outbox] == [["seeker@example.com"]]
    posting_factory(title="Next Remote", seniority="senior", workplace="remote")
    day = datetime.timedelta(days=1)
    run_alerts(timezone.now() + day)
    assert len(mail.outbox) == 1  # weekly: not yet; paused: not at all
    services.resume(paused)
    run_alerts(timezone.now() + day + datetime.timedelta(hours=1))
    assert mail.outbox[1].to == ["paused@example.com"]
    run_alerts(timezone.now() + 7 * day + datetime.timedelta(hours=1))
    assert mail.outbox[2].to == ["seeker@example.com"]
    assert "Next Remote" in mail.outbox[2].body
    assert len(mail.outbox) == 3
    weekly.refresh_from_db()
    assert weekly.last_sent_at is not None


def test_a_run_that_stops_halfway_records_nothing_and_the_next_run_sends_it_all(
    active_alert, run_alerts, posting_factory
):
    active_alert(SENIOR_REMOTE)
    active_alert(SENIOR_REMOTE, email="second@example.com")
    posting_factory(seniority="senior", workplace="remote")
    power_cut = mock.patch.object(Alert.objects, "filter", side_effect=RuntimeError("power cut"))
    # It fails on marking the alerts checked, after writing the deliveries and digests.
    with power_cut, pytest.raises(RuntimeError):
        services.collect()
    assert not Delivery.objects.exists()
    assert not Digest.objects.exists()
    assert not Alert.objects.filter(last_checked_at__isnull=False).exists()
    assert not mail.outbox
    run_alerts()
    assert sorted(m.to[0] for m in mail.outbox) == ["second@example.com", "seeker@example.com"]


def test_a_digest_whose_task_was_lost_is_queued_again_and_sent_once(
    active_alert, run_alerts, posting_factory, django_capture_on_commit_callbacks
):
    active_alert(SENIOR_REMOTE)
    posting_factory(seniority="senior", workplace="remote")
    with django_capture_on_commit_callbacks(execute=False):  # the queue never gets it
        services.collect()
    assert Digest.objects.get().status == Digest.Status.QUEUED
    assert not mail.outbox
    run_alerts(timezone.now() + datetime.timedelta(minutes=10))
    assert not mail.outbox  # not stale yet: its task may still be on its way
    run_alerts(timezone.now() + datetime.timedelta(minutes=31))
    assert len(mail.outbox) == 1
    run_alerts(timezone.now() + datetime.timedelta(hours=2))
    assert len(mail.outbox) == 1
    assert Digest.objects.get().status == Digest.Status.SENT


def test_a_failing_address_does_not_stop_the_others_and_is_retried_a_bounded_number_of_times(
    active_alert, run_alerts, posting_factory, monkeypatch
):
    active_alert(SENIOR_REMOTE, email="broken@example.com")
    active_alert(SENIOR_REMOTE, email="fine@example.com")
    posting_factory(seniority="senior", workplace="remote")
    from django.core.mail.backends.locmem import EmailBackend

    real_send = EmailBackend.send_messages

    def refuse_broken(self, messages):
        if any("broken@example.com" in message.to for message in messages):
            raise OSError("mailbox unavailable")
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_broken)
    run_alerts()
    assert [m.to for m in mail.outbox] == [["fine@example.com"]]
    broken = Digest.objects.get(subscriber__email="broken@example.com")
    assert (broken.status, broken.attempts) == (Digest.Status.FAILED, 1)
    assert "mailbox unavailable" in broken.last_error
    later = timezone.now()
    for _ in range(10):
        later += datetime.timedelta(hours=1)
        run_alerts(later)
    broken.refresh_from_db()
    assert broken.attempts == services.MAX_ATTEMPTS
    assert broken.status == Digest.Status.FAILED

    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    run_alerts(later + datetime.timedelta(hours=1))
    assert len(mail.outbox) == 1  # given up on: not sent later, nor twice


def test_a_search_that_is_no_longer_valid_finds_nothing(
    active_alert, run_alerts, posting_factory, role_factory
):
    role = role_factory(slug="ml-engineer")
    active_alert("role=ml-engineer")
    posting_factory(role=role, published_at=hours_ago(2))
    role.slug = "machine-learning-engineer"
    role.save()
    collected = run_alerts()
    assert collected.invalid_searches == 1
    assert not mail.outbox  # not every job, which a search without its role would be


def test_the_digest_links_stop_one_alert_or_all(active_alert, run_alerts, posting_factory, client):
    active_alert(SENIOR_REMOTE)
    active_alert("seniority=entry")
    posting_factory(seniority="senior", workplace="remote")
    posting_factory(seniority="entry")
    run_alerts()
    (message,) = mail.outbox
    header = message.extra_headers["List-Unsubscribe"].strip("<>")
    stop_one = link(message, "/alerts/unsubscribe/")
    assert path_of(header) != stop_one
    client.post(stop_one)
    assert Alert.objects.count() == 1
    client.post(path_of(header), {"List-Unsubscribe": "One-Click"})
    assert not Alert.objects.exists()


def test_send_alerts_command_reports_what_it_did(
    active_alert, posting_factory, django_capture_on_commit_callbacks
):
    active_alert(SENIOR_REMOTE)
    posting_factory(seniority="senior", workplace="remote")
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_alerts", stdout=out)
    assert "Alerts due: 1 (1 distinct search)" in out.getvalue()
    assert "digests queued: 1" in out.getvalue()
    assert len(mail.outbox) == 1
