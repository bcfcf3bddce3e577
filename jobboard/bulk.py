"""Writing many rows at once: COPY on PostgreSQL, which streams rows without building one
statement for them, and batched INSERTs elsewhere."""

import itertools

from django.db import connection

BATCH = 5000


def insert_rows(model, fields, rows, *, ignore_conflicts=False):
    """Insert ``rows`` (tuples of values for ``fields``, column attnames such as
    ``alert_id``) into ``model``'s table; return how many were written. Defaults, save()
    and signals are not applied: give every column that has no database default. With
    ``ignore_conflicts``, a row that would break a unique constraint is left out."""
    if connection.vendor == "postgresql":
        return copy_rows(model, fields, rows, ignore_conflicts)
    count = 0
    for batch in batches(rows, BATCH):
        objects = [model(**dict(zip(fields, row, strict=True))) for row in batch]
        model.objects.bulk_create(objects, ignore_conflicts=ignore_conflicts)
        count += len(batch)
    return count


def batches(iterable, size):
    """Yield lists of ``size`` items from ``iterable`` (the last one shorter), reading it
    as it goes."""
    iterator = iter(iterable)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def copy_rows(model, fields, rows, ignore_conflicts):
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    table = quote(model._meta.db_table)
    target = table
    with connection.cursor() as cursor:
        if ignore_conflicts:
            # COPY cannot skip a row; a staging table and one INSERT … ON CONFLICT can.
            target = quote(f"staging_{model._meta.db_table}")
            cursor.execute(f"DROP TABLE IF EXISTS {target}")
            cursor.execute(
                f"CREATE TEMPORARY TABLE {target} AS SELECT {columns} FROM {table} WITH NO DATA"
            )
        count = 0
        with cursor.cursor.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        if ignore_conflicts:
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {target} "
                "ON CONFLICT DO NOTHING"
            )
            count = cursor.rowcount
            cursor.execute(f"DROP TABLE {target}")
    return count
