"""The sitemap: /sitemap.xml is an index naming one sitemap per section, and each section is
split into pages of at most ``limit`` URLs (/sitemap-jobs.xml?p=2, …), so the whole
grows past the protocol's 50,000 URLs a file.

Every section lists public pages only: jobs through ``JobPosting.objects.visible()``,
comparisons through ``Comparison.objects.published()``. URLs are absolute, with the
request's scheme and host (the sites framework is not installed).
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, F, Max, OuterRef
from django.db.models.functions import Greatest
from django.urls import reverse

from postings.models import Company, JobPosting
from postings.salaries import salaried
from roles.models import Comparison, Role


class Section(Sitemap):
    # Below the protocol's 50,000 so that one page stays quick to build and small to send.
    limit = 10_000

    def get_latest_lastmod(self):
        """Return the newest lastmod of the section from one aggregate query, rather than
        Sitemap's default of loading every item."""
        return self.items().aggregate(latest=Max("modified"))["latest"]

    def lastmod(self, item):
        return item.modified


class PageSitemap(Sitemap):
    limit = Section.limit

    def items(self):
        return ["home", "roles:comparison_list", "roles:list", "postings:list", "salaries:index"]

    def location(self, name):
        return reverse(name)


class ComparisonSitemap(Section):
    def items(self):
        # The article is built from both roles' data, so editing a role changes it too.
        return (
            Comparison.objects.published()
            .annotate(
                modified=Greatest(
                    "published_at", "updated_at", "role_a__updated_at", "role_b__updated_at"
                )
            )
            .only("pk", "slug")
            .order_by("pk")
        )


class RoleSitemap(Section):
    def items(self):
        return Role.objects.annotate(modified=F("updated_at")).only("pk", "slug").order_by("pk")


class SalarySitemap(Sitemap):
    """Salary pages of the roles with at least one visible posting that states a salary.

    No lastmod: the figures change as postings expire, which no timestamp records.
    """

    limit = Section.limit

    def items(self):
        with_salaries = salaried().filter(role=OuterRef("pk"))
        return Role.objects.filter(Exists(with_salaries)).only("pk", "slug").order_by("pk")

    def location(self, role):
        return reverse("salaries:detail", kwargs={"slug": role.slug})


class JobSitemap(Section):
    def items(self):
        # A job scheduled ahead was last saved before it went public.
        return (
            JobPosting.objects.visible()
            .annotate(modified=Greatest("published_at", "updated_at"))
            .only("pk", "slug")
            .order_by("pk")
        )


class CompanySitemap(Sitemap):
    """Pages of the companies with at least one visible job."""

    limit = Section.limit

    def items(self):
        open_jobs = JobPosting.objects.visible().filter(company=OuterRef("pk"))
        return Company.objects.filter(Exists(open_jobs)).only("pk", "slug").order_by("pk")


SITEMAPS = {
    "pages": PageSitemap,
    "comparisons": ComparisonSitemap,
    "roles": RoleSitemap,
    "salaries": SalarySitemap,
    "jobs": JobSitemap,
    "companies": CompanySitemap,
}
