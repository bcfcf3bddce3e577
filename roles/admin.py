from django.contrib import admin, messages
from django.db.models import Count

from .models import Comparison, OldSlug, Role, RoleItem


class RoleItemInline(admin.TabularInline):
    model = RoleItem
    fields = ["kind", "text", "position"]
    extra = 3
    ordering = ["kind", "position", "id"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "item_count", "growth_percent", "updated_at"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RoleItemInline]
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
