"""Issue 13: a visitor completes a loan in the savings demo with the logins ``thungngoen
demo`` prints: the treasurer enters an application and approves it, the secretary gives
the second approval the regulation asks for, and the loan is approved."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.web.conftest import form_token, logged_in
from thungngoen import ledger, savings
from thungngoen.cli.main import app as cli
from thungngoen.db import read_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.savings.demo import load_savings_demo
from thungngoen.savings.demo_data import OFFICER_LOGINS, SECRETARY, TREASURER
from thungngoen.wallet import Login
from thungngoen.web.app import create_app


@pytest.fixture
def demo(engine: Engine) -> Iterator[TestClient]:
    assert load_savings_demo(engine)
    yield TestClient(create_app(engine))
    detach_writer(engine)


def _as(demo: TestClient, login: Login) -> TestClient:
    return logged_in(TestClient(demo.app), login.phone, login.password)


def _borrowers(engine: Engine) -> tuple[int, list[int]]:
    """The first group and its members who hold no office, most savings first."""
    with read_transaction(engine) as connection:
        group = savings.group_by_code(connection, "boyang-01")
        seated = {seat.member_id for seat in savings.active_officers(connection, group.id)}
        found = [m for m in savings.list_members(connection, group.id) if m.id not in seated]
        found.sort(key=lambda m: -ledger.balance(connection, m.savings_account_id))
    return group.id, [member.id for member in found]


def _apply(treasurer: TestClient, group_id: int, candidates: list[int]) -> str:
    """The first candidate the group lends 100 baht to (one in arrears is refused)."""
    path = f"/savings/groups/{group_id}/loans"
    for member_id in candidates:
        form = {"member_id": str(member_id), "principal": "100", "months": "2", "purpose": "ทุน"}
        answer = treasurer.post(
            path,
            data={"csrf_token": form_token(treasurer, path), **form},
            follow_redirects=False,
        )
        if answer.status_code == 303:
            return str(answer.headers["location"])
    raise AssertionError("no member of the demo group could borrow")


def _approve(client: TestClient, location: str) -> str:
    token = form_token(client, location)
    answer = client.post(f"{location}/approve", data={"csrf_token": token})
    assert answer.status_code == 200, answer.text
    return str(answer.text)


def test_the_demo_treasurer_and_secretary_complete_a_loan(demo: TestClient, engine: Engine) -> None:
    group_id, candidates = _borrowers(engine)
    treasurer = _as(demo, TREASURER)
    location = _apply(treasurer, group_id, candidates)
    assert "บันทึกการอนุมัติของคุณแล้ว ต้องการอีก 1 คน" in _approve(treasurer, location)
    secretary = _as(demo, SECRETARY)
    page = _approve(secretary, location)
    assert "อนุมัติเงินกู้แล้ว" in page
    with read_transaction(engine) as connection:
        loan = savings.get_loan(connection, int(location.rsplit("/", 1)[1]))
    assert loan.status == "approved"


def test_the_demo_prints_the_officer_logins(database_url: str) -> None:
    result = CliRunner().invoke(cli, ["demo", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    for office, login in OFFICER_LOGINS:
        assert f"{office} (savings demo)" in result.output
        assert login.phone in result.output
        assert login.password in result.output
