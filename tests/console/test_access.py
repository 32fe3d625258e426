"""``console.access``: the staff open the console, only the operator acts."""

from datetime import UTC, datetime

import pytest

from thungngoen.auth.tables import ROLES
from thungngoen.auth.users import User
from thungngoen.console import access


@pytest.mark.parametrize("role", ROLES)
def test_the_staff_open_the_console_and_only_the_operator_acts(role: str) -> None:
    user = User(1, "0800000000", "someone", role, "active", datetime(2025, 1, 1, tzinfo=UTC))
    assert (role in access.STAFF) == (role in ("operator", "auditor"))
    assert access.may_act(user) == (role == "operator")
    assert set(access.OPERATORS) <= set(access.STAFF)
