"""A program's refusal in words, English and Thai: the program's name, the rule, the limit
and the figure it came from (what was spent, what is left), so that the member reads on
the pay page, the API client in ``message``/``message_th`` and the CLI which program
refused and why. The texts are catalogue entries (``wallet.texts.program_rules``)."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from thungngoen.money import format_satang
from thungngoen.registry.places import tambon
from thungngoen.thai import THAI_TIME
from thungngoen.wallet.people import Shop
from thungngoen.wallet.programs.errors import (
    AllowanceTooLow,
    DailyLimitExceeded,
    EventNotOpen,
    ExcludedCategory,
    MonthlyLimitExceeded,
    NotEventMerchant,
    NotParticipant,
    OutsideProgramArea,
)
from thungngoen.wallet.programs.tables import Program
from thungngoen.wallet.texts import program_rules as texts
from thungngoen.wallet.texts.programs import THAI as PROGRAM_THAI

CATEGORY_NAMES = {
    "food": "Food",
    "grocery": "Grocery",
    "market": "Market stall",
    "service": "Services",
    "producer": "Producer",
    "wholesale": "Wholesale",
    "crafts": "Crafts",
    "alcohol": "Alcohol",
    "tobacco": "Tobacco",
    "lottery": "Lottery",
}
"""The shop categories' catalogue names (their Thai is in ``texts.programs``)."""


def _both(text: str, english: dict[str, Any], thai: dict[str, Any]) -> tuple[str, str]:
    return text.format(**english), texts.THAI[text].format(**thai)


def _coin(amount: int) -> tuple[str, str]:
    shown = format_satang(amount)
    return texts.COIN.format(amount=shown), texts.THAI[texts.COIN].format(amount=shown)


def _places(codes: Sequence[str]) -> str:
    return " ".join(tambon(code).name for code in codes)


def outside_area(shop: Shop, scoped: Sequence[Program]) -> OutsideProgramArea:
    """No program's area holds the shop: each area-bound program is named with its area."""
    english, thai = [], []
    for program in scoped:
        values = {"program": program.name, "area": _places(program.allowed_tambons)}
        said = _both(texts.AREA_OF, values, values)
        english.append(said[0])
        thai.append(said[1])
    values = {"shop": shop.business_name, "shop_place": _places([shop.tambon_code])}
    message, message_th = _both(
        texts.OUTSIDE_AREA,
        {**values, "areas": "; ".join(english)},
        {**values, "areas": " ".join(thai)},
    )
    figures = {
        "shop_tambon": shop.tambon_code,
        "allowed_tambons": " ".join(code for program in scoped for code in program.allowed_tambons),
    }
    return OutsideProgramArea(message, scoped[0], message_th=message_th, figures=figures)


def excluded(program: Program, shop: Shop) -> ExcludedCategory:
    name = CATEGORY_NAMES.get(shop.category, shop.category)
    values = {"program": program.name, "shop": shop.business_name}
    message, message_th = _both(
        texts.EXCLUDED,
        {**values, "category": shop.category},
        {**values, "category": PROGRAM_THAI.get(name, name)},
    )
    figures = {"category": shop.category}
    return ExcludedCategory(message, program, message_th=message_th, figures=figures)


def over_limit(
    program: Program, period: str, limit: int, spent: int, amount: int
) -> DailyLimitExceeded | MonthlyLimitExceeded:
    """``period``: ``day`` or ``month``; ``spent`` what already counts against ``limit``."""
    room = max(0, limit - spent)
    english = {"program": program.name}
    thai = dict(english)
    for name, value in (("limit", limit), ("spent", spent), ("room", room)):
        english[name], thai[name] = _coin(value)
    text, error = (
        (texts.DAILY, DailyLimitExceeded)
        if period == "day"
        else (texts.MONTHLY, MonthlyLimitExceeded)
    )
    message, message_th = _both(text, english, thai)
    figures = {
        "limit_satang": limit,
        "spent_satang": spent,
        "room_satang": room,
        "amount_satang": amount,
    }
    return error(message, program, message_th=message_th, figures=figures)


def no_allowance() -> NotParticipant:
    refused = NotParticipant(texts.NO_ALLOWANCE)
    refused.message_th = texts.THAI[texts.NO_ALLOWANCE]
    return refused


def not_event_shop(program: Program, shop: Shop) -> NotEventMerchant:
    values = {"program": program.name, "shop": shop.business_name}
    message, message_th = _both(texts.NOT_EVENT_SHOP, values, values)
    return NotEventMerchant(message, program, message_th=message_th)


def event_not_open(program: Program, now: datetime) -> EventNotOpen:
    """Not yet open, over (past its expiry), or closed or stopped by the operator."""
    if program.closed_at is not None or not program.active:
        values = {"program": program.name}
        message, message_th = _both(texts.EVENT_CLOSED, values, values)
    elif now < program.valid_from:
        message, message_th = _both(
            texts.EVENT_NOT_YET,
            {"program": program.name, "start": _english_time(program.valid_from)},
            {"program": program.name, "start": _thai_time(program.valid_from)},
        )
    else:
        end = program.valid_until or now
        message, message_th = _both(
            texts.EVENT_OVER,
            {"program": program.name, "end": _english_time(end)},
            {"program": program.name, "end": _thai_time(end)},
        )
    return EventNotOpen(message, program, message_th=message_th)


def allowance_low(program: Program, left: int, amount: int) -> AllowanceTooLow:
    english, thai = {"program": program.name}, {"program": program.name}
    english["left"], thai["left"] = _coin(left)
    english["amount"], thai["amount"] = _coin(amount)
    message, message_th = _both(texts.ALLOWANCE_LOW, english, thai)
    figures = {"left_satang": left, "amount_satang": amount}
    return AllowanceTooLow(message, program, message_th=message_th, figures=figures)


def _english_time(moment: datetime) -> str:
    return f"{moment.astimezone(THAI_TIME):%Y-%m-%d %H:%M}"


def _thai_time(moment: datetime) -> str:
    """``20/6/2568 08:00``: the Thai day, month and Buddhist year, Thai time."""
    local = moment.astimezone(THAI_TIME)
    return f"{local.day}/{local.month}/{local.year + 543} {local:%H:%M} น."
