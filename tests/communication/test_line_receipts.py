"""Receipts on LINE are Flex Messages, checked by the local LINE server as LINE checks
them: a bubble with the network's name, the amount big, the other party, the Buddhist-era
date and time, the reference and a button to the receipt page, in the reader's language,
with the plain text as ``altText``; what is not a receipt stays text."""

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert

from thungngoen.bench.notify_delivery import NOW, add_people
from thungngoen.bench.peers.line import TOKEN, LinePeer, line_server
from thungngoen.bench.peers.line_checks import message_problem
from thungngoen.clock import simulated_time
from thungngoen.communication import run_round
from thungngoen.communication.channels import LineChannel, Outgoing
from thungngoen.communication.channels.line_flex import line_message
from thungngoen.communication.tables import settings
from thungngoen.db import write_transaction
from thungngoen.notify import ReceiptCard, notify
from thungngoen.wallet.notifications import LOW_BALANCE, PAID, TOPPED_UP

RECEIPT = {"amount": 5_400, "to": "ร้านข้าวมันไก่ป้าแดง", "transfer_id": 4_321}


@pytest.fixture
def line() -> Iterator[LinePeer]:
    with line_server() as peer:
        yield peer


def _texts(component: dict[str, Any]) -> list[str]:
    found = [component["text"]] if component.get("type") == "text" else []
    for child in component.get("contents", []):
        found += _texts(child)
    return found


def _send(engine: Engine, line: LinePeer, raise_: Any) -> dict[str, Any]:
    write_transaction(engine, lambda c: add_people(c, 2, "line"))
    english = {"user_id": 2, "language": "en", "quiet_hours": True}
    write_transaction(engine, lambda c: c.execute(insert(settings), [english]))
    write_transaction(engine, raise_)
    channel = LineChannel(TOKEN, line.url)
    with simulated_time(NOW):
        run_round(engine, [channel], "https://example.org")
    channel.close()
    assert line.problems == []
    return {body["to"]: body["messages"][0] for body in line.pushed}


def _paid(connection: Connection) -> None:
    notify(connection, PAID, 1, NOW, RECEIPT)
    notify(connection, PAID, 2, NOW, RECEIPT)


def test_a_payment_receipt_is_a_flex_bubble_in_each_readers_language(
    engine: Engine, line: LinePeer
) -> None:
    messages = _send(engine, line, _paid)
    thai = messages["U" + "0" * 32]
    assert thai["type"] == "flex"
    assert thai["altText"] == "จ่ายแล้ว 54.00 เหรียญ\nจ่ายให้ ร้านข้าวมันไก่ป้าแดง 54.00 เหรียญ"
    bubble = thai["contents"]
    assert bubble["type"] == "bubble"
    assert _texts(bubble["header"]) == ["ถุงเงินสงขลา"]
    body = _texts(bubble["body"])
    assert body[:2] == ["จ่ายแล้ว 54.00 เหรียญ", "54.00 เหรียญ"]
    assert body[2:] == [
        "จ่ายให้",
        "ร้านข้าวมันไก่ป้าแดง",
        "วันเวลา",
        "5 ธ.ค. 2569 12:00",  # Buddhist era, Thai time
        "เลขที่อ้างอิง",
        "4321",
    ]
    amount = bubble["body"]["contents"][1]
    assert (amount["size"], amount["weight"]) == ("xxl", "bold")
    [button] = bubble["footer"]["contents"]
    assert button["action"] == {
        "type": "uri",
        "label": "ดูใบเสร็จ",
        "uri": "https://example.org/wallet/receipts/4321",
    }
    english = messages["U" + "0" * 31 + "1"]["contents"]
    assert _texts(english["header"]) == ["Songkhla Wallet"]
    assert _texts(english["body"])[2:6] == ["To", "ร้านข้าวมันไก่ป้าแดง", "Date", "5 Dec 2026 12:00"]
    assert len(json.dumps(bubble, ensure_ascii=False).encode()) < 30 * 1024


def test_a_top_up_has_no_reference_and_a_low_balance_stays_text(
    engine: Engine, line: LinePeer
) -> None:
    def raise_(connection: Connection) -> None:
        notify(connection, TOPPED_UP, 1, NOW, {"amount": 10_000, "paid": 10_000})
        notify(connection, LOW_BALANCE, 2, NOW, {"balance": 4_000})

    messages = _send(engine, line, raise_)
    topped = messages["U" + "0" * 32]["contents"]
    assert _texts(topped["body"])[2:] == ["เงินที่จ่าย", "100.00 บาท", "วันเวลา", "5 ธ.ค. 2569 12:00"]
    low = messages["U" + "0" * 31 + "1"]
    assert low["type"] == "text"
    assert low["text"].startswith("Running low\n")


def test_the_local_line_server_refuses_what_line_refuses() -> None:
    bubble = {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": []}}
    good = {"type": "flex", "altText": "ok", "contents": bubble}
    assert message_problem([good]) == ""
    assert message_problem([good | {"altText": "ก" * 1_501}]).startswith("altText")
    assert message_problem([good | {"altText": ""}]).startswith("altText")
    carousel = good | {"contents": {"type": "carousel", "contents": [bubble]}}
    assert message_problem([carousel]) == "contents: not a bubble"
    text = {"type": "text", "text": "ก" * 31_000, "wrap": True}
    big = {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [text]}}
    assert message_problem([good | {"contents": big}]) == "bubble: over 30 KB"
    empty = {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": ""}]}
    assert message_problem([good | {"contents": {"type": "bubble", "body": empty}}])
    assert message_problem([{"type": "text", "text": "x"}] * 6).startswith("messages")


def test_a_receipt_too_big_for_a_bubble_goes_as_text() -> None:
    card = ReceiptCard("จ่ายแล้ว", "54.00 เหรียญ", "จ่ายให้", "ก" * 31_000, "5 ธ.ค. 2569 12:00", "1")
    message = Outgoing(
        1, "U1", "จ่ายแล้ว", "ข้อความ", "https://x.org/r/1", "th", "k", "", receipt=card
    )
    assert line_message(message) == {"type": "text", "text": "จ่ายแล้ว\nข้อความ\nhttps://x.org/r/1"}
    modest = ReceiptCard("จ่ายแล้ว", "54.00 เหรียญ", "จ่ายให้", "ร้าน", "5 ธ.ค. 2569 12:00", "")
    small = Outgoing(1, "U1", "จ่ายแล้ว", "ข้อความ", "", "th", "k", "", receipt=modest)
    flex = line_message(small)
    assert flex["type"] == "flex"
    assert "footer" not in flex["contents"]  # no link, no button
    assert message_problem([flex]) == ""
