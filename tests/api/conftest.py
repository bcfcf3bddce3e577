import pytest

from tests.factories import jobs_to_search


def get_json(client, path, data=None, **headers):
    """Return (status, body) of a GET to the API, checking that the answer is JSON."""
    response = client.get(path, data, headers=headers)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.status_code, response.json()


@pytest.fixture
def jobs(db):
    return jobs_to_search()
