"""Bank statements against top-up requests: matching, expiry, the operator's decisions."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import Connection

from tests.topups.operation_helpers import (
    LEDGER_TABLES,
    T0,
    assert_checks_ok,
    audit_actions,
    balance,
    import_csv,
    line_by_ref,
    request,
    request_row,
    snapshot,
    system_balance,
    write,
)
from tests.wallet.conftest import World
from thungngoen import ledger, topups
from thungngoen.db import read_transaction
from thungngoen.topups.bank_statement import StatementFormatError
from thungngoen.wallet import book, errors


def test_statement_import_matches_by_reference_then_amount_and_is_idempotent(
    world: World,
) -> None:
    a = request(world, world.somsri, 10_000)  # 100.00, never paid
    b = request(world, world.anan, 10_000)  # 100.01
    c = request(world, world.somsri, 25_000)  # 250.00
    rows = (
        f"2025-03-15,10:00,100.01,PromptPay from Anan,{b.reference},FT001\n"
        "2025-03-15,10:05,250.00,PromptPay transfer,,FT002\n"
        "2025-03-15,10:10,77.77,Unknown sender,,FT003\n"
        "2025-03-15,11:00,-500.00,Payout to shop,,FT004\n"
    )
    report = import_csv(world, rows)
    assert (report.new, report.duplicate, report.matched, report.unmatched) == (3, 0, 2, 1)
    [unknown] = report.unmatched_lines
    assert (unknown.bank_ref, unknown.amount, unknown.status) == ("FT003", 7_777, "unmatched")
    assert unknown.reason == "no open request with this reference or amount"

    by_reference, by_amount = line_by_ref(world, "FT001"), line_by_ref(world, "FT002")
    assert (by_reference.matched_by, by_reference.topup_request_id) == ("reference", b.id)
    assert (by_amount.matched_by, by_amount.topup_request_id) == ("amount", c.id)
    assert request_row(world, b.id).status == "matched"
    assert request_row(world, b.id).transfer_id == by_reference.transfer_id
    assert request_row(world, c.id).transfer_id == by_amount.transfer_id
    assert request_row(world, a.id).status == "open"
    assert balance(world, world.anan.account_id) == 10_001
    assert balance(world, world.somsri.account_id) == 25_000
    assert system_balance(world, book.BANK) == 35_001
    assert system_balance(world, book.BACKING) == 35_001
    assert system_balance(world, book.MINT) == -35_001
    assert_checks_ok(world)
    with read_transaction(world.engine) as connection:
        [thb, skc] = ledger.batch_by_key(connection, "promptpay:FT001")
    assert (thb.currency, skc.currency, skc.id) == ("THB", "SKC", by_reference.transfer_id)
    assert skc.metadata is not None
    assert skc.metadata["actor"] == "operator:1"
    assert audit_actions(world).count("statement.import") == 1

    before = snapshot(world)
    again = import_csv(world, rows, T0 + timedelta(hours=1))
    assert (again.new, again.duplicate, again.matched, again.unmatched) == (0, 3, 0, 0)
    assert snapshot(world) == before


def test_reference_beats_amount_and_unusual_lines_wait_for_the_operator(world: World) -> None:
    a = request(world, world.somsri, 10_000)  # 100.00
    b = request(world, world.anan, 10_000)  # 100.01, but Anan pays 100.00 with his reference
    c = request(world, world.anan, 20_000)
    write(world, lambda conn: ledger.set_account_status(conn, world.anan.account_id, "frozen"))
    rows = (
        f"2025-03-15,10:00,100.00,Anan {b.reference.lower()},,FT010\n"
        f"2025-03-15,10:01,200.00,PromptPay,{c.reference},FT011\n"
        f"2025-03-15,10:02,60000.00,Big transfer,{a.reference},FT012\n"
    )
    report = import_csv(world, rows)
    assert report.matched == 0  # Anan's wallet is frozen; 60,000 baht is above the limit
    assert [line.reason for line in report.unmatched_lines] == [
        "the member's wallet is not active",
        "the member's wallet is not active",
        "above the top-up limit: the operator decides",
    ]
    assert request_row(world, a.id).status == "open"
    write(world, lambda conn: ledger.set_account_status(conn, world.anan.account_id, "active"))
    report = import_csv(world, rows.replace("FT01", "FT02"))
    assert (report.matched, report.unmatched) == (2, 1)
    assert line_by_ref(world, "FT020").topup_request_id == b.id
    assert balance(world, world.anan.account_id) == 30_000  # what was received, not asked
    assert request_row(world, a.id).status == "open"
    assert balance(world, world.somsri.account_id) == 0
    assert_checks_ok(world)


def test_a_paid_request_is_never_matched_again(world: World) -> None:
    a = request(world, world.somsri, 10_000)
    import_csv(world, f"2025-03-15,10:00,100.00,,{a.reference},FT100\n")
    assert balance(world, world.somsri.account_id) == 10_000
    report = import_csv(
        world,
        f"2025-03-15,10:30,100.00,again,{a.reference},FT101\n"
        "2025-03-15,10:31,100.00,no reference,,FT102\n",
    )
    assert (report.matched, report.unmatched) == (0, 2)
    assert report.unmatched_lines[0].reason == f"request {a.reference} was already paid"
    assert balance(world, world.somsri.account_id) == 10_000
    paid_line = line_by_ref(world, "FT100").id
    before = snapshot(world)
    with pytest.raises(topups.StatementLineDecided):
        write(world, lambda c: topups.assign_unmatched(c, paid_line, world.anan.id, "op"))
    assert snapshot(world) == before
    assert_checks_ok(world)


def test_expiry_frees_the_amount_and_a_late_payment_still_counts(world: World) -> None:
    old = request(world, world.somsri, 10_000)
    assert write(world, lambda c: topups.expire_topup_requests(c, T0 + timedelta(hours=23))) == 0
    assert write(world, lambda c: topups.expire_topup_requests(c, T0 + timedelta(hours=24))) == 1
    assert request_row(world, old.id).status == "expired"
    assert audit_actions(world)[-1] == "topup.expire"
    new = request(world, world.anan, 10_000, T0 + timedelta(hours=25))
    assert new.amount == 10_000
    report = import_csv(
        world,
        "2025-03-15,10:00,100.00,paid while the old request was open,,FT200\n"
        f"2025-03-16,09:30,100.00,late,{old.reference},FT201\n",
        T0 + timedelta(hours=26),
    )
    assert [line.bank_ref for line in report.unmatched_lines] == ["FT200"]
    assert line_by_ref(world, "FT201").topup_request_id == old.id
    assert balance(world, world.somsri.account_id) == 10_000
    assert request_row(world, new.id).status == "open"
    assert_checks_ok(world)


def test_the_operator_assigns_or_refunds_unmatched_lines(world: World) -> None:
    report = import_csv(
        world, "2025-03-15,10:10,77.77,Unknown,,FT300\n2025-03-15,10:11,12.34,Wrong,,FT301\n"
    )
    assigned_id, refunded_id = (line.id for line in report.unmatched_lines)
    before = snapshot(world)
    rejected: list[tuple[Callable[[Connection], object], type[Exception]]] = [
        (lambda c: topups.assign_unmatched(c, assigned_id, 9_999, "op"), errors.UnknownMember),
        (
            lambda c: topups.assign_unmatched(c, 9_999, world.anan.id, "op"),
            topups.UnknownStatementLine,
        ),
        (
            lambda c: topups.refund_unmatched(c, refunded_id, "op", "  "),
            topups.DecisionNoteRequired,
        ),
    ]
    for work, rejection in rejected:
        with pytest.raises(rejection):
            write(world, work)
    assert snapshot(world) == before

    line = write(world, lambda c: topups.assign_unmatched(c, assigned_id, world.anan.id, "op:2"))
    assert (line.status, line.matched_by, line.member_id) == ("assigned", "operator", world.anan.id)
    assert balance(world, world.anan.account_id) == 7_777
    ledger_before = snapshot(world, LEDGER_TABLES)
    line = write(world, lambda c: topups.refund_unmatched(c, refunded_id, "op:2", "โอนคืนแล้ว"))
    assert (line.status, line.decision_note, line.transfer_id) == ("refunded", "โอนคืนแล้ว", None)
    assert snapshot(world, LEDGER_TABLES) == ledger_before

    before = snapshot(world)
    for work in (
        lambda c: topups.assign_unmatched(c, assigned_id, world.somsri.id, "op"),
        lambda c: topups.refund_unmatched(c, assigned_id, "op", "twice"),
        lambda c: topups.assign_unmatched(c, refunded_id, world.somsri.id, "op"),
    ):
        with pytest.raises(topups.StatementLineDecided):
            write(world, work)
    assert snapshot(world) == before
    with read_transaction(world.engine) as connection:
        assert topups.unmatched_lines(connection) == []
    assert audit_actions(world)[-2:] == ["statement.assign", "statement.refund"]
    assert_checks_ok(world)


def test_bad_statements_write_nothing(world: World) -> None:
    a = request(world, world.somsri, 10_000)
    before = snapshot(world)
    good = f"2025-03-15,10:00,100.00,,{a.reference},FT400\n"
    with pytest.raises(StatementFormatError):
        import_csv(world, good + "2025-03-15,10:00,lots,,,FT401\n")
    with pytest.raises(topups.UnusableBankRef):
        import_csv(world, good + f"2025-03-15,10:00,5.00,,,{'X' * 81}\n")
    assert snapshot(world) == before
