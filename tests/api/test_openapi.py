import pytest
import schemathesis
from django.http import QueryDict

from postings.api import JobFilters
from postings.search import JobSearch

ENDPOINTS = {
    "/api/v1/jobs",
    "/api/v1/jobs/{job_id}",
    "/api/v1/roles",
    "/api/v1/roles/{slug}",
    "/api/v1/roles/{slug}/salaries",
    "/api/v1/comparisons",
    "/api/v1/comparisons/{slug}",
}


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_document_is_valid_openapi_3(document):
    assert document["openapi"].startswith("3.")
    # Raises with the offending part when the document breaks the OpenAPI meta-schema.
    schemathesis.openapi.from_dict(document).validate()


def test_document_lists_every_endpoint_as_get_only(document):
    assert set(document["paths"]) == ENDPOINTS
    for path, operations in document["paths"].items():
        assert set(operations) == {"get"}, path


def test_every_error_is_documented(document):
    # 400: a parameter that does not validate; 404: an unknown id or slug.
    errors = {
        "/api/v1/jobs": {"400"},
        "/api/v1/jobs/{job_id}": {"400", "404"},
        "/api/v1/roles": set(),
        "/api/v1/roles/{slug}": {"404"},
        "/api/v1/roles/{slug}/salaries": {"400", "404"},
        "/api/v1/comparisons": set(),
        "/api/v1/comparisons/{slug}": {"404"},
    }
    schemas = document["components"]["schemas"]
    for path, operations in document["paths"].items():
        responses = operations["get"]["responses"]
        assert set(responses) == {"200", *errors[path]}, path
        for status in errors[path]:
            body = responses[status]["content"]["application/json"]["schema"]["$ref"]
            assert "detail" in schemas[body.rsplit("/", 1)[1]]["required"]


def test_job_search_documents_every_filter_of_the_job_list(document):
    parameters = {p["name"]: p for p in document["paths"]["/api/v1/jobs"]["get"]["parameters"]}

    fields = JobSearch(QueryDict()).form.fields.items()
    searched = {part for name, field in fields for part in getattr(field, "parts", [name])}
    assert set(JobFilters.model_fields) == searched
    assert set(parameters) == {*searched, "cursor", "limit"}
    for repeatable in ("role", "seniority", "type", "workplace"):
        assert parameters[repeatable]["schema"]["type"] == "array"
    assert parameters["seniority"]["schema"]["items"]["enum"] == [
        "entry",
        "mid",
        "senior",
        "executive",
    ]
    assert parameters["limit"]["schema"]["minimum"] == 1
    assert parameters["limit"]["schema"]["maximum"] == 100


def test_no_docs_page_that_would_load_from_a_cdn(client):
    assert client.get("/api/v1/docs").status_code == 404


@pytest.mark.parametrize(
    "path", ["/api/v1/nope", "/api/v1/jobs/", "/api/v1/jobs/1/apply", "/api/v1/roles/a/b"]
)
def test_unknown_api_address_is_a_json_404(client, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found"}
