from django.contrib import admin
from django.urls import include, path

from roles import views as role_views

from . import views

admin.site.site_header = "Career Compass administration"
admin.site.site_title = "Career Compass admin"
admin.site.index_title = "Roles, comparisons and jobs"

urlpatterns = [
    path("", role_views.home, name="home"),
    path("", include("roles.urls")),
    path("jobs/", include("postings.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
