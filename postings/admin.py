from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.formats import date_format
from django_countries.filters import CountryFilter

from . import services
from .models import Company, EmploymentType, ExchangeRate, JobPosting

# Addresses typed without a scheme get https:// (Django 6 default), which the models accept.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "website", "posting_count"]
    search_fields = ["name"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = URL_FIELDS

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(posting_count=Count("postings"))

    @admin.display(description="Postings", ordering="posting_count")
    def posting_count(self, company):
        return company.posting_count


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ["currency", "name", "units_per_usd", "as_of"]
    list_editable = ["units_per_usd", "as_of"]
    search_fields = ["currency", "name"]
    ordering = ["currency"]

    def get_readonly_fields(self, request, obj=None):
        # Postings point at the code itself (to_field), so renaming a code in use would
        # break their foreign keys at commit time instead of failing as a form error.
        if obj is not None and obj.postings.exists():
            return ["currency"]
        return []

    def save_model(self, request, obj, form, change):
        count = services.save_rate(
            obj, rate_changed=change and "units_per_usd" in form.changed_data
        )
        if count:
            self.message_user(
                request,
                f"Re-normalized the USD salaries of {count} posting(s) in {obj.currency}.",
                messages.SUCCESS,
            )


@admin.register(JobPosting)
class JobPostingAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "company",
        "role",
        "status",
        "featured",
        "seniority",
        "salary",
        "published_at",
        "expires_at",
    ]
    list_filter = [
        "status",
        "is_featured",
        "seniority",
        "role",
        "workplace",
        ("country", CountryFilter),
    ]
    list_select_related = ["company", "role", "salary_currency"]
    search_fields = ["title", "company__name", "external_id"]
    autocomplete_fields = ["company", "role"]
    date_hierarchy = "published_at"
    formfield_overrides = URL_FIELDS
    readonly_fields = ["slug", "salary_min_usd", "salary_max_usd", "created_at", "updated_at"]
    actions = [
        "publish",
        "expire",
        "archive",
        "feature_for_7_days",
        "feature_for_30_days",
        "unfeature",
        "duplicate",
    ]
    fieldsets = [
        (
            "Job",
            {
                "fields": [
                    ("title", "slug"),
                    "company",
                    "role",
                    "seniority",
                    tuple(kind.field for kind in EmploymentType),
                ]
            },
        ),
        ("Place", {"fields": ["location", ("city", "country"), "workplace", "remote_regions"]}),
        (
            "Salary",
            {
                "fields": [
                    ("salary_min", "salary_max"),
                    ("salary_currency", "salary_period"),
                    ("salary_min_usd", "salary_max_usd"),
                ]
            },
        ),
        ("Description", {"fields": ["description"]}),
        ("Applying", {"fields": ["apply_url", "apply_email"]}),
        (
            "Publishing",
            {
                "fields": [
                    "status",
                    ("published_at", "expires_at"),
                    ("is_featured", "featured_until"),
                    "external_id",
                ]
            },
        ),
        ("History", {"fields": ["created_at", "updated_at"]}),
    ]

    @admin.display(description="Featured", boolean=True, ordering="is_featured")
    def featured(self, posting):
        return posting.is_featured_now

    @admin.display(description="Salary as posted", ordering="salary_max_usd")
    def salary(self, posting):
        return posting.salary_display

    @admin.action(description="Publish selected postings")
    def publish(self, request, queryset):
        outcome = services.publish(queryset.select_related("company", "salary_currency"))
        for posting, reason in outcome.refused:
            self.message_user(request, f"{posting} was not published: {reason}", messages.ERROR)
        self.message_user(request, f"Published {outcome.count} posting(s).", messages.SUCCESS)
        hidden = sum(not posting.is_visible for posting in outcome.changed)
        if hidden:
            self.message_user(
                request,
                f"{hidden} of them stay hidden: their publish date is ahead or their expiry "
                "date has passed.",
                messages.WARNING,
            )

    @admin.action(description="Expire selected postings")
    def expire(self, request, queryset):
        selected = queryset.count()
        count = services.expire(queryset)
        self.message_user(request, f"Expired {count} posting(s).", messages.SUCCESS)
        if selected > count:
            self.message_user(
                request,
                f"{selected - count} posting(s) were not published and were left unchanged.",
                messages.WARNING,
            )

    @admin.action(description="Archive selected postings")
    def archive(self, request, queryset):
        count = services.archive(queryset)
        self.message_user(request, f"Archived {count} posting(s).", messages.SUCCESS)

    @admin.action(description="Feature selected postings for 7 days")
    def feature_for_7_days(self, request, queryset):
        self._feature_for(request, queryset, days=7)

    @admin.action(description="Feature selected postings for 30 days")
    def feature_for_30_days(self, request, queryset):
        self._feature_for(request, queryset, days=30)

    def _feature_for(self, request, queryset, days):
        count, until = services.feature(queryset, days=days)
        shown = date_format(timezone.localtime(until), "DATETIME_FORMAT")
        self.message_user(request, f"Featured {count} posting(s) until {shown}.", messages.SUCCESS)
        hidden = queryset.exclude(pk__in=JobPosting.objects.visible().values("pk")).count()
        if hidden:
            self.message_user(
                request,
                f"{hidden} of them are not visible, so they show as featured only once public.",
                messages.WARNING,
            )

    @admin.action(description="Stop featuring selected postings")
    def unfeature(self, request, queryset):
        count = services.unfeature(queryset)
        self.message_user(request, f"Stopped featuring {count} posting(s).", messages.SUCCESS)

    @admin.action(description="Duplicate selected postings as drafts")
    def duplicate(self, request, queryset):
        copies = services.duplicate(queryset.select_related("company", "salary_currency"))
        self.message_user(request, f"Made {len(copies)} draft copy(ies).", messages.SUCCESS)
