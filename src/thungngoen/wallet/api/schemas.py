"""The request and response shapes of the wallet's routes.
Amounts are integer satang (100 = 1 baht).

``ProgramOut`` and ``AllowanceOut`` stay in ``api.programs``: the circulation area has a
``ProgramOut`` too, so the OpenAPI document names both by their module
(``thungngoen__wallet__api__programs__ProgramOut``), and moving the class would rename it.
"""

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from thungngoen import ledger
from thungngoen.wallet import programs
from thungngoen.wallet.agent_limits import AgentFloat
from thungngoen.wallet.banks import BankCode
from thungngoen.wallet.checkout import Payment
from thungngoen.wallet.handovers import Handover
from thungngoen.web.api_fields import (
    ApiModel,
    AwareMoment,
    BodyId,
    Code,
    Name,
    Phone,
    Pin,
    Satang,
    TambonCode,
    satang_or_none,
)

REFERENCE = "The shop's own reference: up to 60 characters (longer: reference_too_long)."
"""``checkout.check_reference`` refuses a longer one by name, so the body's bound is the
general ``TEXT_MAX``."""


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


class SignUp(ApiModel):
    phone: Phone
    name: Name
    password: str
    tambon_code: TambonCode
    community: Name = ""
    national_id: str | None = Field(
        None, max_length=20, description="13 digits; spaces, dashes and Thai digits allowed."
    )


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


class SendCoin(ApiModel):
    to_phone: Phone
    amount_satang: int = Satang
    memo: str = ""
    pin: str = Pin


class Confirm(ApiModel):
    pin: str = Pin


class RequestView(BaseModel):
    merchant_id: int
    business_name: str
    amount_satang: int
    reference: str
    expires_at: datetime
    paid: bool


class ShopPayment(ApiModel):
    amount_satang: int = Satang
    pin: str = Pin
    reference: str = Field("", description=REFERENCE)


class PayCodeAsk(ApiModel):
    limit_satang: int = Satang
    pin: str = Pin


class PayCode(BaseModel):
    code: str
    limit_satang: int
    expires_in_seconds: int


# Shops (``api.shops``)


class ShopSignUp(ApiModel):
    business_name: Name
    category: str = Field(max_length=40)
    tambon_code: TambonCode
    payout_promptpay: str | None = Field(None, max_length=20)
    payout_bank_account: str | None = Field(None, max_length=40)
    payout_bank_code: BankCode | None = Field(
        None, description="The bank of the payout account: its Thai bank code, e.g. 006."
    )


class RequestAsk(ApiModel):
    amount_satang: int = Satang
    reference: str = Field("", description=REFERENCE)
    lifetime_seconds: int = Field(900, gt=0, le=86_400)


class RequestMade(BaseModel):
    request_id: int
    token: str
    pay_path: str
    qr_svg: str


class Charge(ApiModel):
    code: str = Field(description="The pay code the member's screen shows (a signed token).")
    amount_satang: int = Satang


class Refund(ApiModel):
    amount_satang: int = Satang


# Agents (``api.agents``)


class CashTopUp(ApiModel):
    member_phone: Phone
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


class FloatLimitIn(ApiModel):
    float_limit_satang: int = Satang


class HandoverIn(ApiModel):
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


class ProgramTermsIn(ApiModel):
    name: Name
    valid_from: AwareMoment
    valid_until: AwareMoment | None = Field(None, description="Exclusive end; an event's expiry.")
    allowed_tambons: list[TambonCode] = Field(
        [], max_length=200, description="Sub-district codes; empty: anywhere."
    )
    excluded_categories: list[Annotated[str, Field(max_length=40)]] = Field([], max_length=20)
    daily_limit_satang: int | None = satang_or_none("Per member, per Thai day.")
    monthly_limit_satang: int | None = satang_or_none("Per member, per Thai month.")
    fund_code: Code | None = Field(None, description="Event: the community fund paying it.")
    allowance_satang: int | None = satang_or_none("Event: credited per participant.")

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
    code: Code
    kind: Literal["sandbox", "event"]


class EventMerchant(ApiModel):
    merchant_id: BodyId


class ParticipantIn(ApiModel):
    phone: Phone


class ParticipantOut(BaseModel):
    program_id: int
    member_id: int
    allowance_satang: int


class ClosingOut(BaseModel):
    program_id: int
    participants: int
    returned_satang: int


class AllowancePayment(ApiModel):
    amount_satang: int = Satang
    pin: str = Pin
