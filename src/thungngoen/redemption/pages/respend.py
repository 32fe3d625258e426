"""``/shop/respend`` (จ่ายต่อ): the shop re-spends its coin locally: pays a network shop (a
supplier, chosen from the approved shops but itself) or a member's wage (found by phone,
confirmed by name and masked phone before the coin moves). Both once per form key."""

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection, select

from thungngoen import redemption, wallet
from thungngoen.errors import DomainError
from thungngoen.wallet.pages import Mine, MyShop, render_shop, typed_amount
from thungngoen.wallet.tables import merchants
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, in_language, refusal
from thungngoen.web.form_fields import baht_input
from thungngoen.web.form_values import typed_phone
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other

router = APIRouter(include_in_schema=False)

SUPPLIER_FIELD_OF_CODE = {
    "invalid_amount": "amount",
    "insufficient_funds": "amount",
    "merchant_not_approved": "supplier_id",
    "wallet_error": "supplier_id",
}
WAGE_FIELD_OF_CODE = {
    "invalid_amount": "wage_amount",
    "insufficient_funds": "wage_amount",
    "unknown_member": "phone",
}
SUPPLIER_FIELDS = ("supplier_id", "amount")
WAGE_FIELDS = ("phone", "wage_amount")


@dataclass(frozen=True, slots=True)
class Supplier:
    id: int
    business_name: str


def suppliers(connection: Connection, merchant_id: int) -> list[Supplier]:
    """The approved network shops the shop may pay, itself left out, by name."""
    rows = connection.execute(
        select(merchants.c.id, merchants.c.business_name)
        .where(merchants.c.status == "approved", merchants.c.id != merchant_id)
        .order_by(merchants.c.business_name, merchants.c.id)
    )
    return [Supplier(row.id, row.business_name) for row in rows]


async def _page(
    request: Request,
    mine: MyShop,
    form: str,
    values: dict[str, str],
    problems: FieldErrors,
    payee: wallet.WagePayee | None = None,
) -> Response:
    merchant_id = mine.shop.id
    shops, position = await read(
        request,
        lambda c: (suppliers(c, merchant_id), redemption.redeemable_position(c, merchant_id)),
    )
    fresh = {"supplier_id": "", "amount": "", "phone": "", "wage_amount": ""}
    fresh["idempotency_key"] = new_form_key()
    context: dict[str, Any] = {
        "suppliers": shops,
        "position": position,
        "supplier_values": values if form == "supplier" else fresh,
        "wage_values": values if form == "wage" else fresh,
        "supplier_errors": problems if form == "supplier" else {},
        "wage_errors": problems if form == "wage" else {},
        "payee": payee,
    }
    status = 422 if problems else 200
    return render_shop(request, mine, "redemption/respend.html", context, status)


@router.get("/shop/respend")
async def respend_page(request: Request, mine: Mine) -> Response:
    return await _page(request, mine, "", {}, {})


def _posted(form: CheckedForm, names: tuple[str, ...]) -> dict[str, str]:
    values = {name: form.get(name, "").strip() for name in names}
    return values | {"idempotency_key": form_key(form)}


@router.post("/shop/respend/supplier")
async def pay_supplier(request: Request, mine: Mine, form: CheckedForm) -> Response:
    values = _posted(form, SUPPLIER_FIELDS)
    problems: FieldErrors = {}
    amount = typed_amount(values, "amount", problems)
    if not values["supplier_id"].isdigit() or len(values["supplier_id"]) > 12:
        problems["supplier_id"] = "Choose the shop to pay."
    if problems or amount is None:
        return await _page(request, mine, "supplier", values, in_language(request, problems))
    supplier, key, actor = int(values["supplier_id"]), values["idempotency_key"], mine.actor
    try:
        await write(
            request,
            lambda c: redemption.pay_supplier(c, mine.shop.id, supplier, amount, key, actor),
        )
    except DomainError as error:
        refused = refusal(request, error, SUPPLIER_FIELD_OF_CODE)
        return await _page(request, mine, "supplier", values, refused)
    return see_other(request, "/shop/respend", flash="Paid the shop in coin.")


@router.post("/shop/respend/wage")
async def pay_wage(request: Request, mine: Mine, form: CheckedForm) -> Response:
    """The first post shows the member's name and masked phone; the confirmed post pays."""
    values = _posted(form, WAGE_FIELDS)
    problems: FieldErrors = {}
    amount = typed_amount(values, "wage_amount", problems)
    phone = ""
    try:
        phone = typed_phone(values["phone"])
    except ValueError as mistake:
        problems["phone"] = str(mistake)
    if problems or amount is None:
        return await _page(request, mine, "wage", values, in_language(request, problems))
    try:
        payee = await read(request, lambda c: wallet.wage_payee(c, phone))
        if form.get("confirmed") != "yes":
            values |= {"phone": phone, "wage_amount": baht_input(amount)}
            return await _page(request, mine, "wage", values, {}, payee)
        await write(
            request,
            lambda c: wallet.pay_wage(
                c,
                merchant_id=mine.shop.id,
                member_id=payee.member_id,
                amount=amount,
                idempotency_key=values["idempotency_key"],
                actor=mine.actor,
            ),
        )
    except DomainError as error:
        refused = refusal(request, error, WAGE_FIELD_OF_CODE)
        return await _page(request, mine, "wage", values, refused)
    return see_other(request, "/shop/respend", flash="Wage paid in coin.")
