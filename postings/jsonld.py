"""schema.org JobPosting structured data, built from the model for Google for Jobs."""

from django_countries import countries

from jobboard.jsonld import ld_json_script

from .models import EmploymentType, SalaryPeriod, Workplace
from .regions import applicant_countries

EMPLOYMENT_TYPES = {
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.CONTRACT: "CONTRACTOR",
    EmploymentType.INTERNSHIP: "INTERN",
    EmploymentType.TEMPORARY: "TEMPORARY",
}
UNIT_TEXT = {
    SalaryPeriod.HOUR: "HOUR",
    SalaryPeriod.DAY: "DAY",
    SalaryPeriod.WEEK: "WEEK",
    SalaryPeriod.MONTH: "MONTH",
    SalaryPeriod.YEAR: "YEAR",
}


def job_posting_data(posting, absolute_url):
    """Return the JobPosting structured data of a visible posting as a dict."""
    company = posting.company
    organization = {"@type": "Organization", "name": company.name}
    if company.website:
        organization["sameAs"] = company.website
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": posting.description_html,
        "datePosted": posting.published_at.isoformat(),
        "employmentType": [EMPLOYMENT_TYPES[kind] for kind in posting.employment_types],
        "hiringOrganization": organization,
        "identifier": {"@type": "PropertyValue", "name": company.name, "value": str(posting.pk)},
        "url": absolute_url,
        "directApply": False,
    }
    if posting.expires_at:
        data["validThrough"] = posting.expires_at.isoformat()
    if posting.country or posting.city:
        address = {"@type": "PostalAddress"}
        if posting.city:
            address["addressLocality"] = posting.city
        if posting.country:
            address["addressCountry"] = posting.country.code
        data["jobLocation"] = {"@type": "Place", "address": address}
    if posting.workplace == Workplace.REMOTE:
        data["jobLocationType"] = "TELECOMMUTE"
        # The same rule as the country filter: regions are spelled out as their countries.
        data["applicantLocationRequirements"] = [
            {"@type": "Country", "name": countries.name(code)}
            for code in applicant_countries(posting)
        ] or [{"@type": "AdministrativeArea", "name": "Worldwide"}]
    if posting.has_salary:
        value = {"@type": "QuantitativeValue", "unitText": UNIT_TEXT[posting.salary_period]}
        if posting.salary_min is not None:
            value["minValue"] = float(posting.salary_min)
        if posting.salary_max is not None:
            value["maxValue"] = float(posting.salary_max)
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": posting.salary_currency_id,
            "value": value,
        }
    return data


def job_posting_script(posting, absolute_url):
    """Return the posting's structured data as a JSON-LD script element."""
    return ld_json_script(job_posting_data(posting, absolute_url))


def organization_data(company, absolute_url, request):
    """Return a company's schema.org Organization data as a dict."""
    data = {
        "@context": "https://schema.org/",
        "@type": "Organization",
        "name": company.name,
        "url": absolute_url,
    }
    if company.description:
        data["description"] = company.description
    if company.website:
        data["sameAs"] = company.website
    if company.logo:
        data["logo"] = request.build_absolute_uri(company.logo.url)
    return data


def organization_script(company, absolute_url, request):
    return ld_json_script(organization_data(company, absolute_url, request))
