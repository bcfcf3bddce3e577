import pytest

from tests.factories import jobs_to_search


@pytest.fixture
def jobs(db):
    return jobs_to_search()
