"""What the redemption operations return: plain frozen value objects. Amounts in satang."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class TierRule:
    tier: str
    may_redeem: bool
    respend_share_bp: int
    """Share (basis points) of member receipts to re-spend at other merchants first."""
    fee_bp: int
    """Redemption fee in basis points (500 = 5%)."""


@dataclass(frozen=True, slots=True)
class RedeemablePosition:
    balance: int
    received_from_members: int
    required_respend: int
    respent: int

    @property
    def respend_owed(self) -> int:
        return max(0, self.required_respend - self.respent)

    @property
    def redeemable(self) -> int:
        return max(0, self.balance - self.respend_owed)


@dataclass(frozen=True, slots=True)
class Redemption:
    id: int
    merchant_id: int
    amount: int
    fee: int
    fund_code: str
    burn_transfer_id: int
    instruction_id: int

    @property
    def net(self) -> int:
        return self.amount - self.fee


@dataclass(frozen=True, slots=True)
class MerchantPayment:
    id: int
    transfer_id: int
    merchant_id: int
    supplier_merchant_id: int
    amount: int


@dataclass(frozen=True, slots=True)
class PayoutBatch:
    id: int
    status: str
    total: int
    instruction_count: int
    bank_reference: str | None
    transfer_id: int | None


@dataclass(frozen=True, slots=True)
class PayoutInstruction:
    """The baht one redemption owes its merchant, and where it stands."""

    id: int
    redemption_id: int
    merchant_id: int
    amount: int
    payee_type: str
    """``promptpay`` or ``bank_account``."""
    payee: str
    status: str
    """``queued`` (waiting for a batch), ``batched`` (sent to the bank) or ``paid``."""
    batch_id: int | None
    bank_reference: str | None
    created_at: datetime
    paid_at: datetime | None
