"""Measure a send_alerts run: 100,000 confirmed alerts on varied searches against 1,000 new
postings, matched and their digests queued, on PostgreSQL.

    make bench-alerts              # or: .venv/bin/python bench/alert_matching.py --alerts 100000

The database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/jobboard_bench_alerts) is dropped and created, migrated
and given the demo roles, then 20,000 generated postings of which exactly 1,000 went live
since the alerts' last check (the rest earlier than their window). The alerts are spread
over 70% as many addresses, 90% daily and 10% weekly, each on a search of one to four
filters drawn from roles, seniority, workplace, employment type, country, a salary
minimum in USD, EUR or GBP, and keywords, as seekers combine them. Setup writes rows
directly; the run is `alerts.services.collect()` with the database task backend, timed
in its own process with its peak memory. Results go to bench/alerts-results.json. A
measurement, not a test.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project first: this folder (on the path as the script's own) holds no app.
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable

ROLES = [
    "data-scientist",
    "lead-machine-learning-engineer",
    "data-engineer",
    "data-analyst",
    "machine-learning-engineer",
    "mlops-engineer",
    "data-architect",
]
KEYWORDS = ["python", "sql", "spark", "llm", "pytorch", "forecasting", "platform", "vision"]
COUNTRIES = ["US", "GB", "DE", "FR", "NL", "CA", "IN", "ES", "CH", "SG"]
SENIORITIES = ["entry", "mid", "senior", "executive"]
WORKPLACES = ["hybrid", "onsite", "remote"]
TYPES = ["contract", "full_time", "internship", "part_time", "temporary"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000)
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--step", choices=["setup", "measure"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        return step(args)
    sys.path.append(str(ROOT / "bench"))
    from import_feed import environment, manage, recreate_postgres

    url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jobboard_bench_alerts"
    )
    env = {**environment(url), "TASKS_BACKEND": "database"}
    recreate_postgres(url)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_demo")
    manage(env, "generate_postings", "--count", str(args.postings))
    started = time.perf_counter()
    results = {}
    for name in ["setup", "measure"]:  # each in its own process, with its own peak memory
        process = subprocess.run(
            [
                PYTHON,
                __file__,
                "--step",
                name,
                "--alerts",
                str(args.alerts),
                "--new",
                str(args.new),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            check=False,
        )
        if process.returncode != 0:
            raise SystemExit(f"The {name} step failed.")
        results.update(json.loads(process.stdout.strip().splitlines()[-1]))
    results.update(
        {
            "cpus": os.cpu_count(),
            "load_after": round(os.getloadavg()[0], 2),
            "total_seconds_with_setup": round(time.perf_counter() - started, 1),
        }
    )
    out = ROOT / "bench" / "alerts-results.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for key, value in results.items():
        print(f"{key}: {value}")
    print(f"\nWritten to {out.relative_to(ROOT)}")


def search(rng):
    """Return a canonical query string of one to four filters, as JobSearch normalizes it:
    parameters in the filters' order, options sorted."""
    chosen = rng.sample(
        ["q", "role", "seniority", "type", "workplace", "country", "salary"],
        rng.choice([1, 2, 2, 3, 3, 4]),
    )
    parts = []
    if "q" in chosen:
        parts.append(f"q={rng.choice(KEYWORDS)}")
    if "role" in chosen:
        parts += [f"role={slug}" for slug in sorted(rng.sample(ROLES, rng.choice([1, 1, 2])))]
    if "seniority" in chosen:
        parts += [f"seniority={s}" for s in sorted(rng.sample(SENIORITIES, rng.choice([1, 2])))]
    if "type" in chosen:
        parts.append(f"type={rng.choice(TYPES)}")
    if "workplace" in chosen:
        parts += [f"workplace={w}" for w in sorted(rng.sample(WORKPLACES, rng.choice([1, 2])))]
    if "country" in chosen:
        parts.append(f"country={rng.choice(COUNTRIES)}")
    if "salary" in chosen:
        currency = rng.choice(["USD", "USD", "EUR", "GBP"])
        parts.append(f"min_salary={rng.randrange(40, 220, 10) * 1000}&currency={currency}")
    return "&".join(parts)


def step(args):
    import datetime

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")
    django.setup()
    import resource

    from django.db import connection
    from django.http import QueryDict
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from alerts import services
    from alerts.models import Alert, SavedSearch, Subscriber
    from postings.filters import Lookups
    from postings.models import JobPosting
    from postings.search import JobSearch

    if args.step == "measure":
        started = time.perf_counter()
        collected = services.collect()
        seconds = time.perf_counter() - started
        print(
            json.dumps(
                {
                    "alerts": Alert.objects.count(),
                    "addresses": Subscriber.objects.count(),
                    "distinct_searches": collected.searches,
                    "postings_in_window": collected.candidates,
                    "postings_in_database": JobPosting.objects.count(),
                    "alerts_with_new_jobs": collected.alerts_with_news,
                    "jobs_listed": collected.deliveries,
                    "digests_queued": collected.digests,
                    "tasks_queued": DBTaskResult.objects.count(),
                    "seconds": round(seconds, 1),
                    "target_seconds": 60,
                    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                }
            )
        )
        return

    rng = random.Random(7)
    now = timezone.now()
    day = datetime.timedelta(days=1)
    # Exactly ``new`` postings went live since the last check; every other one before the
    # alerts' window (the last check less the allowance for late jobs).
    visible = list(JobPosting.objects.visible().values_list("pk", flat=True))
    fresh = set(rng.sample(visible, args.new))
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE postings_jobposting SET published_at = %s - (id %% 20 + 4) * interval '1 day'"
            " WHERE status = 'published'",
            [now],
        )
        cursor.execute(
            "UPDATE postings_jobposting SET published_at = %s - (id %% 1380 + 1) * interval "
            "'1 minute', status = 'published', expires_at = %s WHERE id = ANY(%s)",
            [now, now + 20 * day, list(fresh)],
        )
        cursor.execute("ANALYZE")

    queries = [search(rng) for _ in range(args.alerts)]
    lookups = Lookups()
    for query in rng.sample(queries, 300):  # the bench writes them as /jobs/ would
        normalized = JobSearch(QueryDict(query), lookups=lookups).normalized_query
        assert normalized == query, (query, normalized)
    searches = {query: SavedSearch(query=query) for query in dict.fromkeys(queries)}
    SavedSearch.objects.bulk_create(searches.values(), batch_size=5000)
    addresses = Subscriber.objects.bulk_create(
        [Subscriber(email=f"seeker{n}@example.com") for n in range(int(args.alerts * 0.7))],
        batch_size=5000,
    )
    alerts = []
    for n, query in enumerate(queries):
        subscriber = addresses[n] if n < len(addresses) else rng.choice(addresses)
        weekly = rng.random() < 0.1
        alerts.append(
            Alert(
                subscriber=subscriber,
                search=searches[query],
                frequency="weekly" if weekly else "daily",
                status="active",
                confirmed_at=now - 30 * day,
                last_checked_at=now - (7 if weekly else 1) * day,
            )
        )
    Alert.objects.bulk_create(alerts, batch_size=5000, ignore_conflicts=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(json.dumps({"new_postings": len(fresh)}))


if __name__ == "__main__":
    main()
