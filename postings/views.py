import functools
import re

from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from jobboard.cache import cache_public_page
from jobboard.csv_files import csv_response
from jobboard.meta import page_meta
from jobboard.numbers import round_half_up
from jobboard.previews import may_preview
from roles.models import Comparison, Role
from roles.views import renamed_role

from . import services
from .forms import SalaryOptionsForm
from .jsonld import job_posting_script, organization_script
from .logos import NAME as LOGO_NAME
from .models import Company, ExchangeRate, JobPosting
from .pagination import CountedPaginator
from .salaries import MIN_SAMPLE, STAT_ORDER, salary_report, salary_rows, stat_cells
from .search import PARAMETERS as SEARCH_PARAMETERS
from .search import JobSearch, renamed_roles

JOBS_PER_PAGE = 20
SIMILAR_JOBS = 4


@cache_public_page(params=(*SEARCH_PARAMETERS, "page"))
def job_list(request):
    search = JobSearch(request.GET)
    renamed = renamed_roles(search, request.GET)
    if renamed is not None:
        return redirect(f"{reverse('postings:list')}?{renamed}", permanent=True)
    tidy = tidy_address(request, search)
    if tidy:
        return redirect(tidy)
    search.show_country_counts()
    total = search.counts.total
    paginator = CountedPaginator(search.results, JOBS_PER_PAGE, total)
    page = paginator.get_page(request.GET.get("page"))
    chips = search.chips
    title = "Jobs in data and AI"
    heading = "Jobs"
    if search.country_name:
        heading = f"Jobs you can do from {search.country_name}"
    if chips:
        title = f"{total} job{pluralize(total)}: " + ", ".join(label for label, _ in chips)
    if page.number > 1:
        title += f" (page {page.number})"
    # Filter combinations are endless; the canonical page is the job list itself, or a
    # single role's job list, which is worth indexing on its own.
    roles = search.values.get("role", [])
    meta = page_meta(
        request,
        title,
        f"{title}, with {total} open: filter by salary, seniority, workplace, role and place.",
        params={
            "role": roles[0] if len(roles) == 1 else "",
            "page": page.number if page.number > 1 else "",
        },
        noindex=not search.is_valid,
    )
    context = {
        "meta": meta,
        "heading": heading,
        "search": search,
        "form": search.form,
        "page": page,
        "facet_groups": search.facet_groups,
        "chips": chips,
        "feed_title": "Jobs: " + ", ".join(label for label, _ in chips) if chips else "All jobs",
        "querystring": search.normalized_query,
    }
    status = 200 if search.is_valid else 400
    return render(request, "postings/jobposting_list.html", context, status=status)


def tidy_address(request, search):
    """Return the job list's address with only the parameters in use (no ``q=&location=``,
    no default sort), or None when the request's address is that already. Searches with
    errors keep their address, so the errors can be shown."""
    if not search.is_valid:
        return None
    given = sorted(
        (name, value) for name, values in request.GET.lists() if name != "page" for value in values
    )
    tidy = QueryDict(search.normalized_query)
    wanted = sorted((name, value) for name, values in tidy.lists() for value in values)
    if given == wanted:
        return None
    tidy = tidy.copy()
    if request.GET.get("page"):
        tidy["page"] = request.GET["page"]
    query = tidy.urlencode()
    return reverse("postings:list") + (f"?{query}" if query else "")


@cache_public_page
def job_detail(request, pk, slug=None):
    posting = JobPosting.objects.reachable().for_page().filter(pk=pk).first()
    is_preview = False
    if posting is None and may_preview(request.user, JobPosting):
        # A draft, scheduled or archived job, as admin's "View on site" opens it.
        posting = JobPosting.objects.for_page().filter(pk=pk).first()
        is_preview = True
    if posting is None:
        raise Http404("No such job.")
    if slug != posting.slug:
        # Titles change; the id stays, so old links land on the current address.
        return redirect(posting, permanent=True)
    context = job_page_context(request, posting, is_preview=is_preview)
    response = render(request, "postings/jobposting_detail.html", context)
    if is_preview:
        add_never_cache_headers(response)  # private: no browser or proxy keeps a preview
    return response


def job_page_context(request, posting, *, is_preview=False):
    """Everything a job's page shows; employers' previews render the same page."""
    similar = JobPosting.objects.none()
    comparisons = Comparison.objects.none()
    if posting.role_id:
        similar = (
            JobPosting.objects.visible()
            .for_role(posting.role_id)
            .exclude(pk=posting.pk)
            .for_cards()
            .newest_first()[:SIMILAR_JOBS]
        )
        comparisons = (
            Comparison.objects.published().with_roles().for_role(posting.role_id).newest_first()
        )
    return {
        "meta": page_meta(
            request,
            f"{posting.title} at {posting.company.name}",
            f"{posting.title} at {posting.company.name}, {posting.location}. {posting.summary}",
            path=posting.get_absolute_url(),
            noindex=is_preview or not posting.is_visible,
        ),
        "posting": posting,
        "similar": similar,
        "comparisons": comparisons,
        "json_ld": (
            job_posting_script(posting, request.build_absolute_uri(posting.get_absolute_url()))
            if posting.is_visible and not is_preview
            else ""
        ),
        "is_preview": is_preview,
    }


def counted_views(view):
    """Count a view of a job's page per day, for people: before the page cache, so a
    cached page counts too; bots (by user agent) and HEAD requests do not count."""

    @functools.wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        response = view(request, pk, *args, **kwargs)
        if response.status_code == 200 and request.method == "GET" and is_person(request):
            services.count(pk, "views")
        return response

    return wrapper


BOT = re.compile(
    r"bot|crawl|spider|slurp|preview|fetch|monitor|curl|wget|python|http|java|go-http|"
    r"headless|scrapy|lighthouse|feed",
    re.IGNORECASE,
)


def is_person(request):
    agent = request.headers.get("User-Agent", "")
    return bool(agent) and not BOT.search(agent)


job_detail = counted_views(job_detail)


def apply(request, pk):
    """Count a click on "Apply" and send the visitor on to the employer's own page."""
    posting = get_object_or_404(JobPosting.objects.visible(), pk=pk)
    if request.method == "GET" and is_person(request):
        services.count(posting.pk, "apply_clicks")
    return ApplyRedirect(posting.apply_url or f"mailto:{posting.apply_email}")


class ApplyRedirect(HttpResponseRedirect):
    """A redirect to an employer's apply page, or to an e-mail to them."""

    allowed_schemes = ["http", "https", "mailto"]


COMPANY_JOBS_PER_PAGE = 20


@cache_public_page(params=("page",))
def company_detail(request, slug):
    """A company's page: who they are and their open jobs, newest first."""
    company = get_object_or_404(Company, slug=slug)
    jobs = JobPosting.objects.visible().filter(company=company).for_cards().newest_first()
    page = Paginator(jobs, COMPANY_JOBS_PER_PAGE).get_page(request.GET.get("page"))
    url = request.build_absolute_uri(company.get_absolute_url())
    context = {
        "company": company,
        "page": page,
        "meta": page_meta(
            request,
            f"{company.name}: jobs and company profile",
            company.description or f"Open data and AI jobs at {company.name}.",
            params={"page": page.number if page.number > 1 else ""},
        ),
        "json_ld": organization_script(company, url, request),
    }
    return render(request, "postings/company_detail.html", context)


def logo(request, name):
    """Serve a company logo: only files the site drew itself (postings.logos), as PNG."""
    if not re.fullmatch(LOGO_NAME, name) or not default_storage.exists(f"logos/{name}"):
        raise Http404("No such logo.")
    response = FileResponse(default_storage.open(f"logos/{name}"), content_type="image/png")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


INDEX_OPTIONS = ["currency", "sort"]
ROLE_OPTIONS = ["country", "currency"]


@cache_public_page(params=INDEX_OPTIONS)
def salary_index(request):
    rates = ExchangeRate.objects.in_bulk(field_name="currency")
    form = SalaryOptionsForm(request.GET, rates, INDEX_OPTIONS)
    rows = salary_rows(form.rate, form.value("sort", "median"))
    meta = page_meta(
        request,
        "Salaries by role",
        "Median salaries and ranges for data and AI roles, computed live from job postings.",
    )
    context = {
        "form": form,
        "rows": rows,
        "rate": form.rate,
        "min_sample": MIN_SAMPLE,
        "meta": meta,
    }
    return render(
        request, "postings/salary_index.html", context, status=400 if form.errors else 200
    )


def salary_index_csv(request):
    rates = ExchangeRate.objects.in_bulk(field_name="currency")
    form = SalaryOptionsForm(request.GET, rates, INDEX_OPTIONS)
    rate = form.rate
    header = ["role", "slug", "currency", "postings", "p25", "median", "p75"]
    lines = (
        [row.role.name, row.role.slug, rate.currency, row.stats.count, *stat_cells(row.stats)]
        for row in salary_rows(rate, form.value("sort", "median"))
    )
    return csv_response("salaries.csv", header, lines)


@cache_public_page(params=ROLE_OPTIONS)
def salary_detail(request, slug):
    role = Role.objects.filter(slug=slug).first()
    if role is None:
        return renamed_role(slug, "salaries:detail", request.GET.urlencode())
    rates = ExchangeRate.objects.in_bulk(field_name="currency")
    form = SalaryOptionsForm(request.GET, rates, ROLE_OPTIONS)
    report = salary_report(role, form.value("country"), form.rate)
    place = report.country_name or "global"
    meta = page_meta(
        request,
        f"{role.name} salaries, {place}",
        f"{role.name} salaries ({place}) from live job postings: median, range, by seniority "
        "and by country.",
        params={"country": report.country},
    )
    context = {
        "role": role,
        "form": form,
        "report": report,
        "min_sample": MIN_SAMPLE,
        "meta": meta,
    }
    return render(
        request, "postings/salary_detail.html", context, status=400 if form.errors else 200
    )


def salary_detail_csv(request, slug):
    role = Role.objects.filter(slug=slug).first()
    if role is None:
        return renamed_role(slug, "salaries:detail_csv", request.GET.urlencode())
    rates = ExchangeRate.objects.in_bulk(field_name="currency")
    form = SalaryOptionsForm(request.GET, rates, ROLE_OPTIONS)
    report = salary_report(role, form.value("country"), form.rate)
    header = [
        "role",
        "group",
        "value",
        "currency",
        "postings",
        "low",
        "p25",
        "median",
        "p75",
        "high",
    ]

    def line(group, value, stats):
        cells = ["", "", "", "", ""]
        if stats.enough:
            cells = [round_half_up(getattr(stats, name)) for name in STAT_ORDER]
        return [role.slug, group, value, report.rate.currency, stats.count, *cells]

    lines = [line("all", report.country or "all", report.overall)] if report.overall else []
    lines += [line("seniority", key, stats) for key, _, stats in report.by_seniority]
    lines += [line("country", key, stats) for key, _, stats in report.by_country]
    return csv_response(f"salaries-{role.slug}.csv", header, lines)
