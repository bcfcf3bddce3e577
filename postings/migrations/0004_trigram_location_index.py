"""On PostgreSQL, index the location text for the /jobs/ "location" filter, which looks
for a word anywhere in the location or city (a trigram index serves such patterns)."""

from django.db import migrations

SQL = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX posting_pub_location_trgm ON postings_jobposting
    USING gin ((UPPER(location::text)) gin_trgm_ops) WHERE status = 'published';
CREATE INDEX posting_pub_city_trgm ON postings_jobposting
    USING gin ((UPPER(city::text)) gin_trgm_ops) WHERE status = 'published';
"""
REVERSE_SQL = """
DROP INDEX IF EXISTS posting_pub_location_trgm;
DROP INDEX IF EXISTS posting_pub_city_trgm;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SQL)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [("postings", "0003_indexes_for_visible_postings")]

    operations = [migrations.RunPython(create, drop)]
