"""Typed rejections of the wallet area."""

from thungngoen.errors import DomainError


class WalletError(DomainError):
    code = "wallet_error"


class UnknownMember(WalletError):
    code = "unknown_member"


class UnknownMerchant(WalletError):
    code = "unknown_merchant"


class UnknownAgent(WalletError):
    code = "unknown_agent"


class MerchantNotApproved(WalletError):
    code = "merchant_not_approved"


class DuplicateNationalId(WalletError):
    code = "duplicate_national_id"


class InvalidAmount(WalletError):
    code = "invalid_amount"


class PaymentRequestUsed(WalletError):
    code = "payment_request_used"


class RefundTooLarge(WalletError):
    code = "refund_too_large"


class UnknownFund(WalletError):
    code = "unknown_fund"


class DecisionNotAllowed(WalletError):
    """The operator's decision does not fit the shop's status (``merchant_decisions``)."""

    code = "decision_not_allowed"


class UnknownTier(WalletError):
    code = "unknown_tier"


class ReferenceTooLong(WalletError):
    code = "reference_too_long"
