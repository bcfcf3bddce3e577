"""The job search as a seeker uses it, in Chromium at phone and desktop widths: results
first on a phone, filters that apply themselves, the honest salary sort, and the jobs you
can do from Germany. Screenshots go to $SCREENSHOT_DIR when it is set."""

import os
import re
from pathlib import Path

import pytest
from django.http import QueryDict

from postings.search import JobSearch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"viewport": {"width": 1440, "height": 900}}
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True}


def shoot(page, name):
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}.png", full_page=False)


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_page(options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def test_on_a_phone_results_come_first_and_filters_apply_themselves(
    live_server, open_page, demo_content
):
    page = open_page(PHONE)
    page.goto(live_server.url + "/jobs/")
    first_card = page.locator(".job-card").first.bounding_box()
    assert first_card["y"] < 740  # the first result is on the first screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    toggle = page.locator("summary.filters-toggle")
    assert toggle.is_visible()
    assert not page.get_by_role("checkbox", name="Senior-level / Expert").is_visible()
    shoot(page, "jobs-375-closed")

    toggle.click()
    page.get_by_role("checkbox", name="Senior-level / Expert").check()  # applies by itself
    page.wait_for_url(re.compile(r"/jobs/\?seniority=senior$"))
    # The panel is open again where the reader was, with the count of filters in use.
    senior = page.get_by_role("checkbox", name="Senior-level / Expert")
    assert senior.is_checked()
    assert senior.is_visible()
    toggle_text = " ".join(page.locator("summary.filters-toggle").inner_text().split())
    assert toggle_text == "Filters (1) in use"
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # open, still fits
    count = page.locator("label.check", has=senior).locator(".count").bounding_box()
    assert count["x"] + count["width"] <= 375
    shoot(page, "jobs-375-open")

    page.goto(live_server.url + "/jobs/?seniority=senior")
    page.get_by_label("Keywords").fill("data")
    page.get_by_role("button", name="Search jobs").click()
    page.wait_for_url(re.compile(r"/jobs/\?q=data&seniority=senior$"))  # no location=, sort=


def test_on_a_wide_screen_the_filters_stay_beside_the_results(live_server, open_page, demo_content):
    page = open_page(DESKTOP)
    page.goto(live_server.url + "/jobs/")
    assert not page.locator("summary.filters-toggle").is_visible()
    filters = page.locator(".filters legend").first.bounding_box()
    card = page.locator(".job-card").first.bounding_box()
    assert filters["x"] < card["x"]
    assert abs(filters["y"] - card["y"]) < 150
    shoot(page, "jobs-1440")


def test_without_javascript_the_filters_still_open_and_apply(live_server, browser, demo_content):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/jobs/")
        page.locator("summary.filters-toggle").click()
        page.get_by_role("checkbox", name="Remote").check()
        page.get_by_role("button", name="Apply filters").click()
        # The form sends every field; the server answers with the tidy address.
        page.wait_for_url(re.compile(r"/jobs/\?workplace=remote$"))
        assert page.locator(".chip").first.inner_text().startswith("Remote")
    finally:
        context.close()


@pytest.mark.parametrize("options", [PHONE, DESKTOP], ids=["375", "1440"])
def test_highest_salary_sorts_by_salary_only(live_server, open_page, demo_content, options):
    page = open_page(options)
    page.goto(live_server.url + "/jobs/")
    page.get_by_label("Sort by").select_option("salary")
    page.wait_for_url(re.compile(r"/jobs/\?sort=salary$"))
    titles = page.locator(".job-card .card-title a").all_inner_texts()
    expected = [posting.title for posting in JobSearch(QueryDict("sort=salary")).results[0:20]]
    assert titles == expected
    # No featured job is pinned above a higher salary: the first card pays the most.
    first = JobSearch(QueryDict("sort=salary")).results[0:1][0]
    assert titles[0] == first.title
    assert page.locator(".job-card .annual").count() >= 1  # hourly rates as a year's pay
    assert page.locator(".job-card .annual").first.inner_text().startswith("(≈ USD")
    shoot(page, f"salary-sort-{options['viewport']['width']}")


@pytest.mark.parametrize("options", [PHONE, DESKTOP], ids=["375", "1440"])
def test_remote_jobs_you_can_do_from_germany(live_server, open_page, demo_content, options):
    page = open_page(options)
    page.goto(live_server.url + "/jobs/")
    if page.locator("summary.filters-toggle").is_visible():
        page.locator("summary.filters-toggle").click()
    page.get_by_label("Where you can work from").select_option("DE")
    page.wait_for_url(re.compile(r"/jobs/\?country=DE$"))
    page.get_by_role("checkbox", name="Remote").check()
    page.wait_for_url(re.compile(r"/jobs/\?workplace=remote&country=DE$"))
    assert page.locator("h1").inner_text() == "Jobs you can do from Germany"
    found = page.locator(".job-card").count()
    expected = JobSearch(QueryDict("workplace=remote&country=DE")).queryset.count()
    assert found == min(expected, 20)
    assert found >= 5
    tags = page.locator(".job-card .tags").all_inner_texts()
    assert any("Remote from European Union" in tag for tag in tags)
    assert any("Remote from anywhere" in tag for tag in tags)
    page.locator(".results").scroll_into_view_if_needed()
    shoot(page, f"remote-de-{options['viewport']['width']}")


@pytest.mark.parametrize("options", [PHONE, DESKTOP], ids=["375", "1440"])
def test_salary_page_reads_on_phone_and_desktop(live_server, open_page, demo_content, options):
    page = open_page(options)
    page.goto(live_server.url + "/salaries/data-scientist/")
    width = options["viewport"]["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # The median column is in view without scrolling sideways.
    median = page.locator("#seniority-heading ~ div th:text('Median')").first
    box = median.bounding_box()
    assert box["x"] + box["width"] <= width
    # Chart labels render at 12 px or more.
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('figure.chart text')]
            .filter((t) => t.getBoundingClientRect().height > 0)
            .map((t) => t.getBoundingClientRect().height)"""
    )
    assert sizes
    assert min(sizes) >= 12
    shoot(page, f"salary-page-{width}")
    page.locator("#distribution-heading").scroll_into_view_if_needed()
    shoot(page, f"salary-page-chart-{width}")
    page.locator("#seniority-heading").scroll_into_view_if_needed()
    shoot(page, f"salary-page-tables-{width}")
