from django.urls import path

from . import views

app_name = "companies"

urlpatterns = [
    path("<slug:slug>/", views.company_detail, name="detail"),
]
