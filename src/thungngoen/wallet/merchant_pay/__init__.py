"""Paying a shop by QR, both ways, and refunds.

- ``requests``: merchant-presented. The till creates a payment request; its QR carries a
  signed, single-use link. The member opens it, sees the shop and the amount, confirms
  with the PIN. The link is signed (tampering shows), expires, and pays once.
- ``pay_codes``: customer-presented. The member shows a short-lived signed pay code
  (about 60 s) with a limit they chose; the shop scans it and charges up to that limit,
  once.
- ``by_number``: the same requests found by the shop's number, for a customer without a
  camera.
- ``refunds``: the shop gives coin back to where it came from.
"""

from thungngoen.wallet.merchant_pay.by_number import OpenRequest, open_requests
from thungngoen.wallet.merchant_pay.pay_codes import (
    PAY_CODE_LIFETIME,
    PAY_CODE_PURPOSE,
    charge_pay_code,
    issue_pay_code,
)
from thungngoen.wallet.merchant_pay.refunds import refund
from thungngoen.wallet.merchant_pay.requests import (
    MAX_REQUEST_LIFETIME,
    REQUEST_PURPOSE,
    PaymentRequest,
    create_payment_request,
    open_payment_request,
    pay_payment_request,
)

__all__ = [
    "MAX_REQUEST_LIFETIME",
    "PAY_CODE_LIFETIME",
    "PAY_CODE_PURPOSE",
    "REQUEST_PURPOSE",
    "OpenRequest",
    "PaymentRequest",
    "charge_pay_code",
    "create_payment_request",
    "issue_pay_code",
    "open_payment_request",
    "open_requests",
    "pay_payment_request",
    "refund",
]
