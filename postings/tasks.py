"""Background work for posting imports started from admin.

An upload is checked first (a dry run: counts and row errors, nothing written), then,
once staff confirm, imported. Each step runs in a task worker (``manage.py db_worker``),
reports its progress through the "progress" cache, and records its outcome on the
ImportRun.
"""

from django.core.cache import caches
from django.utils import timezone
from django_tasks import task

from .importing import ImportFailed, run_import
from .models import ImportRun

PROGRESS_SECONDS = 6 * 60 * 60


def progress_key(run_id):
    return f"import-run:{run_id}"


def progress_of(run_id):
    """Return {"rows": rows read so far, "fraction": share done or None} of a run."""
    return caches["progress"].get(progress_key(run_id)) or {"rows": 0, "fraction": None}


def reporter(run, total=None):
    """Return a progress callback for run_import that records how far ``run`` got."""

    def report(rows, fraction):
        if total:
            fraction = rows / total
        caches["progress"].set(
            progress_key(run.pk), {"rows": rows, "fraction": fraction}, PROGRESS_SECONDS
        )

    return report


def start_check(run):
    """Queue the check of a new upload."""
    # A run's progress starts from nothing, whatever an earlier database left behind.
    caches["progress"].delete(progress_key(run.pk))
    check_import.enqueue(run.pk)


def start_import(run, *, skip_invalid):
    """Queue the import of a checked upload; return False when it is not waiting for it
    (a second click, or another editor was first)."""
    started = ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.CHECKED).update(
        status=ImportRun.Status.IMPORTING,
        skip_invalid=skip_invalid,
        confirmed_at=timezone.now(),
    )
    if started:
        caches["progress"].delete(progress_key(run.pk))
        import_file.enqueue(run.pk)
    return bool(started)


@task()
def check_import(run_id):
    run = ImportRun.objects.get(pk=run_id)
    try:
        # Every valid row is counted; staff then choose whether invalid rows stop it.
        result = import_run_file(run, dry_run=True, skip_invalid=True, progress=reporter(run))
    except ImportFailed as error:
        return finish(run, ImportRun.Status.FAILED, message=str(error))
    return finish(run, ImportRun.Status.CHECKED, result=result, seconds="check_seconds")


@task()
def import_file(run_id):
    run = ImportRun.objects.get(pk=run_id)
    try:
        result = import_run_file(
            run, skip_invalid=run.skip_invalid, progress=reporter(run, total=run.rows)
        )
    except ImportFailed as error:
        return finish(run, ImportRun.Status.FAILED, message=str(error))
    status = ImportRun.Status.DONE if result.written else ImportRun.Status.REFUSED
    return finish(run, status, result=result, seconds="import_seconds")


def import_run_file(run, **options):
    """Return what run_import() makes of the run's uploaded file with these options."""
    with run.file.open("rb") as file:
        return run_import(file, file_format=run.file_format, **options)


def finish(run, status, *, result=None, seconds=None, message=""):
    """Record the outcome of a step on the run; return its status."""
    run.status, run.message = status, message
    if result is not None:
        run.rows = result.rows
        run.to_create, run.to_update, run.unchanged = (
            result.created,
            result.updated,
            result.unchanged,
        )
        run.error_count = result.error_count
        run.errors = [[number, reason] for number, reason in result.errors.items()]
        setattr(run, seconds, result.seconds)
    if status != ImportRun.Status.CHECKED:
        run.finished_at = timezone.now()
    run.save()
    return status
