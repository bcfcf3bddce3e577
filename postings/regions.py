"""Where a job can be done from: the one remote-eligibility rule.

A job matches a country when it is on-site or hybrid there, or remote and open to that
country, to a region containing it, or to anyone (no countries or regions given). The
regions (EU, EEA, Europe, the Americas, APAC, ...) are data, in data/regions.json. The job
filter (``eligible_from``), the job pages' wording (``open_to``) and the JSON-LD
(``applicant_countries``) all read them from here.
"""

import functools
import json
import re
from pathlib import Path

from django.db.models import Q
from django_countries import Countries, countries

DATA = Path(__file__).resolve().parent / "data" / "regions.json"
REMOTE = "remote"
ON_THE_SPOT = ("onsite", "hybrid")


@functools.cache
def regions():
    """Return {code: {"name", "aliases", "countries"}} in the file's order."""
    with DATA.open(encoding="utf-8") as file:
        return json.load(file)["regions"]


def is_region(code):
    return code in regions()


def region_name(code):
    return regions()[code]["name"]


def regions_containing(country):
    """Return the codes of the regions a country belongs to."""
    return [code for code, region in regions().items() if country in region["countries"]]


class RemoteAreas(Countries):
    """Countries plus the regions of data/regions.json, as the choices of the field that
    says where a remote job's applicants may live."""

    @property
    def override(self):
        return {code: region["name"] for code, region in regions().items()}

    @property
    def first(self):
        return list(regions())


def membership(codes):
    """Return a regular expression matching a comma-separated list of codes that holds
    one of ``codes`` (how a multiple CountryField stores its value)."""
    alternatives = "|".join(re.escape(code) for code in codes)
    return rf"(^|,)({alternatives})(,|$)"


def eligible_from(country):
    """Return the condition for jobs that can be done from ``country`` (an alpha-2 code)."""
    open_to = [country, *regions_containing(country)]
    return Q(country=country, workplace__in=ON_THE_SPOT) | (
        Q(workplace=REMOTE) & (Q(remote_regions="") | Q(remote_regions__regex=membership(open_to)))
    )


def is_eligible(posting, country):
    """Return whether a posting can be done from ``country``: eligible_from() in Python."""
    if posting.workplace in ON_THE_SPOT:
        return posting.country.code == country
    codes = [area.code for area in posting.remote_regions]
    return not codes or any(
        code == country or country in regions().get(code, {}).get("countries", ()) for code in codes
    )


def open_to(posting):
    """Return where a remote job takes applicants from, in words: "anywhere", or names
    ("European Union, United Kingdom"); "" for a job that is not remote."""
    if posting.workplace != REMOTE:
        return ""
    names = [area.name for area in posting.remote_regions]
    return ", ".join(names) if names else "anywhere"


def applicant_countries(posting):
    """Return the countries a remote job takes applicants from, regions spelled out as
    their countries, without repeats; [] for anywhere."""
    found = []
    for area in posting.remote_regions:
        codes = regions()[area.code]["countries"] if is_region(area.code) else [area.code]
        found += [code for code in codes if code not in found]
    return found


def country_counts(rows):
    """Return {country: jobs that can be done from it} from rows of (workplace, country,
    remote_regions as stored, count): on-site and hybrid jobs count for their country,
    remote ones for every country they are open to; jobs open to anyone are counted
    under None, since they count for every country."""
    counts = {}
    for workplace, country, areas, count in rows:
        if workplace in ON_THE_SPOT:
            if country:
                counts[country] = counts.get(country, 0) + count
            continue
        codes = [code for code in str(areas or "").split(",") if code]
        if not codes:
            counts[None] = counts.get(None, 0) + count
            continue
        reached = set()
        for code in codes:
            reached.update(regions()[code]["countries"] if is_region(code) else [code])
        for code in reached:
            counts[code] = counts.get(code, 0) + count
    return counts


@functools.cache
def _alias_patterns():
    return {
        code: [alias.casefold() for alias in region["aliases"]]
        for code, region in regions().items()
    }


def named_region(text):
    """Return the code of the region a location search names ("Europe", "eu"), or None."""
    wanted = " ".join(text.casefold().split())
    for code, aliases in _alias_patterns().items():
        if wanted in aliases:
            return code
    return None


def word(text):
    """Return a case-insensitive regular expression for ``text`` as a whole word, in the
    syntax both PostgreSQL and Python (SQLite) read."""
    return rf"(^|[^a-z0-9]){re.escape(text.casefold())}([^a-z0-9]|$)"


def location_condition(text):
    """Return the condition for a location search: the text in the location or city; for
    a region's name, also jobs whose location names it or a region inside it ("Remote -
    EU" for Europe), jobs in its countries, and remote jobs open to it."""
    condition = Q(location__icontains=text) | Q(city__icontains=text)
    code = named_region(text)
    if code is None:
        return condition
    members = set(regions()[code]["countries"])
    inside = [other for other, region in regions().items() if set(region["countries"]) <= members]
    for other in inside:
        for alias in regions()[other]["aliases"]:
            condition |= Q(location__iregex=word(alias))
    return (
        condition
        | Q(country__in=sorted(members))
        | Q(remote_regions__regex=membership([*inside, *sorted(members)]))
    )


def country_name(code):
    return countries.name(code)


def area_choices():
    """Return the choices of the remote-regions picker: the regions first (with how many
    countries each holds), then every country; typing in its filter box finds both."""
    grouped = [
        (code, f"Region · {region['name']} ({len(region['countries'])} countries)")
        for code, region in regions().items()
    ]
    return grouped + [(code, str(name)) for code, name in countries]


def region_named_in(text):
    """Return the name of a region the text names ("Remote - EU" names the EU), or ""."""
    folded = text.casefold()
    for code, aliases in _alias_patterns().items():
        if any(re.search(word(alias), folded) for alias in aliases):
            return regions()[code]["name"]
    return ""
