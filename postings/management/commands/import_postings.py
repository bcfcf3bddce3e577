from django.core.management.base import BaseCommand, CommandError

from postings.importing import FORMATS, ImportFailed, PostingImport


class Command(BaseCommand):
    help = (
        "Import job postings from a CSV or JSON file, updating those already imported "
        "(matched by external_id). Every row is checked first; by default one invalid "
        "row stops the whole import. The columns are listed in postings/importing.py."
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
        skip_invalid = options["skip_invalid"]
        try:
            job = PostingImport(options["file"], options["format"], progress=self.stderr.write)
            checked = job.check()
            for row, reason in checked.errors.items():
                self.stderr.write(f"{'Skipped row' if skip_invalid else 'Row'} {row}: {reason}")
            if checked.errors and not skip_invalid:
                count = len(checked.errors)
                raise CommandError(
                    f"{count} invalid row{'s' if count != 1 else ''}; nothing imported."
                )
            if options["dry_run"]:
                self.stdout.write(
                    f"Dry run, nothing written: would create {checked.created}, "
                    f"update {checked.updated}, skip {checked.skipped}."
                )
                return
            result = job.write(checked)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Imported: created {result.created}, updated {result.updated}, "
            f"skipped {result.skipped}."
        )
