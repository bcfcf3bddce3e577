"""An editor imports a file of postings from admin in Chromium, with the database task
backend and a real task worker: upload, check, report, confirm, progress, done."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from postings.models import ImportRun, JobPosting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
# Two valid jobs and one with an unknown seniority (line 4).
FEED = Path(__file__).resolve().parent.parent / "data" / "admin-import.csv"


@pytest.fixture
def worker_settings(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {
        **settings.CACHES,
        "progress": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }


def run_worker():
    """Work off every queued task, as `manage.py db_worker` does in production."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO())


def test_an_editor_imports_a_feed(live_server, page, django_user_model, worker_settings, tmp_path):
    django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.goto(live_server.url + "/admin/postings/jobposting/")
    page.get_by_role("link", name="Import postings").click()
    page.set_input_files("#id_file", str(FEED))
    page.get_by_role("button", name="Upload and check").click()

    # The check waits for the worker; the page says so and follows it.
    assert page.locator("#import-status").inner_text() == "Checking"
    assert page.locator("#import-progress").is_visible()
    run_worker()
    page.wait_for_selector("#confirm-import", timeout=15_000)
    assert page.locator("#count-create").inner_text() == "2"
    assert page.locator("#count-errors").inner_text() == "1"
    errors = page.locator("#import-errors tbody tr")
    assert errors.count() == 1
    assert errors.first.inner_text().startswith("4\tseniority: 'guru' is not one of")
    assert not JobPosting.objects.exists()

    page.locator("#confirm-import").click()
    assert page.locator("#import-status").inner_text() == "Importing"
    run_worker()
    page.wait_for_selector("#import-status[data-status=done]", timeout=15_000)
    assert page.locator("#count-create").inner_text() == "2"
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.DONE
    assert run.created_by.get_username() == "editor"
    assert sorted(JobPosting.objects.values_list("external_id", flat=True)) == ["feed-1", "feed-2"]
