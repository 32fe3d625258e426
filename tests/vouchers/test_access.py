"""Who may do what with printed vouchers: the rules the API, the pages and the CLI ask."""

from datetime import UTC, datetime

from tests.wallet.conftest import World
from thungngoen.auth.users import User, get_user
from thungngoen.db import read_transaction
from thungngoen.vouchers import access


def a_user(user_id: int, role: str) -> User:
    created = datetime(2026, 3, 1, tzinfo=UTC)
    return User(user_id, "0800000001", "x", role, "active", created)


def test_the_operator_issues_and_the_auditor_only_reads() -> None:
    assert access.may_issue(a_user(1, "operator"))
    assert not access.may_issue(a_user(2, "auditor"))
    assert set(access.READERS) == {"operator", "auditor"}
    assert access.ISSUERS == ("operator",)


def test_only_the_operator_who_issued_a_batch_sees_its_codes() -> None:
    assert access.may_see_codes(a_user(1, "operator"), issued_by=1)
    assert not access.may_see_codes(a_user(2, "operator"), issued_by=1)
    assert not access.may_see_codes(a_user(1, "auditor"), issued_by=1)


def test_a_member_redeems_into_their_own_wallet(world: World) -> None:
    with read_transaction(world.engine) as connection:
        somsri = get_user(connection, world.somsri.user_id)
        assert access.own_wallet(connection, somsri) == world.somsri
