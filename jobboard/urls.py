from django.contrib import admin
from django.urls import include, path

from postings import views as posting_views
from postings.urls import salary_urlpatterns
from roles import views as role_views

from . import views

admin.site.site_header = "Career Compass administration"
admin.site.site_title = "Career Compass admin"
admin.site.index_title = "Roles, comparisons and jobs"

urlpatterns = [
    path("", role_views.home, name="home"),
    path("", include("roles.urls")),
    path("jobs/", include("postings.urls")),
    path("salaries/", include(salary_urlpatterns)),
    path("salaries.csv", posting_views.salary_index_csv, name="salaries_csv"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
