"""A new shop applies: its owner's login and the shop, created together, then pending until
the operator approves it. A logged-in merchant opens one more shop with the same form."""

import re
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Connection

from thungngoen.auth import sessions
from thungngoen.auth.hashing import HashedPassword, hash_password
from thungngoen.auth.sessions import NewSession
from thungngoen.auth.users import User, create_user
from thungngoen.errors import DomainError
from thungngoen.wallet import people
from thungngoen.wallet.banks import THAI_BANKS
from thungngoen.wallet.pages.shop.current import remember_shop
from thungngoen.wallet.pages.signup import districts, field_errors_of
from thungngoen.wallet.promptpay import InvalidPromptPayTarget, promptpay_payload
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, in_language, refusal
from thungngoen.web.page_ops import write
from thungngoen.web.pages.auth import start_session
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of, session_user
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

OWNER_FIELDS = ("phone", "name", "password")
SHOP_FIELDS = (
    "business_name",
    "category",
    "tambon_code",
    "payout_promptpay",
    "payout_bank_account",
    "payout_bank_code",
)
CATEGORY_LABELS = {
    "food": "Food and drink",
    "grocery": "Grocery",
    "market": "Market stall",
    "service": "Services",
    "producer": "Farmer or producer",
    "wholesale": "Wholesale",
    "crafts": "Crafts",
    "alcohol": "Alcohol",
    "tobacco": "Tobacco",
    "lottery": "Lottery",
}
FIELD_OF_CODE = {"duplicate_phone": "phone", "unknown_place": "tambon_code"}
BANK_ACCOUNT = re.compile(r"\d{10,12}")


def _form_page(
    request: Request,
    values: dict[str, str],
    problems: FieldErrors,
    owner: User | None,
    status: int = 200,
) -> Response:
    context: dict[str, Any] = {
        "values": values,
        "field_errors": problems,
        "districts": districts(),
        "categories": [(code, CATEGORY_LABELS[code]) for code in people.MERCHANT_CATEGORIES],
        "new_owner": owner is None,
        "banks": [(code, names[0]) for code, names in THAI_BANKS.items()],
    }
    return render(request, "wallet/shop/signup.html", context, status_code=status)


def _payout_problems(values: dict[str, str]) -> FieldErrors:
    promptpay, bank = values["payout_promptpay"], values["payout_bank_account"]
    if not (promptpay or bank):
        return {"payout_promptpay": "Give a PromptPay ID or a bank account for the payouts."}
    if promptpay:
        try:
            promptpay_payload(promptpay, None)
        except InvalidPromptPayTarget:
            return {"payout_promptpay": "Not a PromptPay ID (a mobile number or a 13-digit ID)."}
    if bank and not BANK_ACCOUNT.fullmatch(bank):
        return {"payout_bank_account": "A bank account number has 10 to 12 digits."}
    if bank and values["payout_bank_code"] not in THAI_BANKS:
        return {"payout_bank_code": "Choose the bank of the account."}
    return {}


def problems_of(values: dict[str, str], new_owner: bool) -> FieldErrors:
    """Mistakes a person can fix before anything is written (English catalogue texts)."""
    found = field_errors_of({**values, "national_id": ""}) if new_owner else {}
    found |= {field: REQUIRED for field in ("business_name", "tambon_code") if not values[field]}
    if values["category"] not in people.MERCHANT_CATEGORIES:
        found["category"] = "Choose what the shop sells."
    return _payout_problems(values) | found


def _values(form: dict[str, str]) -> dict[str, str]:
    values = {field: form.get(field, "").strip() for field in OWNER_FIELDS + SHOP_FIELDS}
    values["password"] = form.get("password", "")
    values["payout_bank_account"] = re.sub(r"[\s-]", "", values["payout_bank_account"])
    return values


def _open_shop(
    values: dict[str, str], owner: User | HashedPassword
) -> Callable[[Connection], tuple[int, NewSession | None]]:
    """One write transaction's work: the new shop, and a page session for a new owner (whose
    password ``owner`` is, hashed before the transaction)."""

    def work(connection: Connection) -> tuple[int, NewSession | None]:
        user = (
            owner
            if isinstance(owner, User)
            else create_user(
                connection,
                phone=values["phone"],
                name=values["name"],
                role="merchant",
                password=owner,
                actor="self",
            )
        )
        actor = actor_of(user)
        shop_id = people.register_merchant(
            connection,
            owner=user,
            business_name=values["business_name"],
            category=values["category"],
            tambon_code=values["tambon_code"],
            payout_promptpay=values["payout_promptpay"] or None,
            payout_bank_account=values["payout_bank_account"] or None,
            payout_bank_code=values["payout_bank_code"] or None,
            actor=actor,
        )
        if isinstance(owner, User):
            return shop_id, None
        return shop_id, sessions.open_session(connection, user.id, user.role, actor)

    return work


@router.get("/shop/signup")
async def signup_page(request: Request) -> Response:
    user = await session_user(request)
    if user is not None and user.role != "merchant":
        return RedirectResponse("/", status_code=303)
    values = dict.fromkeys(OWNER_FIELDS + SHOP_FIELDS, "")
    return _form_page(request, values, {}, user)


@router.post("/shop/signup")
async def signup(request: Request, form: CheckedForm) -> Response:
    user = await session_user(request)
    if user is not None and user.role != "merchant":
        return RedirectResponse("/", status_code=303)
    values = _values(form)
    problems = in_language(request, problems_of(values, user is None))
    if not problems:
        try:
            owner: User | HashedPassword = (
                user
                if user is not None
                else await run_in_threadpool(hash_password, values["password"])
            )
            shop_id, token = await write(request, _open_shop(values, owner))
        except DomainError as error:
            problems = refusal(request, error, FIELD_OF_CODE)
        else:
            flash = "Your shop is registered. It waits for the operator's approval."
            response = see_other(request, "/shop", flash=flash)
            if token is not None:
                start_session(request, response, token)
            remember_shop(request, response, shop_id)
            return response
    values["password"] = ""
    return _form_page(request, values, problems, user, status=422)
