"""``circulation.access``: the dashboard is public, the full report and the shops' figures
are the staff's, and every door asks the same rule."""

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.tables import ROLES
from thungngoen.auth.users import User
from thungngoen.circulation import access
from thungngoen.web.app import create_app


def _user(role: str) -> User:
    return User(1, "0800000000", "someone", role, "active", datetime(2025, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("role", ROLES)
def test_only_the_staff_read_the_full_report_and_the_shops(role: str) -> None:
    user = _user(role)
    staff = role in ("operator", "auditor")
    assert access.may_read_report(user) == staff
    if staff:
        assert access.require_report_reader(user) is user
    else:
        with pytest.raises(Forbidden, match="operator or auditor"):
            access.require_report_reader(user)


def test_a_visitor_reads_the_public_figures_but_not_the_report(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    assert client.get("/api/v1/circulation/summary").status_code == 200
    assert client.get("/circulation").status_code == 200
    assert client.get("/api/v1/circulation/report").status_code == 401
    assert client.get("/console/circulation", follow_redirects=False).status_code == 303
