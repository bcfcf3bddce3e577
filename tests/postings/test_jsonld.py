import json

import pytest
from bs4 import BeautifulSoup

from tests.factories import rate

pytestmark = pytest.mark.django_db


def json_ld(client, posting):
    response = client.get(posting.get_absolute_url())
    script = BeautifulSoup(response.content, "html.parser").find(
        "script", attrs={"type": "application/ld+json"}
    )
    return json.loads(script.string)


def test_on_site_job(client, posting_factory):
    posting = posting_factory(
        title="Data Architect",
        city="Austin",
        country="US",
        salary_min=120_000,
        salary_max=138_000,
        is_part_time=True,
        external_id="feed-7",
    )
    data = json_ld(client, posting)
    assert data["@context"] == "https://schema.org/"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Data Architect"
    assert data["description"] == posting.description_html
    assert data["datePosted"] == posting.published_at.isoformat()
    assert data["validThrough"] == posting.expires_at.isoformat()
    assert data["employmentType"] == ["FULL_TIME", "PART_TIME"]
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": posting.company.name,
        "sameAs": posting.company.website,
    }
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressLocality": "Austin", "addressCountry": "US"},
    }
    assert "jobLocationType" not in data
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 120000.0,
            "maxValue": 138000.0,
            "unitText": "YEAR",
        },
    }
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "name": posting.company.name,
        "value": str(posting.pk),
    }


def test_remote_job_names_where_applicants_may_live(client, posting_factory):
    posting = posting_factory(
        workplace="remote",
        city="",
        country="",
        remote_regions=["DE", "FR"],
        is_full_time=False,
        is_contract=True,
        salary_currency=rate("EUR"),
        salary_min=80,
        salary_max=95,
        salary_period="hour",
    )
    data = json_ld(client, posting)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == [
        {"@type": "Country", "name": "Germany"},
        {"@type": "Country", "name": "France"},
    ]
    assert "jobLocation" not in data
    assert data["employmentType"] == ["CONTRACTOR"]
    assert data["baseSalary"]["currency"] == "EUR"
    assert data["baseSalary"]["value"]["unitText"] == "HOUR"


def test_job_without_salary_has_no_base_salary(client, posting_factory):
    data = json_ld(client, posting_factory(no_salary=True, is_internship=True))
    assert "baseSalary" not in data
    assert data["employmentType"] == ["FULL_TIME", "INTERN"]


def test_hostile_text_cannot_close_the_script_element(client, posting_factory, company_factory):
    company = company_factory(name="</script><script>alert('co')</script>")
    posting = posting_factory(title="</script><img src=x onerror=alert(1)>", company=company)
    response = client.get(posting.get_absolute_url())
    page = BeautifulSoup(response.content, "html.parser")
    scripts = page.find_all("script")
    assert len(scripts) == 1  # only the JSON-LD; nothing injected
    assert json.loads(scripts[0].string)["title"] == posting.title
    assert not page.find("img")
