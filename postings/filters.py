import datetime
import operator
from functools import cached_property, reduce

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from jobboard.widgets import FlagInput, QuickSelect, country_choices
from roles.models import Role

from . import regions
from .forms import OptionsField, SalaryMinimumField, currency_choices
from .models import Company, EmploymentType, ExchangeRate, SalaryPeriod, Seniority, Workplace

POSTED_WITHIN = [
    ("1", "Past 24 hours"),
    ("3", "Past 3 days"),
    ("7", "Past week"),
    ("30", "Past month"),
]
SORTS = [("newest", "Newest"), ("salary", "Highest salary")]
DEFAULT_SORT = "newest"


class OptionsFilter(django_filters.Filter):
    """Options to tick, any number of them; an option given twice counts once."""

    field_class = OptionsField


class FacetFilter(OptionsFilter):
    """A group of options whose counts the job list shows beside them: jobs with any of the
    options ticked. Each option's condition stands on its own (``options``), so that the
    counts of one group can apply every other group's choice."""

    def option(self, value):
        """Return the condition for one option."""
        return Q(**{self.field_name: value})

    @property
    def options(self):
        """Return every option's condition by value, in the order the options are listed."""
        return {value: self.option(value) for value, _ in self.extra["choices"]}

    def condition(self, values):
        """Return the condition for the options ticked, or None when none is."""
        return reduce(operator.or_, map(self.option, values)) if values else None

    def filter(self, queryset, value):
        condition = self.condition(value)
        return queryset if condition is None else queryset.filter(condition)


class EmploymentTypeFilter(FacetFilter):
    """Each employment type is a boolean column of its own (see EmploymentType)."""

    def option(self, value):
        return Q(**{EmploymentType(value).field: True})


class RoleFilter(FacetFilter):
    """Roles by slug; the options are the roles there are, read once a search."""

    def option(self, value):
        # By id, which the posting_pub_role index leads with.
        return Q(role_id=self.parent.roles[value].pk)

    @property
    def options(self):
        return {slug: Q(role_id=role.pk) for slug, role in self.parent.roles.items()}


class SalaryMinimumFilter(django_filters.Filter):
    """Jobs whose salary range reaches an annual amount in any currency with a rate.

    The amount is converted to US dollars once, rounded as the postings' own amounts are,
    so a job posted at exactly the amount asked for is found in its own currency.
    """

    field_class = SalaryMinimumField

    def filter(self, queryset, value):
        if value is None:
            return queryset
        rate = self.parent.rates.get(value.currency)
        if rate is None:  # only USD, the default, can lack a rate: no figure to compare
            return queryset
        return queryset.filter(
            salary_max_usd__gte=rate.to_annual_usd(value.amount, SalaryPeriod.YEAR)
        )


class SortFilter(django_filters.TypedChoiceFilter):
    """The order of the results, newest first unless the search asks otherwise."""

    def __init__(self, **kwargs):
        super().__init__(choices=SORTS, empty_value=DEFAULT_SORT, **kwargs)

    def filter(self, queryset, value):
        return queryset.in_order(value)


class Lookups:
    """The roles and exchange rates searches refer to, each read once when first needed."""

    @cached_property
    def roles(self):
        """Return the roles by slug, in alphabetical order whatever the letters' case."""
        found = Role.objects.only("id", "name", "slug").order_by(Lower("name"), "pk")
        return {role.slug: role for role in found}

    def company_name(self, slug):
        """Return the name of the company with this slug (the slug itself if none has)."""
        name = Company.objects.filter(slug=slug).values_list("name", flat=True).first()
        return name or slug

    @cached_property
    def rates(self):
        return {rate.currency: rate for rate in ExchangeRate.objects.all()}


class JobPostingFilter(django_filters.FilterSet):
    """Every job search is a set of GET parameters, so each one is a shareable URL.

    Each filter applies its own condition; postings.search.JobSearch runs them and is what
    the job list, its feed and the API call.
    """

    q = django_filters.CharFilter(
        label="Keywords",
        method="filter_text",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Title, company, skill"}),
    )
    role = RoleFilter(label="Role", widget=forms.CheckboxSelectMultiple)
    seniority = FacetFilter(label="Seniority", field_name="seniority", choices=Seniority.choices)
    type = EmploymentTypeFilter(label="Employment type", choices=EmploymentType.choices)
    workplace = FacetFilter(label="Workplace", field_name="workplace", choices=Workplace.choices)
    location = django_filters.CharFilter(
        label="Location",
        method="filter_location",
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": "City or region"}),
    )
    country = django_filters.ChoiceFilter(
        label="Where you can work from",
        choices=country_choices,
        method="filter_country",
        empty_label="Any country",
        widget=QuickSelect,
    )
    min_salary = SalaryMinimumFilter(label="Minimum salary a year")
    posted_within = django_filters.ChoiceFilter(
        label="Posted", choices=POSTED_WITHIN, method="filter_posted_within", empty_label="Any time"
    )
    featured = django_filters.BooleanFilter(
        label="Featured jobs only", method="filter_featured", widget=FlagInput
    )
    salary_stated = django_filters.BooleanFilter(
        label="Salary stated", method="filter_salary_stated", widget=FlagInput
    )
    company = django_filters.CharFilter(
        label="Company", field_name="company__slug", max_length=200, widget=forms.HiddenInput
    )
    sort = SortFilter(label="Sort by")

    def __init__(self, data=None, *args, lookups=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Roles and currencies are read at most once a search (or once for many searches
        # sharing ``lookups``), and only when a value needs checking or the form is shown:
        # a feed or API call without them reads neither.
        self.lookups = lookups or Lookups()
        self.form.fields["role"].choices = self.role_choices
        self.form.fields["min_salary"].set_currencies(self.currency_choices)

    @property
    def roles(self):
        return self.lookups.roles

    @property
    def rates(self):
        return self.lookups.rates

    def role_choices(self):
        return [(slug, role.name) for slug, role in self.roles.items()]

    def currency_choices(self):
        return currency_choices(self.rates)

    @property
    def facets(self):
        """Return the facet groups' filters by name, in the order they are declared."""
        return {name: f for name, f in self.filters.items() if isinstance(f, FacetFilter)}

    def filter_queryset(self, queryset, skip=()):
        """Return ``queryset`` through every filter given a valid value, but those named in
        ``skip``."""
        for name, value in self.form.cleaned_data.items():
            if name not in skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_text(self, queryset, name, value):
        words = value.split()
        if not words:
            return queryset
        if connection.vendor == "postgresql":
            # Uses the GIN index on search_vector (title weighted above company and text).
            query = SearchQuery(value, config="english", search_type="websearch")
            return queryset.filter(search_vector=query)
        # SQLite: every word must appear in the title, company, location or description.
        for word in words:
            queryset = queryset.filter(Q(title__icontains=word) | Q(search_text__icontains=word))
        return queryset

    def filter_location(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(regions.location_condition(value))

    def filter_country(self, queryset, name, value):
        # On-site or hybrid there, or remote and open to it: see postings/regions.py.
        return queryset.filter(regions.eligible_from(value)) if value else queryset

    def filter_posted_within(self, queryset, name, value):
        since = timezone.now() - datetime.timedelta(days=int(value))
        return queryset.filter(published_at__gte=since)

    def filter_featured(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.featured()

    def filter_salary_stated(self, queryset, name, value):
        return queryset.filter(salary_min_usd__isnull=False) if value else queryset
