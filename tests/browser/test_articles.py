import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REFERENCE = "/insights/data-scientist-vs-lead-machine-learning-engineer/"


def in_viewport(page, selector):
    return page.eval_on_selector(
        selector,
        """el => { const r = el.getBoundingClientRect();
                   return r.top >= 0 && r.top < window.innerHeight; }""",
    )


def test_table_of_contents_link_brings_its_section_into_view(live_server, page, demo_content):
    page.goto(live_server.url + REFERENCE)
    assert not in_viewport(page, "#tips-heading")
    page.get_by_role("link", name="Practical Tips for Getting Started").click()
    page.wait_for_function("location.hash === '#tips'")
    assert in_viewport(page, "#tips-heading")
    assert page.locator("#tips li").count() >= 10


def test_columns_sit_side_by_side_on_desktop_and_stack_on_phones(
    live_server, page, phone_page, demo_content
):
    def column_tops(p):
        p.goto(live_server.url + REFERENCE)
        return [box["y"] for box in (c.bounding_box() for c in p.locator("#skills .column").all())]

    left, right = column_tops(page)
    assert left == right
    top, bottom = column_tops(phone_page)
    assert bottom > top
    # Nothing sticks out sideways on a 375 px screen.
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375


def test_skip_link_is_the_first_stop_for_keyboard_users(live_server, page, demo_content):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    assert page.locator(".skip-link").is_visible()
