from django.core.management.base import BaseCommand

from alerts import services


class Command(BaseCommand):
    help = (
        "Find the new jobs of every job alert that is due and queue one digest e-mail per "
        "address; queue again digests that failed or lost their task; delete alerts not "
        "confirmed within a week. Safe to run at any time and any number of times: run it "
        "from cron or a timer, e.g. hourly."
    )

    def handle(self, *args, **options):
        removed = services.remove_unconfirmed()
        found = services.collect()
        retried = services.requeue()
        invalid = f", {found.invalid_searches} no longer valid" if found.invalid_searches else ""
        self.stdout.write(
            f"Alerts due: {found.due} ({counted(found.searches, 'distinct search', 'es')}"
            f"{invalid}); jobs published in their window: {found.candidates}.\n"
            f"New jobs for {counted(found.alerts_with_news, 'alert')} "
            f"({found.deliveries} in all); digests queued: {found.digests}; "
            f"queued again: {retried}; unconfirmed alerts removed: {removed}. "
            f"({found.seconds:.1f} s)"
        )


def counted(number, noun, plural="s"):
    return f"{number} {noun}{'' if number == 1 else plural}"
