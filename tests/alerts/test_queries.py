"""What the alert pages and a send_alerts run cost in queries: fixed, whatever the number of
alerts, addresses or jobs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alerts import links, services

from .conftest import path_of

pytestmark = pytest.mark.django_db


def test_the_subscribe_page_reads_the_count_and_the_roles_it_names(
    client, role_factory, django_assert_num_queries
):
    role_factory(slug="data-scientist")
    with django_assert_num_queries(1):  # the search's count
        assert client.get("/alerts/new/?seniority=senior&workplace=remote").status_code == 200
    with django_assert_num_queries(2):  # and the roles, to check and name the one chosen
        assert client.get("/alerts/new/?role=data-scientist").status_code == 200


@pytest.mark.parametrize("alerts", [1, 6])
def test_the_manage_page_costs_the_same_for_one_alert_or_many(
    active_alert, client, django_assert_num_queries, alerts, settings
):
    settings.ALERT_REQUESTS_PER_ADDRESS_DAY = 10
    searches = [
        "seniority=senior",
        "workplace=remote",
        "type=contract",
        "seniority=entry",
        "min_salary=90000&currency=GBP",
        "q=python",
    ]
    alert = None
    for query in searches[:alerts]:
        alert = active_alert(query)
    url = path_of(links.manage_url(alert.subscriber))
    # The address, its alerts with their searches, and the exchange rates when a search
    # names a currency.
    with django_assert_num_queries(2 if alerts == 1 else 3):
        assert client.get(url).status_code == 200


def count_queries(run):
    with CaptureQueriesContext(connection) as queries:
        run()
    return len(queries)


def test_a_run_costs_the_same_queries_for_ten_alerts_or_a_hundred(
    active_alert, posting_factory, django_capture_on_commit_callbacks
):
    def make(count, start):
        for n in range(start, start + count):
            active_alert(["seniority=senior", "workplace=remote"][n % 2], email=f"p{n}@example.com")

    posting_factory(seniority="senior", workplace="remote")
    make(10, 0)
    few = count_queries(lambda: services.collect(enqueue=False))
    make(100, 10)
    many = count_queries(lambda: services.collect(enqueue=False))
    assert few == many
