"""Redemption: merchants turn coin back into baht, and the operator pays them.

- ``redeem``: the booking of a redemption and its fee (``redeem``, ``redemption_fee``);
- ``tiers``: which merchants may redeem, and the re-spend rule (``redeemable_position``);
- ``suppliers``: merchants paying other network merchants in coin (``pay_supplier``);
- ``payouts``: payout instructions and batches, marking a batch paid;
- ``payout_file``: the bank's CSV file of a batch;
- ``legal_guard``: the Payment Systems Act exemption's float report (``float_report``);
- ``access``: who may do what (every door asks it);
- the community funds the fees go to are the wallet's (``wallet.funds``);
- ``tables``, ``model``, ``errors``: the tables, value objects and rejections.
"""

from thungngoen.redemption.errors import (
    AboveRedeemable,
    InsufficientCoin,
    NothingToPay,
    PayoutBankMissing,
    PayoutBatchAlreadyPaid,
    TierMayNotRedeem,
    UnknownPayoutBatch,
)
from thungngoen.redemption.legal_guard import (
    FLOAT_LIMIT,
    WARNING_PERCENT,
    WINDOW_DAYS,
    FloatReport,
    float_report,
)
from thungngoen.redemption.model import (
    MerchantPayment,
    PayoutBatch,
    PayoutInstruction,
    RedeemablePosition,
    Redemption,
    TierRule,
)
from thungngoen.redemption.payout_file import CSV_COLUMNS, payout_batch_csv, payout_batch_rows
from thungngoen.redemption.payouts import (
    create_payout_batch,
    get_payout_batch,
    mark_batch_paid,
    merchant_payouts,
    queue_payout,
)
from thungngoen.redemption.redeem import MIN_REDEMPTION, redeem, redemption_fee
from thungngoen.redemption.suppliers import MAX_SUPPLIER_PAYMENT, pay_supplier
from thungngoen.redemption.tiers import (
    DEFAULT_TIER_RULES,
    list_tier_rules,
    redeemable_position,
    set_tier_rule,
    tier_rule,
)

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_TIER_RULES",
    "FLOAT_LIMIT",
    "MAX_SUPPLIER_PAYMENT",
    "MIN_REDEMPTION",
    "WARNING_PERCENT",
    "WINDOW_DAYS",
    "AboveRedeemable",
    "FloatReport",
    "InsufficientCoin",
    "MerchantPayment",
    "NothingToPay",
    "PayoutBankMissing",
    "PayoutBatch",
    "PayoutBatchAlreadyPaid",
    "PayoutInstruction",
    "RedeemablePosition",
    "Redemption",
    "TierMayNotRedeem",
    "TierRule",
    "UnknownPayoutBatch",
    "create_payout_batch",
    "float_report",
    "get_payout_batch",
    "list_tier_rules",
    "mark_batch_paid",
    "merchant_payouts",
    "pay_supplier",
    "payout_batch_csv",
    "payout_batch_rows",
    "queue_payout",
    "redeem",
    "redeemable_position",
    "redemption_fee",
    "set_tier_rule",
    "tier_rule",
]
