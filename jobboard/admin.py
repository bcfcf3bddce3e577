from django.contrib import admin

from .cache import content_changed


class PublicContentAdmin(admin.ModelAdmin):
    """Admin for models the public sees: every save, delete and bulk action makes the
    cached pages fresh (see jobboard/cache.py)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        content_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        content_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        content_changed()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        content_changed()

    def response_action(self, request, queryset):
        # Actions change rows with queryset.update(), which no save hook sees.
        response = super().response_action(request, queryset)
        content_changed()
        return response
