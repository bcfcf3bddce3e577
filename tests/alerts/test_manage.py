"""Unsubscribing (a confirm page on GET, at once on a mail program's one-click POST) and
managing an address's alerts from the signed link in every e-mail."""

import pytest
from django.core import mail
from django.test import Client

from alerts import links
from alerts.models import Alert, Digest, SavedSearch, Subscriber

from .conftest import path_of

pytestmark = pytest.mark.django_db


def test_get_asks_first_and_one_click_post_unsubscribes_without_login_or_token(active_alert):
    alert = active_alert("seniority=senior")
    url = path_of(links.unsubscribe_url(alert=alert))
    client = Client(enforce_csrf_checks=True)  # as a mail program: no cookie, no token
    page = client.get(url)
    assert page.status_code == 200
    assert "Stop the job alert for" in page.content.decode()
    assert Alert.objects.exists()
    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Alert.objects.exists()
    # The address had nothing else: it is gone too, and the link still answers kindly.
    assert not Subscriber.objects.exists()
    assert not SavedSearch.objects.exists()
    assert client.post(url).status_code == 200


def test_unsubscribing_from_all_deletes_the_address_and_what_was_sent(active_alert, client):
    alert = active_alert("seniority=senior")
    active_alert("workplace=remote")
    Digest.objects.create(subscriber=alert.subscriber)
    client.post(path_of(links.unsubscribe_url(subscriber=alert.subscriber)))
    assert not Subscriber.objects.exists()
    assert not Alert.objects.exists()
    assert not Digest.objects.exists()


@pytest.mark.parametrize("token", ["nonsense", "eyJhbGVydCI6MX0:forged-signature"])
def test_a_forged_unsubscribe_link_changes_nothing(active_alert, client, token):
    active_alert("seniority=senior")
    assert client.post(f"/alerts/unsubscribe/{token}/").status_code == 404
    assert Alert.objects.count() == 1


def test_the_manage_page_lists_an_address_alerts_in_words(active_alert, client):
    alert = active_alert("seniority=senior&workplace=remote")
    active_alert("min_salary=80000&currency=EUR", frequency="weekly")
    active_alert("seniority=entry", email="someone-else@example.com")
    page = client.get(path_of(links.manage_url(alert.subscriber)))
    text = page.content.decode()
    assert page.status_code == 200
    assert "seeker@example.com" in text
    assert "Senior-level / Expert · Remote" in text
    assert "EUR 80,000+ a year" in text
    assert "Entry-level" not in text
    assert "someone-else" not in text
    assert "no-store" in page["Cache-Control"]


def test_changing_pausing_resuming_and_deleting_an_alert(active_alert, client):
    alert = active_alert("seniority=senior")
    other = active_alert("workplace=remote")
    url = path_of(links.manage_url(alert.subscriber))

    response = client.post(url, {"alert": alert.pk, "action": "frequency", "frequency": "weekly"})
    assert response.status_code == 302
    assert (
        "How often you get that alert is changed."
        in client.get(response["Location"]).content.decode()
    )
    assert Alert.objects.get(pk=alert.pk).frequency == "weekly"

    client.post(url, {"alert": alert.pk, "action": "pause"})
    assert Alert.objects.get(pk=alert.pk).status == Alert.Status.PAUSED
    client.post(url, {"alert": alert.pk, "action": "resume"})
    assert Alert.objects.get(pk=alert.pk).status == Alert.Status.ACTIVE

    client.post(url, {"alert": alert.pk, "action": "delete"})
    assert list(Alert.objects.all()) == [other]
    assert (
        client.post(
            url, {"alert": other.pk, "action": "frequency", "frequency": "hourly"}
        ).status_code
        == 400
    )
    assert Alert.objects.get(pk=other.pk).frequency == "daily"


def test_deleting_everything_removes_the_address(active_alert, client):
    alert = active_alert("seniority=senior")
    active_alert("workplace=remote")
    url = path_of(links.manage_url(alert.subscriber))
    response = client.post(url, {"action": "forget"})
    assert "Your alerts are deleted" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert not Alert.objects.exists()
    assert client.get(url).status_code == 404


def test_one_address_link_cannot_touch_another_address_alerts(active_alert, client):
    mine = active_alert("seniority=senior")
    theirs = active_alert("seniority=senior", email="victim@example.com")
    url = path_of(links.manage_url(mine.subscriber))
    assert client.post(url, {"alert": theirs.pk, "action": "delete"}).status_code == 404
    assert client.post(url, {"alert": "x", "action": "delete"}).status_code == 404
    assert Alert.objects.filter(pk=theirs.pk).exists()
    # A manage link is not an unsubscribe link, nor the other way round.
    manage_token = url.split("/")[3]
    assert client.post(f"/alerts/unsubscribe/{manage_token}/").status_code == 404
    assert Alert.objects.count() == 2


def test_the_manage_page_needs_its_csrf_token(active_alert):
    alert = active_alert("seniority=senior")
    client = Client(enforce_csrf_checks=True)
    url = path_of(links.manage_url(alert.subscriber))
    assert client.post(url, {"action": "forget"}).status_code == 403
    assert Subscriber.objects.exists()
    assert not mail.outbox
