"""The refusals of a loan over a limit of the group's regulation, each naming the rule
and the figure it came from, in English and Thai (texts in ``texts.limits``)."""

from thungngoen.money import format_satang
from thungngoen.savings.errors import OverLoanMonths, OverSavingsMultiple
from thungngoen.savings.texts.limits import ALREADY_OWED, OVER_MONTHS, OVER_SAVINGS, THAI


def over_savings(*, percent: int, savings: int, owed: int, principal: int) -> OverSavingsMultiple:
    """All of a member's loans (``owed`` plus this ``principal``) over ``percent`` of
    their ``savings`` (satang)."""
    ceiling = savings * percent // 100
    room = max(0, ceiling - owed)
    shown = {
        "percent": str(percent),
        "savings": format_satang(savings),
        "ceiling": format_satang(ceiling),
        "owed": format_satang(owed),
        "room": format_satang(room),
    }
    english, thai = OVER_SAVINGS, THAI[OVER_SAVINGS]
    if owed:
        english, thai = english + ALREADY_OWED, thai + THAI[ALREADY_OWED]
    figures: dict[str, int | str] = {
        "rule": "max_loan_percent",
        "max_loan_percent": percent,
        "savings_satang": savings,
        "ceiling_satang": ceiling,
        "owed_satang": owed,
        "room_satang": room,
        "principal_satang": principal,
    }
    return OverSavingsMultiple(
        english.format(**shown), message_th=thai.format(**shown), figures=figures
    )


def over_months(*, max_months: int, months: int) -> OverLoanMonths:
    shown = {"max_months": str(max_months), "months": str(months)}
    figures: dict[str, int | str] = {
        "rule": "max_loan_months",
        "max_loan_months": max_months,
        "months": months,
    }
    return OverLoanMonths(
        OVER_MONTHS.format(**shown), message_th=THAI[OVER_MONTHS].format(**shown), figures=figures
    )
