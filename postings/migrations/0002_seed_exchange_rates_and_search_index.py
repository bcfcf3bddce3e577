"""Seed the common currencies and, on PostgreSQL, maintain and index the search column."""

import datetime
from decimal import Decimal

from django.db import migrations

# Approximate market rates (units of the currency one US dollar buys). Editors keep them
# current in admin; saving a rate there re-normalizes the postings in that currency.
RATES = {
    "USD": ("US dollar", "1"),
    "EUR": ("Euro", "0.92"),
    "GBP": ("Pound sterling", "0.79"),
    "CAD": ("Canadian dollar", "1.37"),
    "AUD": ("Australian dollar", "1.52"),
    "NZD": ("New Zealand dollar", "1.66"),
    "CHF": ("Swiss franc", "0.88"),
    "SEK": ("Swedish krona", "10.60"),
    "NOK": ("Norwegian krone", "10.80"),
    "DKK": ("Danish krone", "6.88"),
    "PLN": ("Polish zloty", "4.00"),
    "JPY": ("Japanese yen", "150.00"),
    "INR": ("Indian rupee", "83.50"),
    "SGD": ("Singapore dollar", "1.34"),
    "BRL": ("Brazilian real", "5.40"),
    "MXN": ("Mexican peso", "18.50"),
    "ZAR": ("South African rand", "18.20"),
}
AS_OF = datetime.date(2026, 11, 1)


def seed_rates(apps, schema_editor):
    ExchangeRate = apps.get_model("postings", "ExchangeRate")
    for code, (name, units) in RATES.items():
        ExchangeRate.objects.get_or_create(
            currency=code, defaults={"name": name, "units_per_usd": Decimal(units), "as_of": AS_OF}
        )


def unseed_rates(apps, schema_editor):
    ExchangeRate = apps.get_model("postings", "ExchangeRate")
    ExchangeRate.objects.filter(currency__in=RATES, postings__isnull=True).delete()


# PostgreSQL keeps search_vector current itself: a trigger fills it on every insert and
# update (so bulk loads need no second pass), and a GIN index serves the searches.
# Title words weigh more than company, place and description words.
SEARCH_SQL = """
CREATE FUNCTION postings_jobposting_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.search_text, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER postings_jobposting_search_vector
    BEFORE INSERT OR UPDATE OF title, search_text ON postings_jobposting
    FOR EACH ROW EXECUTE FUNCTION postings_jobposting_search_vector();

CREATE INDEX posting_search_gin ON postings_jobposting USING gin (search_vector);
"""
DROP_SEARCH_SQL = """
DROP INDEX IF EXISTS posting_search_gin;
DROP TRIGGER IF EXISTS postings_jobposting_search_vector ON postings_jobposting;
DROP FUNCTION IF EXISTS postings_jobposting_search_vector();
"""


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SEARCH_SQL)


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SEARCH_SQL)


class Migration(migrations.Migration):
    dependencies = [("postings", "0001_initial")]

    operations = [
        migrations.RunPython(seed_rates, unseed_rates),
        migrations.RunPython(create_search_index, drop_search_index),
    ]
