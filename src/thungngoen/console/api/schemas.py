"""The request models of the operator's console API."""

from typing import Literal

from pydantic import BaseModel


class MerchantDecision(BaseModel):
    status: Literal["approved", "suspended", "pending"]
    tier: str | None = None


class AccountStatus(BaseModel):
    status: Literal["active", "frozen"]
