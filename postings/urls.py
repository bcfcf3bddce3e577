from django.urls import path

from . import views

app_name = "postings"

urlpatterns = [
    path("", views.job_list, name="list"),
    path("<int:pk>/", views.job_detail, name="detail_by_id"),
    path("<int:pk>-<slug:slug>/", views.job_detail, name="detail"),
    path("<int:pk>/apply/", views.apply, name="apply"),
]

salary_urlpatterns = (
    [
        path("", views.salary_index, name="index"),
        path("<slug:slug>/", views.salary_detail, name="detail"),
        path("<slug:slug>.csv", views.salary_detail_csv, name="detail_csv"),
    ],
    "salaries",
)
