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
        collected = services.collect()
        retried = services.requeue()
        invalid = collected.invalid_searches
        self.stdout.write(
            f"Alerts due: {collected.due} ({collected.searches} distinct searches"
            + (f", {invalid} no longer valid" if invalid else "")
            + f"); jobs published in their window: {collected.candidates}.\n"
            f"New jobs for {collected.alerts_with_news} alerts ({collected.deliveries} in all); "
            f"digests queued: {collected.digests}; queued again: {retried}; "
            f"unconfirmed alerts removed: {removed}. ({collected.seconds:.1f} s)"
        )
