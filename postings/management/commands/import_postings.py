from django.core.management.base import BaseCommand, CommandError

from postings import importing
from postings.importing import FORMATS, ImportFailed, run_import


class Command(BaseCommand):
    help = (
        "Import job postings from a CSV or JSON file, updating those already imported "
        "(matched by external_id). Every row is checked; by default one invalid row stops "
        "the whole import. The columns are listed in postings/importing.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv file with a header row or a .json array.")
        parser.add_argument(
            "--format", choices=FORMATS, help="Read the file as this format, whatever its name."
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the valid rows and report the invalid ones instead of stopping.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; write nothing."
        )

    def handle(self, *args, **options):
        skip_invalid, dry_run = options["skip_invalid"], options["dry_run"]
        verb = "Checked" if dry_run else "Read"

        def progress(rows, fraction):
            if rows % importing.BATCH_SIZE == 0:  # a whole batch; the last one ends in the summary
                self.stderr.write(f"{verb} {rows:,} rows…")

        def on_error(number, reason):
            self.stderr.write(f"{'Skipped row' if skip_invalid else 'Row'} {number}: {reason}")

        try:
            result = run_import(
                options["file"],
                file_format=options["format"],
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                progress=progress,
                on_error=on_error,
            )
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if result.error_count and not skip_invalid:
            count = result.error_count
            raise CommandError(f"{count} invalid row{'s' if count != 1 else ''}; nothing imported.")
        counts = (
            f"create {result.created}, update {result.updated}, "
            f"leave {result.unchanged} unchanged, skip {result.skipped}"
        )
        if dry_run:
            self.stdout.write(f"Dry run, nothing written: would {counts}.")
        else:
            self.stdout.write(
                f"Imported {result.rows:,} rows in {result.seconds:.1f} s "
                f"({result.rows_per_second:,.0f} rows/s): created {result.created}, "
                f"updated {result.updated}, unchanged {result.unchanged}, "
                f"skipped {result.skipped}."
            )
