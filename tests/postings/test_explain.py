"""At 100,000 postings no search reads the whole postings table: every filter, alone and in
the common combinations, has an index. PostgreSQL only; the plans are read, not timed."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from postings.models import Company, JobPosting
from postings.search import JobSearch
from roles.models import Comparison, Role
from roles.seeding import seed_roles

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="query plans are PostgreSQL's"
)

SEARCHES = [
    "",
    "role=data-engineer",
    "seniority=senior",
    "type=full_time",
    "type=contract",
    "type=internship",
    "workplace=remote",
    "country=DE",
    "location=berlin",
    "min_salary=150000",
    "min_salary=100000&currency=EUR",
    "posted_within=1",
    "featured=on",
    "salary_stated=on",
    "q=forecasting",
    "sort=salary",
    "role=data-engineer&seniority=senior&country=DE",
    "role=data-scientist&workplace=remote&min_salary=120000",
    "seniority=mid&type=contract&sort=salary",
    "q=platform&country=US&seniority=senior",
    "page=4000",
]


@pytest.fixture(scope="module")
def hundred_thousand_postings(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        seed_roles()
        call_command("generate_postings", count=100_000, stdout=io.StringIO(), stderr=io.StringIO())
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        yield
        # Leave the database as the other tests expect it: the seeded rates stay. In SQL,
        # since the ORM would load every posting to send each one its post_delete signal.
        tables = [model._meta.db_table for model in (JobPosting, Company, Comparison, Role)]
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(tables)} CASCADE")


def plan_nodes(sql):
    """Return every node of a query's plan as (node type, relation)."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes, stack = [], [plan[0]["Plan"]]
    while stack:
        node = stack.pop()
        nodes.append((node["Node Type"], node.get("Relation Name")))
        stack.extend(node.get("Plans", []))
    return nodes


def queries_of_search(query):
    """Return the SQL a job list runs on the postings table for a search: the counts with
    every facet, and one page of jobs."""
    params = QueryDict(query)
    with CaptureQueriesContext(connection) as captured:
        search = JobSearch(params)
        start = 20 * (int(params.get("page", 1)) - 1)
        search.results[start : start + 20]
    assert search.is_valid, search.errors
    return [q["sql"] for q in captured.captured_queries if "postings_jobposting" in q["sql"]]


@pytest.mark.django_db
@pytest.mark.parametrize("query", SEARCHES)
def test_no_search_scans_the_postings_table(hundred_thousand_postings, query):
    queries = queries_of_search(query)
    assert len(queries) >= 2  # the counts and at least one page query
    for sql in queries:
        scans = [node for node, table in plan_nodes(sql) if table == "postings_jobposting"]
        assert "Seq Scan" not in scans, f"{query or '(no filter)'} scans the table: {sql}"
