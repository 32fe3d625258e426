"""What a notification looks like on LINE: a text message, or for a receipt a Flex
Message bubble — the network's name, the amount big, the other party, the Buddhist-era
date and time, the reference, a button opening the receipt page — with the plain text as
its ``altText`` (what the phone's notification and the chat list show).

LINE's limits (Messaging API reference, message objects): a text of at most 5,000
characters, a Flex ``altText`` of at most 1,500 (we keep 400: it is a notification line),
a bubble's JSON of at most 30 KB. A receipt that would not fit goes as text."""

import json
from typing import Any

from thungngoen.communication.channels.base import Outgoing
from thungngoen.notify import ReceiptCard

MAX_TEXT = 5_000
MAX_ALT_TEXT = 400
MAX_BUBBLE_BYTES = 30_000
NETWORK = {"th": "ถุงเงินสงขลา", "en": "Songkhla Wallet"}
LABELS = {
    "th": {"when": "วันเวลา", "reference": "เลขที่อ้างอิง", "open": "ดูใบเสร็จ"},
    "en": {"when": "Date", "reference": "Reference", "open": "View receipt"},
}
GREEN = "#1B5E20"
GREY = "#6B6B6B"


def line_message(message: Outgoing) -> dict[str, Any]:
    """The Flex receipt when the message has one that fits, else the text."""
    if message.receipt is not None:
        bubble = receipt_bubble(message.receipt, message.link, message.language)
        if len(json.dumps(bubble, ensure_ascii=False).encode()) <= MAX_BUBBLE_BYTES:
            return {"type": "flex", "altText": alt_text(message), "contents": bubble}
    return text_message(message)


def text_message(message: Outgoing) -> dict[str, Any]:
    """The notification as one LINE text message: title, body, link, within 5,000."""
    return {"type": "text", "text": _cut(_plain(message, with_link=True), MAX_TEXT)}


def alt_text(message: Outgoing) -> str:
    return _cut(_plain(message, with_link=False), MAX_ALT_TEXT)


def receipt_bubble(card: ReceiptCard, link: str, language: str) -> dict[str, Any]:
    labels = LABELS["en" if language == "en" else "th"]
    rows = [
        _row(card.counterpart_label, card.counterpart),
        _row(labels["when"], card.moment),
    ]
    if card.reference:
        rows.append(_row(labels["reference"], card.reference))
    bubble: dict[str, Any] = {
        "type": "bubble",
        "header": _box(
            [_text(NETWORK["en" if language == "en" else "th"], weight="bold", color=GREEN)]
        ),
        "body": _box(
            [
                _text(card.heading, size="sm", color=GREY),
                _text(card.amount, size="xxl", weight="bold"),
                {"type": "separator", "margin": "md"},
                _box(rows, spacing="sm", margin="md"),
            ]
        ),
    }
    if link:
        button = {
            "type": "button",
            "style": "primary",
            "color": GREEN,
            "action": {"type": "uri", "label": labels["open"], "uri": link},
        }
        bubble["footer"] = _box([button])
    return bubble


def _row(label: str, value: str) -> dict[str, Any]:
    return _box(
        [_text(label, size="sm", color=GREY, flex=2), _text(value or "-", size="sm", flex=5)],
        layout="horizontal",
    )


def _box(contents: list[dict[str, Any]], layout: str = "vertical", **style: str) -> dict[str, Any]:
    return {"type": "box", "layout": layout, "contents": contents, **style}


def _text(text: str, **style: str | int) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **style}


def _plain(message: Outgoing, *, with_link: bool) -> str:
    parts = [message.title, message.body] + ([message.link] if with_link and message.link else [])
    return "\n".join(parts)


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
