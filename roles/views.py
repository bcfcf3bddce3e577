from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from jobboard.cache import cache_public_page
from jobboard.jsonld import breadcrumbs, ld_json_script
from jobboard.meta import page_meta
from jobboard.previews import may_preview
from postings.models import JobPosting
from postings.salaries import MIN_SAMPLE, role_summaries

from .articles import article_data, build_article, build_profile
from .filters import ComparisonFilter
from .models import Comparison, OldSlug, Role, published_filter

COMPARISONS_PER_PAGE = 12
RELATED_ARTICLES = 4
FEATURED_JOBS = 4
ROLE_JOBS = 8


@cache_public_page
def home(request):
    latest = Comparison.objects.published().with_roles().newest_first()[:6]
    featured = JobPosting.objects.featured().for_cards().newest_first()[:6]
    meta = page_meta(request, "Compare careers in data and AI")
    return render(request, "home.html", {"latest": latest, "featured_jobs": featured, "meta": meta})


@cache_public_page(params=("q", "role", "page"))
def comparison_list(request):
    published = Comparison.objects.published().with_roles().newest_first()
    filterset = ComparisonFilter(request.GET, queryset=published)
    if not filterset.is_valid():
        # Show the errors next to the form rather than pretending nothing matched.
        comparisons, status = published.none(), 400
    else:
        comparisons, status = filterset.qs, 200
    page = Paginator(comparisons, COMPARISONS_PER_PAGE).get_page(request.GET.get("page"))
    role = filterset.form.cleaned_data.get("role") if status == 200 else None
    title = "Career comparisons" + (f" with {role.name}" if role else "")
    if page.number > 1:
        title += f" (page {page.number})"
    meta = page_meta(
        request,
        title,
        f"{title}: data and AI careers side by side, with duties, skills, education, tools, "
        "industries, outlook and how to start.",
        params={"role": role.slug if role else "", "page": page.number if page.number > 1 else ""},
    )
    context = {
        "filter": filterset,
        "page": page,
        "querystring": _without_page(request),
        "meta": meta,
    }
    return render(request, "roles/comparison_list.html", context, status=status)


@cache_public_page
def comparison_detail(request, slug):
    comparison = Comparison.objects.for_article().filter(slug=slug).first()
    if comparison is None:
        canonical = _reversed_comparison(slug) or OldSlug.current(Comparison, slug)
        if canonical is None or not _can_view(request, canonical):
            raise Http404("No such comparison.")
        return redirect(canonical, permanent=True)
    if not _can_view(request, comparison):
        raise Http404("No such comparison.")
    related = (
        Comparison.objects.published()
        .with_roles()
        .filter(Q(role_a__in=comparison.roles) | Q(role_b__in=comparison.roles))
        .exclude(pk=comparison.pk)
        .newest_first()[:RELATED_ARTICLES]
    )
    article = build_article(comparison)
    meta = page_meta(
        request,
        comparison.title,
        comparison.intro,
        path=comparison.get_absolute_url(),
        og_type="article",
        noindex=not comparison.is_public,
    )
    structured = ld_json_script(
        article_data(article, meta.canonical),
        breadcrumbs(
            request,
            ("Insights", reverse("roles:comparison_list")),
            (str(comparison), comparison.get_absolute_url()),
        ),
    )
    context = {
        "comparison": comparison,
        "article": article,
        "meta": meta,
        "structured_data": structured,
        "related": related,
        "featured_jobs": JobPosting.objects.featured_for_roles(comparison.roles, FEATURED_JOBS),
        "salaries": role_summaries(comparison.roles),
        "min_sample": MIN_SAMPLE,
        "is_preview": not comparison.is_public,
    }
    response = render(request, "roles/comparison_detail.html", context)
    if not comparison.is_public:
        add_never_cache_headers(response)  # private: no browser or proxy keeps a preview
    return response


@cache_public_page
def role_list(request):
    roles = Role.objects.annotate(
        comparison_count=Count(
            "comparisons_as_a", filter=published_filter("comparisons_as_a"), distinct=True
        )
        + Count("comparisons_as_b", filter=published_filter("comparisons_as_b"), distinct=True)
    )
    meta = page_meta(
        request,
        "Roles in data and AI",
        "Profiles of data and AI roles: what each does, the skills, tools and education it "
        "needs, where it works and how to start.",
    )
    return render(request, "roles/role_list.html", {"roles": roles, "meta": meta})


@cache_public_page
def role_detail(request, slug):
    role = Role.objects.for_profile().filter(slug=slug).first()
    if role is None:
        return renamed_role(slug)
    comparisons = Comparison.objects.published().with_roles().for_role(role).newest_first()
    jobs = JobPosting.objects.visible().for_role(role).for_cards().newest_first()[:ROLE_JOBS]
    context = {
        "role": role,
        "sections": build_profile(role),
        "comparisons": comparisons,
        "jobs": jobs,
        "salary": role_summaries([role])[0],
        "min_sample": MIN_SAMPLE,
        "meta": page_meta(request, f"{role.name}: role profile, jobs and salary", role.definition),
    }
    return render(request, "roles/role_detail.html", context)


def renamed_role(slug, view="roles:detail", query=""):
    """Answer an old slug of a role with a permanent redirect to the same page under the
    role's current slug; raise Http404 when no role ever had it."""
    role = OldSlug.current(Role, slug)
    if role is None:
        raise Http404("No such role.")
    url = reverse(view, kwargs={"slug": role.slug})
    return redirect(f"{url}?{query}" if query else url, permanent=True)


def _can_view(request, comparison):
    """Return whether the request may see the comparison: the public sees published ones;
    staff who may view comparisons in admin also preview drafts and scheduled ones."""
    return comparison.is_public or may_preview(request.user, Comparison)


def _reversed_comparison(slug):
    """Return the comparison whose slug names the same two roles in the other order."""
    if len(slug) > Comparison._meta.get_field("slug").max_length:
        return None  # no comparison has such a slug; splitting it would only cost time
    candidates = []
    start = slug.find("-vs-")
    while start != -1:
        first, second = slug[:start], slug[start + 4 :]
        if first and second:
            candidates.append(Comparison.build_slug(second, first))
        start = slug.find("-vs-", start + 1)
    if not candidates:
        return None
    found = Comparison.objects.filter(slug__in=candidates).first()
    if found is None:  # the other order of an old address
        old = OldSlug.objects.filter(kind="comparison", slug__in=candidates)
        found = Comparison.objects.filter(pk__in=old.values("target_id")).first()
    return found


def _without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
