"""Issue 13: a donation or a grant into a community fund — the operation, its ledger legs
(``thb:bank`` → ``thb:fund:<code>``), its audit entry, the fund's statement, the CLI."""

import pytest
from sqlalchemy import select
from typer.testing import CliRunner, Result

from tests.wallet.conftest import World
from tests.wallet.program_helpers import assert_sound, footprint, write
from thungngoen import ledger
from thungngoen.audit.tables import audit_log
from thungngoen.db import read_transaction
from thungngoen.wallet import book, errors
from thungngoen.wallet.cli import app as wallet_cli
from thungngoen.wallet.donations import MAX_DONATION, record_gift
from thungngoen.wallet.fund_gifts import FundGift
from thungngoen.wallet.fund_statement import fund_statement
from thungngoen.wallet.reserve import reserve_report


def give(world: World, key: str = "g1", **asked: object) -> FundGift:
    terms: dict[str, object] = {
        "fund_code": "citizens-day",
        "kind": "grant",
        "amount": 5_000_000,
        "donor": "เทศบาลนครสงขลา",
        "reference": "สข 52001/123",
    }
    terms |= asked
    return write(
        world,
        lambda c: record_gift(c, idempotency_key=key, actor="operator:1", **terms),  # type: ignore[arg-type]
    )


def balances(world: World) -> tuple[int, int]:
    with read_transaction(world.engine) as connection:
        bank = ledger.find_account(connection, book.BANK)
        fund = ledger.find_account(connection, "thb:fund:citizens-day")
        return (bank.balance if bank else 0, fund.balance if fund else 0)


def test_a_grant_raises_the_bank_and_the_fund_and_the_reserve_stays_balanced(
    world: World,
) -> None:
    with read_transaction(world.engine) as connection:
        before = reserve_report(connection)
    gift = give(world)
    assert balances(world) == (5_000_000, 5_000_000)
    with read_transaction(world.engine) as connection:
        after = reserve_report(connection)
        entry = connection.execute(
            select(audit_log.c.action, audit_log.c.actor, audit_log.c.after)
        ).all()[-1]
    assert after == before
    assert after.balanced
    assert (entry.action, entry.actor) == ("fund.grant", "operator:1")
    assert entry.after["donor"] == "เทศบาลนครสงขลา"
    assert entry.after["amount"] == 5_000_000
    assert gift.amount_in_words == "ห้าหมื่นบาทถ้วน"
    assert_sound(world)


def test_a_replay_records_once_and_another_request_with_the_key_is_refused(
    world: World,
) -> None:
    first = give(world)
    before = footprint(world)
    assert give(world) == first
    assert footprint(world) == before
    assert balances(world) == (5_000_000, 5_000_000)
    with pytest.raises(ledger.errors.IdempotencyConflict):
        give(world, amount=4_000_000)
    with pytest.raises(ledger.errors.IdempotencyConflict):
        give(world, kind="donation")
    assert footprint(world) == before


@pytest.mark.parametrize(
    ("asked", "error"),
    [
        ({"amount": 0}, errors.InvalidAmount),
        ({"amount": -100}, errors.InvalidAmount),
        ({"amount": MAX_DONATION + 1}, errors.InvalidAmount),
        ({"amount": True}, errors.InvalidAmount),
        ({"fund_code": "nowhere"}, errors.UnknownFund),
        ({"kind": "loan"}, errors.InvalidGiftKind),
        ({"donor": "   "}, errors.DonorRequired),
        ({"donor": "ก" * 201}, errors.DonorRequired),
        ({"reference": "x" * 61}, errors.ReferenceTooLong),
    ],
)
def test_a_bad_gift_is_refused_and_writes_nothing(
    world: World, asked: dict[str, object], error: type[Exception]
) -> None:
    before = footprint(world)
    with pytest.raises(error):
        give(world, "bad", **asked)
    assert footprint(world) == before
    assert balances(world)[1] == 0


def test_the_statement_lists_donations_and_grants_newest_first(world: World) -> None:
    give(world, "g1")
    give(world, "g2", kind="donation", amount=12_345, donor="วัดมัชฌิมาวาส", reference="")
    with read_transaction(world.engine) as connection:
        statement = fund_statement(connection, "citizens-day")
        empty = fund_statement(connection, "welfare")
    assert statement.balance == 5_012_345
    [donation, grant] = statement.movements
    assert (donation.label, donation.amount, donation.balance_after) == (
        "Donation",
        12_345,
        5_012_345,
    )
    assert donation.gift is not None
    assert donation.gift.donor == "วัดมัชฌิมาวาส"
    assert (grant.label, grant.amount) == ("Grant", 5_000_000)
    assert (empty.balance, empty.movements) == (0, [])
    with read_transaction(world.engine) as connection, pytest.raises(errors.UnknownFund):
        fund_statement(connection, "nowhere")


def run(database_url: str, *args: str) -> Result:
    command = ["funds", *args, "--database-url", database_url]
    return CliRunner().invoke(wallet_cli, command, env={"COLUMNS": "200"})


def test_the_cli_records_a_gift_and_prints_the_statement(world: World, database_url: str) -> None:
    args = ("give", "welfare", "1,500", "ชมรมผู้สูงอายุ", "cli-1")
    given = run(database_url, *args)
    assert given.exit_code == 0, given.output
    assert "หนึ่งพันห้าร้อยบาทถ้วน" in given.output
    assert run(database_url, *args).exit_code == 0  # a replay
    statement = run(database_url, "statement", "welfare")
    assert statement.exit_code == 0, statement.output
    assert "1,500.00" in statement.output
    assert run(database_url, "give", "welfare", "0", "x", "cli-2").exit_code != 0
    with read_transaction(world.engine) as connection:
        fund = ledger.find_account(connection, "thb:fund:welfare")
    assert fund is not None
    assert fund.balance == 150_000
    assert_sound(world)
