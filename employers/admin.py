"""The review queue in admin: jobs and edits employers submitted, for the Job managers
group to approve or reject with a reason; and companies' members."""

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import format_html, format_html_join

from postings.admin import CompanyAdmin
from postings.models import Company
from postings.services import stored_value

from . import services
from .forms import RejectForm
from .models import Invitation, JoinRequest, Membership, Submission


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["title", "company", "what", "submitted_by", "updated_at", "preview"]
    list_select_related = ["company", "submitted_by", "revision"]
    search_fields = ["title", "company__name"]
    actions = ["approve", "reject"]
    fields = ["title", "company", "status", "submitted_by", "changes"]
    readonly_fields = fields

    def get_queryset(self, request):
        pending = Q(status=Submission.Status.PENDING) | Q(revision__isnull=False)
        return super().get_queryset(request).filter(pending).order_by("updated_at")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="Waiting")
    def what(self, posting):
        return "An edit of a live job" if hasattr(posting, "revision") else "A new job"

    @admin.display(description="Page")
    def preview(self, posting):
        return format_html('<a href="{}">Preview</a>', posting.get_absolute_url())

    @admin.display(description="What the edit changes")
    def changes(self, posting):
        revision = getattr(posting, "revision", None)
        if revision is None:
            return "-"
        changed = [
            (Submission._meta.get_field(name).verbose_name, text)
            for name, text in revision.data.items()
            if stored_value(posting, name) != text
        ]
        if not changed:
            return "Nothing"
        items = format_html_join("", "<li><strong>{}</strong>: {}</li>", changed)
        return format_html("<ul>{}</ul>", items)

    @admin.action(description="Approve the selected jobs or edits", permissions=["change"])
    def approve(self, request, queryset):
        approved = 0
        for posting in queryset:
            outcome = services.approve(posting, by=request.user)
            approved += len(outcome.changed)
            for refused, reason in outcome.refused:
                self.message_user(request, f"{refused}: {reason}", messages.ERROR)
        self.message_user(request, f"Approved {approved}.", messages.SUCCESS)

    @admin.action(description="Reject the selected jobs or edits…", permissions=["change"])
    def reject(self, request, queryset):
        form = RejectForm(request.POST if "reason" in request.POST else None)
        if form.is_bound and form.is_valid():
            for posting in queryset:
                services.reject(posting, by=request.user, note=form.message)
            self.message_user(request, f"Rejected {queryset.count()}.", messages.SUCCESS)
            return redirect(request.get_full_path())
        context = {
            **self.admin_site.each_context(request),
            "title": "Reject with a reason",
            "form": form,
            "postings": queryset,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/employers/reject.html", context)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "company", "is_owner", "joined_at"]
    list_filter = ["is_owner"]
    search_fields = ["user__email", "company__name"]
    autocomplete_fields = ["company"]
    raw_id_fields = ["user"]


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["user", "company", "created_at"]
    search_fields = ["user__email", "company__name"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "company", "invited_by", "created_at"]
    search_fields = ["email", "company__name"]


admin.site.unregister(Company)


@admin.register(Company)
class EmployerCompanyAdmin(CompanyAdmin):
    """Companies, with what staff decide about employers' companies: verifying them, and
    merging duplicates (jobs and members move to the one kept)."""

    list_display = [*CompanyAdmin.list_display, "is_verified", "member_count"]
    list_filter = ["is_verified"]
    actions = ["verify", "merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(member_count=Count("members", distinct=True))

    @admin.display(description="Members", ordering="member_count")
    def member_count(self, company):
        return company.member_count

    @admin.action(description="Mark the selected companies verified", permissions=["change"])
    def verify(self, request, queryset):
        count = queryset.update(is_verified=True)
        self.message_user(request, f"Verified {count} companies.", messages.SUCCESS)

    @admin.action(description="Merge the selected duplicates into one…", permissions=["change"])
    def merge(self, request, queryset):
        companies = list(queryset.order_by("pk"))
        if len(companies) < 2:
            self.message_user(request, "Select two companies or more to merge.", messages.ERROR)
            return None
        keep_id = request.POST.get("keep")
        keep = next((c for c in companies if str(c.pk) == keep_id), None)
        if keep is not None:
            moved = services.merge_companies(keep, companies)
            self.message_user(
                request, f"Merged into {keep.name}; {moved} jobs moved.", messages.SUCCESS
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge duplicate companies",
            "companies": companies,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/employers/merge.html", context)
