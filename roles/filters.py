import django_filters
from django import forms
from django.db.models import Q

from .models import Comparison, Role


class ComparisonFilter(django_filters.FilterSet):
    """Filters for the article index: one role, or any text found in a role's name."""

    q = django_filters.CharFilter(
        label="Search by role",
        method="filter_role_name",
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": "e.g. Data Engineer", "type": "search"}),
    )
    role = django_filters.ModelChoiceFilter(
        label="Role",
        queryset=Role.objects.only("name", "slug"),
        to_field_name="slug",
        method="filter_role",
        empty_label="All roles",
    )

    class Meta:
        model = Comparison
        fields = ["q", "role"]

    def filter_role_name(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(role_a__name__icontains=value) | Q(role_b__name__icontains=value))

    def filter_role(self, queryset, name, value):
        return queryset.for_role(value)
