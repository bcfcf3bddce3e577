"""One job search: the /jobs/ GET parameters turned into postings and all that is shown of
them.

The job list, its Atom feed and the API each read a search through JobSearch, so that a
parameter means the same everywhere and the same input is invalid everywhere. A search
kept for later is its ``normalized_query``: JobSearch(QueryDict(normalized_query)) finds
the same postings again.
"""

import operator
from decimal import Decimal
from functools import cached_property, reduce
from typing import NamedTuple

from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import QueryDict
from django_countries import countries

from jobboard.numbers import round_half_up

from .filters import DEFAULT_SORT, JobPostingFilter, SortFilter
from .models import JobPosting, featured_now
from .pagination import FeaturedFirst
from .regions import country_counts

# How a filter in use reads on its chip; a filter with options reads as the option's label.
CHIP_LABELS = {
    "q": "“{}”".format,
    "min_salary": lambda salary: (
        f"{salary.currency} {intcomma(round_half_up(salary.amount))}+ a year"
    ),
    "featured": lambda _: "Featured only",
    "salary_stated": lambda _: "Salary stated",
    "country": lambda code: f"From {countries.name(code)}",
}

# Filters shown beside the results rather than in the filter panel.
SEARCH_ROW = ("q", "location", "sort")


# Every GET parameter a job search reads: its filters' names, and the currency that goes
# with min_salary. The list, the feed and the cache key on these alone.
PARAMETERS = (*JobPostingFilter.base_filters, "currency")


class Counts(NamedTuple):
    total: int
    featured: int
    facets: dict  # {group: {option: count}}


class SearchError(NamedTuple):
    parameter: str
    label: str
    message: str


class JobSearch:
    """A job search read from a QueryDict of GET parameters, such as request.GET.

    A value that does not validate is reported in ``errors`` and left out; the valid ones
    still apply. Other parameters (``page``, the API's ``cursor``) are not the search's.
    """

    def __init__(self, params, *, lookups=None):
        self.filterset = JobPostingFilter(
            params, queryset=JobPosting.objects.visible().newest_first(), lookups=lookups
        )
        self.form = self.filterset.form
        self.is_valid = self.form.is_valid()

    @cached_property
    def values(self):
        """Return the value of each filter in use by name, in the order they are declared.

        A filter is in use when its value is valid and differs from the value of leaving
        its parameters out, so an unticked box, an empty field or the default sort is not.
        """
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value != self.value_when_left_out(name)
        }

    def value_when_left_out(self, name):
        """Return what a filter's field cleans to when none of its parameters is given."""
        field = self.form.fields[name]
        return field.clean(field.widget.value_from_datadict(QueryDict(), {}, name))

    @property
    def sort(self):
        """Return the order of the results: "newest" or "salary"."""
        return self.values.get("sort", DEFAULT_SORT)

    @property
    def queryset(self):
        """Return the visible postings the search finds, in its sort."""
        return self.filterset.qs

    @cached_property
    def total(self):
        """Return the number of results: from ``counts`` when the facets are counted
        anyway (the job list), otherwise one COUNT, which needs no roles (alerts)."""
        if "counts" in self.__dict__:
            return self.counts.total
        return self.queryset.order_by().count()

    @cached_property
    def counts(self):
        """Return the number of results, how many of them are featured now, and each facet
        option's count, all from one aggregate query.

        An option's count applies every other filter and the other groups' ticked options,
        but not its own group's: it is what a reader would get by ticking it too.
        """
        facets = self.filterset.facets
        ticked = {name: facet.condition(self.values.get(name)) for name, facet in facets.items()}
        aggregates = {
            "total": Count("pk", filter=all_of(ticked.values())),
            "featured": Count("pk", filter=all_of([*ticked.values(), featured_now()])),
        }
        for name, facet in facets.items():
            others = [condition for group, condition in ticked.items() if group != name]
            for value, option in facet.options.items():
                aggregates[f"{name}:{value}"] = Count("pk", filter=all_of([option, *others]))
        unticked = self.filterset.filter_queryset(self.filterset.queryset.all(), skip=facets)
        counts = unticked.order_by().aggregate(**aggregates)
        total, featured = counts.pop("total"), counts.pop("featured")
        by_group = {name: {} for name in facets}
        for key, count in counts.items():
            name, value = key.split(":")
            by_group[name][value] = count
        return Counts(total, featured, by_group)

    @cached_property
    def country_counts(self):
        """Return {country code: jobs that can be done from it} with every other filter
        applied, from one grouped query; jobs open to anyone count for every country."""
        others = self.filterset.filter_queryset(
            self.filterset.queryset.all(), skip={"country", "sort"}
        )
        rows = (
            others.order_by()
            .values("workplace", "country", "remote_regions")
            .annotate(jobs=Count("pk"))
            .values_list("workplace", "country", "remote_regions", "jobs")
        )
        counts = country_counts(rows)
        anywhere = counts.pop(None, 0)
        return {code: counts.get(code, 0) + anywhere for code, _ in countries}

    def show_country_counts(self):
        """Put each country's count beside its name in the form's country list."""
        self.form.fields["country"].widget.counts = self.country_counts

    @property
    def country_name(self):
        code = self.values.get("country")
        return countries.name(code) if code else ""

    @property
    def panel_filters_in_use(self):
        """Return how many chips belong to the filter panel (not the search row)."""
        return sum(
            len(value) if isinstance(value, list) else 1
            for name, value in self.values.items()
            if name not in SEARCH_ROW
        )

    @cached_property
    def results(self):
        """Return the results in the job list's order, as a sequence that pages cheaply:
        jobs featured now first, each part in the search's sort. Sorted by salary, nothing
        is pinned: a featured job never stands above a higher salary."""
        ordered = self.queryset.for_cards()
        if self.sort == "salary":
            return FeaturedFirst(ordered.none(), ordered, 0, self.counts.total)
        return FeaturedFirst(
            ordered.filter(featured_now()),
            ordered.not_featured(),
            self.counts.featured,
            self.counts.total,
        )

    @cached_property
    def facet_groups(self):
        """Return each facet group as (name, label, [(value, label, count, ticked)])."""
        groups = []
        for name in self.filterset.facets:
            field = self.form.fields[name]
            ticked = self.values.get(name, [])
            counts = self.counts.facets[name]
            options = [
                (value, label, counts[value], value in ticked) for value, label in field.choices
            ]
            groups.append((name, field.label, options))
        return groups

    @cached_property
    def chips(self):
        """Return each filter in use as (label, the normalized query string without it), for
        the removable chips above the results; each option ticked is a chip of its own."""
        chips = []
        for name, value in self.values.items():
            if isinstance(self.filterset.filters[name], SortFilter):
                continue  # an order, not a filter of the results
            if isinstance(value, list):
                for option in value:
                    rest = {**self.values, name: [other for other in value if other != option]}
                    chips.append((self.chip_label(name, option), self.query_string(rest)))
            else:
                rest = {other: v for other, v in self.values.items() if other != name}
                chips.append((self.chip_label(name, value), self.query_string(rest)))
        return chips

    @cached_property
    def summary(self):
        """Return the search in words, as alerts show it: "Senior · Remote · EUR 80,000+ a
        year", or "All jobs" when no filter is in use."""
        return " · ".join(label for label, _ in self.chips) or "All jobs"

    def chip_label(self, name, value):
        if name == "company":
            return f"Company: {self.filterset.lookups.company_name(value)}"
        if name in CHIP_LABELS:
            return CHIP_LABELS[name](value)
        field = self.form.fields[name]
        return str(dict(field.choices)[value]) if hasattr(field, "choices") else value

    @cached_property
    def normalized_query(self):
        """Return the search as a query string that says it one way only: the parameters in
        use and valid, in the filters' order, each option once and sorted; no page."""
        return self.query_string(self.values)

    def query_string(self, values):
        """Return filter values by name (as ``values`` holds them) as a query string."""
        params = QueryDict(mutable=True)
        for name, value in values.items():
            field = self.form.fields[name]
            # The salary minimum is two parameters: an amount and its currency.
            if hasattr(field, "parts"):
                parts = zip(parameters_of(field, name), field.widget.decompress(value), strict=True)
            else:
                parts = [(name, value)]
            for parameter, part in parts:
                items = sorted(part) if isinstance(part, list) else [part]
                params.setlist(parameter, [as_text(item) for item in items])
        return params.urlencode()

    @cached_property
    def error_list(self):
        """Return every error as a SearchError (parameter, label, message), in the filters'
        order."""
        found = []
        for name, errors in self.form.errors.as_data().items():
            field = self.form.fields[name]
            labels = {
                parameter: part.label for parameter, part in getattr(field, "parts", {}).items()
            }
            for error in errors:
                # A field that reads two parameters says which one an error is about.
                parameter = getattr(error, "parameter", name)
                label = labels.get(parameter, field.label)
                found += [SearchError(parameter, label, message) for message in error]
        return found

    @cached_property
    def errors(self):
        """Return the error messages by parameter, as the API's 400 answer lists them."""
        errors = {}
        for parameter, _, message in self.error_list:
            errors.setdefault(parameter, []).append(message)
        return errors

    @cached_property
    def error_text(self):
        """Return the errors as plain text, a line for each, as the feed answers them."""
        lines = ["These search parameters cannot be used:"]
        lines += [
            f"- {error.parameter} ({error.label}): {error.message}" for error in self.error_list
        ]
        return "\n".join(lines) + "\n"


class SearchMatcher:
    """Which of a set of postings each of many saved searches finds, without a query per
    search: each filter value in use (``seniority=senior``, ``q=python``) is run once,
    through the filter's own lookup, over ``postings``; a search's postings are the
    intersection of its filters' sets. JobAlert matching relies on it to agree with
    JobSearch(QueryDict(query)).queryset, which the tests check.
    """

    def __init__(self, postings, *, lookups=None):
        self.postings = postings.order_by()
        self.filterset = JobPostingFilter(QueryDict(), queryset=self.postings, lookups=lookups)
        self.found = {}  # (filter name, its raw parameter values) -> frozenset of ids, or None

    @cached_property
    def every(self):
        return frozenset(self.postings.values_list("pk", flat=True))

    def ids(self, query):
        """Return the ids of the postings a normalized query string finds among
        ``postings``, or None when one of its values is no longer valid (a role renamed
        or removed, a currency without a rate): such a search finds nothing rather than
        more than it asked for."""
        params = QueryDict(query)
        found = None
        for name, filter_ in self.filterset.filters.items():
            if isinstance(filter_, SortFilter):
                continue  # an order, not a condition
            field = self.filterset.form.fields[name]
            raw = tuple(
                tuple(params.getlist(parameter)) for parameter in parameters_of(field, name)
            )
            if not any(raw):
                continue
            key = (name, raw)
            if key not in self.found:
                self.found[key] = self.run(name, field, params)
            ids = self.found[key]
            if ids is None:
                return None
            found = ids if found is None else found & ids
        return self.every if found is None else found

    def run(self, name, field, params):
        try:
            value = field.clean(field.widget.value_from_datadict(params, {}, name))
        except ValidationError:
            return None
        filtered = self.filterset.filters[name].filter(self.postings, value)
        return frozenset(filtered.values_list("pk", flat=True))


def renamed_roles(search, params):
    """Return the query string with each old role slug replaced by the role's current one,
    or None when no ``role`` value is an old slug. Costs nothing unless a role was asked
    for that does not exist."""
    from roles.models import OldSlug, Role

    if "role" not in search.errors:
        return None
    asked = params.getlist("role")
    unknown = [slug for slug in asked if slug not in search.filterset.roles]
    if not unknown:
        return None
    moved = {}
    for slug in unknown:
        role = OldSlug.current(Role, slug)
        if role is not None:
            moved[slug] = role.slug
    if not moved:
        return None
    renamed = params.copy()
    renamed.setlist("role", [moved.get(slug, slug) for slug in asked])
    return renamed.urlencode()


def parameters_of(field, name):
    """Return the GET parameters a filter's field reads: its own name, or its parts'."""
    return list(field.parts) if hasattr(field, "parts") else [name]


def all_of(conditions):
    """Return the conditions joined with AND, leaving out None; None when none is left."""
    conditions = [condition for condition in conditions if condition is not None]
    return reduce(operator.and_, conditions) if conditions else None


def as_text(value):
    """Return a valid filter value as a query string writes it."""
    if value is True:
        return "on"  # what a ticked box sends
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # 100000, not 1E+5 or 100000.00
    return str(value)
