"""Sending alert e-mails, in task workers (``manage.py db_worker``)."""

import logging

from django.core.mail import get_connection
from django_tasks import task

from . import emails, services
from .models import Alert, Digest

logger = logging.getLogger(__name__)


@task()
def send_confirmation(alert_id):
    alert = Alert.objects.select_related("subscriber", "search").filter(pk=alert_id).first()
    if alert is None:
        return  # unsubscribed before the e-mail went out
    emails.confirmation(alert).send()


@task()
def send_digests(digest_ids):
    """Send each digest over one connection; one address failing does not stop the rest."""
    connection = get_connection()
    try:
        for digest_id in digest_ids:
            send_digest(digest_id, connection)
    finally:
        connection.close()


def send_digest(digest_id, connection):
    if not services.claim(digest_id):
        return
    digest = Digest.objects.select_related("subscriber").get(pk=digest_id)
    try:
        message = emails.digest(digest)
        message.connection = connection
        message.send()
    except Exception as error:  # any failure is recorded and retried by a later run
        logger.warning("Job alert digest %s to %s failed: %s", digest.pk, digest.subscriber, error)
        services.mark_failed(digest, error)
        connection.close()  # a broken connection is opened afresh for the next address
        return
    services.mark_sent(digest)
