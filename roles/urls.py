from django.urls import path

from . import views

app_name = "roles"

urlpatterns = [
    path("insights/", views.comparison_list, name="comparison_list"),
    path("insights/<slug:slug>/", views.comparison_detail, name="comparison"),
    path("roles/", views.role_list, name="list"),
    path("roles/<slug:slug>/", views.role_detail, name="detail"),
]
