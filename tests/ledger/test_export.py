"""The Beancount and hledger exports, checked by the tools themselves."""

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TextIO

import pytest
from beancount import loader
from beancount.core import account as bean_account
from beancount.core import data
from sqlalchemy import Connection, Engine
from typer.testing import CliRunner

from thungngoen import ledger
from thungngoen.cli.main import app
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.export.beancount import write_beancount
from thungngoen.ledger.export.hledger import write_hledger
from thungngoen.ledger.export.names import account_name

BEAN_CHECK = Path(sys.executable).parent / "bean-check"
HLEDGER = shutil.which("hledger")
UTF8 = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}  # hledger decodes by locale
QUOTED = 'Top-up "welcome" back\\slash; ถุงเงิน'
Writer = Callable[[Connection, TextIO], None]


def build_ledger(c: Connection) -> dict[str, ledger.Account]:
    specs = {
        "cash": ("sys:cash_float.main", "THB", "asset", "system", "cash_float"),
        "mint_thb": ("mint.thb", "THB", "equity", "system", "mint"),
        "mint": ("mint:skc", "SKC", "equity", "system", "mint"),
        "w1": ("w_001", "SKC", "liability", "member", "wallet"),
        "w2": ("กระเป๋า-สมชาย", "SKC", "liability", "สมาชิก", "กระเป๋า"),
        "fees": ("fees", "SKC", "income", "system", "fees"),
        "promo": ("promo.bonus", "SKC", "expense", "shop", "promo"),
        "unused": ("unused", "THB", "asset", "system", "spare"),
    }
    a = {key: ledger.open_account(c, ledger.AccountSpec(*spec)) for key, spec in specs.items()}

    def request(debit: str, credit: str, amount: int, memo: str = "") -> ledger.TransferRequest:
        currency = a[debit].currency
        return ledger.TransferRequest(a[debit].id, a[credit].id, amount, currency, "test", memo)

    ledger.post_transfer(c, request("mint", "w1", 123_456_789, QUOTED))
    ledger.post_transfer(c, request("cash", "mint_thb", 50_000, "เติมเงินสด\nสองบรรทัด"))
    legs = [request("w1", "w2", 2_500, "pay, thanks"), request("w1", "fees", 25, "fee")]
    fee = ledger.post_batch(c, legs)[1]
    voided = ledger.post_transfer(c, replace(request("w1", "w2", 1_000), pending=True))
    ledger.void_pending(c, voided.id)
    partly = ledger.post_transfer(c, replace(request("w1", "w2", 3_000), pending=True))
    ledger.post_pending(c, partly.id, 1_200, memo="partial")
    ledger.post_transfer(c, request("promo", "w2", 500, "bonus"))
    ledger.reverse_transfer(c, fee.id)
    ledger.post_transfer(c, request("w2", "promo", 99))
    return a


def _name(a: ledger.Account) -> str:
    return account_name(a.id, a.type, a.currency, a.owner_type, a.purpose, a.code)


@pytest.fixture
def expected(engine: Engine) -> dict[str, Decimal]:
    """Build the ledger; return its own balances (posted debits less credits) by name."""
    opened = write_transaction(engine, build_ledger)
    with engine.connect() as c:
        live = [ledger.get_account(c, account.id) for account in opened.values()]
    return {_name(a): Decimal(a.debits_posted - a.credits_posted) / 100 for a in live}


def export(engine: Engine, path: Path, writer: Writer) -> Path:
    with read_transaction(engine) as c, path.open("w", encoding="utf-8") as out:
        writer(c, out)
    return path


def bean_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([BEAN_CHECK, path], capture_output=True, text=True)


def hledger(*args: str) -> subprocess.CompletedProcess[str]:
    assert HLEDGER is not None, "hledger is not installed (make test installs it)"
    return subprocess.run([HLEDGER, *args], capture_output=True, text=True, env=UTF8)


def test_beancount_export_passes_bean_check(
    engine: Engine, expected: dict[str, Decimal], tmp_path: Path
) -> None:
    path = export(engine, tmp_path / "ledger.beancount", write_beancount)
    checked = bean_check(path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    entries, errors, _ = loader.load_file(str(path))
    assert errors == []
    totals: dict[str, Decimal] = defaultdict(Decimal)
    transactions = [e for e in entries if isinstance(e, data.Transaction)]
    for posting in (posting for entry in transactions for posting in entry.postings):
        assert posting.units is not None
        assert posting.units.number is not None
        totals[posting.account] += posting.units.number
    assert {name: totals[name] for name in expected} == expected
    assert {e.account for e in entries if isinstance(e, data.Open)} == set(expected)
    assert len([e for e in entries if isinstance(e, data.Balance)]) == len(expected)
    assert len(transactions) == 8  # the voided reservation moved nothing
    assert transactions[0].narration == QUOTED
    assert {e.meta["kind"] for e in transactions} == {"posted", "post_pending"}


def test_hledger_balances_match_ledger(
    engine: Engine, expected: dict[str, Decimal], tmp_path: Path
) -> None:
    path = str(export(engine, tmp_path / "ledger.journal", write_hledger))
    checked = hledger("-f", path, "check", "--strict")
    assert checked.returncode == 0, checked.stderr
    report = hledger("-f", path, "balance", "--flat", "--empty", "--no-total", "-O", "csv")
    assert report.returncode == 0, report.stderr
    rows = list(csv.reader(io.StringIO(report.stdout)))
    assert rows[0] == ["account", "balance"]
    figures = {name: Decimal(amount.split()[0].replace(",", "")) for name, amount in rows[1:]}
    assert figures == expected
    printed = hledger("-f", path, "print", "code:1").stdout
    assert 'Top-up "welcome" back\\slash； ถุงเงิน' in printed


def _break_balance(path: Path, marker: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = max(i for i, line in enumerate(lines) if marker in line and "-W-001" in line)
    match = re.fullmatch(r"(.* )(-?\d+\.\d\d)( SKC)", lines[index])
    assert match is not None
    head, number, tail = match.groups()
    lines[index] = f"{head}{Decimal(number) + 1}{tail}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.usefixtures("expected")
def test_wrong_balance_assertion_fails_the_tools(engine: Engine, tmp_path: Path) -> None:
    bean = export(engine, tmp_path / "ledger.beancount", write_beancount)
    _break_balance(bean, " balance ")
    checked = bean_check(bean)
    assert checked.returncode != 0
    assert "Balance failed" in checked.stdout + checked.stderr
    journal = export(engine, tmp_path / "ledger.journal", write_hledger)
    _break_balance(journal, " == ")
    failed = hledger("-f", str(journal), "balance")
    assert failed.returncode != 0
    assert "balance assertion" in failed.stderr.lower()


@pytest.mark.usefixtures("expected")
@pytest.mark.parametrize("writer", [write_beancount, write_hledger])
def test_small_chunks_give_the_same_file(engine: Engine, writer: Callable[..., None]) -> None:
    outputs = [io.StringIO(), io.StringIO()]
    for out, chunk in zip(outputs, (2, 10_000), strict=True):
        with read_transaction(engine) as c:
            writer(c, out, chunk)
    assert outputs[0].getvalue() == outputs[1].getvalue()


@pytest.mark.usefixtures("expected")
@pytest.mark.parametrize(
    ("command", "writer"), [("beancount", write_beancount), ("hledger", write_hledger)]
)
def test_cli_writes_what_the_exporter_writes(
    engine: Engine, database_url: str, tmp_path: Path, command: str, writer: Writer
) -> None:
    direct = export(engine, tmp_path / "direct", writer).read_text(encoding="utf-8")
    base = ["export", command, "--database-url", database_url]
    to_file = CliRunner().invoke(app, [*base, "-o", str(tmp_path / "out")])
    assert to_file.exit_code == 0, to_file.output
    assert (tmp_path / "out").read_text(encoding="utf-8") == direct
    to_stdout = CliRunner().invoke(app, base)
    assert to_stdout.exit_code == 0, to_stdout.output
    assert to_stdout.stdout_bytes.decode("utf-8") == direct


def test_account_names_are_valid_and_injective() -> None:
    leaves = {"w_001": "7-W-001", "sys:cash.main": "7-Sys-Cash-Main", "กองทุน": "7", "9x": "7-9x"}
    for code, leaf in leaves.items():
        name = account_name(7, "liability", "SKC", "member", "coin_reserve", code)
        assert name == f"Liabilities:SKC:Member:Coin-Reserve:{leaf}"
        assert bean_account.is_valid(name)
    thai = account_name(8, "expense", "THB", "ร้านค้า", "โปรโมชั่น", "กองทุน")
    assert thai == "Expenses:THB:Other:Other:8"
    assert bean_account.is_valid(thai)
    codes = {1: "1-1", 11: "1", 111: "", 2: "a:b", 3: "a_b", 4: "a.b", 5: "กข", 6: "คง"}
    names = {account_name(i, "asset", "THB", "x", "y", code) for i, code in codes.items()}
    assert len(names) == len(codes)
