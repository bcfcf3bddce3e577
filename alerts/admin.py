"""Job alerts in admin: addresses and their alerts, searches with how many follow them, and
the digests sent, with failures. Addresses are personal data: only superusers (or staff
given the permissions) see them, and what admin changes goes through alerts.services."""

from django.contrib import admin
from django.db.models import Count, Max, Q
from django.utils.html import format_html

from . import services
from .models import Alert, Digest, SavedSearch, Subscriber


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows made by visitors and by send_alerts: admin looks and deletes, never edits."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AlertCounts:
    """Columns for addresses and searches: how many alerts each has, how many active."""

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                alert_count=Count("alerts"),
                active_count=Count("alerts", filter=Q(alerts__status=Alert.Status.ACTIVE)),
            )
        )

    @admin.display(description="Alerts", ordering="alert_count")
    def alert_count(self, row):
        return row.alert_count

    @admin.display(description="Active", ordering="active_count")
    def active_count(self, row):
        return row.active_count


class AlertInline(admin.TabularInline):
    model = Alert
    fields = ["search", "frequency", "status", "confirmed_at", "last_checked_at", "last_sent_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(AlertCounts, ReadOnlyAdmin):
    list_display = ["email", "alert_count", "active_count", "created_at", "last_sent"]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    inlines = [AlertInline]
    fields = ["email", "created_at", "requests_on", "requests_that_day"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(last_sent=Max("alerts__last_sent_at"))

    @admin.display(description="Last sent", ordering="last_sent")
    def last_sent(self, subscriber):
        return subscriber.last_sent

    def delete_model(self, request, obj):
        services.forget(obj)

    def delete_queryset(self, request, queryset):
        for subscriber in queryset:
            services.forget(subscriber)


@admin.register(Alert)
class AlertAdmin(ReadOnlyAdmin):
    list_display = [
        "subscriber",
        "search_summary",
        "frequency",
        "status",
        "confirmed_at",
        "last_checked_at",
        "last_sent_at",
    ]
    list_filter = ["status", "frequency"]
    search_fields = ["subscriber__email", "search__query"]
    list_select_related = ["subscriber", "search"]
    date_hierarchy = "created_at"

    @admin.display(description="Search", ordering="search__query")
    def search_summary(self, alert):
        return search_link(alert.search)

    def delete_model(self, request, obj):
        services.unsubscribe(obj)

    def delete_queryset(self, request, queryset):
        for alert in queryset.select_related("subscriber"):
            services.unsubscribe(alert)


@admin.register(SavedSearch)
class SavedSearchAdmin(AlertCounts, ReadOnlyAdmin):
    """Every search someone follows, with how many alerts follow it."""

    list_display = ["search_link", "alert_count", "active_count", "created_at"]
    readonly_fields = ["query", "summary", "created_at"]
    search_fields = ["query"]

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-alert_count", "query")

    def has_delete_permission(self, request, obj=None):
        return False  # a search goes when its last alert does

    @admin.display(description="Search", ordering="query")
    def search_link(self, search):
        return search_link(search)

    @admin.display(description="In words")
    def summary(self, search):
        return search.summary


@admin.register(Digest)
class DigestAdmin(ReadOnlyAdmin):
    list_display = ["subscriber", "created_at", "status", "attempts", "job_count", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subscriber__email"]
    list_select_related = ["subscriber"]
    date_hierarchy = "created_at"
    fields = ["subscriber", "created_at", "status", "attempts", "enqueued_at", "sent_at"]
    readonly_fields = [*fields, "last_error"]

    def get_fields(self, request, obj=None):
        return [*self.fields, "last_error"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(job_count=Count("deliveries"))

    @admin.display(description="Jobs", ordering="job_count")
    def job_count(self, digest):
        return digest.job_count


def search_link(search):
    """The search's query string, linked to its job list (a list of them reads no roles or
    rates, which putting each in words would)."""
    return format_html(
        '<a href="{}">{}</a>', search.get_absolute_url(), search.query or "(all jobs)"
    )
