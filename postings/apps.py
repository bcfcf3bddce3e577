from django.apps import AppConfig


class PostingsConfig(AppConfig):
    name = "postings"
    verbose_name = "Job postings"

    def ready(self):
        from jobboard.cache import watch

        from .models import Company, ExchangeRate, JobPosting

        # Their rows show on public pages: an edit makes cached pages fresh.
        watch(Company, ExchangeRate, JobPosting)
