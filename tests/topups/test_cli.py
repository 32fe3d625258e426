"""``promptpay`` commands: request a QR, import a statement, decide the unmatched lines."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from typer.testing import CliRunner, Result

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.audit.tables import audit_log
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.thai import THAI_TIME
from thungngoen.topups.cli import app
from thungngoen.topups.tables import statement_lines
from thungngoen.wallet.promptpay import parse_emv
from thungngoen.wallet.tables import topup_requests

HEADER = "date,time,amount,description,reference,bank_ref\n"
SOMSRI, ANAN = "0812345678", "0898765432"
WATCHED = (topup_requests, statement_lines, transfers, audit_log)


def run(database_url: str, *args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--database-url", database_url])


def snapshot(world: World) -> list[list[tuple[Any, ...]]]:
    with read_transaction(world.engine) as connection:
        return [
            [tuple(row) for row in connection.execute(select(t).order_by(*t.primary_key))]
            for t in WATCHED
        ]


def balance(world: World, account_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return ledger.balance(connection, account_id)


def open_references(world: World) -> list[str]:
    with read_transaction(world.engine) as connection:
        query = select(topup_requests.c.reference).where(topup_requests.c.status == "open")
        return list(connection.execute(query.order_by(topup_requests.c.id)).scalars())


def statement(tmp_path: Path, rows: str) -> str:
    path = tmp_path / "statement.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return str(path)


def test_request_prints_the_payload_and_writes_the_qr(
    world: World, database_url: str, tmp_path: Path
) -> None:
    svg, png = tmp_path / "qr.svg", tmp_path / "qr.png"
    made = run(database_url, "request", SOMSRI, "100", "-o", str(svg))
    assert made.exit_code == 0, made.output
    [reference] = open_references(world)
    assert f"reference {reference}: pay exactly 100.00 บาท" in made.output
    [payload] = [line for line in made.output.splitlines() if line.startswith("000201")]
    assert parse_emv(payload)["54"] == "100.00"
    assert svg.read_text(encoding="utf-8").startswith("<svg")
    bumped = run(database_url, "request", ANAN, "100", "--output", str(png))
    assert bumped.exit_code == 0, bumped.output
    assert "pay exactly 100.01 บาท" in bumped.output
    assert png.read_bytes().startswith(b"\x89PNG")

    before = snapshot(world)
    refused = [
        (("request", SOMSRI, "100", "-o", str(tmp_path / "qr.gif")), 2, ".svg or .png"),
        (("request", "0899999999", "100"), 1, "no member with phone 0899999999"),
        (("request", SOMSRI, "lots"), 1, "not an amount"),
        (("request", SOMSRI, "0"), 1, "amount must be between"),
    ]
    for args, exit_code, message in refused:
        result = run(database_url, *args)
        assert (result.exit_code, message in result.output) == (exit_code, True), result.output
    assert snapshot(world) == before
    assert not (tmp_path / "qr.gif").exists()


def test_import_then_decide_the_unmatched_lines(
    world: World, database_url: str, tmp_path: Path
) -> None:
    assert run(database_url, "request", SOMSRI, "250").exit_code == 0
    [reference] = open_references(world)
    booked = f"{datetime.now(THAI_TIME):%Y-%m-%d,%H:%M}"
    path = statement(
        tmp_path,
        f"{booked},250.00,PromptPay,{reference},FT001\n"
        f"{booked},77.77,[promptpay] Unknown,,FT002\n"
        f"{booked},12.34,Wrong account,,FT003\n",
    )
    imported = run(database_url, "import-statement", path)
    assert imported.exit_code == 0, imported.output
    assert "new 3, duplicate 0, matched 1, unmatched 2" in imported.output
    assert "FT002" in imported.output
    assert "FT003" in imported.output
    assert "FT001" not in imported.output
    assert balance(world, world.somsri.account_id) == 25_000
    again = run(database_url, "import-statement", path)
    assert "new 0, duplicate 3, matched 0, unmatched 0" in again.output

    waiting = run(database_url, "unmatched")
    assert "FT002" in waiting.output
    assert "[promptpay]" in waiting.output  # bank text is shown as is, never as rich markup
    assert "77.77" in waiting.output
    with read_transaction(world.engine) as connection:
        query = select(statement_lines.c.bank_ref, statement_lines.c.id)
        ids = dict(connection.execute(query).all())
    assigned = run(database_url, "assign", str(ids["FT002"]), ANAN)
    assert assigned.exit_code == 0, assigned.output
    assert f"assigned, member {world.anan.id}" in assigned.output
    assert balance(world, world.anan.account_id) == 7_777
    refunded = run(database_url, "refund", str(ids["FT003"]), "--note", "โอนคืนแล้ว")
    assert refunded.exit_code == 0, refunded.output
    assert "refunded, โอนคืนแล้ว" in refunded.output
    assert "no unmatched lines" in run(database_url, "unmatched").output


def test_rejected_commands_change_nothing(world: World, database_url: str, tmp_path: Path) -> None:
    path = statement(tmp_path, "2025-03-15,10:00,77.77,Unknown,,FT100\n")
    assert run(database_url, "import-statement", path).exit_code == 0
    with read_transaction(world.engine) as connection:
        line = str(connection.execute(select(statement_lines.c.id)).scalar_one())
    bad = statement(tmp_path, "2025-03-15,10:00,lots,,,FT101\n")
    before = snapshot(world)
    refused = [
        (("import-statement", bad), 1, "line 2: not an amount"),
        (("import-statement", path, "--encoding", "klingon"), 2, "unknown encoding"),
        (("assign", line, "0899999999"), 1, "no member with phone"),
        (("assign", "9999", ANAN), 1, "statement line 9999 does not exist"),
        (("refund", line), 2, "--note"),
        (("refund", line, "--note", "  "), 1, "how the baht went back"),
    ]
    for args, exit_code, message in refused:
        result = run(database_url, *args)
        assert (result.exit_code, message in result.output) == (exit_code, True), result.output
    assert snapshot(world) == before
    assert run(database_url, "refund", line, "--note", "returned").exit_code == 0
    twice = run(database_url, "assign", line, ANAN)
    assert (twice.exit_code, "already refunded" in twice.output) == (1, True)


def test_expire_closes_overdue_requests(world: World, database_url: str) -> None:
    assert run(database_url, "request", SOMSRI, "100").exit_code == 0
    assert run(database_url, "request", SOMSRI, "200").exit_code == 0
    assert "0 request(s) expired" in run(database_url, "expire").output
    overdue = datetime.now(UTC) - timedelta(seconds=1)
    write_transaction(
        world.engine,
        lambda c: c.execute(
            update(topup_requests)
            .where(topup_requests.c.amount == 10_000)
            .values(expires_at=overdue)
        ),
    )
    assert "1 request(s) expired" in run(database_url, "expire").output
    with read_transaction(world.engine) as connection:
        query = select(topup_requests.c.amount, topup_requests.c.status).order_by("amount")
        assert list(connection.execute(query)) == [(10_000, "expired"), (20_000, "open")]
