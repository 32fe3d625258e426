"""Typed rejections of redemption and payouts (all of them ``WalletError``s)."""

from thungngoen.wallet.errors import WalletError


class TierMayNotRedeem(WalletError):
    code = "tier_may_not_redeem"


class AboveRedeemable(WalletError):
    code = "above_redeemable"


class InsufficientCoin(WalletError):
    code = "insufficient_coin"


class NothingToPay(WalletError):
    code = "nothing_to_pay"


class UnknownPayoutBatch(WalletError):
    code = "unknown_payout_batch"


class PayoutBatchAlreadyPaid(WalletError):
    """The batch was marked paid before, under another bank reference."""

    code = "payout_batch_already_paid"


class PayoutBankMissing(WalletError):
    """Every waiting payout is to a bank account whose bank the shop has not recorded."""

    code = "payout_bank_missing"
