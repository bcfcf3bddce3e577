import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from alerts.models import Alert

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_subscribe_from_a_filtered_job_list_and_confirm(live_server, page, posting_factory):
    posting_factory(title="Remote Senior Scientist", seniority="senior", workplace="remote")
    page.goto(live_server.url + "/jobs/?seniority=senior&workplace=remote")
    page.get_by_role("link", name="Get these jobs by e-mail").click()
    page.wait_for_url("**/alerts/new/?*")
    assert page.locator(".alert-summary").inner_text() == "Senior-level / Expert · Remote"
    page.get_by_label("Your e-mail address").fill("browser@example.com")
    page.get_by_label("Weekly").check()
    page.get_by_role("button", name="Create job alert").click()
    page.wait_for_url("**/alerts/check-your-inbox/")
    assert page.get_by_role("heading", name="Check your inbox").is_visible()

    (message,) = mail.outbox
    assert message.to == ["browser@example.com"]
    confirm = re.search(r"https://\S+/alerts/confirm/\S+", message.body).group(0)
    page.goto(live_server.url + urlsplit(confirm).path)
    assert page.get_by_role("heading", name="Your job alert is confirmed").is_visible()
    alert = Alert.objects.get()
    assert (alert.status, alert.frequency, alert.search.query) == (
        "active",
        "weekly",
        "seniority=senior&workplace=remote",
    )
    page.get_by_role("link", name="Manage your alerts").click()
    assert page.get_by_role("heading", name="Your job alerts").is_visible()
    assert page.get_by_role("link", name="Senior-level / Expert · Remote").is_visible()
