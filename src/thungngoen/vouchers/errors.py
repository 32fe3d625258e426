"""Typed rejections of printed vouchers: each has a stable code for the API and the CLI."""

from thungngoen.wallet.errors import WalletError


class VoucherError(WalletError):
    code = "voucher_error"


class UnknownVoucher(VoucherError):
    code = "voucher_unknown"


class VoucherAlreadyRedeemed(VoucherError):
    code = "voucher_already_redeemed"


class VoucherExpired(VoucherError):
    code = "voucher_expired"


class VoucherBatchCancelled(VoucherError):
    code = "voucher_batch_cancelled"


class UnknownVoucherBatch(VoucherError):
    code = "voucher_batch_unknown"


class VoucherBatchClosed(VoucherError):
    code = "voucher_batch_closed"


class VoucherBatchExists(VoucherError):
    code = "voucher_batch_exists"


class FundTooSmall(VoucherError):
    code = "voucher_fund_insufficient"
