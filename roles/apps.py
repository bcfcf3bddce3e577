from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Roles and comparisons"

    def ready(self):
        from jobboard.cache import watch

        from .models import Comparison, Role, RoleItem

        # Their rows show on public pages: an edit makes cached pages fresh.
        watch(Comparison, Role, RoleItem)
