from django.urls import path

from . import views

app_name = "postings"

urlpatterns = [
    path("", views.job_list, name="list"),
    path("<int:pk>/", views.job_detail, name="detail_by_id"),
    path("<int:pk>-<slug:slug>/", views.job_detail, name="detail"),
]
