from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from roles.models import Comparison

from .filters import JobPostingFilter
from .jsonld import job_posting_script
from .models import JobPosting

JOBS_PER_PAGE = 20
SIMILAR_JOBS = 4


class CountedPaginator(Paginator):
    """A paginator told its count up front: the job list gets it from the same query as
    the facet counts, so paginating costs no extra COUNT."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


def job_list(request):
    filterset = JobPostingFilter(request.GET, queryset=JobPosting.objects.visible())
    total, facets = filterset.facet_counts()
    paginator = CountedPaginator(filterset.sorted_qs(), JOBS_PER_PAGE, total)
    page = paginator.get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "filter": filterset,
        "page": page,
        "facet_groups": filterset.facet_groups(facets),
        "chips": filterset.chips(),
        "querystring": params.urlencode(),
    }
    status = 400 if filterset.form.errors else 200
    return render(request, "postings/jobposting_list.html", context, status=status)


def job_detail(request, pk, slug=None):
    posting = get_object_or_404(JobPosting.objects.reachable().for_cards(), pk=pk)
    if slug != posting.slug:
        # Titles change; the id stays, so old links land on the current address.
        return redirect(posting, permanent=True)
    similar = JobPosting.objects.none()
    comparisons = Comparison.objects.none()
    if posting.role_id:
        similar = (
            JobPosting.objects.visible()
            .for_role(posting.role_id)
            .exclude(pk=posting.pk)
            .for_list()[:SIMILAR_JOBS]
        )
        comparisons = (
            Comparison.objects.published().with_roles().for_role(posting.role_id).newest_first()
        )
    context = {
        "posting": posting,
        "similar": similar,
        "comparisons": comparisons,
        "json_ld": (
            job_posting_script(posting, request.build_absolute_uri(posting.get_absolute_url()))
            if posting.is_visible
            else ""
        ),
    }
    return render(request, "postings/jobposting_detail.html", context)
