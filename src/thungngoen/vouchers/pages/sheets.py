"""The printable sheet of a batch just issued, held in this process's memory for a while.

Codes are bearer value and the database keeps only their keyed hashes: the plain codes
exist once, in what ``generate_voucher_batch`` returns. The page that issues a batch
holds them here, for the operator who issued it only and for ``HOLD_FOR``, so that the
browser can be redirected to the sheet (no resubmission on reload), print it, and print
it again if the printer jams. After that, or after a restart, the codes are gone for
good: a lost sheet means cancelling the batch and issuing a new one.
"""

import time
from dataclasses import dataclass

import segno
from fastapi import Request

from thungngoen import vouchers
from thungngoen.auth.users import User
from thungngoen.vouchers import access

HOLD_FOR = 15 * 60
"""Seconds a sheet stays printable after the batch was issued."""


@dataclass(frozen=True, slots=True)
class HeldSheet:
    user_id: int
    idempotency_key: str
    generated: vouchers.GeneratedBatch
    until: float
    """``time.monotonic()`` after which the codes are forgotten."""


@dataclass(frozen=True, slots=True)
class VoucherCard:
    line: vouchers.SheetLine
    qr_svg: str


class HeldSheets:
    def __init__(self) -> None:
        self._by_batch: dict[int, HeldSheet] = {}

    def hold(self, user_id: int, key: str, generated: vouchers.GeneratedBatch) -> None:
        until = time.monotonic() + HOLD_FOR
        self._by_batch[generated.batch_id] = HeldSheet(user_id, key, generated, until)

    def sheet(self, batch_id: int, user: User) -> vouchers.GeneratedBatch | None:
        """The codes of a batch, if still held and ``user`` may see them (its issuer)."""
        held = self._current().get(batch_id)
        return held.generated if held and access.may_see_codes(user, held.user_id) else None

    def batch_for_key(self, user_id: int, key: str) -> int | None:
        """The batch this user already issued with this form's key (a double submit)."""
        for batch_id, held in self._current().items():
            if (held.user_id, held.idempotency_key) == (user_id, key):
                return batch_id
        return None

    def printable_for(self, user: User) -> set[int]:
        """The batches whose sheet ``user`` may still print."""
        return {
            batch_id
            for batch_id, held in self._current().items()
            if access.may_see_codes(user, held.user_id)
        }

    def _current(self) -> dict[int, HeldSheet]:
        now = time.monotonic()
        for batch_id in [b for b, held in self._by_batch.items() if held.until <= now]:
            del self._by_batch[batch_id]
        return self._by_batch


def held_sheets(request: Request) -> HeldSheets:
    """This app's held sheets (one per app, so tests with several apps stay apart)."""
    state = request.app.state
    if not hasattr(state, "voucher_sheets"):
        state.voucher_sheets = HeldSheets()
    sheets: HeldSheets = state.voucher_sheets
    return sheets


def voucher_cards(generated: vouchers.GeneratedBatch) -> list[VoucherCard]:
    """One card per voucher: the domain's sheet line and a QR of the code."""
    return [
        VoucherCard(line, segno.make_qr(line.code, error="m").svg_inline(omitsize=True))
        for line in vouchers.printable_sheet(generated)
    ]
