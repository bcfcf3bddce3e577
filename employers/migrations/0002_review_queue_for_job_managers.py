"""The review queue belongs to the Job managers group (made by postings 0005), who already
run postings: they may view it and approve or reject what is in it."""

from django.db import migrations

CODENAMES = {
    "view_submission": "Can view job awaiting review",
    "change_submission": "Can change job awaiting review",
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Job managers").first()
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="employers", model="submission")
    for codename, name in CODENAMES.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Job managers").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="employers", codename__in=list(CODENAMES)
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("employers", "0001_employers"),
        ("postings", "0005_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
