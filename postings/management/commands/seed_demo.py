from django.core.management.base import BaseCommand
from django.db import transaction

from jobboard.cache import content_changed
from postings.seeding import seed_postings
from roles.seeding import seed_roles


class Command(BaseCommand):
    help = (
        "Load the demo roles, comparison articles, companies and job postings. "
        "Running it again changes nothing."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        roles = seed_roles()
        postings = seed_postings(roles)
        content_changed()
        self.stdout.write(f"Demo content ready: {len(roles)} roles, {postings} job postings.")
