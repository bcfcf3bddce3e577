"""The alert pages: subscribe to a search, confirm, unsubscribe, manage an address's alerts.

None of them is cached or indexed, and none shows anything about an address to anyone but
the holder of a link sent to it.
"""

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from jobboard.meta import page_meta
from postings.filters import Lookups
from postings.search import JobSearch

from . import links, services
from .forms import AlertForm, FrequencyForm
from .models import Alert, Subscriber


def page(request, template, title, context=None, status=200):
    context = {"meta": page_meta(request, title, noindex=True), **(context or {})}
    return render(request, f"alerts/{template}.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def new_alert(request):
    """Subscribe to the search in the query string (GET shows the form, POST sends it)."""
    if request.method == "POST":
        form = AlertForm(request.POST)
        search = JobSearch(QueryDict(request.POST.get("query", "")))
    else:
        search = JobSearch(request.GET)
        form = AlertForm(initial={"query": search.normalized_query})
    context = {"form": form, "search": search}
    if not search.is_valid:
        return page(request, "new", "Get these jobs by e-mail", context, status=400)
    if request.method == "POST" and form.is_valid():
        if too_many_from_client(request):
            form.add_error(
                None,
                "Too many alert requests from your network in the last hour. Please try "
                "again later.",
            )
            return page(request, "new", "Get these jobs by e-mail", context, status=429)
        data = form.cleaned_data
        try:
            services.subscribe(data["email"], data["query"], data["frequency"])
        except services.Refused as refused:
            form.add_error("email", str(refused))
            return page(request, "new", "Get these jobs by e-mail", context, status=429)
        return redirect("alerts:check_inbox")
    status = 400 if form.errors else 200
    return page(request, "new", "Get these jobs by e-mail", context, status=status)


def too_many_from_client(request):
    """Count a subscription from the client's address; True past the hourly limit."""
    key = f"alerts:client:{get_client_ip_address(request)}"
    cache.add(key, 0, 3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, 3600)
        count = 1
    return count > settings.ALERT_REQUESTS_PER_CLIENT_HOUR


@never_cache
def check_inbox(request):
    return page(request, "check_inbox", "Check your inbox")


@never_cache
def confirm(request, token):
    try:
        alert = Alert.objects.select_related("search").get(pk=links.read_confirm(token))
    except (signing.BadSignature, Alert.DoesNotExist):
        return page(request, "link_invalid", "This link no longer works", status=404)
    newly = services.confirm(alert)
    context = {
        "alert": alert,
        "newly": newly,
        "manage_url": links.manage_url(alert.subscriber, on_site=True),
    }
    return page(request, "confirmed", "Job alert confirmed", context)


@never_cache
@csrf_exempt  # mail programs POST here without a form (RFC 8058); the token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks to confirm; POST unsubscribes at once, from a mail program's one click or
    from the confirm page's button."""
    try:
        target = links.read_unsubscribe(token)
    except signing.BadSignature:
        return page(request, "link_invalid", "This link no longer works", status=404)
    alert = subscriber = None
    if "alert" in target:
        alert = Alert.objects.select_related("search", "subscriber").filter(pk=target["alert"])
        alert = alert.first()
    else:
        subscriber = Subscriber.objects.filter(pk=target["subscriber"]).first()
    if alert is None and subscriber is None:
        return page(request, "unsubscribed", "Unsubscribed", {"already": True})
    if request.method == "POST":
        if alert is not None:
            services.unsubscribe(alert)
        else:
            services.forget(subscriber)
        return page(request, "unsubscribed", "Unsubscribed", {"alert": alert})
    context = {"alert": alert, "subscriber": subscriber}
    return page(request, "unsubscribe", "Unsubscribe from job alerts", context)


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """Every alert of one address: change how often, pause, resume, delete one or all."""
    try:
        subscriber = Subscriber.objects.get(pk=links.read_manage(token))
    except (signing.BadSignature, Subscriber.DoesNotExist):
        return page(request, "link_invalid", "This link no longer works", status=404)
    if request.method == "POST":
        if request.POST.get("action") == "forget":
            services.forget(subscriber)
            return page(request, "unsubscribed", "Your alerts are deleted", {"forgotten": True})
        try:
            alert = subscriber.alerts.get(pk=int(request.POST.get("alert", "")))
        except (ValueError, Alert.DoesNotExist):
            raise Http404("No such alert for this address.") from None
        done = change(alert, request.POST)
        if done is None:
            return page(request, "manage", "Your job alerts", manage_context(subscriber), 400)
        if not Subscriber.objects.filter(pk=subscriber.pk).exists():
            return page(request, "unsubscribed", "Your alerts are deleted", {"forgotten": True})
        return redirect(request.path + "?done=" + done)
    context = manage_context(subscriber)
    context["done"] = DONE.get(request.GET.get("done", ""), "")
    return page(request, "manage", "Your job alerts", context)


DONE = {
    "frequency": "How often you get that alert is changed.",
    "pause": "That alert is paused: nothing is sent for it until you resume it.",
    "resume": "That alert is active again.",
    "delete": "That alert is deleted.",
}


def change(alert, data):
    """Apply one manage-page action to an alert; return its name, or None when invalid."""
    action = data.get("action")
    if action == "frequency":
        form = FrequencyForm(data)
        if not form.is_valid():
            return None
        services.set_frequency(alert, form.cleaned_data["frequency"])
    elif action == "pause":
        services.pause(alert)
    elif action == "resume":
        services.resume(alert)
    elif action == "delete":
        services.unsubscribe(alert)
    else:
        return None
    return action


def manage_context(subscriber):
    alerts = subscriber.alerts.select_related("search").order_by("created_at")
    lookups = Lookups()  # roles and rates read once for all the address's searches
    return {
        "subscriber": subscriber,
        "alerts": [(alert, alert.search.as_search(lookups)) for alert in alerts],
        "frequencies": FrequencyForm.base_fields["frequency"].choices,
    }
