"""The employer's pages at /employers/: the dashboard, the company, its members, and jobs
to submit, preview, edit, duplicate, renew and close.

Every page needs a signed-in account with a verified address; every job is looked up
among the employer's own company's jobs only, so another company's job is a 404.
"""

import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from jobboard.meta import page_meta
from postings import services as postings
from postings.models import JobPosting
from postings.views import job_page_context

from . import services
from .forms import CompanyForm, InviteForm, JoinForm, PostingForm
from .models import JoinRequest, Membership


def employer_page(view):
    """Signed in, never cached; the company (or None) is passed on as ``company``."""

    @functools.wraps(view)
    @never_cache
    @login_required(login_url="account_login")
    def wrapper(request, *args, **kwargs):
        return view(request, *args, company=services.company_of(request.user), **kwargs)

    return wrapper


def member_page(view):
    """An employer page for members of a company; others are sent to set one up."""

    @functools.wraps(view)
    @employer_page
    def wrapper(request, *args, company, **kwargs):
        if company is None:
            return redirect("employers:company")
        return view(request, *args, company=company, **kwargs)

    return wrapper


def page(request, template, title, context, status=200):
    context = {"meta": page_meta(request, title, noindex=True), **context}
    return render(request, f"employers/{template}.html", context, status=status)


@member_page
def dashboard(request, company):
    jobs = (
        JobPosting.objects.filter(company=company)
        .select_related("revision")
        .annotate(views=Sum("daily_stats__views"), clicks=Sum("daily_stats__apply_clicks"))
        .order_by("-created_at", "-pk")
    )
    now = timezone.now()
    rows = [(job, postings.may_renew(job, now)) for job in jobs]
    is_owner = Membership.objects.filter(user=request.user, company=company, is_owner=True)
    context = {"company": company, "rows": rows, "is_owner": is_owner.exists()}
    return page(request, "dashboard", f"{company.name}: jobs", context)


@employer_page
def company_setup(request, company):
    """Create a company, or ask to join one already on the board."""
    if company is not None:
        return redirect("employers:company_edit")
    form = CompanyForm(prefix="new")
    join = JoinForm(prefix="join")
    if request.method == "POST" and "create" in request.POST:
        form = CompanyForm(request.POST, request.FILES, prefix="new")
        if form.is_valid():
            services.create_company(request.user, form)
            messages.success(request, "Your company is set up. Post its first job.")
            return redirect("employers:dashboard")
    elif request.method == "POST" and "join" in request.POST:
        join = JoinForm(request.POST, prefix="join")
        if join.is_valid():
            services.ask_to_join(request.user, join.cleaned_data["company"])
            messages.success(request, "We asked the company's owners to let you in.")
            return redirect("employers:company")
    pending = JoinRequest.objects.filter(user=request.user).select_related("company").first()
    status = 400 if form.errors or join.errors else 200
    context = {"form": form, "join": join, "pending": pending}
    return page(request, "company_setup", "Set up your company", context, status)


@member_page
def company_edit(request, company):
    services.require_owner(request.user, company)
    form = CompanyForm(instance=company)
    if request.method == "POST":
        form = CompanyForm(request.POST, request.FILES, instance=company)
        if form.is_valid():
            services.update_company(company, form)
            messages.success(request, "Company details saved.")
            return redirect("employers:company_edit")
    status = 400 if form.errors else 200
    return page(request, "company_edit", "Your company", {"form": form, "company": company}, status)


@member_page
def members(request, company):
    services.require_owner(request.user, company)
    form = InviteForm()
    if request.method == "POST":
        if "invite" in request.POST:
            form = InviteForm(request.POST)
            if form.is_valid():
                services.invite(company, form.cleaned_data["email"], by=request.user)
                messages.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
                return redirect("employers:members")
        else:
            join_request = get_object_or_404(
                JoinRequest, pk=request.POST.get("request", "").strip() or 0, company=company
            )
            accept = request.POST.get("answer") == "accept"
            services.answer_join_request(join_request, by=request.user, accept=accept)
            return redirect("employers:members")
    context = {
        "company": company,
        "form": form,
        "members": company.members.select_related("user").order_by("joined_at"),
        "invitations": company.invitations.order_by("-created_at"),
        "requests": company.join_requests.select_related("user").order_by("created_at"),
    }
    return page(request, "members", "Your colleagues", context, 400 if form.errors else 200)


@employer_page
def accept_invitation(request, token, company):
    invitation = services.read_invitation(token)
    if invitation is None:
        raise Http404("This invitation no longer works.")
    if request.method == "POST":
        try:
            services.accept_invitation(invitation, request.user)
        except PermissionDenied as refused:
            messages.error(request, str(refused))
            return redirect(request.path)
        messages.success(request, f"You now post jobs for {invitation.company.name}.")
        return redirect("employers:dashboard")
    return page(request, "invitation", "Invitation", {"invitation": invitation})


def own_job(company, pk):
    """One of the company's jobs, or 404: another company's job does not exist here."""
    return get_object_or_404(
        JobPosting.objects.select_related("company", "role", "salary_currency"),
        pk=pk,
        company=company,
    )


@member_page
def job_new(request, company):
    form = PostingForm(company=company)
    if request.method == "POST":
        form = PostingForm(request.POST, company=company)
        if form.is_valid():
            posting = form.save(commit=False)
            posting.status = JobPosting.Status.DRAFT
            posting.submitted_by = request.user
            posting.save()
            return redirect("employers:job_preview", pk=posting.pk)
    context = {"form": form, "company": company, "posting": None}
    return page(request, "job_form", "Post a job", context, 400 if form.errors else 200)


@member_page
def job_edit(request, pk, company):
    posting = own_job(company, pk)
    if posting.status == JobPosting.Status.ARCHIVED:
        raise Http404("Archived jobs cannot be edited.")
    revision = getattr(posting, "revision", None)
    initial = revision.data if revision is not None else None
    form = PostingForm(instance=posting, initial=initial, company=company)
    if request.method == "POST":
        form = PostingForm(request.POST, instance=posting, company=company)
        if form.is_valid():
            outcome = services.save_edit(posting, form, by=request.user)
            if outcome == "review":
                messages.success(
                    request,
                    "Your edit is waiting for review; the job shows as before until it is "
                    "approved.",
                )
                return redirect("employers:dashboard")
            return redirect("employers:job_preview", pk=posting.pk)
    context = {"form": form, "company": company, "posting": posting}
    return page(request, "job_form", f"Edit {posting.title}", context, 400 if form.errors else 200)


@member_page
def job_preview(request, pk, company):
    """The job exactly as its public page will show it, with a banner and what to do next."""
    posting = own_job(company, pk)
    context = job_page_context(request, posting, is_preview=True)
    context["employer_preview"] = posting
    context["may_submit"] = posting.status in postings.REVIEWABLE_FROM
    return render(request, "postings/jobposting_detail.html", context)


def job_action(view):
    """A POST-only action on one of the company's jobs, back to the dashboard with what
    it did, or why it could not."""

    @functools.wraps(view)
    @require_POST
    @member_page
    def wrapper(request, pk, company):
        posting = own_job(company, pk)
        try:
            message = view(request, posting)
        except ValidationError as refused:
            messages.error(request, " ".join(refused.messages))
        else:
            messages.success(request, message)
        return redirect("employers:dashboard")

    return wrapper


@job_action
def job_submit(request, posting):
    services.submit(posting, by=request.user)
    return f"“{posting.title}” is waiting for review. We will e-mail you the result."


@job_action
def job_duplicate(request, posting):
    (copy,) = postings.duplicate([posting])
    JobPosting.objects.filter(pk=copy.pk).update(submitted_by=request.user)
    return f"Copied as a draft: “{copy.title}”."


@job_action
def job_renew(request, posting):
    postings.renew(posting, by=request.user)
    return f"“{posting.title}” runs for another {settings.JOB_POSTING_DEFAULT_DAYS} days."


@job_action
def job_close(request, posting):
    postings.close(posting, by=request.user)
    return f"“{posting.title}” is closed: it no longer takes applications."
