"""Notification kinds: declared values are the only ones a template may name or a raise
may give, and every kind of every area renders in Thai and in English."""

from datetime import UTC, datetime

import pytest

from thungngoen import notify
from thungngoen.notify.errors import UnknownKind, UnknownTemplateValue
from thungngoen.notify.kinds import NotificationKind, Texts

SAMPLES: dict[str, object] = {
    "coin": 5_400,
    "baht": 10_000,
    "text": "ร้านป้าแดง",
    "count": 7,
    "day": "2026-12-05",
}


def _sample(kind: NotificationKind) -> dict[str, object]:
    moment = datetime(2026, 12, 5, 10, 5, tzinfo=UTC).isoformat()
    return {name: moment if t == "moment" else SAMPLES[t] for name, t in kind.values.items()}


def test_a_template_naming_an_undeclared_value_is_refused_when_declared() -> None:
    with pytest.raises(UnknownTemplateValue, match="amount"):
        NotificationKind("x.y", "money", {}, th=Texts("{amount}", ""), en=Texts("", ""))


@pytest.mark.parametrize(
    "values",
    [{}, {"amount": 100, "extra": "x"}, {"amount": "100"}, {"amount": True}],
)
def test_a_raise_with_other_values_than_declared_is_refused(values: dict[str, object]) -> None:
    kind = NotificationKind(
        "x.y", "money", {"amount": "coin"}, th=Texts("{amount}", ""), en=Texts("", "")
    )
    with pytest.raises(UnknownTemplateValue):
        kind.check(values)


def test_amounts_and_moments_are_written_for_the_readers_language() -> None:
    kind = NotificationKind(
        "x.y",
        "money",
        {"amount": "coin", "paid": "baht", "at": "moment"},
        th=Texts("{amount}", "{paid} เมื่อ {at}"),
        en=Texts("{amount}", "{paid} at {at}"),
    )
    values = {"amount": 123_450, "paid": 5_000, "at": "2026-12-05T10:05:00+00:00"}
    assert kind.render(values, "th") == Texts("1,234.50 เหรียญ", "50.00 บาท เมื่อ 5 ธ.ค. 2569 17:05")
    assert kind.render(values, "en") == Texts("1,234.50 coin", "50.00 baht at 5 Dec 2026 17:05")


def test_every_declared_kind_renders_in_both_languages_with_no_placeholder_left() -> None:
    kinds = notify.all_kinds()
    assert {"auth.pin_locked", "auth.new_login", "wallet.paid", "wallet.received"} <= set(kinds)
    for code, kind in kinds.items():
        assert code.split(".")[0] in {"auth", "wallet"} or code.count(".") == 1
        for language in ("th", "en"):
            texts = kind.render(_sample(kind), language)
            assert texts.title, code
            assert "{" not in texts.title + texts.body, code
        assert kind.category in notify.CATEGORIES


def test_an_unknown_kind_is_named_in_the_refusal() -> None:
    with pytest.raises(UnknownKind, match=r"wallet\.nothing"):
        notify.kind_named("wallet.nothing")
