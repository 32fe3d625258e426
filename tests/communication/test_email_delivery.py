"""Email, end to end against a real SMTP server: the outbox fans out to the person's
address, the message carries a plain and an HTML part and the one-click unsubscribe
headers, and the link in them switches the category off; quiet hours hold what can
wait; a server away is retried with backoff; a refused address is dead at once and an
operator retries it; a worker killed mid-send loses nothing."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, Engine, select

from tests.communication.smtp_peer import Inbox, free_port, smtp_server
from tests.wallet.conftest import World
from thungngoen.clock import simulated_time, utc_now
from thungngoen.communication import run_round
from thungngoen.communication.channels import EmailChannel
from thungngoen.communication.delivery import LEASE, claim, retry_dead
from thungngoen.communication.fanout import fan_out
from thungngoen.communication.preferences import set_address, set_preference, unsubscribe
from thungngoen.communication.tables import deliveries
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet.checkout import pay_merchant

SENDER = "Thung Ngoen <noreply@example.org>"
PUBLIC = "https://thungngoen.example.org"
NOON = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)  # 12:00 Thai time
NIGHT = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)  # 22:00 Thai time
SOMSRI_MAIL = "somsri@example.org"


@pytest.fixture
def smtp() -> Iterator[tuple[str, Inbox]]:
    with smtp_server() as server:
        yield server


def _with_email(world: World) -> None:
    write_transaction(
        world.engine,
        lambda c: set_address(c, world.somsri.user_id, "email", SOMSRI_MAIL, utc_now()),
    )


def _round(engine: Engine, url: str) -> int:
    return run_round(engine, [EmailChannel(url, SENDER, per_second=100)], PUBLIC)


def _statuses(engine: Engine) -> list[tuple[str, int]]:
    with read_transaction(engine) as connection:
        query = select(deliveries.c.status, deliveries.c.attempts).order_by(deliveries.c.id)
        return [(row.status, row.attempts) for row in connection.execute(query)]


def test_a_top_up_arrives_as_email_with_both_parts_and_one_click_unsubscribe(
    funded: World, smtp: tuple[str, Inbox]
) -> None:
    url, inbox = smtp
    _with_email(funded)
    with simulated_time(NOON):
        assert _round(funded.engine, url) == 1
    [mail] = inbox.received
    assert mail["To"] == SOMSRI_MAIL
    assert mail["Subject"] == "เติมเหรียญแล้ว 200.00 เหรียญ"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert plain is not None
    assert html is not None
    assert "ได้รับ 200.00 เหรียญ จากเงิน 200.00 บาท ที่เติม" in plain.get_content()
    assert f"{PUBLIC}/wallet/history" in html.get_content()
    assert _statuses(funded.engine) == [("sent", 1)]
    token = mail["List-Unsubscribe"].strip("<>").rsplit("/", 1)[1]
    assert write_transaction(funded.engine, lambda c: unsubscribe(c, token, utc_now())) == (
        "money",
        "email",
    )


def test_what_can_wait_waits_for_the_end_of_quiet_hours(
    funded: World, smtp: tuple[str, Inbox]
) -> None:
    """At 22:00 the top-up (urgent: the member stands at the agent's counter) goes at
    once; the receipt of a payment waits for 08:00."""
    url, inbox = smtp
    _with_email(funded)
    with simulated_time(NIGHT):
        _pay(funded)
        assert _round(funded.engine, url) == 1
    assert [m["Subject"] for m in inbox.received] == ["เติมเหรียญแล้ว 200.00 เหรียญ"]
    with read_transaction(funded.engine) as connection:
        waiting = select(deliveries.c.due_at).where(deliveries.c.status == "queued")
        due = connection.execute(waiting).scalar_one()
    assert due == datetime(2026, 12, 6, 1, 0, tzinfo=UTC)  # 08:00 Thai time
    with simulated_time(due - timedelta(seconds=1)):
        assert _round(funded.engine, url) == 0
    with simulated_time(due):
        assert _round(funded.engine, url) == 1
    assert inbox.received[1]["Subject"] == "จ่ายแล้ว 30.00 เหรียญ"


def _pay(world: World) -> None:
    write_transaction(
        world.engine,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=3_000,
            channel="qr",
            idempotency_key="night",
            now=utc_now(),
        ),
    )


def test_a_category_switched_off_is_not_sent_but_a_mandatory_kind_is(
    funded: World, smtp: tuple[str, Inbox]
) -> None:
    url, inbox = smtp
    _with_email(funded)
    write_transaction(
        funded.engine,
        lambda c: set_preference(c, funded.somsri.user_id, "money", "email", enabled=False),
    )
    with simulated_time(NOON):
        _round(funded.engine, url)
    # the top-up is mandatory (a receipt): it goes regardless
    assert [m["Subject"] for m in inbox.received] == ["เติมเหรียญแล้ว 200.00 เหรียญ"]


def test_a_server_away_is_retried_with_backoff_then_sent(
    funded: World, smtp: tuple[str, Inbox]
) -> None:
    url, inbox = smtp
    _with_email(funded)
    away = f"smtp://127.0.0.1:{free_port()}"
    with simulated_time(NOON):
        _round(funded.engine, away)
    assert _statuses(funded.engine) == [("queued", 1)]
    with simulated_time(NOON + timedelta(seconds=29)):
        assert _round(funded.engine, url) == 0
    with simulated_time(NOON + timedelta(seconds=31)):
        assert _round(funded.engine, url) == 1
    assert _statuses(funded.engine) == [("sent", 2)]
    assert len(inbox.received) == 1


def test_a_refused_address_is_dead_at_once_and_an_operator_retries_it(
    funded: World, smtp: tuple[str, Inbox]
) -> None:
    url, inbox = smtp
    _with_email(funded)
    inbox.refused.add(SOMSRI_MAIL)
    with simulated_time(NOON):
        _round(funded.engine, url)
    assert _statuses(funded.engine) == [("dead", 1)]
    inbox.refused.clear()
    with read_transaction(funded.engine) as connection:
        delivery_id = connection.execute(select(deliveries.c.id)).scalar_one()
    write_transaction(funded.engine, lambda c: retry_dead(c, delivery_id, NOON, "user:1"))
    with simulated_time(NOON + timedelta(seconds=1)):
        _round(funded.engine, url)
    assert _statuses(funded.engine) == [("sent", 1)]


def test_a_worker_killed_mid_send_loses_nothing(funded: World, smtp: tuple[str, Inbox]) -> None:
    """The claim commits, then the worker dies before sending: nothing is sent until the
    lease runs out, then the message goes, once, with the claim's idempotency key."""
    url, inbox = smtp
    _with_email(funded)
    with simulated_time(NOON):
        write_transaction(funded.engine, lambda c: _fan_out_and_claim(c))
        assert _round(funded.engine, url) == 0
    assert _statuses(funded.engine) == [("sending", 1)]
    with simulated_time(NOON + LEASE + timedelta(seconds=1)):
        assert _round(funded.engine, url) == 1
    assert _statuses(funded.engine) == [("sent", 2)]
    [mail] = inbox.received
    assert "thungngoen-delivery-" in mail["Message-ID"]


def _fan_out_and_claim(connection: Connection) -> None:
    fan_out(connection, ["email"], utc_now())
    assert len(claim(connection, "email", utc_now(), 10)) == 1
