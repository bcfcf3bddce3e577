"""Subscribing to a search: the form, double opt-in, and the limits that keep strangers
from mail-bombing an address."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from alerts.models import Alert, Subscriber

from .conftest import html_part, link

pytestmark = pytest.mark.django_db

SEARCH = "seniority=senior&workplace=remote"


def test_every_job_list_offers_its_search_by_email(client, posting_factory, role_factory):
    role = role_factory(slug="data-engineer", name="Data Engineer")
    posting_factory(role=role)
    page = client.get("/jobs/?workplace=remote&seniority=senior&q=", follow=True).content.decode()
    assert 'href="/alerts/new/?seniority=senior&amp;workplace=remote"' in page
    assert (
        'href="/alerts/new/?role=data-engineer"'
        in client.get("/roles/data-engineer/").content.decode()
    )


def test_the_form_shows_the_search_in_words_and_saves_exactly_it(client, subscribe):
    page = client.get(
        "/alerts/new/?workplace=remote&seniority=senior&min_salary=80000&currency=EUR"
    )
    assert page.status_code == 200
    assert "Senior-level / Expert · Remote · EUR 80,000+ a year" in page.content.decode()
    query = page.context["form"].initial["query"]
    assert query == "seniority=senior&workplace=remote&min_salary=80000&currency=EUR"

    response = subscribe(query, email="  Ana@Example.COM ", frequency="weekly")
    assert response.status_code == 302
    assert response["Location"] == "/alerts/check-your-inbox/"
    alert = Alert.objects.get()
    assert (alert.subscriber.email, alert.search.query, alert.frequency, alert.status) == (
        "ana@example.com",
        query,
        "weekly",
        "pending",
    )


def test_a_search_with_bad_filters_cannot_be_saved(client, subscribe):
    response = client.get("/alerts/new/?seniority=chief&min_salary=lots")
    assert response.status_code == 400
    assert "cannot be used" in response.content.decode()
    assert subscribe("seniority=chief").status_code == 400
    assert not Alert.objects.exists()


@pytest.mark.parametrize("address", ["", "not-an-address", "a@b", "x" * 250 + "@example.com"])
def test_an_invalid_address_is_refused_with_a_message(subscribe, address):
    response = subscribe(SEARCH, email=address)
    assert response.status_code == 400
    assert response.context["form"].errors["email"]
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_confirmation_email_has_both_parts_and_one_click_unsubscribe(subscribe):
    subscribe(SEARCH)
    (message,) = mail.outbox
    assert message.to == ["seeker@example.com"]
    assert message.subject == "Confirm your job alert: Senior-level / Expert · Remote"
    assert "/alerts/confirm/" in message.body
    assert "/alerts/confirm/" in html_part(message)
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://jobs.example.com/alerts/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_nothing_is_sent_before_the_link_is_clicked(client, subscribe, posting_factory, run_alerts):
    subscribe("")
    mail.outbox.clear()
    posting_factory(published_at=timezone.now())
    assert run_alerts().due == 0
    assert not mail.outbox
    assert Alert.objects.get().status == Alert.Status.PENDING


def test_the_confirmation_link_starts_the_alert_once(client, subscribe):
    subscribe(SEARCH)
    confirm = link(mail.outbox[0], "/alerts/confirm/")
    first = client.get(confirm)
    assert first.status_code == 200
    assert "Your job alert is confirmed" in first.content.decode()
    alert = Alert.objects.get()
    assert alert.status == Alert.Status.ACTIVE
    assert alert.confirmed_at is not None
    again = client.get(confirm)
    assert "already confirmed" in again.content.decode()
    assert Alert.objects.get().confirmed_at == alert.confirmed_at


@pytest.mark.parametrize("damage", ["truncate", "forge"])
def test_a_damaged_confirmation_link_confirms_nothing(client, subscribe, damage):
    subscribe(SEARCH)
    confirm = link(mail.outbox[0], "/alerts/confirm/")
    token = confirm.split("/")[3]
    bad = token[:-4] if damage == "truncate" else "eyJhbGVydCI6OTl9" + token[token.index(":") :]
    response = client.get(f"/alerts/confirm/{bad}/")
    assert response.status_code == 404
    assert "no longer works" in response.content.decode()
    assert Alert.objects.get().status == Alert.Status.PENDING


def test_unconfirmed_alerts_and_their_address_are_deleted_after_seven_days(
    client, subscribe, run_alerts
):
    subscribe(SEARCH)
    confirm = link(mail.outbox[0], "/alerts/confirm/")
    run_alerts(timezone.now() + datetime.timedelta(days=6))
    assert Alert.objects.exists()
    run_alerts(timezone.now() + datetime.timedelta(days=7, minutes=1))
    assert not Alert.objects.exists()
    assert not Subscriber.objects.exists()
    assert client.get(confirm).status_code == 404


def test_the_link_expires_with_the_alert(client, subscribe):
    subscribe(SEARCH)
    confirm = link(mail.outbox[0], "/alerts/confirm/")
    with freeze_time(timezone.now() + datetime.timedelta(days=8)):
        assert client.get(confirm).status_code == 404
    assert Alert.objects.get().status == Alert.Status.PENDING


def test_asking_again_creates_no_second_alert_and_reveals_nothing(client, subscribe):
    subscribe(SEARCH, frequency="daily")
    client.get(link(mail.outbox[0], "/alerts/confirm/"))
    mail.outbox.clear()
    # Someone else types the same address: the page says the same as for a new one.
    response = subscribe(SEARCH, frequency="weekly")
    assert response.status_code == 302
    assert response["Location"] == "/alerts/check-your-inbox/"
    assert Alert.objects.count() == 1
    assert Alert.objects.get().frequency == "daily"  # a stranger cannot change it
    (reminder,) = mail.outbox
    assert reminder.subject.startswith("You already get this job alert")
    assert "/alerts/confirm/" not in reminder.body


def test_an_address_gets_a_few_confirmation_emails_a_day_at_most(subscribe):
    searches = ["seniority=senior", "seniority=executive", "workplace=remote", "workplace=hybrid"]
    statuses = [subscribe(search).status_code for search in searches]
    assert statuses == [302, 302, 302, 429]
    assert len(mail.outbox) == 3
    assert Alert.objects.count() == 3
    with freeze_time(timezone.now() + datetime.timedelta(days=1)):
        assert subscribe(searches[3]).status_code == 302
    assert len(mail.outbox) == 4


def test_one_client_can_ask_for_a_bounded_number_of_alerts_an_hour(subscribe):
    statuses = [subscribe(SEARCH, email=f"person{n}@example.com").status_code for n in range(11)]
    assert statuses == [302] * 10 + [429]
    assert len(mail.outbox) == 10


def test_the_subscribe_form_needs_its_csrf_token(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/alerts/new/", {"query": SEARCH, "email": "a@example.com"})
    assert response.status_code == 403
    assert not Alert.objects.exists()
    page = client.get(f"/alerts/new/?{SEARCH}")
    token = page.context["csrf_token"]
    response = client.post(
        "/alerts/new/",
        {
            "query": SEARCH,
            "email": "a@example.com",
            "frequency": "daily",
            "csrfmiddlewaretoken": token,
        },
    )
    assert response.status_code == 302


def test_alert_pages_are_never_cached_or_indexed(client, subscribe):
    page = client.get(f"/alerts/new/?{SEARCH}")
    assert "no-store" in page["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in page.content.decode()
