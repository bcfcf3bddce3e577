"""Alerts and /jobs/ agree: SearchMatcher finds, for many searches at once, exactly the jobs
JobSearch finds for each."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone

from postings.models import JobPosting
from postings.search import JobSearch, SearchMatcher

SEARCHES = [
    "",
    "seniority=senior",
    "seniority=senior&seniority=mid&workplace=remote",
    "type=contract&type=part_time",
    "role=data-scientist",
    "role=data-scientist&role=machine-learning-engineer&workplace=hybrid",
    "min_salary=80000&currency=EUR",
    "min_salary=150000",
    "q=python",
    "q=engineer&seniority=senior",
    "location=berlin",
    "country=DE",
    # Remote jobs open to Germany, to a region containing it (EU, Europe) or to anyone.
    "country=DE&workplace=remote",
    "location=Europe",
    "country=US&workplace=onsite",
    "featured=on",
    "salary_stated=on&seniority=entry",
    "posted_within=7",
    "sort=salary&workplace=remote",
    "company=tessellate-labs",
    "seniority=executive&min_salary=1000000&currency=JPY",
]


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_content")
def test_alert_matching_finds_what_the_job_list_finds_for_every_search():
    since = timezone.now() - datetime.timedelta(days=20)
    window = JobPosting.objects.visible().filter(published_at__gt=since)
    matcher = SearchMatcher(window)
    assert window.count() > 30  # the demo content spans the window
    for query in SEARCHES:
        search = JobSearch(QueryDict(query))
        assert search.is_valid, query
        expected = set(search.queryset.filter(published_at__gt=since).values_list("pk", flat=True))
        assert matcher.ids(search.normalized_query) == expected, query
    nonempty = [q for q in SEARCHES if matcher.ids(JobSearch(QueryDict(q)).normalized_query)]
    assert len(nonempty) >= 12  # the table tests matches, not just empty sets


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_content")
def test_matching_runs_a_query_per_distinct_filter_value_not_per_search(
    django_assert_num_queries,
):
    window = JobPosting.objects.visible()
    matcher = SearchMatcher(window)
    queries = [
        JobSearch(QueryDict(f"seniority={s}&workplace={w}")).normalized_query
        for s in ["entry", "mid", "senior"]
        for w in ["remote", "hybrid", "onsite"]
    ]
    # 3 seniorities + 3 workplaces = 6 filter values for 9 searches.
    with django_assert_num_queries(6):
        for query in queries:
            matcher.ids(query)
    with django_assert_num_queries(0):
        for query in queries:
            matcher.ids(query)
