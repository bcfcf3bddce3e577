"""Create the two staff groups, so a new editor gets their rights by joining one group
instead of a superuser ticking permissions one by one.

The migration sets each group's permissions to exactly the list below; rolling it back
deletes both groups (and with them the users' memberships).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ALL = ["add", "change", "delete", "view"]

GROUPS = {
    # Roles and comparison articles; no access to jobs, companies or exchange rates.
    "Editors": {
        ("roles", "role"): ALL,
        ("roles", "roleitem"): ALL,
        ("roles", "comparison"): ALL,
    },
    "Job managers": {
        ("postings", "company"): ALL,
        ("postings", "jobposting"): ALL,
        ("postings", "exchangerate"): ALL,
        # The posting form picks its role through an autocomplete, which the admin only
        # answers for users who may view roles. Viewing only: roles stay the editors' job.
        ("roles", "role"): ["view"],
    },
}


def create_groups(apps, schema_editor):
    db = schema_editor.connection.alias
    # Permissions are made by post_migrate, after every migration of a run: on a fresh
    # database they do not exist yet. This makes the missing ones now (Django's pattern
    # for the historical app registry).
    for label in ("roles", "postings"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, using=db, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in GROUPS.items():
        group, _ = Group.objects.using(db).get_or_create(name=name)
        group.permissions.set(
            [
                Permission.objects.using(db).get(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=f"{action}_{model}",
                )
                for (app_label, model), actions in grants.items()
                for action in actions
            ]
        )


def delete_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("postings", "0004_trigram_location_index"),
        ("roles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
