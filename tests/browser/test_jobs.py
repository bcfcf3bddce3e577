import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def jobs(posting_factory):
    posting_factory(
        title="Senior Well Paid", seniority="senior", salary_min=150_000, salary_max=200_000
    )
    posting_factory(title="Senior Modest", seniority="senior", salary_min=60_000, salary_max=70_000)
    posting_factory(
        title="Junior Well Paid", seniority="entry", salary_min=140_000, salary_max=160_000
    )


def card_titles(page):
    return sorted(page.locator(".job-card .card-title a").all_inner_texts())


def test_filter_by_seniority_and_salary_then_remove_a_chip(live_server, page, jobs):
    page.goto(live_server.url + "/jobs/")
    assert len(card_titles(page)) == 3
    page.get_by_role("checkbox", name="Senior-level / Expert").check()  # applies by itself
    page.wait_for_url(re.compile(r"/jobs/\?seniority=senior$"))
    page.get_by_label("Minimum salary a year").fill("100000")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"min_salary=100000"))
    page.wait_for_load_state()
    assert card_titles(page) == ["Senior Well Paid"]
    assert page.locator(".result-count").inner_text() == "1 job"
    assert "seniority=senior" in page.url
    assert "min_salary=100000" in page.url

    page.get_by_role("link", name="Remove filter Senior-level / Expert").click()
    page.wait_for_load_state()
    assert card_titles(page) == ["Junior Well Paid", "Senior Well Paid"]
    assert page.get_by_label("Minimum salary a year").input_value() == "100000"


def test_job_list_is_usable_on_a_phone(live_server, phone_page, jobs):
    phone_page.goto(live_server.url + "/jobs/")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375
    assert phone_page.locator(".job-card").count() == 3
