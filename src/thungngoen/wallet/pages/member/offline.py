"""What the wallet home leaves on the phone for the offline page (decision 0036): the
balance and the latest movements as they were when the page was read, written in the
member's language, with the moment they were read. The home page carries it as a JSON
data block; ``/static/offline-summary.js`` keeps it in the browser's storage and the
offline page shows it, saying it may not be current. Logging out clears it."""

from datetime import datetime
from typing import Any

from thungngoen.wallet.pages.member.statement import HistoryLine
from thungngoen.web.filters import coin, format_datetime
from thungngoen.web.i18n import translate

LABELS = (
    "Last known balance",
    "as of",
    "This may not be current: it is what this phone saw when it was last online.",
    "Paying, sending and topping up need a connection.",
    "Latest movements",
)


def offline_summary(
    balance: int, recent: list[HistoryLine], read_at: datetime, language: str
) -> dict[str, Any]:
    """The JSON the offline page shows; every text already in ``language``."""
    return {
        "lang": language,
        "as_of": format_datetime(read_at, language),
        "balance": coin(balance, language),
        "labels": [translate(label, language) for label in LABELS],
        "lines": [
            {
                "when": format_datetime(line.created_at, language),
                "what": translate(line.label, language),
                "amount": ("+" if line.amount > 0 else "") + coin(line.amount, language),
            }
            for line in recent
        ],
    }
