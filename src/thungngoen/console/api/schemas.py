"""The request models of the operator's console API."""

from typing import Literal

from pydantic import Field

from thungngoen.web.api_fields import ApiModel


class MerchantDecision(ApiModel):
    status: Literal["approved", "suspended", "pending"]
    tier: str | None = Field(None, max_length=20, description="One of the redemption tiers.")


class AccountStatus(ApiModel):
    status: Literal["active", "frozen"]
