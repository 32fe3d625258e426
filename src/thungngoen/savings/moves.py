"""A planned movement of a group's money, and the check that a plan never takes a
constrained account below zero, step by step in the order the ledger will post it.

Running the plan on the group's balances first turns what the ledger would refuse as
"insufficient funds on account N" into the rejection the treasurer understands: group
cash short, welfare fund short, withdrawal over savings, repayment over the balance,
named with the sheet field that caused it.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.money import format_money
from thungngoen.savings.errors import (
    GroupCashShort,
    InvalidSheet,
    RepaymentOverBalance,
    WelfareFundShort,
    WithdrawalOverSavings,
)

MEMOS = {
    "commitment": "เงินสัจจะ",
    "voluntary": "เงินฝากเพิ่ม",
    "welfare_contribution": "เงินสมทบกองทุนสวัสดิการ",
    "fine": "ค่าปรับ",
    "repayment_interest": "ชำระดอกเบี้ยเงินกู้",
    "repayment_principal": "ชำระเงินต้น",
    "withdrawal": "ถอนเงินออม",
    "disbursement": "จ่ายเงินกู้",
    "expense": "ค่าใช้จ่ายกลุ่ม",
    "welfare_grant": "จ่ายสวัสดิการ",
    "write_off": "ตัดหนี้สูญ",
    "dividend": "เงินปันผล",
    "enterprise": "จัดสรรให้วิสาหกิจชุมชน",
    # The share-out's closing and dividing legs (no sub-ledger entry of their own).
    "close_interest": "ปิดบัญชีดอกเบี้ยเข้ากำไรรอจัดสรร",
    "close_fines": "ปิดบัญชีค่าปรับเข้ากำไรรอจัดสรร",
    "close_expenses": "ปิดบัญชีค่าใช้จ่ายเข้ากำไรรอจัดสรร",
    "welfare_share": "จัดสรรกำไรเข้ากองทุนสวัสดิการ",
    "reserve_share": "จัดสรรกำไรเข้าเงินสำรอง",
    "enterprise_capital": "ทุนวิสาหกิจชุมชนจากกลุ่มออมทรัพย์",
}


@dataclass(frozen=True, slots=True)
class Move:
    kind: str
    debit: int
    credit: int
    amount: int
    field: str = ""
    member_id: int | None = None
    loan_id: int | None = None
    note: str = ""
    corrects: int | None = None
    """The entry this move reverses (its transfer is reversed on the ledger)."""
    reverses: int | None = None
    extra: tuple[ledger.TransferRequest, ...] = ()
    """Legs posted right after this one (a coin loan's minting)."""

    @property
    def memo(self) -> str:
        text = MEMOS[self.kind] + (f": {self.note}" if self.note else "")
        return f"แก้ไข {text}" if self.corrects else text

    def request(self, metadata: dict[str, Any]) -> ledger.TransferRequest:
        meta = {**metadata, "member_id": self.member_id, "loan_id": self.loan_id}
        return ledger.TransferRequest(
            self.debit, self.credit, self.amount, "THB", f"savings_{self.kind}", self.memo, meta
        )


@dataclass
class Plan:
    """The moves of one sheet, in posting order (see ``plan``)."""

    before: list[Move] = field(default_factory=list)
    batch_in: list[Move] = field(default_factory=list)
    batch_out: list[Move] = field(default_factory=list)
    after: list[Move] = field(default_factory=list)
    disbursed: list[tuple[int, str, int]] = field(default_factory=list)
    """(loan id, channel, the loan's new account) of each loan this sheet pays out."""

    @property
    def batch(self) -> list[Move]:
        return self.batch_in + self.batch_out

    @property
    def in_order(self) -> list[Move]:
        return self.before + self.batch + self.after


@dataclass
class Floors:
    """The constrained accounts of a group and the rejection each one's floor raises."""

    cash: int
    welfare: int
    savings: set[int] = field(default_factory=set)
    loans: set[int] = field(default_factory=set)

    def error(self, account_id: int) -> type[InvalidSheet] | None:
        if account_id == self.cash:
            return GroupCashShort
        if account_id == self.welfare:
            return WelfareFundShort
        if account_id in self.savings:
            return WithdrawalOverSavings
        if account_id in self.loans:
            return RepaymentOverBalance
        return None


def check_floors(connection: Connection, moves: Iterable[Move], floors: Floors) -> None:
    balances: dict[int, int] = {}
    for move in moves:
        for account_id, sign in ((move.debit, 1), (move.credit, -1)):
            error = floors.error(account_id)
            if error is None:
                continue
            if account_id not in balances:
                balances[account_id] = ledger.balance(connection, account_id)
            debit_normal = account_id == floors.cash or account_id in floors.loans
            balances[account_id] += move.amount * (sign if debit_normal else -sign)
            if balances[account_id] < 0:
                raise error(_message(error, -balances[account_id]), move.field)


def _message(error: type[InvalidSheet], short: int) -> str:
    what = {
        GroupCashShort: "the group's cash",
        WelfareFundShort: "the welfare fund",
        WithdrawalOverSavings: "the member's savings",
        RepaymentOverBalance: "the loan's balance",
    }[error]
    return f"{what} would be {format_money(short, 'THB')} short"
