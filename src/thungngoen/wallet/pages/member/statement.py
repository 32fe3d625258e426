"""The member's statement as the pages show it: the ledger's own statement (newest first,
each line with the balance after it), described for people and filtered by date (Thai
time), direction and kind."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.thai import in_thai_time
from thungngoen.wallet.payment_discounts import PaidDiscount, discounts_by_transfer

CHUNK = 100
"""Lines read from the ledger at a time while looking for the ones a filter keeps."""

KINDS: dict[str, tuple[str, ...]] = {
    "topup": ("topup_cash", "topup_promptpay"),
    "payment": ("payment",),
    "p2p": ("p2p",),
    "refund": ("refund", "cashback"),
    "voucher": ("voucher_redeem",),
}
KIND_LABELS = {
    "topup": "Top-ups",
    "payment": "Shop payments",
    "p2p": "Transfers between members",
    "refund": "Refunds and cashback",
    "voucher": "Vouchers",
}
LABEL_OF_PURPOSE = {
    "topup_cash": "Cash top-up at an agent",
    "topup_promptpay": "PromptPay top-up",
    "payment": "Paid a shop",
    "cashback": "Cashback",
    "refund": "Refund from a shop",
    "voucher_redeem": "Voucher",
}
NAMED_PURPOSES = ("payment", "cashback", "refund", "p2p")
"""Movements whose other side is a wallet worth naming (a shop or a member)."""


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    start: date | None = None
    end: date | None = None
    direction: str = ""
    """``in``, ``out`` or empty (both)."""
    kind: str = ""
    """A key of ``KINDS`` or empty (all)."""

    def keeps(self, line: ledger.StatementLine) -> bool:
        day = in_thai_time(line.created_at).date()
        if self.end is not None and day > self.end:
            return False
        if self.direction and (line.amount > 0) != (self.direction == "in"):
            return False
        return not self.kind or line.purpose in KINDS[self.kind]

    def older_than_wanted(self, line: ledger.StatementLine) -> bool:
        return self.start is not None and in_thai_time(line.created_at).date() < self.start


@dataclass(frozen=True, slots=True)
class HistoryLine:
    transfer_id: int
    created_at: datetime
    amount: int
    """Signed: positive came in."""
    balance_after: int
    label: str
    """An English catalogue text."""
    detail: str
    discount: PaidDiscount | None = None
    """The promotion a shop payment had (the line shows it with its name)."""


@dataclass(frozen=True, slots=True)
class HistoryPage:
    lines: list[HistoryLine]
    next_before: int | None
    """The cursor of the next (older) page, if there is one."""


def label_of(line: ledger.StatementLine) -> str:
    if line.purpose == "p2p":
        return "Received" if line.amount > 0 else "Sent"
    return LABEL_OF_PURPOSE.get(line.purpose, "Other")


def describe(
    connection: Connection, line: ledger.StatementLine, discount: PaidDiscount | None = None
) -> HistoryLine:
    detail = "" if line.purpose in KINDS["topup"] else line.memo  # its memo is its label
    if line.purpose in NAMED_PURPOSES:
        other = ledger.get_account(connection, line.counterparty_account_id).name
        detail = line.memo if other in line.memo else f"{other} {line.memo}".strip()
    return HistoryLine(
        line.transfer_id,
        line.created_at,
        line.amount,
        line.balance_after,
        label_of(line),
        detail,
        discount,
    )


def payment_discounts(
    connection: Connection, lines: list[ledger.StatementLine]
) -> dict[int, PaidDiscount]:
    """The promotions of the shop payments among ``lines``, by transfer."""
    paid = [line.transfer_id for line in lines if line.purpose == "payment"]
    return discounts_by_transfer(connection, paid)


def history_page(
    connection: Connection,
    account_id: int,
    wanted: HistoryFilter,
    size: int,
    before: int | None = None,
) -> HistoryPage:
    """Up to ``size`` lines ``wanted`` keeps, older than the line ``before`` if given."""
    found: list[ledger.StatementLine] = []
    cursor = before
    while True:
        chunk = ledger.statement(connection, account_id, CHUNK, cursor)
        for line in chunk:
            if wanted.older_than_wanted(line):
                return _page(connection, found, None)
            if wanted.keeps(line):
                found.append(line)
            if len(found) > size:
                return _page(connection, found[:size], found[size - 1].transfer_id)
        if len(chunk) < CHUNK:
            return _page(connection, found, None)
        cursor = chunk[-1].transfer_id


def _page(
    connection: Connection, lines: list[ledger.StatementLine], next_before: int | None
) -> HistoryPage:
    discounts = payment_discounts(connection, lines)
    described = [describe(connection, line, discounts.get(line.transfer_id)) for line in lines]
    return HistoryPage(described, next_before)
