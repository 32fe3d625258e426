"""Printed vouchers (ตั้งรหัส codes) for people without smartphones.

How they are booked, so that coin outstanding always equals the baht backing it:

- **Generation** is issuance (:mod:`.issue`). The batch's baht leaves a community fund
  (``thb:fund:<code>`` → ``thb:backing``) and the batch's coin is minted into the batch's
  own float (``skc:mint`` → ``skc:vouchers:<batch>``, an SKC liability that may not be
  overdrawn): one linked ledger batch. A voucher in a drawer is prepaid coin, already
  backed. The fund must cover the batch.
- **Redemption** (:mod:`.redeem`) moves the full value, once, from the float to a
  member's or a merchant's wallet.
- **Expiry and cancellation** (:mod:`.close`) give the unredeemed vouchers' value back:
  the coin is burned and the baht returns to the fund, linked, once per batch.
- **Reports** (:mod:`.report`): batch summaries, and the sheet printed at generation.

Codes are bearer value, so only a keyed hash (HMAC-SHA256 with the server secret,
:mod:`.digest`) and the last four digits are stored; the plain codes exist only in
:class:`GeneratedBatch`. Guessing is hopeless offline (10**11 valid codes against a few
thousand live ones); the API's rate limits are what stop guessing online.

Who may do what is :mod:`.access`, which every door asks. The doors are :mod:`.api` (JSON,
bodies in ``api.schemas``), :mod:`.pages` (the member's ``/wallet/vouchers``, the
operator's ``/console/vouchers``) and :mod:`.cli` (``thungngoen wallet vouchers …``); none
is imported here: the operations need neither the web app nor Typer.
"""

from thungngoen.thai import THAI_TIME
from thungngoen.vouchers.close import Closure, cancel_voucher_batch, expire_vouchers
from thungngoen.vouchers.codes import InvalidVoucherCode
from thungngoen.vouchers.digest import code_digest
from thungngoen.vouchers.errors import (
    FundTooSmall,
    UnknownVoucher,
    UnknownVoucherBatch,
    VoucherAlreadyRedeemed,
    VoucherBatchCancelled,
    VoucherBatchClosed,
    VoucherBatchExists,
    VoucherError,
    VoucherExpired,
)
from thungngoen.vouchers.issue import (
    MAX_BATCH_SIZE,
    MAX_VOUCHER_VALUE,
    GeneratedBatch,
    end_of_day,
    generate_voucher_batch,
)
from thungngoen.vouchers.redeem import Redemption, redeem_at_merchant, redeem_to_member
from thungngoen.vouchers.report import (
    BatchSummary,
    SheetLine,
    printable_sheet,
    voucher_batch_summaries,
    voucher_batch_summary,
)

__all__ = [
    "MAX_BATCH_SIZE",
    "MAX_VOUCHER_VALUE",
    "THAI_TIME",
    "BatchSummary",
    "Closure",
    "FundTooSmall",
    "GeneratedBatch",
    "InvalidVoucherCode",
    "Redemption",
    "SheetLine",
    "UnknownVoucher",
    "UnknownVoucherBatch",
    "VoucherAlreadyRedeemed",
    "VoucherBatchCancelled",
    "VoucherBatchClosed",
    "VoucherBatchExists",
    "VoucherError",
    "VoucherExpired",
    "cancel_voucher_batch",
    "code_digest",
    "end_of_day",
    "expire_vouchers",
    "generate_voucher_batch",
    "printable_sheet",
    "redeem_at_merchant",
    "redeem_to_member",
    "voucher_batch_summaries",
    "voucher_batch_summary",
]
