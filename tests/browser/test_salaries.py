import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", ["page", "phone_page"])
def test_salary_chart_renders_at_phone_and_desktop_widths(
    live_server, request, demo_content, viewport
):
    page = request.getfixturevalue(viewport)
    page.goto(live_server.url + "/salaries/data-scientist/")
    chart = page.locator("figure.chart svg")
    box = chart.bounding_box()
    viewport_width = page.viewport_size["width"]
    assert 250 < box["width"] <= viewport_width
    assert box["height"] > 100
    bars = page.locator("figure.chart rect.bar")
    assert bars.count() > 3
    tallest = max(bars.nth(i).bounding_box()["height"] for i in range(bars.count()))
    assert tallest > 0.5 * box["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport_width
    assert chart.get_attribute("role") == "img"
