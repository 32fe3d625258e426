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


class UnknownFundGift(WalletError):
    code = "unknown_fund_gift"


class InvalidGiftKind(WalletError):
    """A gift into a fund is a donation or a grant (``donations``)."""

    code = "invalid_gift_kind"


class DonorRequired(WalletError):
    """A gift into a fund names who gave it, in up to 200 characters."""

    code = "donor_required"


class DecisionNotAllowed(WalletError):
    """The operator's decision does not fit the shop's status (``merchant_decisions``)."""

    code = "decision_not_allowed"


class UnknownTier(WalletError):
    code = "unknown_tier"


class ReferenceTooLong(WalletError):
    code = "reference_too_long"


class FloatLimitReached(WalletError):
    """A cash top-up would take the agent's float (cash held for the operator) past the
    limit the operator set: the agent hands cash over first."""

    code = "float_limit_reached"

    def __init__(self, message: str, *, float_limit: int, held: int) -> None:
        super().__init__(message)
        self.float_limit = float_limit
        self.held = held

    def details(self) -> dict[str, int]:
        room = max(0, self.float_limit - self.held)
        return {
            "float_limit_satang": self.float_limit,
            "float_satang": self.held,
            "room_satang": room,
        }


class HandoverExceedsFloat(WalletError):
    """A hand-over of more cash than the agent holds for the operator."""

    code = "handover_exceeds_float"
