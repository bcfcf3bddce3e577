"""Importing postings from admin: upload, check report, confirm, background import."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from postings import tasks
from postings.models import Company, ImportRun, JobPosting

pytestmark = pytest.mark.django_db

UPLOAD = "admin:postings_jobposting_import"
HEADER = [
    "external_id",
    "title",
    "company",
    "location",
    "employment_types",
    "seniority",
    "salary_min",
    "salary_max",
    "salary_currency",
    "description",
    "apply_url",
]


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings, tmp_path):
    """Run tasks in the request that queues them, and keep uploads in a temporary folder."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {
        **settings.CACHES,
        "progress": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }


def job_row(number, **overrides):
    return {
        "external_id": f"feed-{number}",
        "title": f"Data Engineer {number}",
        "company": "Pipelines Ltd",
        "location": "Berlin, Germany",
        "employment_types": "full_time",
        "seniority": "mid",
        "salary_min": "60000",
        "salary_max": "80000",
        "salary_currency": "EUR",
        "description": "Build **pipelines**.",
        "apply_url": f"https://pipelines.example/jobs/{number}",
        **overrides,
    }


def csv_upload(rows, name="jobs.csv"):
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=HEADER)
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, text.getvalue().encode(), content_type="text/csv")


def upload(client, rows, capture, **data):
    with capture(execute=True):
        return client.post(reverse(UPLOAD), {"file": csv_upload(rows), **data})


def confirm(client, run, capture):
    with capture(execute=True):
        return client.post(run.get_absolute_url())


def test_the_postings_list_links_to_the_import(staff_client):
    page = staff_client.get(reverse("admin:postings_jobposting_changelist"))
    assert reverse(UPLOAD).encode() in page.content


def test_upload_check_confirm_import(staff_client, django_capture_on_commit_callbacks):
    rows = [job_row(1), job_row(2), job_row(3)]
    response = upload(staff_client, rows, django_capture_on_commit_callbacks)

    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == run.get_absolute_url()
    assert run.status == ImportRun.Status.CHECKED
    assert (run.rows, run.to_create, run.to_update, run.error_count) == (3, 3, 0, 0)
    assert run.created_by.get_username() == "editor"
    assert run.file_name == "jobs.csv"
    assert not JobPosting.objects.exists()  # nothing before the confirmation

    report = staff_client.get(run.get_absolute_url()).content.decode()
    assert "What importing this file would do" in report
    assert "Import 3 rows" in report

    confirm(staff_client, run, django_capture_on_commit_callbacks)
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE
    assert run.to_create == 3
    assert run.import_seconds is not None
    assert run.finished_at is not None
    assert JobPosting.objects.visible().count() == 3
    assert Company.objects.get().name == "Pipelines Ltd"
    assert "What the import did" in staff_client.get(run.get_absolute_url()).content.decode()


def test_a_second_upload_of_a_changed_file_updates(
    staff_client, django_capture_on_commit_callbacks
):
    upload(staff_client, [job_row(1), job_row(2)], django_capture_on_commit_callbacks)
    confirm(staff_client, ImportRun.objects.get(), django_capture_on_commit_callbacks)

    upload(
        staff_client,
        [job_row(1), job_row(2, title="Lead Data Engineer")],
        django_capture_on_commit_callbacks,
    )
    second = ImportRun.objects.first()
    assert (second.to_create, second.to_update, second.unchanged) == (0, 1, 1)
    confirm(staff_client, second, django_capture_on_commit_callbacks)
    assert JobPosting.objects.get(external_id="feed-2").title == "Lead Data Engineer"
    assert JobPosting.objects.count() == 2


def test_invalid_rows_are_reported_by_row_number(staff_client, django_capture_on_commit_callbacks):
    rows = [job_row(1), job_row(2, seniority="guru"), job_row(3, apply_url="javascript:x")]
    upload(staff_client, rows, django_capture_on_commit_callbacks)
    run = ImportRun.objects.get()

    assert run.status == ImportRun.Status.CHECKED
    assert run.error_count == 2
    assert [number for number, _ in run.errors] == [3, 4]
    page = staff_client.get(run.get_absolute_url()).content.decode()
    assert "seniority: &#x27;guru&#x27; is not one of entry, mid, senior, executive." in page
    assert "Import 1 valid row, skip 2" in page

    confirm(staff_client, run, django_capture_on_commit_callbacks)
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE
    assert list(JobPosting.objects.values_list("external_id", flat=True)) == ["feed-1"]


def test_a_file_that_cannot_be_read_fails_with_its_reason(
    staff_client, django_capture_on_commit_callbacks
):
    bad = SimpleUploadedFile("jobs.json", b'{"not": "an array"}')
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reverse(UPLOAD), {"file": bad})
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert "must hold one array of objects" in run.message
    page = staff_client.get(run.get_absolute_url()).content.decode()
    assert "must hold one array of objects" in page
    assert "confirm-import" not in page


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("jobs.txt", b"external_id\n", "Upload a .csv or .json file."),
        ("jobs.csv", b"", "The submitted file is empty."),
    ],
)
def test_unusable_uploads_are_form_errors(staff_client, name, content, message):
    response = staff_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportRun.objects.exists()


def test_an_upload_over_the_size_limit_is_refused(staff_client, settings):
    settings.IMPORT_MAX_BYTES = 10
    response = staff_client.post(reverse(UPLOAD), {"file": csv_upload([job_row(1)])})
    assert "The file is larger than 10" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_confirming_twice_imports_once(staff_client, django_capture_on_commit_callbacks):
    upload(staff_client, [job_row(1)], django_capture_on_commit_callbacks)
    run = ImportRun.objects.get()
    confirm(staff_client, run, django_capture_on_commit_callbacks)
    response = confirm(staff_client, run, django_capture_on_commit_callbacks)
    messages = [m.message for m in response.wsgi_request._messages]
    assert "This file is not waiting for confirmation." in messages
    assert JobPosting.objects.count() == 1


def test_progress_answers_json(staff_client, django_capture_on_commit_callbacks):
    upload(staff_client, [job_row(1)], django_capture_on_commit_callbacks)
    run = ImportRun.objects.get()
    data = staff_client.get(reverse("admin:postings_importrun_progress", args=[run.pk])).json()
    assert data == {
        "status": "checked",
        "status_label": "Checked, waiting for confirmation",
        "running": False,
        "rows": 1,
        "fraction": 1.0,
    }


def test_a_running_import_shows_a_progress_bar(staff_client, django_user_model):
    run = ImportRun.objects.create(
        file=SimpleUploadedFile("jobs.csv", b"x"),
        file_name="jobs.csv",
        file_format="csv",
        status=ImportRun.Status.IMPORTING,
        rows=4000,
    )
    tasks.reporter(run, total=run.rows)(1000, None)
    page = staff_client.get(run.get_absolute_url()).content.decode()
    assert 'value="0.250"' in page
    assert "Imported 1,000 rows so far of 4,000." in page
    assert "js/import-progress.js" in page


def test_imports_need_the_right_to_add_and_change_postings(django_user_model):
    user = django_user_model.objects.create_user("editor2", password="a-long-test-password")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    assert client.get(reverse(UPLOAD)).status_code == 403
    assert client.get(reverse("admin:postings_importrun_changelist")).status_code == 403

    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_jobposting", "change_jobposting"])
    )
    user = django_user_model.objects.get(pk=user.pk)  # permissions are cached per object
    client.force_login(user)
    assert client.get(reverse(UPLOAD)).status_code == 200


def test_job_managers_may_import(django_user_model):
    user = django_user_model.objects.create_user("manager", password="a-long-test-password")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Job managers"))
    client = Client()
    client.force_login(user)
    assert client.get(reverse(UPLOAD)).status_code == 200
    assert client.get(reverse("admin:postings_importrun_changelist")).status_code == 200
