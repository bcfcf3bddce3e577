import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from postings.models import Company, ExchangeRate, JobPosting, Seniority
from tests.factories import posting_form_data

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:postings_jobposting_changelist"


def make_company(name="Acme Analytics"):
    company, _ = Company.objects.get_or_create(name=name, defaults={"slug": slugify(name)})
    return company


def make_posting(**overrides):
    fields = {
        "title": "Data Analyst",
        "company": make_company(),
        "location": "Berlin, Germany",
        "seniority": Seniority.MID,
        "description": "Turn questions into answers.",
        "apply_url": "https://example.com/apply",
        "salary_min": Decimal(50000),
        "salary_max": Decimal(70000),
        "salary_currency": ExchangeRate.objects.get(currency="USD"),
        **overrides,
    }
    return JobPosting.objects.create(**fields)


def make_published(**overrides):
    return make_posting(
        status=JobPosting.Status.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=1),
        **overrides,
    )


def run_action(client, action, *postings):
    return client.post(
        reverse(CHANGELIST), {"action": action, "_selected_action": [p.pk for p in postings]}
    )


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:postings_company_changelist",
        "admin:postings_exchangerate_changelist",
        CHANGELIST,
    ],
)
def test_changelists_render_for_staff(staff_client, role_factory, url_name):
    make_published(role=role_factory(), country="DE", is_featured=True)
    response = staff_client.get(reverse(url_name))
    assert response.status_code == 200


def test_posting_changelist_shows_salary_featured_and_filters(staff_client):
    make_published(country="DE", is_featured=True)
    response = staff_client.get(reverse(CHANGELIST), {"country": "DE", "status": "published"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "USD 50K – 70K a year" in page
    assert "icon-yes.svg" in page
    assert "Germany" in page


def test_posting_changelist_search_finds_company_and_external_id(staff_client):
    wanted = make_posting(external_id="feed-42")
    make_posting(title="Chef", company=make_company("Kitchen Co"))
    for term in ["feed-42", "Acme"]:
        response = staff_client.get(reverse(CHANGELIST), {"q": term})
        assert list(response.context["cl"].result_list) == [wanted]


@pytest.mark.parametrize("model", ["company", "exchangerate", "jobposting"])
def test_change_and_add_forms_render_for_staff(staff_client, model):
    posting = make_posting()
    pk = {"company": posting.company.pk, "exchangerate": posting.salary_currency.pk}.get(
        model, posting.pk
    )
    assert staff_client.get(reverse(f"admin:postings_{model}_change", args=[pk])).status_code == 200
    assert staff_client.get(reverse(f"admin:postings_{model}_add")).status_code == 200


def test_posting_change_form_shows_derived_fields_read_only(staff_client):
    posting = make_posting()
    response = staff_client.get(reverse("admin:postings_jobposting_change", args=[posting.pk]))
    form = response.context["adminform"].form
    for name in ["slug", "salary_min_usd", "salary_max_usd", "created_at", "updated_at"]:
        assert name not in form.fields
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".fieldBox.field-salary_min_usd .readonly").get_text() == "50000"
    assert soup.select_one(".fieldBox.field-salary_max_usd .readonly").get_text() == "70000"
    legends = [h.get_text() for h in soup.select("h2")]
    for name in ["Job", "Place", "Salary", "Description", "Applying", "Publishing"]:
        assert name in legends


def test_view_on_site_goes_to_the_posting_page(staff_client):
    posting = make_published()
    page = staff_client.get(reverse("admin:postings_jobposting_change", args=[posting.pk]))
    view_on_site = BeautifulSoup(page.content, "html.parser").select_one("a.viewsitelink")
    redirect = staff_client.get(view_on_site["href"])
    assert redirect["Location"].endswith(posting.get_absolute_url())


def test_company_autocomplete_answers_for_posting_form(staff_client):
    make_company("Acme Analytics")
    make_company("Kitchen Co")
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "acme",
            "app_label": "postings",
            "model_name": "jobposting",
            "field_name": "company",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Acme Analytics"]


def test_adding_a_posting_derives_its_fields(staff_client):
    company = make_company()
    data = posting_form_data(
        company,
        salary_min="40000",
        salary_max="46000",
        salary_currency="EUR",
        status="published",
    )
    response = staff_client.post(reverse("admin:postings_jobposting_add"), data)
    assert response.status_code == 302
    posting = JobPosting.objects.get()
    assert posting.slug == "data-analyst"
    assert posting.salary_min_usd == 43478
    assert posting.published_at is not None
    assert posting.expires_at == posting.published_at + datetime.timedelta(
        days=settings.JOB_POSTING_DEFAULT_DAYS
    )
    assert posting in JobPosting.objects.visible()


def test_editing_a_posting_keeps_its_own_external_id(staff_client):
    posting = make_posting(external_id="feed-1")
    data = posting_form_data(
        posting.company,
        title="Senior Data Analyst",
        external_id="feed-1",
        salary_min="50000",
        salary_currency="USD",
    )
    url = reverse("admin:postings_jobposting_change", args=[posting.pk])
    assert staff_client.post(url, data).status_code == 302
    posting.refresh_from_db()
    assert posting.title == "Senior Data Analyst"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"is_full_time": None}, "Choose at least one employment type."),
        ({"apply_url": ""}, "Give an apply link or an apply e-mail address."),
        (
            {"salary_min": "90000", "salary_max": "50000", "salary_currency": "USD"},
            "The minimum salary cannot be above the maximum.",
        ),
        ({"salary_min": "50000"}, "A salary needs its currency."),
        ({"salary_max": "50000"}, "A salary needs its currency."),
        ({"status": "expired"}, "A published or expired job needs a publish date."),
        (
            {
                "published_at_0": "2026-03-10",
                "published_at_1": "09:00:00",
                "expires_at_0": "2026-03-01",
                "expires_at_1": "09:00:00",
            },
            "A job must expire after it is published.",
        ),
        (
            {
                "published_at_0": "2026-03-10",
                "published_at_1": "09:00:00",
                "expires_at_0": "2026-03-10",
                "expires_at_1": "09:00:00",
            },
            "A job must expire after it is published.",
        ),
        ({"external_id": "feed-1"}, "Another job already has this external id."),
        # Two megabytes of description: a form error, not a failed full-text index.
        ({"description": "word " * 400_000}, "Ensure this value has at most 20000 characters"),
        ({"apply_url": "ftp://example.com/apply"}, "Enter an http:// or https:// address."),
    ],
)
def test_constraints_are_form_errors(staff_client, extra, message):
    existing = make_posting(external_id="feed-1")
    response = staff_client.post(
        reverse("admin:postings_jobposting_add"), posting_form_data(existing.company, **extra)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(JobPosting.objects.all()) == [existing]


def test_apply_email_alone_is_enough(staff_client):
    data = posting_form_data(make_company(), apply_url="", apply_email="jobs@example.com")
    response = staff_client.post(reverse("admin:postings_jobposting_add"), data)
    assert response.status_code == 302
    assert JobPosting.objects.get().apply_email == "jobs@example.com"


def test_publish_action_sets_dates_and_shows_the_posting(staff_client):
    draft = make_posting()
    response = run_action(staff_client, "publish", draft)
    assert response.status_code == 302
    assert messages_of(response) == ["Published 1 posting(s)."]
    draft.refresh_from_db()
    assert draft.status == JobPosting.Status.PUBLISHED
    assert draft.expires_at == draft.published_at + datetime.timedelta(
        days=settings.JOB_POSTING_DEFAULT_DAYS
    )
    assert list(JobPosting.objects.visible()) == [draft]


def test_publish_action_keeps_dates_already_set(staff_client):
    published_at = timezone.now() - datetime.timedelta(hours=2)
    expires_at = timezone.now() + datetime.timedelta(days=3)
    draft = make_posting(published_at=published_at, expires_at=expires_at)
    run_action(staff_client, "publish", draft)
    draft.refresh_from_db()
    assert (draft.published_at, draft.expires_at) == (published_at, expires_at)


def test_publish_action_reports_a_posting_it_cannot_publish(staff_client):
    # A draft whose expiry has already passed would expire before its new publish date.
    stale = make_posting(expires_at=timezone.now() - datetime.timedelta(days=1))
    fine = make_posting(title="Data Engineer")
    response = run_action(staff_client, "publish", stale, fine)
    assert response.status_code == 302
    assert messages_of(response) == [
        f"{stale} was not published: A job must expire after it is published.",
        "Published 1 posting(s).",
    ]
    stale.refresh_from_db()
    assert stale.status == JobPosting.Status.DRAFT
    assert list(JobPosting.objects.visible()) == [fine]


def test_expire_action_hides_published_postings_only(staff_client):
    live = make_published()
    draft = make_posting(title="Data Engineer")
    expires_at = live.expires_at
    response = run_action(staff_client, "expire", live, draft)
    assert messages_of(response) == [
        "Expired 1 posting(s).",
        "1 posting(s) were not published and were left unchanged.",
    ]
    live.refresh_from_db()
    assert live.status == JobPosting.Status.EXPIRED
    assert live.expires_at == expires_at
    assert not JobPosting.objects.visible().exists()
    assert list(JobPosting.objects.reachable()) == [live]
    assert JobPosting.objects.get(pk=draft.pk).status == JobPosting.Status.DRAFT


@pytest.mark.parametrize(
    ("action", "days"), [("feature_for_7_days", 7), ("feature_for_30_days", 30)]
)
def test_feature_actions_feature_for_a_set_time(staff_client, action, days):
    posting = make_published()
    response = run_action(staff_client, action, posting)
    assert messages_of(response)[0].startswith("Featured 1 posting(s) until ")
    posting.refresh_from_db()
    assert posting.is_featured
    expected = timezone.now() + datetime.timedelta(days=days)
    assert abs(posting.featured_until - expected) < datetime.timedelta(minutes=1)
    assert list(JobPosting.objects.featured()) == [posting]


def test_featuring_a_draft_warns_it_is_not_visible(staff_client):
    draft = make_posting()
    response = run_action(staff_client, "feature_for_7_days", draft)
    assert messages_of(response)[1] == (
        "1 of them are not visible, so they show as featured only once public."
    )


def test_unfeature_action(staff_client):
    posting = make_published(
        is_featured=True, featured_until=timezone.now() + datetime.timedelta(days=3)
    )
    response = run_action(staff_client, "unfeature", posting)
    assert messages_of(response) == ["Stopped featuring 1 posting(s)."]
    posting.refresh_from_db()
    assert (posting.is_featured, posting.featured_until) == (False, None)
    assert not JobPosting.objects.featured().exists()


def test_duplicate_action_makes_draft_copies(staff_client):
    original = make_published(
        external_id="feed-1",
        is_featured=True,
        salary_currency=ExchangeRate.objects.get(currency="EUR"),
        remote_regions=["DE", "FR"],
    )
    response = run_action(staff_client, "duplicate", original)
    assert messages_of(response) == ["Made 1 draft copy(ies)."]
    copy = JobPosting.objects.exclude(pk=original.pk).get()
    assert copy.title == "Copy of Data Analyst"
    assert copy.slug == "copy-of-data-analyst"
    assert copy.status == JobPosting.Status.DRAFT
    assert (copy.published_at, copy.expires_at, copy.external_id) == (None, None, "")
    assert not copy.is_featured
    assert copy.company == original.company
    assert copy.salary_currency_id == "EUR"
    assert copy.salary_min_usd == original.salary_min_usd
    assert [c.code for c in copy.remote_regions] == ["DE", "FR"]
    assert list(JobPosting.objects.visible()) == [original]
    original.refresh_from_db()
    assert original.external_id == "feed-1"


def test_duplicating_a_long_title_stays_within_the_column(staff_client):
    original = make_posting(title="x" * 200)
    run_action(staff_client, "duplicate", original)
    copy = JobPosting.objects.exclude(pk=original.pk).get()
    assert len(copy.title) == 200
    assert copy.title.startswith("Copy of x")


def rate_form(rate, **extra):
    return {
        "currency": rate.currency,
        "name": rate.name,
        "units_per_usd": str(rate.units_per_usd),
        "as_of": rate.as_of.isoformat(),
        **extra,
    }


def test_editing_a_rate_renormalizes_its_postings_only(staff_client):
    euro = ExchangeRate.objects.get(currency="EUR")
    in_euro = make_posting(salary_currency=euro)
    in_pounds = make_posting(salary_currency=ExchangeRate.objects.get(currency="GBP"))
    pounds_before = (in_pounds.salary_min_usd, in_pounds.salary_max_usd)
    assert in_euro.salary_min_usd == 54348

    response = staff_client.post(
        reverse("admin:postings_exchangerate_change", args=[euro.pk]),
        rate_form(euro, units_per_usd="0.5"),
    )
    assert response.status_code == 302
    assert "Re-normalized the USD salaries of 1 posting(s) in EUR." in messages_of(response)
    in_euro.refresh_from_db()
    in_pounds.refresh_from_db()
    assert (in_euro.salary_min_usd, in_euro.salary_max_usd) == (100000, 140000)
    assert (in_pounds.salary_min_usd, in_pounds.salary_max_usd) == pounds_before


def test_editing_a_rate_without_changing_it_renormalizes_nothing(staff_client):
    euro = ExchangeRate.objects.get(currency="EUR")
    make_posting(salary_currency=euro)
    response = staff_client.post(
        reverse("admin:postings_exchangerate_change", args=[euro.pk]),
        rate_form(euro, name="Euro (ECB)"),
    )
    assert response.status_code == 302
    assert not any("Re-normalized" in m for m in messages_of(response))


def test_editing_rates_in_the_changelist_renormalizes(staff_client):
    euro = ExchangeRate.objects.get(currency="EUR")
    posting = make_posting(salary_currency=euro)
    rates = list(ExchangeRate.objects.all())
    data = {"form-TOTAL_FORMS": len(rates), "form-INITIAL_FORMS": len(rates), "_save": "Save"}
    for i, rate in enumerate(rates):
        data[f"form-{i}-id"] = rate.pk
        data[f"form-{i}-units_per_usd"] = "0.8" if rate == euro else str(rate.units_per_usd)
        data[f"form-{i}-as_of"] = rate.as_of.isoformat()
    response = staff_client.post(reverse("admin:postings_exchangerate_changelist"), data)
    assert response.status_code == 302
    assert "Re-normalized the USD salaries of 1 posting(s) in EUR." in messages_of(response)
    posting.refresh_from_db()
    assert posting.salary_min_usd == 62500


def test_a_rate_in_use_keeps_its_code(staff_client):
    euro = ExchangeRate.objects.get(currency="EUR")
    posting = make_posting(salary_currency=euro)
    url = reverse("admin:postings_exchangerate_change", args=[euro.pk])
    assert "currency" not in staff_client.get(url).context["adminform"].form.fields
    response = staff_client.post(url, rate_form(euro, currency="EUX"))
    assert response.status_code == 302
    euro.refresh_from_db()
    assert euro.currency == "EUR"
    posting.refresh_from_db()
    assert posting.salary_currency_id == "EUR"


def test_an_unused_rate_can_change_its_code(staff_client):
    rand = ExchangeRate.objects.get(currency="ZAR")
    url = reverse("admin:postings_exchangerate_change", args=[rand.pk])
    assert staff_client.post(url, rate_form(rand, currency="ZAX")).status_code == 302
    assert ExchangeRate.objects.filter(currency="ZAX").exists()


def test_a_bad_rate_is_a_form_error(staff_client):
    response = staff_client.post(
        reverse("admin:postings_exchangerate_add"),
        {"currency": "eur", "name": "", "units_per_usd": "0", "as_of": "2026-11-01"},
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"currency", "units_per_usd"}


@pytest.mark.parametrize("via", ["delete_view", "delete_selected"])
def test_deleting_a_rate_in_use_shows_the_cannot_delete_page(staff_client, via):
    euro = ExchangeRate.objects.get(currency="EUR")
    make_posting(salary_currency=euro)
    if via == "delete_view":
        url = reverse("admin:postings_exchangerate_delete", args=[euro.pk])
        response = staff_client.post(url, {"post": "yes"})
    else:
        url = reverse("admin:postings_exchangerate_changelist")
        response = staff_client.post(
            url, {"action": "delete_selected", "_selected_action": [euro.pk], "post": "yes"}
        )
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in (
        response.content.decode()
    )
    assert ExchangeRate.objects.filter(currency="EUR").exists()


def test_deleting_a_company_with_postings_shows_the_cannot_delete_page(staff_client):
    posting = make_posting()
    url = reverse("admin:postings_company_delete", args=[posting.company.pk])
    response = staff_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert "protected related objects" in response.content.decode()
    assert Company.objects.exists()


def test_an_unused_rate_can_be_deleted(staff_client):
    rand = ExchangeRate.objects.get(currency="ZAR")
    url = reverse("admin:postings_exchangerate_delete", args=[rand.pk])
    assert staff_client.post(url, {"post": "yes"}).status_code == 302
    assert not ExchangeRate.objects.filter(currency="ZAR").exists()


def test_company_list_counts_postings_and_prepopulates_slug(staff_client):
    make_posting()
    make_posting(title="Data Engineer")
    make_company("Kitchen Co")
    response = staff_client.get(reverse("admin:postings_company_changelist"))
    counts = {c.name: c.posting_count for c in response.context["cl"].result_list}
    assert counts == {"Acme Analytics": 2, "Kitchen Co": 0}
    add = staff_client.get(reverse("admin:postings_company_add"))
    assert "#id_slug" in add.context["prepopulated_fields_json"]


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:postings_company_changelist",
        "admin:postings_exchangerate_changelist",
        CHANGELIST,
    ],
)
def test_non_staff_users_are_sent_to_the_login(client, django_user_model, url_name):
    user = django_user_model.objects.create_user("reader", password="a-long-test-password")
    client.force_login(user)
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_largest_salary_at_the_smallest_rate_saves(staff_client):
    # Posted amounts stop below 10 billion and rates at 0.0001, so the normalized
    # amount always fits its 64-bit column.
    data = posting_form_data(make_company(), salary_currency="USD", salary_max="9999999999.99")
    data["salary_period"] = "hour"
    response = staff_client.post(reverse("admin:postings_jobposting_add"), data)
    assert response.status_code == 302
    posting = JobPosting.objects.get()
    assert posting.salary_max_usd == 20_799_999_999_979


def test_a_rate_below_the_floor_is_a_form_error(staff_client):
    euro = ExchangeRate.objects.get(currency="EUR")
    make_posting(salary_currency=euro)
    url = reverse("admin:postings_exchangerate_change", args=[euro.pk])
    response = staff_client.post(url, rate_form(euro, units_per_usd="0.00001"))
    assert response.status_code == 200
    assert "greater than or equal to 0.0001" in response.content.decode()
    euro.refresh_from_db()
    assert euro.units_per_usd == Decimal("0.92")


def test_remote_regions_are_picked_with_regions_first_and_empty_means_anywhere(
    staff_client, company_factory
):
    from django.contrib.messages import get_messages

    company = company_factory()
    add = reverse("admin:postings_jobposting_add")
    page = staff_client.get(add).content.decode()
    assert 'class="selectfilter"' in page  # the searchable picker
    picker = page[page.index('name="remote_regions"') :]
    assert picker.index("Region · European Union (27 countries)") < picker.index(">Germany<")
    assert "Nothing chosen means anywhere" in page

    data = posting_form_data(company, workplace="remote", location="Remote - EU")
    response = staff_client.post(add, data)
    assert response.status_code == 302
    posting = JobPosting.objects.get()
    assert posting.open_to == "anywhere"
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("its location names European Union" in m for m in warnings)
    change = reverse("admin:postings_jobposting_change", args=[posting.pk])
    assert "Anywhere (no region or country chosen)" in staff_client.get(change).content.decode()

    data["remote_regions"] = ["EU", "GB"]
    response = staff_client.post(change, data)
    assert response.status_code == 302
    posting.refresh_from_db()
    assert [area.code for area in posting.remote_regions] == ["EU", "GB"]
    assert posting.open_to == "European Union, United Kingdom"
    assert not [m for m in get_messages(response.wsgi_request) if "anywhere" in str(m)]
