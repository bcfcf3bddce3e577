"""Alerts in admin: by address and status, counts per search, last sent, failures."""

import pytest
from bs4 import BeautifulSoup

from alerts.models import Alert, Digest, SavedSearch, Subscriber

pytestmark = pytest.mark.django_db


def cells(page, column):
    soup = BeautifulSoup(page.content, "html.parser")
    return [cell.get_text(strip=True) for cell in soup.select(f"td.field-{column}")]


def test_admin_lists_addresses_searches_and_failed_digests(admin_client, active_alert):
    active_alert("seniority=senior")
    active_alert("seniority=senior", email="second@example.com")
    active_alert("workplace=remote", email="second@example.com")
    Digest.objects.create(
        subscriber=Subscriber.objects.get(email="second@example.com"),
        status=Digest.Status.FAILED,
        attempts=2,
        last_error="mailbox unavailable",
    )
    searches = admin_client.get("/admin/alerts/savedsearch/")
    assert cells(searches, "alert_count") == ["2", "1"]  # the most followed first
    assert "seniority=senior" in searches.content.decode()
    addresses = admin_client.get("/admin/alerts/subscriber/")
    assert sorted(cells(addresses, "alert_count")) == ["1", "2"]
    alerts = admin_client.get("/admin/alerts/alert/?status__exact=active")
    assert len(cells(alerts, "frequency")) == 3
    failed = admin_client.get("/admin/alerts/digest/?status__exact=failed")
    assert cells(failed, "attempts") == ["2"]
    for model in ["subscriber", "savedsearch", "alert", "digest"]:
        for row in type_rows(model):
            assert admin_client.get(f"/admin/alerts/{model}/{row}/change/").status_code == 200


def type_rows(model):
    return {
        "subscriber": Subscriber,
        "savedsearch": SavedSearch,
        "alert": Alert,
        "digest": Digest,
    }[model].objects.values_list("pk", flat=True)


def test_deleting_an_address_in_admin_removes_all_its_data(admin_client, active_alert):
    alert = active_alert("seniority=senior")
    response = admin_client.post(
        f"/admin/alerts/subscriber/{alert.subscriber.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert not Alert.objects.exists()
    assert not SavedSearch.objects.exists()  # no alert follows it any more


def test_admin_cannot_add_or_edit_alerts(admin_client, active_alert):
    alert = active_alert("seniority=senior")
    assert admin_client.get("/admin/alerts/alert/add/").status_code == 403
    admin_client.post(f"/admin/alerts/alert/{alert.pk}/change/", {"frequency": "weekly"})
    alert.refresh_from_db()
    assert alert.frequency == "daily"
