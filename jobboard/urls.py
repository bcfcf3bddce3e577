from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from postings import views as posting_views
from postings.feeds import JobPostingFeed
from postings.search import PARAMETERS as SEARCH_PARAMETERS
from postings.urls import salary_urlpatterns
from roles import views as role_views
from roles.feeds import ComparisonFeed

from . import views
from .cache import cache_public_page
from .sitemaps import SITEMAPS

admin.site.site_header = "Career Compass administration"
admin.site.site_title = "Career Compass admin"
admin.site.index_title = "Roles, comparisons and jobs"

urlpatterns = [
    path("", role_views.home, name="home"),
    # The feeds come before the apps' URLs, whose slug patterns would catch "feed".
    path("insights/feed/", cache_public_page(ComparisonFeed()), name="insights_feed"),
    path("", include("roles.urls")),
    path(
        "jobs/feed/",
        cache_public_page(JobPostingFeed(), params=SEARCH_PARAMETERS),
        name="jobs_feed",
    ),
    path("jobs/", include("postings.urls")),
    path("salaries/", include(salary_urlpatterns)),
    path("alerts/", include("alerts.urls")),
    path("accounts/", include("allauth.urls")),
    path("employers/", include("employers.urls")),
    path("companies/", include("postings.company_urls")),
    path("media/logos/<str:name>", posting_views.logo, name="logo"),
    path("salaries.csv", posting_views.salary_index_csv, name="salaries_csv"),
    path("healthz", views.healthz, name="healthz"),
    path("ping", views.ping, name="ping"),
    path("api/v1/", include("jobboard.api")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        cache_public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_public_page(sitemap_views.sitemap, params=["p"]),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("admin/", admin.site.urls),
]
