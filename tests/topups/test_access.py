"""Who may do what with top-ups: the rules the API, the pages and the CLI ask."""

from datetime import UTC, datetime

import pytest

from tests.wallet.conftest import World
from thungngoen import topups
from thungngoen.auth.users import User, get_user
from thungngoen.db import read_transaction, write_transaction
from thungngoen.topups import access

T0 = datetime(2025, 3, 15, 2, 0, tzinfo=UTC)


def a_user(role: str) -> User:
    return User(id=1, phone="0800000001", name="x", role=role, status="active", created_at=T0)


def test_the_operator_decides_and_the_auditor_only_reads() -> None:
    assert access.may_decide(a_user("operator"))
    assert not access.may_decide(a_user("auditor"))
    assert set(access.READERS) == {"operator", "auditor"}
    assert access.DECIDERS == ("operator",)


def test_a_member_reads_their_own_request_and_another_is_not_found(world: World) -> None:
    asked = write_transaction(
        world.engine, lambda c: topups.request_topup(c, world.somsri.id, 10_000, T0)
    )
    with read_transaction(world.engine) as connection:
        somsri = get_user(connection, world.somsri.user_id)
        anan = get_user(connection, world.anan.user_id)
        assert access.own_wallet(connection, somsri) == world.somsri
        assert access.own_topup_request(connection, somsri, asked.id) == asked
        with pytest.raises(topups.UnknownTopUpRequest):
            access.own_topup_request(connection, anan, asked.id)
        with pytest.raises(topups.UnknownTopUpRequest):
            access.own_topup_request(connection, somsri, asked.id + 1)
