"""End to end over SMTP: a real server (aiosmtpd) receives the alert e-mails, and the
message on the wire has both parts, the one-click unsubscribe headers and working links."""

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from alerts.models import Subscriber

from .conftest import path_of, urls_in

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 Message accepted for delivery"


def spare_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=spare_port())
    controller.start()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=controller.port,
        EMAIL_USE_TLS=False,
        EMAIL_TIMEOUT=5,
    ):
        yield inbox
    controller.stop()


def received(inbox, index):
    recipients, content = inbox.messages[index]
    return recipients, email.message_from_bytes(content, policy=email.policy.default)


def test_subscribe_confirm_and_digest_over_smtp(
    smtp_server, subscribe, client, posting_factory, run_alerts
):
    assert (
        subscribe("seniority=senior&workplace=remote", email="Wire@Example.com").status_code == 302
    )
    assert not mail.outbox  # it went over SMTP, not to the test outbox
    recipients, confirmation = received(smtp_server, 0)
    assert recipients == ["wire@example.com"]
    assert (
        confirmation["Subject"].strip() == "Confirm your job alert: Senior-level / Expert · Remote"
    )
    text = confirmation.get_body(preferencelist=("plain",)).get_content()
    html = confirmation.get_body(preferencelist=("html",)).get_content()
    assert confirmation.get_content_type() == "multipart/alternative"
    confirm_url = next(url for url in urls_in(text) if "/alerts/confirm/" in url)
    assert confirm_url in html
    assert client.get(path_of(confirm_url)).status_code == 200

    posting_factory(
        title="Remote Staff Scientist",
        seniority="senior",
        workplace="remote",
        published_at=timezone.now(),
    )
    run_alerts()
    recipients, digest = received(smtp_server, 1)
    assert recipients == ["wire@example.com"]
    assert digest["Subject"].strip() == "1 new job: Senior-level / Expert · Remote"
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = digest["List-Unsubscribe"].strip()  # folded onto its own line
    assert unsubscribe.startswith("<https://")
    assert unsubscribe.endswith(">")
    text = digest.get_body(preferencelist=("plain",)).get_content()
    html = digest.get_body(preferencelist=("html",)).get_content()
    assert "Remote Staff Scientist" in text
    assert "Remote Staff Scientist" in html
    for url in urls_in(text):
        if "/unsubscribe/" not in url:
            assert client.get(path_of(url)).status_code == 200, url
    # The header's one click, as a mail program sends it.
    response = client.post(
        path_of(unsubscribe.strip("<>")),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "unsubscribed" in response.content.decode().lower()
    assert not Subscriber.objects.exists()
