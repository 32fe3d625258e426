from sqlalchemy import Engine
from typer.testing import CliRunner

from thungngoen.auth.users import find_by_phone
from thungngoen.checks import run_checks
from thungngoen.cli.main import app
from thungngoen.communication.notifications import DIGEST
from thungngoen.db import read_transaction
from thungngoen.notify import inbox
from thungngoen.wallet.demo import MEMBERS, load_demo
from thungngoen.wallet.reserve import reserve_report


def test_demo_loads_once_and_is_sound(engine: Engine, database_url: str) -> None:
    assert load_demo(engine) is True
    with read_transaction(engine) as connection:
        first = reserve_report(connection)
    result = CliRunner().invoke(app, ["demo", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "already there" in result.output
    assert "สมศรี ใจดี" in result.output
    with read_transaction(engine) as connection:
        assert reserve_report(connection) == first
        assert [check.name for check in run_checks(connection) if not check.ok] == []
    assert first.coin_outstanding == 100_000


def test_the_demo_member_has_her_digest_in_the_inbox_once(
    engine: Engine, database_url: str
) -> None:
    for _ in range(2):
        result = CliRunner().invoke(app, ["demo", "--database-url", database_url])
        assert result.exit_code == 0, result.output
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, MEMBERS[0].phone)
        assert user is not None
        told = [m for m in inbox(connection, user.id, "th") if m.kind == DIGEST.code]
    assert len(told) == 1
    assert told[0].link.startswith("/inbox/digest/")
