from django.urls import path

from . import views

app_name = "employers"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("company/", views.company_setup, name="company"),
    path("company/edit/", views.company_edit, name="company_edit"),
    path("company/members/", views.members, name="members"),
    path("invitations/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("jobs/new/", views.job_new, name="job_new"),
    path("jobs/<int:pk>/edit/", views.job_edit, name="job_edit"),
    path("jobs/<int:pk>/preview/", views.job_preview, name="job_preview"),
    path("jobs/<int:pk>/submit/", views.job_submit, name="job_submit"),
    path("jobs/<int:pk>/duplicate/", views.job_duplicate, name="job_duplicate"),
    path("jobs/<int:pk>/renew/", views.job_renew, name="job_renew"),
    path("jobs/<int:pk>/close/", views.job_close, name="job_close"),
]
