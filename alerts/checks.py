from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def site_url_is_https(app_configs, **kwargs):
    """Links in alert e-mails, one-click unsubscribe included (RFC 8058), must be https."""
    if settings.SITE_URL.startswith("https://"):
        return []
    return [
        checks.Warning(
            f"SITE_URL is {settings.SITE_URL!r}: links in e-mails must use https.",
            hint="Set SITE_URL to the site's public https address.",
            id="alerts.W001",
        )
    ]
