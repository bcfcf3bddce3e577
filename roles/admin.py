from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Max
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.html import format_html

from .models import Comparison, OldSlug, Role, RoleItem

# Each kind's heading in admin, in the order the article shows the kinds.
KIND_HEADINGS = {
    RoleItem.Kind.RESPONSIBILITY: "Responsibilities",
    RoleItem.Kind.SKILL: "Skills",
    RoleItem.Kind.DEGREE: "Degrees",
    RoleItem.Kind.CERTIFICATION: "Certifications",
    RoleItem.Kind.TOOL: "Tools and software",
    RoleItem.Kind.INDUSTRY: "Industries",
    RoleItem.Kind.TIP: "Getting-started tips",
}
TEXT_MAX = RoleItem._meta.get_field("text").max_length


class KindItemForm(forms.ModelForm):
    """A bullet of the formset's kind; the kind is a hidden field the formset fills in, so
    the database's one-bullet-per-kind rule is checked as a form error."""

    class Meta:
        model = RoleItem
        fields = ["kind", "text", "position"]
        widgets = {"kind": forms.HiddenInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].disabled = True  # the formset's kind, whatever is sent


class KindFormSet(BaseInlineFormSet):
    """The bullets of one kind, in article order, plus a box to paste new ones, one per
    line, which are added after the others in the order pasted."""

    kind = None

    @classmethod
    def get_default_prefix(cls):
        return f"items-{cls.kind}"

    def get_queryset(self):
        return super().get_queryset().filter(kind=self.kind).order_by("position", "id")

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.kind = self.kind
        form.fields["kind"].initial = self.kind
        return form

    @property
    def empty_form(self):
        form = super().empty_form
        form.kind = self.kind
        form.fields["kind"].initial = self.kind
        return form

    @property
    def pasted_text(self):
        return self.data.get(f"{self.prefix}-paste", "") if self.is_bound else ""

    def pasted_lines(self):
        return [" ".join(line.split()) for line in self.pasted_text.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        kept = {
            form.cleaned_data.get("text")
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        }
        seen = set()
        for line in self.pasted_lines():
            if len(line) > TEXT_MAX:
                raise ValidationError(f"“{line[:40]}…” is longer than {TEXT_MAX} characters.")
            if line in kept or line in seen:
                raise ValidationError(f"“{line}” is listed twice.")
            seen.add(line)

    def save(self, commit=True):
        saved = super().save(commit=commit)
        lines = self.pasted_lines()
        if commit and lines:
            last = self.instance.items.filter(kind=self.kind).aggregate(last=Max("position"))
            start = (last["last"] or 0) + 1
            RoleItem.objects.bulk_create(
                RoleItem(role=self.instance, kind=self.kind, text=line, position=start + index)
                for index, line in enumerate(lines)
            )
        return saved


def kind_inline(kind):
    """Return the inline editing one kind of a role's bullets."""
    formset = type(f"{kind.name.title()}FormSet", (KindFormSet,), {"kind": kind.value})
    return type(
        f"{kind.name.title()}Inline",
        (admin.TabularInline,),
        {
            "model": RoleItem,
            "form": KindItemForm,
            "formset": formset,
            "fields": ["kind", "text", "position"],
            "extra": 1,
            "template": "admin/roles/edit_inline/kind_tabular.html",
            "verbose_name": kind.label.lower(),
            "verbose_name_plural": KIND_HEADINGS[kind],
        },
    )


KIND_INLINES = [kind_inline(kind) for kind in KIND_HEADINGS]


class OutlookPeriodFilter(admin.SimpleListFilter):
    title = "outlook figure"
    parameter_name = "outlook"

    def lookups(self, request, model_admin):
        return [("ended", "Period has ended"), ("current", "Current"), ("none", "No figure")]

    def queryset(self, request, queryset):
        year = timezone.now().year
        if self.value() == "ended":
            return queryset.filter(growth_percent__isnull=False, growth_end_year__lt=year)
        if self.value() == "current":
            return queryset.filter(growth_percent__isnull=False, growth_end_year__gte=year)
        if self.value() == "none":
            return queryset.filter(growth_percent__isnull=True)
        return queryset


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "item_count", "outlook_figure", "updated_at"]
    list_filter = [OutlookPeriodFilter]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = KIND_INLINES
    fieldsets = [
        (None, {"fields": ["name", "slug", "definition"]}),
        (
            "Outlook",
            {
                "fields": [
                    "outlook",
                    "growth_percent",
                    ("growth_start_year", "growth_end_year"),
                    "growth_occupation",
                    "growth_source",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("items"))

    @admin.display(description="Outlook figure", ordering="growth_end_year")
    def outlook_figure(self, role):
        """The growth figure with its period, flagged once the period has ended."""
        if not role.has_growth_figure:
            return "—"
        shown = f"{role.growth_percent.normalize():f}%, {role.growth_start_year}–"
        shown += f"{role.growth_end_year}"
        if role.growth_end_year < timezone.now().year:
            return format_html("{} <strong>⚠ period ended: update the figure</strong>", shown)
        return shown

    @admin.display(description="Bullets", ordering="item_count")
    def item_count(self, role):
        return role.item_count

    def get_deleted_objects(self, objs, request):
        """Name the postings and comparisons that keep a role from being deleted.

        Nobody may delete a role they use, whatever their permissions, so say which ones
        are in the way rather than (as Django would for an editor, who may not delete
        postings) that the account lacks the permission to delete job postings."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            perms_needed = set()
        return deleted, counts, perms_needed, protected


@admin.register(Comparison)
class ComparisonAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "published_at", "updated_at"]
    list_filter = ["status", "published_at"]
    list_select_related = ["role_a", "role_b"]
    search_fields = ["role_a__name", "role_b__name"]
    autocomplete_fields = ["role_a", "role_b"]
    date_hierarchy = "published_at"
    readonly_fields = ["slug", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": [("role_a", "role_b"), "slug", "status", "published_at"]}),
        ("Article", {"fields": ["intro", "conclusion"]}),
        (
            "Section lead-ins (optional)",
            {
                "classes": ["collapse"],
                "fields": [
                    "definitions_lead",
                    "responsibilities_lead",
                    "skills_lead",
                    "education_lead",
                    "tools_lead",
                    "industries_lead",
                    "outlook_lead",
                    "tips_lead",
                ],
            },
        ),
        ("History", {"fields": ["created_at", "updated_at"]}),
    ]

    @admin.action(description="Publish selected comparisons")
    def publish(self, request, queryset):
        count = queryset.publish()
        self.message_user(request, f"Published {count} comparison(s).", messages.SUCCESS)

    @admin.action(description="Unpublish selected comparisons (back to draft)")
    def unpublish(self, request, queryset):
        count = queryset.unpublish()
        self.message_user(request, f"Moved {count} comparison(s) back to draft.", messages.SUCCESS)


@admin.register(OldSlug)
class OldSlugAdmin(admin.ModelAdmin):
    """The old addresses that redirect: recorded when a slug changes, removed when the slug
    is taken back. Editors may delete one to free the address; nothing is typed in."""

    list_display = ["slug", "kind", "target_id", "created_at"]
    list_filter = ["kind"]
    search_fields = ["slug"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
