"""Every change to job alerts, in one place.

Subscribing, confirming, changing, pausing, unsubscribing and forgetting an address are
functions here, and so is ``collect()``, the heart of ``manage.py send_alerts``: it finds
the new jobs of every alert that is due, records them and queues the digests in one
transaction, so a run that is repeated or stops halfway sends nothing twice and skips
nothing.
"""

import bisect
import datetime
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jobboard.bulk import batches, insert_rows
from postings.filters import Lookups
from postings.models import JobPosting
from postings.search import SearchMatcher

from .models import PERIODS, Alert, Delivery, Digest, SavedSearch, Subscriber, window_start

logger = logging.getLogger(__name__)

UNCONFIRMED_DAYS = 7
# A digest that could not be sent is tried again by later runs, this many times in all.
MAX_ATTEMPTS = 5
# A digest queued this long ago and still not sent lost its task (a worker stopped, a
# queue was emptied): the next run queues it again.
STALE_AFTER = datetime.timedelta(minutes=30)
DIGESTS_PER_TASK = 50
# A digest lists this many new jobs of each alert, newest first, and counts the rest,
# which "See all" leads to. Only the jobs listed are recorded as sent.
JOBS_PER_ALERT = 10
WRITE_BATCH = 5000


class Refused(Exception):
    """A subscription the rules do not allow; the message says why, for the visitor."""


def normalize_email(address):
    return address.strip().lower()


@transaction.atomic
def subscribe(email, query, frequency, *, today=None):
    """Ask ``email`` to confirm an alert on a normalized search ``query``; return the alert.

    A new alert waits for confirmation. Asking again for a search the address already
    follows changes nothing but sends the address a reminder of it; either way the visitor
    learns nothing about what the address follows. Each address gets a few such e-mails a
    day at most, and follows a bounded number of searches.
    """
    from . import tasks

    today = today or timezone.localdate()
    subscriber, _ = Subscriber.objects.select_for_update().get_or_create(
        email=normalize_email(email)
    )
    sent_today = subscriber.requests_that_day if subscriber.requests_on == today else 0
    if sent_today >= settings.ALERT_REQUESTS_PER_ADDRESS_DAY:
        raise Refused(
            "This address has been sent several confirmation links today already. Use one "
            "of those, or try again tomorrow."
        )
    search, _ = SavedSearch.objects.get_or_create(query=query)
    alert = subscriber.alerts.filter(search=search).first()
    if alert is None:
        if subscriber.alerts.count() >= settings.ALERTS_PER_ADDRESS:
            raise Refused(
                f"An address can follow {settings.ALERTS_PER_ADDRESS} searches at most. "
                "Remove one from the link in any alert e-mail first."
            )
        alert = Alert.objects.create(subscriber=subscriber, search=search, frequency=frequency)
    elif alert.status == Alert.Status.PENDING:
        alert.frequency = frequency
        alert.save(update_fields=["frequency"])
    subscriber.requests_on, subscriber.requests_that_day = today, sent_today + 1
    subscriber.save(update_fields=["requests_on", "requests_that_day"])
    transaction.on_commit(lambda: tasks.send_confirmation.enqueue(alert.pk))
    return alert


def confirm(alert, *, now=None):
    """Start sending an alert; return True when this confirmed it, False when it already
    was."""
    confirmed = Alert.objects.filter(pk=alert.pk, status=Alert.Status.PENDING).update(
        status=Alert.Status.ACTIVE, confirmed_at=now or timezone.now()
    )
    alert.refresh_from_db()
    return bool(confirmed)


def set_frequency(alert, frequency):
    alert.frequency = frequency
    alert.save(update_fields=["frequency"])


def pause(alert):
    Alert.objects.filter(pk=alert.pk, status=Alert.Status.ACTIVE).update(status=Alert.Status.PAUSED)


def resume(alert):
    Alert.objects.filter(pk=alert.pk, status=Alert.Status.PAUSED).update(status=Alert.Status.ACTIVE)


@transaction.atomic
def unsubscribe(alert):
    """Delete an alert; an address left without alerts is forgotten with it."""
    subscriber = alert.subscriber
    alert.delete()
    if not subscriber.alerts.exists():
        subscriber.delete()
    remove_unused_searches()


@transaction.atomic
def forget(subscriber):
    """Delete an address and everything kept about it: alerts, digests, what was sent."""
    subscriber.delete()
    remove_unused_searches()


def remove_unused_searches():
    return SavedSearch.objects.filter(alerts__isnull=True).delete()[0]


@transaction.atomic
def remove_unconfirmed(now=None):
    """Delete the alerts not confirmed within a week, and addresses left with none."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=UNCONFIRMED_DAYS)
    removed, _ = Alert.objects.filter(status=Alert.Status.PENDING, created_at__lt=cutoff).delete()
    Subscriber.objects.filter(alerts__isnull=True, created_at__lt=cutoff).delete()
    remove_unused_searches()
    return removed


@dataclass
class Collected:
    """What one send_alerts run found and queued."""

    due: int = 0
    searches: int = 0
    invalid_searches: int = 0
    candidates: int = 0
    alerts_with_news: int = 0
    deliveries: int = 0  # jobs listed in the digests
    digests: int = 0
    seconds: float = 0.0


def collect(now=None, *, enqueue=True):
    """Find the new jobs of every alert that is due and queue one digest per address.

    Set-based: the postings that went live in the widest window are read once, each
    distinct search is matched against them through SearchMatcher (one query per filter
    value in use, however many alerts share it), and each alert's new jobs are a slice of
    its search's matches, newest first, cut at the alert's window. The deliveries (the
    jobs each digest lists), the digests and every due alert's check time are written in
    one transaction; the digests' tasks are queued once it commits.
    """
    started = time.perf_counter()
    now = now or timezone.now()
    result = Collected()
    with transaction.atomic():
        due = list(
            Alert.objects.due(now)
            .select_for_update()
            .order_by()
            .values_list(
                "pk", "subscriber_id", "search_id", "frequency", "confirmed_at", "last_checked_at"
            )
        )
        result.due = len(due)
        if not due:
            return result
        starts = {
            pk: window_start(PERIODS[frequency], confirmed, checked, now)
            for pk, _, _, frequency, confirmed, checked in due
        }
        since = min(starts.values())
        candidates = JobPosting.objects.visible().filter(published_at__gt=since)
        published = dict(candidates.order_by().values_list("pk", "published_at"))
        result.candidates = len(published)

        matcher = SearchMatcher(candidates, lookups=Lookups())
        searches = (
            SavedSearch.objects.filter(alerts__in=Alert.objects.due(now))
            .distinct()
            .values_list("pk", "query")
        )
        # Newest first is oldest last: each search's ids in that order, with the key
        # (a moment, negated) that bisect cuts them by.
        age = {posting: -moment.timestamp() for posting, moment in published.items()}
        matches = {}  # search -> its ids, newest first
        for pk, query in searches.iterator(chunk_size=5000):
            ids = matcher.ids(query)
            result.invalid_searches += ids is None
            matches[pk] = sorted(ids or (), key=lambda posting: (age[posting], -posting))
        result.searches = len(matches)

        # Only a job published before an alert's last check can have been sent to it
        # (unless an editor moved its date since: the insert below skips those).
        sent = set(
            Delivery.objects.filter(
                alert__in=Alert.objects.due(now),
                posting__published_at__gt=since,
                posting__published_at__lte=F("alert__last_checked_at"),
            ).values_list("alert_id", "posting_id")
        )
        news = {}  # subscriber -> {alert: (number of new jobs, the newest of them)}
        for pk, subscriber_id, search_id, *_ in due:
            ordered = matches[search_id]
            cut = bisect.bisect_left(ordered, -starts[pk].timestamp(), key=age.__getitem__)
            if sent:
                new = [posting for posting in ordered[:cut] if (pk, posting) not in sent]
                cut, ordered = len(new), new
            if cut:
                news.setdefault(subscriber_id, {})[pk] = (cut, ordered[: min(cut, JOBS_PER_ALERT)])
        result.alerts_with_news = sum(len(alerts) for alerts in news.values())

        digests = Digest.objects.bulk_create(
            [
                Digest(
                    subscriber_id=subscriber,
                    created_at=now,
                    enqueued_at=now,
                    new_jobs={str(alert): count for alert, (count, _) in alerts.items()},
                )
                for subscriber, alerts in news.items()
            ],
            batch_size=WRITE_BATCH,
        )
        result.deliveries = insert_rows(
            Delivery,
            ["alert_id", "posting_id", "digest_id"],
            (
                (alert, posting, digest.pk)
                for digest, alerts in zip(digests, news.values(), strict=True)
                for alert, (_, listed) in alerts.items()
                for posting in listed
            ),
            ignore_conflicts=True,
        )
        for batch in batches([pk for pk, *_ in due], WRITE_BATCH):
            Alert.objects.filter(pk__in=batch).update(last_checked_at=now)
        result.digests = len(digests)
        if enqueue:
            ids = [digest.pk for digest in digests]
            transaction.on_commit(lambda: queue(ids))
    result.seconds = time.perf_counter() - started
    return result


def queue(digest_ids):
    """Queue the sending of digests, a task for each batch of them."""
    from . import tasks

    for batch in batches(digest_ids, DIGESTS_PER_TASK):
        tasks.send_digests.enqueue(list(batch))


def requeue(now=None):
    """Queue again the digests that failed (up to MAX_ATTEMPTS tries in all) or whose task
    was lost; return how many."""
    now = now or timezone.now()
    stale = now - STALE_AFTER
    # A send that never finished (its worker stopped) counts as a failed attempt.
    Digest.objects.filter(status=Digest.Status.SENDING, enqueued_at__lt=stale).update(
        status=Digest.Status.FAILED, last_error="The worker stopped while sending."
    )
    retry = Digest.objects.filter(
        status__in=[Digest.Status.QUEUED, Digest.Status.FAILED],
        attempts__lt=MAX_ATTEMPTS,
        enqueued_at__lt=stale,
    )
    ids = list(retry.values_list("pk", flat=True))
    Digest.objects.filter(pk__in=ids).update(enqueued_at=now)
    queue(ids)
    return len(ids)


def claim(digest_id):
    """Mark a digest as being sent, counting the attempt; False when it is sent already,
    taken by another worker, or out of attempts."""
    return bool(
        Digest.objects.filter(
            pk=digest_id,
            status__in=[Digest.Status.QUEUED, Digest.Status.FAILED],
            attempts__lt=MAX_ATTEMPTS,
        ).update(status=Digest.Status.SENDING, attempts=F("attempts") + 1)
    )


@transaction.atomic
def mark_sent(digest, *, now=None):
    now = now or timezone.now()
    Digest.objects.filter(pk=digest.pk).update(status=Digest.Status.SENT, sent_at=now)
    Alert.objects.filter(deliveries__digest=digest).update(last_sent_at=now)


def mark_failed(digest, error):
    Digest.objects.filter(pk=digest.pk).update(
        status=Digest.Status.FAILED, last_error=str(error)[:1000] or type(error).__name__
    )
