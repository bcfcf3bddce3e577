"""A read whose database connection is lost mid-request (the database restarted, failed
over, or ended the connection) is answered once more on a new connection instead of
with a 500; writes never are. The fault drill (tests/fault/) does it for real."""

import pytest
from django.db import OperationalError

from jobboard import middleware as module
from jobboard.middleware import RetryLostConnectionMiddleware

LOST = "terminating connection due to administrator command"


class Request:
    def __init__(self, method):
        self.method = method
        self.path = "/roles/"


@pytest.fixture
def database(monkeypatch):
    """A database connection the tests decide about: lost or not, and reconnections."""
    state = {"lost": False, "reconnections": 0}

    def reconnect():
        state["reconnections"] += 1
        state["lost"] = False

    monkeypatch.setattr(module, "connection_lost", lambda: state["lost"])
    monkeypatch.setattr(module, "reconnect", reconnect)
    return state


def flaky_view(database, calls, failures=1, lose_connection=True):
    def view(request, *args, **kwargs):
        calls.append((args, kwargs))
        if len(calls) <= failures:
            database["lost"] = lose_connection
            raise OperationalError(LOST)
        return "the page"

    return view


@pytest.fixture
def middleware():
    return RetryLostConnectionMiddleware(lambda request: None)


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_read_is_answered_again_on_a_new_connection(database, middleware, method):
    calls = []
    view = flaky_view(database, calls)
    assert middleware.process_view(Request(method), view, (1,), {"slug": "x"}) == "the page"
    assert calls == [((1,), {"slug": "x"})] * 2
    assert database["reconnections"] == 1


def test_a_read_is_tried_twice_at_most(database, middleware):
    calls = []
    with pytest.raises(OperationalError):
        middleware.process_view(Request("GET"), flaky_view(database, calls, failures=2), (), {})
    assert len(calls) == 2


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_a_write_is_left_to_django(database, middleware, method):
    calls = []
    assert middleware.process_view(Request(method), flaky_view(database, calls), (), {}) is None
    assert calls == []


def test_other_database_errors_are_not_retried(database, middleware):
    calls = []
    view = flaky_view(database, calls, lose_connection=False)
    with pytest.raises(OperationalError):
        middleware.process_view(Request("GET"), view, (), {})
    assert len(calls) == 1
    assert database["reconnections"] == 0


@pytest.mark.django_db
def test_a_connection_inside_a_transaction_is_never_replaced():
    # The test runs inside a transaction, as a request in an atomic block would.
    assert module.connection_lost() is False


def test_the_middleware_wraps_the_view_last(settings):
    assert settings.MIDDLEWARE[-1] == "jobboard.middleware.RetryLostConnectionMiddleware"
