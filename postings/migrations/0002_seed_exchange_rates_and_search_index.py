"""Seed the common currencies and, on PostgreSQL, index the full-text search column."""

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


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS posting_search_gin "
            "ON postings_jobposting USING gin (search_vector)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS posting_search_gin")


class Migration(migrations.Migration):
    dependencies = [("postings", "0001_initial")]

    operations = [
        migrations.RunPython(seed_rates, unseed_rates),
        migrations.RunPython(create_search_index, drop_search_index),
    ]
