"""The request and response shapes of the wallet's routes.
Amounts are integer satang (100 = 1 baht).

``ProgramOut`` and ``AllowanceOut`` stay in ``api.programs``: the circulation area has a
``ProgramOut`` too, so the OpenAPI document names both by their module
(``thungngoen__wallet__api__programs__ProgramOut``), and moving the class would rename it.
"""

from datetime import UTC, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, Field

from thungngoen import ledger
from thungngoen.wallet import programs
from thungngoen.wallet.agent_limits import AgentFloat
from thungngoen.wallet.checkout import Payment
from thungngoen.wallet.handovers import Handover
from thungngoen.web.api_fields import Pin, Satang


class TransferOut(BaseModel):
    transfer_id: int
    amount_satang: int
    purpose: str
    memo: str
    created_at: datetime

    @classmethod
    def of(cls, transfer: ledger.Transfer) -> "TransferOut":
        return cls(
            transfer_id=transfer.id,
            amount_satang=transfer.amount,
            purpose=transfer.purpose,
            memo=transfer.memo,
            created_at=transfer.created_at,
        )


class PaymentOut(BaseModel):
    payment_id: int
    transfer_id: int
    merchant_id: int
    amount_satang: int
    discount_satang: int
    charged_satang: int
    channel: str

    @classmethod
    def of(cls, payment: Payment) -> "PaymentOut":
        return cls(
            payment_id=payment.id,
            transfer_id=payment.transfer_id,
            merchant_id=payment.merchant_id,
            amount_satang=payment.amount,
            discount_satang=payment.discount,
            charged_satang=payment.charged,
            channel=payment.channel,
        )


# Members (``api.members``)


class SignUp(BaseModel):
    phone: str
    name: str
    password: str
    tambon_code: str
    community: str = ""
    national_id: str | None = None


class SignedUp(BaseModel):
    member_id: int
    user_id: int


class Wallet(BaseModel):
    member_id: int
    name: str
    balance_satang: int
    available_satang: int


class Line(BaseModel):
    transfer_id: int
    created_at: datetime
    amount_satang: int
    balance_after_satang: int
    purpose: str
    memo: str


# Members paying (``api.payments``)


class SendCoin(BaseModel):
    to_phone: str
    amount_satang: int = Satang
    memo: str = ""
    pin: str = Pin


class Confirm(BaseModel):
    pin: str = Pin


class RequestView(BaseModel):
    merchant_id: int
    business_name: str
    amount_satang: int
    reference: str
    expires_at: datetime
    paid: bool


class ShopPayment(BaseModel):
    amount_satang: int = Satang
    pin: str = Pin
    reference: str = ""


class PayCodeAsk(BaseModel):
    limit_satang: int = Satang
    pin: str = Pin


class PayCode(BaseModel):
    code: str
    limit_satang: int
    expires_in_seconds: int


# Shops (``api.shops``)


class ShopSignUp(BaseModel):
    business_name: str
    category: str
    tambon_code: str
    payout_promptpay: str | None = None
    payout_bank_account: str | None = None


class RequestAsk(BaseModel):
    amount_satang: int = Satang
    reference: str = ""
    lifetime_seconds: int = Field(900, gt=0, le=86_400)


class RequestMade(BaseModel):
    request_id: int
    token: str
    pay_path: str
    qr_svg: str


class Charge(BaseModel):
    code: str
    amount_satang: int = Satang


class Refund(BaseModel):
    amount_satang: int = Satang


# Agents (``api.agents``)


class CashTopUp(BaseModel):
    member_phone: str
    amount_satang: int = Satang


class AgentFloatOut(BaseModel):
    """An agent's float against the limit the operator set."""

    agent_id: int
    name: str
    float_limit_satang: int
    float_satang: int
    """Cash the agent holds for the operator, not yet handed over."""
    room_satang: int
    """Cash top-ups the agent may still take."""

    @classmethod
    def of(cls, agent: AgentFloat) -> "AgentFloatOut":
        return cls(
            agent_id=agent.agent_id,
            name=agent.name,
            float_limit_satang=agent.float_limit,
            float_satang=agent.held,
            room_satang=agent.room,
        )


class FloatLimitIn(BaseModel):
    float_limit_satang: int = Satang


class HandoverIn(BaseModel):
    amount_satang: int = Satang
    reference: str = Field("", max_length=60, description="The bank's deposit slip, if any.")


class HandoverOut(BaseModel):
    transfer_id: int
    amount_satang: int
    reference: str
    created_at: datetime
    agent: AgentFloatOut
    """The agent's float after the hand-over."""

    @classmethod
    def of(cls, handover: Handover) -> "HandoverOut":
        transfer = handover.transfer
        return cls(
            transfer_id=transfer.id,
            amount_satang=transfer.amount,
            reference=str((transfer.metadata or {}).get("reference", "")),
            created_at=transfer.created_at,
            agent=AgentFloatOut.of(handover.agent),
        )


# The reserve (``api.reserve``)
class Reserve(BaseModel):
    coin_outstanding_satang: int
    baht_backing_satang: int
    baht_in_bank_satang: int
    """The bank's baht that backs coin (less payouts owed and the community funds)."""
    cash_at_agents_satang: int
    """Cash the agents hold for the operator, not yet handed over."""
    balanced: bool
    """Coin outstanding = baht backing = in the bank + at the agents."""


# Programs (``api.programs``)


class ProgramTermsIn(BaseModel):
    name: str
    valid_from: AwareDatetime
    valid_until: AwareDatetime | None = Field(None, description="Exclusive end; an event's expiry.")
    allowed_tambons: list[str] = Field([], description="Sub-district codes; empty: anywhere.")
    excluded_categories: list[str] = []
    daily_limit_satang: int | None = Field(None, description="Per member, per Thai day.")
    monthly_limit_satang: int | None = Field(None, description="Per member, per Thai month.")
    fund_code: str | None = Field(None, description="Event: the community fund paying it.")
    allowance_satang: int | None = Field(None, description="Event: credited per participant.")

    def terms(self) -> programs.ProgramTerms:
        return programs.ProgramTerms(
            name=self.name,
            valid_from=self.valid_from.astimezone(UTC),
            valid_until=self.valid_until.astimezone(UTC) if self.valid_until else None,
            allowed_tambons=tuple(self.allowed_tambons),
            excluded_categories=tuple(self.excluded_categories),
            daily_limit=self.daily_limit_satang,
            monthly_limit=self.monthly_limit_satang,
            fund_code=self.fund_code,
            allowance=self.allowance_satang,
        )


class ProgramCreate(ProgramTermsIn):
    code: str
    kind: Literal["sandbox", "event"]


class EventMerchant(BaseModel):
    merchant_id: int


class ParticipantIn(BaseModel):
    phone: str


class ParticipantOut(BaseModel):
    program_id: int
    member_id: int
    allowance_satang: int


class ClosingOut(BaseModel):
    program_id: int
    participants: int
    returned_satang: int


class AllowancePayment(BaseModel):
    amount_satang: int = Satang
    pin: str = Pin
