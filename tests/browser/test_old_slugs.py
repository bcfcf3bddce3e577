"""An editor changes a role's slug in admin; every old address still leads to the role,
at phone and desktop widths. Screenshots go to $SCREENSHOT_DIR when it is set."""

import re

import pytest

from roles.models import Role

from .test_job_search import DESKTOP, PHONE, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


def test_an_editor_renames_a_slug_and_old_links_still_work(
    live_server, browser, django_user_model, demo_content
):
    django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)
    role = Role.objects.get(slug="data-scientist")
    editor = browser.new_context(**DESKTOP)
    try:
        page = editor.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.goto(live_server.url + f"/admin/roles/role/{role.pk}/change/")
        page.fill("#id_slug", "data-scientists")
        page.click("input[name=_save]")
        page.wait_for_url(re.compile(r"/admin/roles/role/$"))
    finally:
        editor.close()

    for name, options in (("375", PHONE), ("1440", DESKTOP)):
        reader = browser.new_context(**options)
        try:
            page = reader.new_page()
            for old, new in (
                ("/roles/data-scientist/", "/roles/data-scientists/"),
                ("/salaries/data-scientist/", "/salaries/data-scientists/"),
                ("/jobs/?role=data-scientist", "/jobs/?role=data-scientists"),
                (
                    "/insights/data-scientist-vs-lead-machine-learning-engineer/",
                    "/insights/data-scientists-vs-lead-machine-learning-engineer/",
                ),
            ):
                response = page.goto(live_server.url + old)
                assert response.status == 200
                assert page.url == live_server.url + new
            shoot(page, f"renamed-article-{name}")
        finally:
            reader.close()
