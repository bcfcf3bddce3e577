from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django_countries.filters import CountryFilter

from . import regions, services, tasks
from .importing import FORMATS
from .models import (
    Company,
    EmploymentType,
    ExchangeRate,
    ImportRun,
    JobPosting,
)

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
    readonly_fields = [
        "slug",
        "salary_min_usd",
        "salary_max_usd",
        "created_at",
        "updated_at",
        "submitted_by",
        "status_history",
        "open_to_applicants_in",
    ]
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
        (
            "Place",
            {
                "fields": [
                    "location",
                    ("city", "country"),
                    "workplace",
                    "remote_regions",
                    "open_to_applicants_in",
                ]
            },
        ),
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
        ("History", {"fields": [("created_at", "updated_at"), "submitted_by", "status_history"]}),
    ]

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(lambda request: import_view(self, request)),
                name="postings_jobposting_import",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_import": may_import(request)}
        return super().changelist_view(request, extra_context)

    @admin.display(description="Status history")
    def status_history(self, posting):
        """Every status change: when, who, from, to, and the review's note."""
        changes = posting.status_changes.select_related("by") if posting.pk else []
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    date_format(change.at, "DATETIME_FORMAT"),
                    change.by or "–",
                    change.get_from_status_display() or "new",
                    change.get_to_status_display(),
                    change.note,
                )
                for change in changes
            ),
        )
        if not rows:
            return "No changes recorded yet."
        head = "<tr><th>When</th><th>Who</th><th>From</th><th>To</th><th>Note</th></tr>"
        return format_html("<table>{}{}</table>", mark_safe(head), rows)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "remote_regions":
            # A searchable picker: type "Europe" or "Germany"; regions come first.
            return forms.MultipleChoiceField(
                label="Open to applicants in",
                choices=regions.area_choices,
                required=False,
                widget=FilteredSelectMultiple("regions and countries", is_stacked=False),
                help_text="For remote jobs. Nothing chosen means anywhere: the job says "
                "“Remote from anywhere” and every country's search finds it.",
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="Remote from")
    def open_to_applicants_in(self, posting):
        if posting.workplace != "remote":
            return "— (not a remote job)"
        if not posting.remote_regions:
            return "Anywhere (no region or country chosen)"
        return posting.open_to

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        named = regions.region_named_in(obj.location)
        if obj.workplace == "remote" and not obj.remote_regions and named:
            self.message_user(
                request,
                f"“{obj}” is open to applicants anywhere, though its location names "
                f"{named}. Choose {named} under “Open to applicants in” if only people "
                "there may apply.",
                messages.WARNING,
            )

    @admin.display(description="Featured", boolean=True, ordering="is_featured")
    def featured(self, posting):
        return posting.is_featured_now

    @admin.display(description="Salary as posted", ordering="salary_max_usd")
    def salary(self, posting):
        return posting.salary_display

    @admin.action(description="Publish selected postings")
    def publish(self, request, queryset):
        outcome = services.publish(
            queryset.select_related("company", "salary_currency"), by=request.user
        )
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
        count = services.expire(queryset, by=request.user)
        self.message_user(request, f"Expired {count} posting(s).", messages.SUCCESS)
        if selected > count:
            self.message_user(
                request,
                f"{selected - count} posting(s) were not published and were left unchanged.",
                messages.WARNING,
            )

    @admin.action(description="Archive selected postings")
    def archive(self, request, queryset):
        count = services.archive(queryset, by=request.user)
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


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        help_text="A CSV file with a header row, or a JSON array of objects, in the import "
        "format (see the README). Every row is checked before anything is written."
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower().lstrip(".")
        if suffix not in FORMATS:
            raise ValidationError("Upload a .csv or .json file.")
        if upload.size > settings.IMPORT_MAX_BYTES:
            limit = filesizeformat(settings.IMPORT_MAX_BYTES)
            raise ValidationError(
                f"The file is larger than {limit}; split it, or import it with "
                "manage.py import_postings."
            )
        if upload.size == 0:
            raise ValidationError("The file is empty.")
        upload.format = suffix
        return upload


def may_import(request):
    """Whether the user may bring postings in: add and change them."""
    return request.user.has_perms(["postings.add_jobposting", "postings.change_jobposting"])


def import_view(model_admin, request):
    """Upload a posting file: record it and queue its check."""
    if not may_import(request):
        raise PermissionDenied
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with transaction.atomic():
            run = ImportRun.objects.create(
                file=upload,
                file_name=Path(upload.name).name[:255],
                file_format=upload.format,
                created_by=request.user,
            )
            transaction.on_commit(lambda: tasks.start_check(run))
        return redirect(run.get_absolute_url())
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Import postings",
        "opts": model_admin.opts,
        "form": form,
        "recent": ImportRun.objects.select_related("created_by")[:5],
        "max_size": settings.IMPORT_MAX_BYTES,
    }
    return TemplateResponse(request, "admin/postings/jobposting_import.html", context)


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """Each upload's report: progress while it is checked or imported, then its counts and
    row errors, and the button that starts the import."""

    list_display = [
        "file_name",
        "status",
        "created_by",
        "created_at",
        "rows",
        "to_create",
        "to_update",
        "unchanged",
        "error_count",
        "duration",
    ]
    list_filter = ["status", "created_at"]
    list_select_related = ["created_by"]
    search_fields = ["file_name"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False  # uploads start from the postings list's "Import postings"

    def has_view_permission(self, request, obj=None):
        return may_import(request)

    def has_change_permission(self, request, obj=None):
        return may_import(request)

    def has_delete_permission(self, request, obj=None):
        return may_import(request) and (obj is None or not obj.is_running)

    @admin.display(description="Duration")
    def duration(self, run):
        seconds = (run.check_seconds or 0) + (run.import_seconds or 0)
        return f"{seconds:.1f} s" if seconds else "–"

    def get_urls(self):
        return [
            path(
                "<int:pk>/progress/",
                self.admin_site.admin_view(self.progress_view),
                name="postings_importrun_progress",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not may_import(request):
            raise PermissionDenied
        run = get_object_or_404(ImportRun.objects.select_related("created_by"), pk=object_id)
        if request.method == "POST":
            skip_invalid = bool(run.error_count)
            if tasks.start_import(run, skip_invalid=skip_invalid):
                self.message_user(request, "The import has started.", messages.SUCCESS)
            else:
                self.message_user(
                    request, "This file is not waiting for confirmation.", messages.WARNING
                )
            return redirect(run.get_absolute_url())
        context = {
            **self.admin_site.each_context(request),
            "title": f"Import of {run.file_name}",
            "opts": self.opts,
            "run": run,
            "progress": tasks.progress_of(run.pk),
            "valid_rows": run.to_create + run.to_update + run.unchanged,
            "more_errors": max(run.error_count - len(run.errors), 0),
            "has_view_permission": True,
        }
        return TemplateResponse(request, "admin/postings/importrun_detail.html", context)

    def progress_view(self, request, pk):
        """Return the run's status and progress as JSON, for the page's progress bar."""
        if not may_import(request):
            raise PermissionDenied
        run = get_object_or_404(ImportRun, pk=pk)
        progress = tasks.progress_of(run.pk)
        return JsonResponse(
            {
                "status": run.status,
                "status_label": run.get_status_display(),
                "running": run.is_running,
                "rows": progress["rows"],
                "fraction": progress["fraction"],
            }
        )
