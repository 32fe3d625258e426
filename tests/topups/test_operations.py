"""PromptPay top-ups: unique amounts, QR payloads, requests refused."""

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Connection, insert

from tests.topups.operation_helpers import (
    T0,
    audit_actions,
    request,
    snapshot,
    write,
)
from tests.wallet.conftest import World
from thungngoen import topups
from thungngoen.topups import requests as topup_requests_module
from thungngoen.topups.bank_statement import TOPUP_REFERENCE
from thungngoen.wallet import errors, people
from thungngoen.wallet.promptpay import parse_emv, parse_tlv
from thungngoen.wallet.tables import topup_requests


def test_amounts_are_unique_among_open_requests_and_payload_carries_them(world: World) -> None:
    first = request(world, world.somsri, 10_000)
    second = request(world, world.anan, 10_000)
    third = request(world, world.somsri, 10_000)
    assert [r.amount for r in (first, second, third)] == [10_000, 10_001, 10_002]
    assert {r.requested for r in (first, second, third)} == {10_000}
    assert len({r.reference for r in (first, second, third)}) == 3
    assert all(TOPUP_REFERENCE.fullmatch(r.reference) for r in (first, second, third))
    assert second.status == "open"
    assert second.expires_at == T0 + timedelta(hours=24)
    fields = parse_emv(second.payload)
    assert fields["54"] == "100.01"
    assert parse_tlv(fields["62"]) == {"05": second.reference}
    assert parse_tlv(fields["29"])["01"] == "0066800000000"  # the demo operator ID
    assert request(world, world.anan, 10_050).amount == 10_050  # other amounts are untouched
    assert audit_actions(world).count("topup.request") == 4


def test_operator_promptpay_id_comes_from_the_environment(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(topups.OPERATOR_PROMPTPAY_ENV, "086-111-2222")
    payload = request(world, world.somsri, 5_000).payload
    assert parse_tlv(parse_emv(payload)["29"])["01"] == "0066861112222"


def test_concurrent_requests_for_one_amount_get_distinct_amounts(world: World) -> None:
    members = [world.somsri, world.anan] * 3
    barrier = threading.Barrier(len(members))
    results: list[int] = []
    failures: list[BaseException] = []

    def ask(member: people.Member) -> None:
        try:
            barrier.wait()
            results.append(request(world, member, 10_000).amount)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=ask, args=(member,)) for member in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(results) == list(range(10_000, 10_006))


def test_a_reference_already_taken_is_drawn_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: Iterator[str] = iter(["TNAAAAAAAA", "TNAAAAAAAA", "TNBBBBBBBB"])
    monkeypatch.setattr(topup_requests_module, "new_reference", lambda: next(drawn))
    assert request(world, world.somsri, 10_000).reference == "TNAAAAAAAA"
    assert request(world, world.anan, 20_000).reference == "TNBBBBBBBB"


def test_request_rejections_write_nothing(world: World) -> None:
    request(world, world.somsri, 1_000)
    request(world, world.somsri, 1_000)
    request(world, world.somsri, 1_000)

    def fill(connection: Connection) -> None:  # other members' open requests, 100.00–100.99
        for amount in range(10_000, 10_100):
            values = {"member_id": world.somsri.id, "reference": f"TNFILL{amount - 9_900:04d}"}
            values |= {"requested": 10_000, "amount": amount, "status": "open"}
            values |= {"created_at": T0, "expires_at": T0 + timedelta(hours=24)}
            connection.execute(insert(topup_requests), values)

    write(world, fill)
    before = snapshot(world)
    cases: list[tuple[people.Member, int, type[Exception]]] = [
        (world.anan, 0, errors.InvalidAmount),
        (world.anan, 5_000_001, errors.InvalidAmount),
        (world.somsri, 2_000, topups.TooManyOpenTopUps),
        (world.anan, 10_000, topups.TopUpAmountBusy),
    ]
    for member, amount, rejection in cases:
        with pytest.raises(rejection):
            request(world, member, amount)
    with pytest.raises(errors.UnknownMember):
        write(world, lambda c: topups.request_topup(c, 9_999, 10_000, T0))
    assert snapshot(world) == before
    assert request(world, world.anan, 9_950).amount == 9_950  # the window starts at the ask


def test_without_the_operators_promptpay_id_a_request_is_refused_and_writes_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(topups.OPERATOR_PROMPTPAY_ENV)
    before = snapshot(world)
    with pytest.raises(topups.PromptPayNotConfigured):
        request(world, world.somsri, 5_000)
    assert snapshot(world) == before
    assert not topups.promptpay_configured()
