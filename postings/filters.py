import datetime
import operator
from decimal import Decimal
from functools import reduce

import django_filters
from django import forms
from django.contrib.humanize.templatetags.humanize import intcomma
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone

from jobboard.widgets import FlagInput, NumberInput, QuickSelect, country_choices
from roles.models import Role

from .models import EmploymentType, ExchangeRate, Seniority, Workplace, featured_now
from .pagination import FeaturedFirst

POSTED_WITHIN = [
    ("1", "Past 24 hours"),
    ("3", "Past 3 days"),
    ("7", "Past week"),
    ("30", "Past month"),
]
SORTS = [("newest", "Newest"), ("salary", "Highest salary")]
MAX_SALARY = Decimal(100_000_000)

# Facets: option groups whose counts are shown beside each option. A group's counts
# apply every active filter except the group's own, so ticking "Senior" does not make
# the other seniorities read zero.
FACETS = {
    "seniority": {value: Q(seniority=value) for value in Seniority.values},
    "type": {kind.value: Q(**{kind.field: True}) for kind in EmploymentType},
    "workplace": {value: Q(workplace=value) for value in Workplace.values},
}


def any_of(conditions):
    return reduce(operator.or_, conditions)


def all_of(conditions):
    conditions = [c for c in conditions if c is not None]
    return reduce(operator.and_, conditions) if conditions else None


class JobPostingFilter(django_filters.FilterSet):
    """Every job search is a set of GET parameters, so each one is a shareable URL."""

    q = django_filters.CharFilter(
        label="Keywords",
        method="filter_text",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Title, company, skill"}),
    )
    role = django_filters.MultipleChoiceFilter(
        label="Role", method="filter_role", widget=forms.CheckboxSelectMultiple
    )
    seniority = django_filters.MultipleChoiceFilter(
        label="Seniority", choices=Seniority.choices, method="filter_facet"
    )
    type = django_filters.MultipleChoiceFilter(
        label="Employment type", choices=EmploymentType.choices, method="filter_facet"
    )
    workplace = django_filters.MultipleChoiceFilter(
        label="Workplace", choices=Workplace.choices, method="filter_facet"
    )
    location = django_filters.CharFilter(
        label="Location",
        method="filter_location",
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": "City or region"}),
    )
    country = django_filters.ChoiceFilter(
        label="Country",
        choices=country_choices,
        field_name="country",
        empty_label="Any country",
        widget=QuickSelect,
    )
    min_salary = django_filters.NumberFilter(
        label="Minimum salary a year",
        method="filter_min_salary",
        min_value=0,
        max_value=MAX_SALARY,
        widget=NumberInput(attrs={"step": "1000", "min": "0", "placeholder": "e.g. 100000"}),
    )
    currency = django_filters.ChoiceFilter(
        label="Currency", method="filter_nothing", empty_label=None, widget=QuickSelect
    )
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
    sort = django_filters.ChoiceFilter(
        label="Sort by", choices=SORTS, method="filter_nothing", empty_label=None
    )

    def __init__(self, data=None, *args, **kwargs):
        # Role and currency choices are read once here; their fields then validate against
        # these lists without another query.
        self.roles = {role.slug: role for role in Role.objects.only("id", "name", "slug")}
        self.rates = {rate.currency: rate for rate in ExchangeRate.objects.all()}
        super().__init__(data, *args, **kwargs)
        self.filters["role"].extra["choices"] = [(slug, r.name) for slug, r in self.roles.items()]
        # USD first: it is the default when no currency is chosen.
        codes = sorted(self.rates, key=lambda code: (code != "USD", code))
        self.filters["currency"].extra["choices"] = [(code, code) for code in codes]
        self.form.fields["role"].choices = self.filters["role"].extra["choices"]
        self.form.fields["currency"].choices = self.filters["currency"].extra["choices"]

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

    def filter_role(self, queryset, name, value):
        return queryset.filter(role_id__in=[self.roles[slug].pk for slug in value])

    def filter_facet(self, queryset, name, value):
        # Applied in filter_queryset, where the facet counts need them kept apart.
        return queryset

    def filter_location(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(location__icontains=value) | Q(city__icontains=value))

    def filter_min_salary(self, queryset, name, value):
        rate = self.rates.get(self.cleaned("currency") or "USD")
        if rate is None:
            return queryset
        threshold = int(value / rate.units_per_usd)
        # A job matches when its range reaches the amount asked for.
        return queryset.filter(salary_max_usd__gte=threshold)

    def filter_posted_within(self, queryset, name, value):
        since = timezone.now() - datetime.timedelta(days=int(value))
        return queryset.filter(published_at__gte=since)

    def filter_featured(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.featured()

    def filter_salary_stated(self, queryset, name, value):
        return queryset.filter(salary_min_usd__isnull=False) if value else queryset

    def filter_nothing(self, queryset, name, value):
        return queryset

    def cleaned(self, name):
        """Return a field's valid value; invalid fields count as not given, and an option
        given more than once counts once."""
        self.form.is_valid()  # validates once; invalid fields are left out of cleaned_data
        value = self.form.cleaned_data.get(name)
        # Each option ticked adds a condition: a few hundred copies of one would nest
        # past SQLite's limit on expression depth.
        return list(dict.fromkeys(value)) if isinstance(value, list) else value

    def facet_condition(self, group):
        """Return the condition for the options ticked in a facet group, or None."""
        selected = self.cleaned(group)
        return any_of(FACETS[group][value] for value in selected) if selected else None

    def filter_queryset(self, queryset):
        self.base_queryset = super().filter_queryset(queryset)
        combined = all_of(self.facet_condition(group) for group in FACETS)
        return self.base_queryset if combined is None else self.base_queryset.filter(combined)

    def facet_counts(self):
        """Return the result count, how many of the results are featured now, and every
        facet option's count, in one query.

        Each option's count applies the other groups' ticked options, as a reader would
        get by ticking that option next.
        """
        self.qs  # noqa: B018 - runs the filters and sets base_queryset
        conditions = {group: self.facet_condition(group) for group in FACETS}
        combined = all_of(conditions.values())
        aggregates = {
            "total": Count("pk", filter=combined) if combined else Count("pk"),
            "featured": Count("pk", filter=all_of([combined, featured_now()])),
        }
        for group, options in FACETS.items():
            others = all_of(c for g, c in conditions.items() if g != group)
            for value, condition in options.items():
                aggregates[f"{group}:{value}"] = Count(
                    "pk", filter=condition if others is None else condition & others
                )
        counts = self.base_queryset.order_by().aggregate(**aggregates)
        total, featured = counts.pop("total"), counts.pop("featured")
        facets = {group: {} for group in FACETS}
        for key, count in counts.items():
            group, value = key.split(":")
            facets[group][value] = count
        return total, featured, facets

    def results(self, featured_count, total):
        """Return the results in list order: jobs featured now first, each part in the
        chosen sort, as a sequence that pages cheaply."""
        ordered = self.qs.for_cards().in_order(self.cleaned("sort") or "newest")
        return FeaturedFirst(
            ordered.filter(featured_now()), ordered.not_featured(), featured_count, total
        )

    def facet_groups(self, counts):
        """Return each facet group as (name, label, [(value, label, count, checked)])."""
        groups = []
        for group in FACETS:
            selected = set(self.cleaned(group) or [])
            field = self.form.fields[group]
            options = [
                (value, label, counts[group][value], value in selected)
                for value, label in field.choices
            ]
            groups.append((group, field.label, options))
        return groups

    def chips(self):
        """Return each active filter as (label, query string without it), for the
        removable chips above the results."""
        chips = []
        for name in CHIP_FIELDS:
            value = self.cleaned(name)
            if value in (None, "", [], False):
                continue
            for single in value if isinstance(value, list) else [value]:
                remaining = self.data.copy()
                remaining.pop("page", None)
                if isinstance(value, list):
                    remaining.setlist(name, [v for v in remaining.getlist(name) if v != single])
                else:
                    remaining.pop(name, None)
                    if name == "min_salary":
                        remaining.pop("currency", None)
                chips.append((self.chip_label(name, single), remaining.urlencode()))
        return chips

    def chip_label(self, name, value):
        if name == "role":
            return self.roles[value].name
        if name in FACETS or name in {"country", "posted_within"}:
            return str(dict(self.form.fields[name].choices)[value])
        if name == "min_salary":
            currency = self.cleaned("currency") or "USD"
            return f"{currency} {intcomma(int(value))}+ a year"
        if name == "featured":
            return "Featured only"
        if name == "salary_stated":
            return "Salary stated"
        if name == "q":
            return f"“{value}”"
        if name == "company":
            return f"Company: {value}"
        return value


CHIP_FIELDS = [
    "q",
    "role",
    "seniority",
    "type",
    "workplace",
    "location",
    "country",
    "min_salary",
    "posted_within",
    "featured",
    "salary_stated",
    "company",
]
