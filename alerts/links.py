"""The signed links of alert e-mails: confirm, unsubscribe, manage.

Each link carries a signed id rather than a secret kept in the database, so nothing is
stored to grant access, and a link only ever works for the alert or address it was made
for. Confirmation links expire with the unconfirmed alert; the others work as long as
what they point at exists. Links are absolute, on SITE_URL: e-mails are written by task
workers, which have no request to take the host from.
"""

from django.core import signing
from django.urls import reverse

from jobboard.meta import site_url

from .services import UNCONFIRMED_DAYS

CONFIRM = "alerts.confirm"
UNSUBSCRIBE = "alerts.unsubscribe"
MANAGE = "alerts.manage"


def confirm_url(alert):
    token = signing.TimestampSigner(salt=CONFIRM).sign_object({"alert": alert.pk})
    return site_url(reverse("alerts:confirm", args=[token]))


def unsubscribe_url(*, alert=None, subscriber=None):
    """Return the one-click link that deletes one alert, or every alert of an address."""
    target = {"alert": alert.pk} if alert is not None else {"subscriber": subscriber.pk}
    token = signing.Signer(salt=UNSUBSCRIBE).sign_object(target)
    return site_url(reverse("alerts:unsubscribe", args=[token]))


def manage_url(subscriber, *, on_site=False):
    """Return the manage page's link: absolute for e-mails, a path on the site's pages."""
    token = signing.Signer(salt=MANAGE).sign_object({"subscriber": subscriber.pk})
    path = reverse("alerts:manage", args=[token])
    return path if on_site else site_url(path)


def read_confirm(token):
    """Return the alert id of a confirmation token; raise signing.BadSignature (or its
    SignatureExpired) for a token that is forged, damaged or too old."""
    signer = signing.TimestampSigner(salt=CONFIRM)
    return signer.unsign_object(token, max_age=UNCONFIRMED_DAYS * 24 * 3600)["alert"]


def read_unsubscribe(token):
    """Return {"alert": id} or {"subscriber": id}; raise signing.BadSignature."""
    target = signing.Signer(salt=UNSUBSCRIBE).unsign_object(token)
    if not isinstance(target, dict) or len(target) != 1:
        raise signing.BadSignature("Unexpected unsubscribe token.")
    return target


def read_manage(token):
    return signing.Signer(salt=MANAGE).unsign_object(token)["subscriber"]
