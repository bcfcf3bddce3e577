import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from postings.models import JobPosting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-employer-password"


def path_of_link(message, fragment):
    url = re.search(rf"https?://\S*{re.escape(fragment)}\S*", message.body).group(0)
    return urlsplit(url).path


def test_an_employer_signs_up_posts_a_job_and_staff_approve_it(
    live_server, browser, django_user_model
):
    employer = browser.new_context(viewport={"width": 1280, "height": 900})
    page = employer.new_page()
    page.goto(live_server.url + "/accounts/signup/")
    page.locator("#id_email").fill("boss@northwind.example")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_load_state()
    confirm = path_of_link(mail.outbox[-1], "/accounts/confirm-email/")
    page.goto(live_server.url + confirm)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/employers/company/")

    page.locator("#id_new-name").fill("Northwind Analytics")
    page.locator("#id_new-website").fill("northwind.example")
    page.get_by_role("button", name="Create company").click()
    page.wait_for_url("**/employers/")
    page.locator("main").get_by_role("link", name="Post a job").first.click()
    page.locator("#id_title").fill("Senior Forecasting Scientist")
    page.locator("#id_seniority").select_option("senior")
    page.locator("#id_location").fill("Berlin, Germany")
    page.locator("#id_description").fill("Build **forecasts** for grocers.")
    page.locator("#id_apply_url").fill("https://northwind.example/jobs/1")
    page.get_by_role("button", name="Save and preview").click()
    page.wait_for_url("**/preview/")
    assert "not visible to the public" in page.locator(".preview-banner").inner_text()
    page.get_by_role("button", name="Submit for review").click()
    page.wait_for_url("**/employers/")
    assert "Pending review" in page.locator("tbody").inner_text()

    # A superuser: transactional tests empty the tables, the migration-made groups too.
    django_user_model.objects.create_superuser(
        "reviewer", "reviewer@board.example", "a-long-test-password"
    )
    admin = browser.new_context(viewport={"width": 1280, "height": 900})
    reviewer = admin.new_page()
    reviewer.goto(live_server.url + "/admin/login/")
    reviewer.get_by_label("Username").fill("reviewer")
    reviewer.get_by_label("Password").fill("a-long-test-password")
    reviewer.get_by_role("button", name="Log in").click()
    reviewer.goto(live_server.url + "/admin/employers/submission/")
    reviewer.locator("input[name=_selected_action]").first.check()
    reviewer.locator("select[name=action]").select_option("approve")
    reviewer.get_by_role("button", name="Go").click()
    reviewer.wait_for_load_state()
    assert "Approved 1." in reviewer.locator(".messagelist").inner_text()

    posting = JobPosting.objects.get()
    assert posting.is_visible
    # A person's phone: headless browsers' own user agent counts as a robot's.
    visitor = browser.new_context(
        viewport={"width": 375, "height": 740},
        user_agent="Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 Chrome/156.0 Mobile",
    )
    public = visitor.new_page()
    public.goto(live_server.url + "/jobs/")
    public.get_by_role("link", name="Senior Forecasting Scientist").click()
    public.get_by_role("link", name="Northwind Analytics").first.click()
    public.wait_for_url("**/companies/northwind-analytics/")
    assert public.get_by_role("heading", name="Northwind Analytics").is_visible()
    assert public.evaluate("document.documentElement.scrollWidth") <= 375

    page.goto(live_server.url + "/employers/")
    views = page.locator("tbody td.num").first.inner_text()
    assert int(views) >= 1  # the visitor's view of the job page
    for context in (employer, admin, visitor):
        context.close()
