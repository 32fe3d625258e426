"""Typed rejections of the circulation area: an area, a period or a shop it does not know."""

from thungngoen.errors import DomainError


class UnknownArea(DomainError):
    code = "unknown_area"


class InvalidPeriod(DomainError):
    code = "invalid_period"


class UnknownMerchant(DomainError):
    code = "unknown_merchant"
