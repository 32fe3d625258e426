"""``redeem``, ``position``, ``payout-batch``, ``payout-csv``, ``mark-paid``, ``legal-guard``."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import Connection, update
from typer.testing import CliRunner, Result

from tests.redemption.redemption_helpers import all_checks_pass, balance_of, snapshot
from tests.redemption.redemption_helpers import top_up_and_pay as sell
from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.redemption import cli, payout_batch_csv
from thungngoen.wallet import book
from thungngoen.wallet.topups import mint_legs

RED = "\x1b[1;31m"


def run(database_url: str, *args: str) -> Result:
    return CliRunner().invoke(cli.app, [*args, "--database-url", database_url])


def text_of(result: Result) -> str:
    """The output with rich's line wrapping undone."""
    return " ".join(result.output.split())


@pytest.fixture
def colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the commands print colours, as on a terminal."""
    terminal = Console(force_terminal=True, color_system="standard", width=200, highlight=False)
    monkeypatch.setattr(cli, "console", terminal)


def test_redeem_batch_file_and_mark_paid(world: World, database_url: str, tmp_path: Path) -> None:
    sell(world, world.shop_id, 100_000, "sale-1")
    shop = str(world.shop_id)
    position = run(database_url, "position", shop)
    assert position.exit_code == 0, position.output
    assert "redeemable now: 1,000.00 เหรียญ" in text_of(position)

    redeemed = run(database_url, "redeem", shop, "600", "--fund", "welfare", "--key", "k-1")
    assert redeemed.exit_code == 0, redeemed.output
    assert "600.00 เหรียญ redeemed, fee 30.00 บาท to welfare, 570.00 บาท queued" in text_of(redeemed)
    before = snapshot(world)
    again = run(database_url, "redeem", shop, "600", "--fund", "welfare", "--key", "k-1")
    assert (again.exit_code, again.output) == (0, redeemed.output)
    for args, message in [
        (["600", "--fund", "lottery", "--key", "k-2"], "no community fund 'lottery'"),
        (["400.01", "--fund", "welfare", "--key", "k-3"], "the wallet holds 40000 satang"),
        (["1.234", "--fund", "welfare", "--key", "k-4"], "more than two decimals"),
    ]:
        refused = run(database_url, "redeem", shop, *args)
        assert refused.exit_code == 1, refused.output
        assert message in text_of(refused)
    assert snapshot(world) == before
    assert "redeemable now: 400.00 เหรียญ" in text_of(run(database_url, "position", shop))

    batch = run(database_url, "payout-batch")
    assert batch.exit_code == 0, batch.output
    assert "payout batch 1 (open): 1 instruction(s), 570.00 บาท" in text_of(batch)
    empty = run(database_url, "payout-batch")
    assert (empty.exit_code, text_of(empty)) == (1, "no payout instruction is waiting")

    with read_transaction(world.engine) as connection:
        expected = payout_batch_csv(connection, 1)
    on_screen = run(database_url, "payout-csv", "1")
    assert (on_screen.exit_code, on_screen.stdout) == (0, expected)
    assert expected.splitlines()[1].endswith(",570.00,TN-B1-I1")
    target = tmp_path / "batch-1.csv"
    written = run(database_url, "payout-csv", "1", "-o", str(target))
    assert written.exit_code == 0, written.output
    assert target.read_text(encoding="utf-8") == expected
    assert run(database_url, "payout-csv", "9").exit_code == 1

    paid = run(database_url, "mark-paid", "1", "--bank-reference", "KBANK-0001")
    assert paid.exit_code == 0, paid.output
    assert "payout batch 1 (paid)" in text_of(paid)
    assert "bank reference KBANK-0001" in text_of(paid)
    assert balance_of(world, book.PAYOUTS) == 0
    after = snapshot(world)
    other = run(database_url, "mark-paid", "1", "--bank-reference", "KBANK-0002")
    assert other.exit_code == 1
    assert "was paid under bank reference 'KBANK-0001'" in text_of(other)
    assert snapshot(world) == after
    assert all_checks_pass(world)


def test_legal_guard_report(world: World, database_url: str, colour: None) -> None:
    sell(world, world.shop_id, 182_000, "sale-1")
    report = run(database_url, "legal-guard")
    assert report.exit_code == 0, report.output
    text = text_of(report)
    assert "coin outstanding now: 1,820.00 เหรียญ" in text
    assert text.count(": 10.00 บาท") == 1  # 182,000 satang today, nothing the 181 days before
    assert "limit: 50,000,000.00 บาท" in text
    assert "WARNING" not in text
    assert RED not in report.output


def test_legal_guard_warns_in_red_from_eighty_percent(
    world: World, database_url: str, colour: None
) -> None:
    """Coin minted long ago against baht in the bank: the whole window is at 80%."""

    def mint_long_ago(connection: Connection) -> None:
        bank = book.system_account_id(connection, book.BANK)
        legs = mint_legs(bank, world.anan.account_id, 4_000_000_000, connection, "topup", "", {})
        minted = ledger.post_batch(connection, legs)
        long_ago = datetime(2020, 1, 1, tzinfo=UTC)
        moved = update(transfers).where(transfers.c.id.in_([t.id for t in minted]))
        connection.execute(moved.values(created_at=long_ago))

    write_transaction(world.engine, mint_long_ago)
    report = run(database_url, "legal-guard")
    assert report.exit_code == 0, report.output
    assert "share of the limit: 80.0%" in text_of(report)
    warning = next(line for line in report.output.splitlines() if "WARNING" in line)
    assert RED in warning
    assert "at or above 80% of the limit" in warning
