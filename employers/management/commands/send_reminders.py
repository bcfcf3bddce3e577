from django.core.management.base import BaseCommand

from employers import services


class Command(BaseCommand):
    help = (
        "E-mail employers whose jobs expire within three days, once per job, with the way "
        "to renew them. Safe to run any number of times: run it daily from cron or a timer."
    )

    def handle(self, *args, **options):
        sent = services.send_expiry_reminders()
        self.stdout.write(f"Expiry reminders sent: {sent}.")
