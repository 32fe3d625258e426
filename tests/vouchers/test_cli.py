"""``thungngoen wallet vouchers …``: the operator's commands for printed vouchers."""

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner, Result

from tests.vouchers.helpers import FUND, balance_of, database_state, donate_to_fund
from tests.wallet.conftest import World
from thungngoen import vouchers as v
from thungngoen.db import read_transaction, write_transaction
from thungngoen.vouchers.cli import SHEET_COLUMNS, app

SOMSRI_PHONE = "0812345678"


def run(database_url: str, *arguments: str) -> Result:
    return CliRunner().invoke(app, [*arguments, "--database-url", database_url])


def generate(database_url: str, *extra: str, key: str = "sheet-1", count: str = "3") -> Result:
    expires = (date.today() + timedelta(days=30)).isoformat()
    return run(
        database_url,
        "generate",
        "วันพลเมือง 2569",
        "100",
        count,
        "--expires",
        expires,
        "--fund",
        FUND,
        "--key",
        key,
        *extra,
    )


def said(result: Result) -> str:
    """The output with Rich's line wrapping undone."""
    return " ".join(result.output.split())


def summary_row(result: Result, batch_id: int) -> list[str]:
    """The cells of a batch's first line in the ``summary`` table."""
    for line in result.output.splitlines():
        cells = [cell.strip() for cell in line.strip("│ ").split("│")]
        if cells[0] == str(batch_id):
            return cells
    raise AssertionError(f"no row for batch {batch_id} in {result.output}")


def read_sheet(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read the Thai
    with path.open(encoding="utf-8-sig", newline="") as sheet:
        return list(csv.DictReader(sheet))


def test_generate_prints_the_sheet_and_writes_the_csv(
    world: World, database_url: str, tmp_path: Path
) -> None:
    donate_to_fund(world, 100_000)
    target = tmp_path / "sheet.csv"
    result = generate(database_url, "-o", str(target))
    assert result.exit_code == 0, result.output
    rows = read_sheet(target)
    assert list(rows[0]) == list(SHEET_COLUMNS)
    assert [row["number"] for row in rows] == ["1-1/3", "1-2/3", "1-3/3"]
    assert {row["value"] for row in rows} == {"100.00 เหรียญ"}
    for row in rows:
        assert row["code"] in said(result)  # the same codes on screen and in the file
    assert "batch 1: 3 vouchers, 300.00 เหรียญ" in said(result)
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 70_000
    with read_transaction(world.engine) as connection:
        assert v.voucher_batch_summary(connection, 1).outstanding == 3


def test_generate_rejections_issue_nothing_and_leave_no_file(
    world: World, database_url: str, tmp_path: Path
) -> None:
    donate_to_fund(world, 100_000)
    assert generate(database_url).exit_code == 0
    before = database_state(world.engine)
    again = generate(database_url, "-o", str(tmp_path / "again.csv"))
    assert again.exit_code == 1
    assert "already generated with this key" in said(again)
    assert not (tmp_path / "again.csv").exists()
    too_big = generate(database_url, key="sheet-2", count="11")
    assert too_big.exit_code == 1
    assert "the fund holds less" in said(too_big)
    existing = tmp_path / "kept.csv"
    existing.write_text("the earlier batch's codes")
    refused = generate(database_url, "-o", str(existing), key="sheet-3")
    assert refused.exit_code == 2
    assert existing.read_text() == "the earlier batch's codes"
    assert database_state(world.engine) == before


def test_redeem_summary_and_cancel(world: World, database_url: str, tmp_path: Path) -> None:
    donate_to_fund(world, 100_000)
    target = tmp_path / "sheet.csv"
    assert generate(database_url, "-o", str(target)).exit_code == 0
    codes = [row["code"] for row in read_sheet(target)]

    redeemed = run(database_url, "redeem", "--phone", SOMSRI_PHONE, codes[0].replace("-", " "))
    assert redeemed.exit_code == 0, redeemed.output
    assert f"···{codes[0][-4:]}: 100.00 เหรียญ to {SOMSRI_PHONE}" in said(redeemed)
    assert balance_of(world.engine, world.somsri.account_id) == 10_000
    before = database_state(world.engine)
    twice = run(database_url, "redeem", "--phone", SOMSRI_PHONE, codes[0])
    assert (twice.exit_code, "already been used" in said(twice)) == (1, True)
    nobody = run(database_url, "redeem", "--phone", "0899999999", codes[1])
    assert (nobody.exit_code, "no member with phone" in said(nobody)) == (1, True)
    assert database_state(world.engine) == before

    shown = run(database_url, "summary")
    assert shown.exit_code == 0, shown.output
    assert summary_row(shown, 1)[2:] == ["active", "100.00", "1/3", "2", "200.00"]
    assert run(database_url, "summary", "99").exit_code == 1

    cancelled = run(database_url, "cancel", "1", "--reason", "sheet lost")
    assert cancelled.exit_code == 0, cancelled.output
    assert "batch 1 cancelled: 2 vouchers, 200.00 บาท returned" in said(cancelled)
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 90_000
    again = run(database_url, "cancel", "1", "--reason", "again")
    assert (again.exit_code, "already closed" in said(again)) == (1, True)
    assert summary_row(run(database_url, "summary", "1"), 1)[2:] == [
        "cancelled",
        "100.00",
        "1/3",
        "0",
        "0.00",
    ]


def test_expire_closes_batches_past_their_day(world: World, database_url: str) -> None:
    donate_to_fund(world, 100_000)
    write_transaction(
        world.engine,
        lambda c: v.generate_voucher_batch(
            c,
            name="งานที่ผ่านไปแล้ว",
            value=5_000,
            count=4,
            expires_on=date(2025, 1, 31),
            fund_code=FUND,
            idempotency_key="old",
            actor="operator:1",
            now=datetime(2025, 1, 1, tzinfo=UTC),
        ),
    )
    assert generate(database_url).exit_code == 0  # still valid: stays open
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 50_000
    expired = run(database_url, "expire")
    assert expired.exit_code == 0, expired.output
    assert "batch 1 expired: 4 vouchers, 200.00 บาท" in said(expired)
    assert "1 batches expired" in said(expired)
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 70_000
    assert "0 batches expired" in run(database_url, "expire").output
    with read_transaction(world.engine) as connection:
        statuses = [s.status for s in v.voucher_batch_summaries(connection)]
    assert statuses == ["active", "expired"]
