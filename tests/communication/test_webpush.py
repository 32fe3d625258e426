"""Web Push, end to end against a local push service speaking RFC 8030 over TLS: a
payment reaches each of the person's browsers, signed (VAPID, checked with the key in
``k=``) and encrypted to that browser (decrypted there by the RFC); a subscription the
service says is gone is removed and its delivery dead; a service asking to slow down is
retried later; an oversize message is cut or refused clearly."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Engine, select

from tests.communication.push_peer import PushPeer, Subscriber, push_server
from tests.wallet.conftest import World
from thungngoen import communication
from thungngoen.clock import simulated_time, utc_now
from thungngoen.communication import run_round
from thungngoen.communication.channels import WebPushChannel
from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.channels.webpush import MAX_PAYLOAD, Target, payload
from thungngoen.communication.errors import ChannelRefused
from thungngoen.communication.fanout import fan_out
from thungngoen.communication.preferences import set_preference
from thungngoen.communication.push_subscriptions import checked, subscribe
from thungngoen.communication.tables import deliveries, push_subscriptions
from thungngoen.communication.vapid import VapidKey, load_vapid
from thungngoen.config import get_settings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet.checkout import pay_merchant

PUBLIC = "https://thungngoen.example.org"
NOON = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)  # 12:00 Thai time


@pytest.fixture
def vapid() -> VapidKey:
    key = load_vapid(get_settings(), "sqlite://")
    assert key is not None
    return key


@pytest.fixture
def push(tmp_path: Path) -> Iterator[PushPeer]:
    with push_server(tmp_path) as peer:
        yield peer


def _browser(world: World, peer: PushPeer, vapid: VapidKey, token: str) -> Subscriber:
    browser = peer.subscribe(token, vapid.public_key)
    found = checked(browser.endpoint, browser.p256dh, browser.auth_text)
    write_transaction(
        world.engine,
        lambda c: subscribe(c, world.somsri.user_id, found, "Chrome / Android", utc_now()),
    )
    return browser


def _pay(world: World, key: str = "lunch", amount: int = 3_000) -> None:
    write_transaction(
        world.engine,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=amount,
            channel="qr",
            idempotency_key=key,
            now=utc_now(),
        ),
    )


def _round(world: World, peer: PushPeer, vapid: VapidKey) -> int:
    channel = WebPushChannel(vapid, world.engine, per_second=100, verify=peer.tls())
    try:
        return run_round(world.engine, [channel], PUBLIC)
    finally:
        channel.close()


def _statuses(engine: Engine) -> list[tuple[str, str, int]]:
    with read_transaction(engine) as connection:
        query = select(deliveries.c.address, deliveries.c.status, deliveries.c.attempts)
        return [tuple(row) for row in connection.execute(query.order_by(deliveries.c.id))]


def _endpoints(engine: Engine) -> list[str]:
    with read_transaction(engine) as connection:
        return list(connection.execute(select(push_subscriptions.c.endpoint)).scalars())


def test_a_payment_reaches_each_browser_signed_and_encrypted(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    phone = _browser(funded, push, vapid, "phone")
    laptop = _browser(funded, push, vapid, "laptop")
    with simulated_time(NOON):
        _pay(funded)
        assert _round(funded, push, vapid) == 4  # the top-up and the payment, two browsers
    assert push.problems == []
    assert {r.token for r in push.received} == {"phone", "laptop"}
    paid = [r for r in push.received if r.payload["title"] == "จ่ายแล้ว 30.00 เหรียญ"]
    assert [r.token for r in paid] == ["phone", "laptop"]
    for received in paid:
        assert received.payload["body"] == "จ่ายให้ ร้านข้าวมันไก่ป้าแดง 30.00 เหรียญ"
        assert received.payload["link"].startswith(f"{PUBLIC}/wallet/receipts/")
        assert received.payload["tag"].startswith("n")
        assert received.headers["Urgency"] == "normal"  # a receipt can wait for the phone
        assert received.headers["TTL"] == "86400"
        assert received.headers["Topic"].startswith("delivery-")
        assert received.claims["aud"] == push.url
        assert received.claims["sub"] == "mailto:operator@example.org"
    with read_transaction(funded.engine) as connection:
        unread = communication.unread_count(connection, funded.somsri.user_id)
    assert unread == 2
    assert {r.payload["unread"] for r in push.received} == {2}
    topped = [r for r in push.received if r.payload["title"].startswith("เติมเหรียญแล้ว")]
    assert {r.headers["Urgency"] for r in topped} == {"high"}  # an urgent kind
    assert {(status, tries) for _, status, tries in _statuses(funded.engine)} == {("sent", 1)}
    assert {address for address, _, _ in _statuses(funded.engine)} == {
        phone.endpoint,
        laptop.endpoint,
    }


def test_a_subscription_the_service_says_is_gone_is_removed_and_its_delivery_dead(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    gone = _browser(funded, push, vapid, "old-phone")
    push.next_status.append(410)
    with simulated_time(NOON):
        assert _round(funded, push, vapid) == 1
    [(address, status, tries)] = _statuses(funded.engine)
    assert (address, status, tries) == (gone.endpoint, "dead", 1)
    assert _endpoints(funded.engine) == []
    with simulated_time(NOON + timedelta(minutes=1)):
        _pay(funded)
        assert _round(funded, push, vapid) == 0  # nothing more goes to it


def test_a_service_asking_to_slow_down_is_retried_later(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    _browser(funded, push, vapid, "phone")
    push.next_status.append(429)
    with simulated_time(NOON):
        _round(funded, push, vapid)
    assert [(s, t) for _, s, t in _statuses(funded.engine)] == [("queued", 1)]
    assert push.received == []
    with simulated_time(NOON + timedelta(seconds=10)):
        assert _round(funded, push, vapid) == 0  # backing off
    with simulated_time(NOON + timedelta(minutes=1)):
        assert _round(funded, push, vapid) == 1
    assert [(s, t) for _, s, t in _statuses(funded.engine)] == [("sent", 2)]
    assert len(push.received) == 1
    assert _endpoints(funded.engine) != []


def test_a_category_switched_off_for_device_notifications_is_not_pushed(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    _browser(funded, push, vapid, "phone")
    write_transaction(
        funded.engine,
        lambda c: set_preference(c, funded.somsri.user_id, "money", "webpush", enabled=False),
    )
    with simulated_time(NOON):
        _pay(funded, amount=16_000)  # leaves 40.00: "running low", which can be switched off
        _round(funded, push, vapid)
    titles = sorted(r.payload["title"] for r in push.received)
    assert titles == ["จ่ายแล้ว 160.00 เหรียญ", "เติมเหรียญแล้ว 200.00 เหรียญ"]  # receipts
    with read_transaction(funded.engine) as connection:
        assert communication.unread_count(connection, funded.somsri.user_id) == 3
    assert push.problems == []


def test_a_browser_now_anothers_gets_nothing_of_this_person(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    shared = _browser(funded, push, vapid, "shared")
    found = checked(shared.endpoint, shared.p256dh, shared.auth_text)
    with simulated_time(NOON):
        write_transaction(funded.engine, lambda c: fan_out(c, ["webpush"], utc_now()))
        write_transaction(
            funded.engine,
            lambda c: subscribe(c, funded.anan.user_id, found, "Firefox / Linux", utc_now()),
        )
        _round(funded, push, vapid)
    assert push.received == []
    assert [s for _, s, _ in _statuses(funded.engine)] == ["dead"]


_MESSAGE = Outgoing(1, "https://push.example.org/x", "t", "b", "", "th", "k", "")
_TARGET = Target("p", "a", False, "n1", 3)


def test_a_long_text_is_cut_to_one_record_and_a_message_too_big_anyway_refused() -> None:
    long = replace(_MESSAGE, body="ข้อความยาว" * 400)
    cut = payload(long, _TARGET)
    assert len(cut) <= MAX_PAYLOAD
    assert cut.decode().count("…") == 1
    huge = replace(_MESSAGE, link="https://thungngoen.example.org/" + "x" * 4_000)
    with pytest.raises(ValueError, match="Web Push carries at most 3993"):
        payload(huge, _TARGET)


def test_an_oversize_message_is_dead_with_its_reason_and_never_sent(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    browser = _browser(funded, push, vapid, "phone")
    channel = WebPushChannel(vapid, funded.engine, verify=push.tls())
    with simulated_time(NOON):
        write_transaction(funded.engine, lambda c: fan_out(c, ["webpush"], utc_now()))
    with read_transaction(funded.engine) as connection:
        delivery_id = connection.execute(select(deliveries.c.id)).scalar_one()
    huge = Outgoing(delivery_id, browser.endpoint, "t" * 4_000, "b", "", "th", "k", "")
    with pytest.raises(ChannelRefused) as refused:
        channel.send(huge)
    channel.close()
    assert refused.value.permanent
    assert "at most 3993" in refused.value.reason
    assert push.attempts == 0


def test_the_service_refuses_a_push_signed_by_another_key_and_it_is_retried(
    funded: World, push: PushPeer, vapid: VapidKey
) -> None:
    """The local service's checks are real: a browser subscribed with another server key
    refuses our signature (403), which is retried, not dropped."""
    browser = _browser(funded, push, vapid, "phone")
    browser.server_key = VapidKey(ec.generate_private_key(ec.SECP256R1()), "-", "-").public_key
    with simulated_time(NOON):
        _round(funded, push, vapid)
    assert push.received == []
    assert push.problems == ["k is not the key the subscription was made with"]
    assert [(s, t) for _, s, t in _statuses(funded.engine)] == [("queued", 1)]
