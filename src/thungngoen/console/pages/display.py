"""How the console shows people's identifiers: masked, never whole."""

import re

from thungngoen.thai import mask_national_id

MOBILE = re.compile(r"0[689]\d{8}")
NATIONAL_ID = re.compile(r"\d{13}")

CATEGORY_LABELS = {
    "food": "Food and drinks",
    "grocery": "Grocery",
    "market": "Market stall",
    "service": "Services",
    "producer": "Local producer",
    "wholesale": "Wholesale",
    "crafts": "Crafts",
    "alcohol": "Alcohol",
    "tobacco": "Tobacco",
    "lottery": "Lottery",
}

TIER_LABELS = {
    "standard": "Standard",
    "small": "Small shop",
    "large": "Large shop",
    "circulate_only": "Circulate only",
}

PURPOSE_LABELS = {
    "payment": "Payment",
    "cashback": "Cashback",
    "p2p": "Transfer between members",
    "topup_cash": "Cash top-up",
    "topup_promptpay": "PromptPay top-up",
    "refund": "Refund from a shop",
    "redemption": "Redeemed to baht",
    "redemption_fee": "Redemption fee",
    "supplier_payment": "Paid to a supplier shop",
    "wage": "Wage",
    "event_allowance": "Event allowance",
    "event_payment": "Paid from an event allowance",
    "voucher_redeem": "Voucher",
    "agent_handover": "Cash handed over",
    "savings_loan_coin": "Loan from a savings group, in coin",
}


def mask_phone(phone: str) -> str:
    """``0812345678`` → ``081-xxx-5678``."""
    return f"{phone[:3]}-xxx-{phone[-4:]}" if len(phone) >= 8 else "xxx"


def mask_last4(national_id_last4: str) -> str:
    """The masked national ID from the last four digits a member record keeps."""
    return mask_national_id("0" * 9 + national_id_last4)


def mask_identifier(value: str) -> str:
    """A phone, national ID or account number with only its end showing."""
    if MOBILE.fullmatch(value):
        return mask_phone(value)
    if NATIONAL_ID.fullmatch(value):
        return mask_national_id(value)
    return f"xxx-{value[-4:]}" if len(value) > 4 else "xxx"
