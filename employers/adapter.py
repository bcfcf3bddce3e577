from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    """Employers land on their dashboard; the account e-mails go out through the task
    queue like every other e-mail."""

    def get_login_redirect_url(self, request):
        if request.user.is_staff:
            return reverse("admin:index")
        return reverse("employers:dashboard")

    def get_signup_redirect_url(self, request):
        return reverse("employers:dashboard")

    def send_mail(self, template_prefix, email, context):
        from .tasks import send_message

        site = context.get("current_site")
        context = {
            **context,
            "current_site": SimpleNamespace(
                name=settings.SITE_NAME, domain=getattr(site, "domain", "")
            ),
        }
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"), ""
        )
        send_message.enqueue(message.subject, message.body, message.to, html)
