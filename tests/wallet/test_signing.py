"""Signed tokens: round trip, tampering, purpose separation, expiry, and the secret."""

import string
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from thungngoen import config, keyring
from thungngoen.wallet.signing import ExpiredToken, TamperedToken, sign, verify

NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
LATER = NOW + timedelta(minutes=15)
PAYLOAD: dict[str, str | int] = {"merchant": "m-42", "amount": 8500, "memo": "ข้าวมันไก่"}

UseSecret = Callable[[str], None]


def _clear_caches() -> None:
    keyring.reset()
    config.get_settings.cache_clear()


@pytest.fixture(autouse=True)
def use_secret(monkeypatch: pytest.MonkeyPatch) -> Iterator[UseSecret]:
    """Pin the server secret for each test (never touching var/), then restore the real one."""

    def use(value: str) -> None:
        monkeypatch.setenv("THUNGNGOEN_SECRET_KEY", value)
        _clear_caches()

    use("test-secret-one")
    yield use
    monkeypatch.undo()
    _clear_caches()


def test_round_trip() -> None:
    token = sign("pay", PAYLOAD, LATER)
    assert verify("pay", token, NOW) == PAYLOAD


def test_token_is_url_safe_and_unpadded() -> None:
    token = sign("pay", PAYLOAD, LATER)
    assert set(token) <= set(string.ascii_letters + string.digits + "-_.")
    assert token.count(".") == 1


def test_empty_payload_round_trips() -> None:
    assert verify("pay", sign("pay", {}, LATER), NOW) == {}


def test_every_changed_character_is_detected() -> None:
    token = sign("pay", PAYLOAD, LATER)
    for index, char in enumerate(token):
        for replacement in {"A", "B", "-", "_", "."} - {char}:
            altered = token[:index] + replacement + token[index + 1 :]
            with pytest.raises(TamperedToken) as caught:
                verify("pay", altered, NOW)
            assert caught.value.code == "tampered_token"


@pytest.mark.parametrize(
    "make_bad",
    [
        lambda t: t[:-1],
        lambda t: t + "A",
        lambda t: t.replace(".", ""),
        lambda t: t.split(".")[0],
        lambda t: "." + t.split(".")[1],
        lambda t: t + "=",
        lambda t: t[:5] + "é" + t[6:],
        lambda t: "",
    ],
)
def test_malformed_tokens_are_tampered(make_bad: Callable[[str], str]) -> None:
    with pytest.raises(TamperedToken):
        verify("pay", make_bad(sign("pay", PAYLOAD, LATER)), NOW)


def test_a_token_for_one_purpose_does_not_verify_for_another() -> None:
    token = sign("pay", PAYLOAD, LATER)
    for purpose in ["voucher", "Pay", "pay ", "pa", "payy"]:
        with pytest.raises(TamperedToken):
            verify(purpose, token, NOW)


def test_bodies_are_not_swappable_between_tokens() -> None:
    first = sign("pay", {"amount": 100}, LATER)
    second = sign("pay", {"amount": 999_999}, LATER)
    spliced = second.split(".")[0] + "." + first.split(".")[1]
    with pytest.raises(TamperedToken):
        verify("pay", spliced, NOW)


def test_expiry_boundary() -> None:
    token = sign("pay", PAYLOAD, LATER)
    assert verify("pay", token, LATER - timedelta(microseconds=1)) == PAYLOAD
    with pytest.raises(ExpiredToken) as caught:
        verify("pay", token, LATER)
    assert caught.value.code == "expired_token"
    with pytest.raises(ExpiredToken):
        verify("pay", token, LATER + timedelta(days=1))


def test_fractional_expiry_rounds_down() -> None:
    """A token never lives past the moment it was given, only up to a second less."""
    token = sign("pay", PAYLOAD, LATER + timedelta(milliseconds=999))
    assert verify("pay", token, LATER - timedelta(microseconds=1)) == PAYLOAD
    with pytest.raises(ExpiredToken):
        verify("pay", token, LATER)


def test_timezones_are_compared_as_instants() -> None:
    bangkok = timezone(timedelta(hours=7))
    token = sign("pay", PAYLOAD, LATER.astimezone(bangkok))
    assert verify("pay", token, (LATER - timedelta(seconds=1)).astimezone(bangkok)) == PAYLOAD
    with pytest.raises(ExpiredToken):
        verify("pay", token, LATER)


def test_tampering_is_reported_before_expiry() -> None:
    token = sign("pay", PAYLOAD, NOW - timedelta(days=1))
    with pytest.raises(TamperedToken):
        verify("voucher", token, NOW)


def test_naive_datetimes_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        sign("pay", PAYLOAD, datetime(2025, 3, 1, 12, 15))
    token = sign("pay", PAYLOAD, LATER)
    with pytest.raises(ValueError, match="timezone-aware"):
        verify("pay", token, datetime(2025, 3, 1, 12, 0))


def test_payload_values_must_be_str_or_int() -> None:
    with pytest.raises(TypeError):
        sign("pay", {"amount": 1.5}, LATER)  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        sign("pay", {"ok": True}, LATER)
    with pytest.raises(ValueError, match="purpose"):
        sign("", PAYLOAD, LATER)


def test_the_secret_matters(use_secret: UseSecret) -> None:
    token = sign("pay", PAYLOAD, LATER)
    use_secret("test-secret-two")
    with pytest.raises(TamperedToken):
        verify("pay", token, NOW)
    assert verify("pay", sign("pay", PAYLOAD, LATER), NOW) == PAYLOAD
    use_secret("test-secret-one")
    assert verify("pay", token, NOW) == PAYLOAD


def test_same_input_same_token_different_secret_different_token(use_secret: UseSecret) -> None:
    token = sign("pay", PAYLOAD, LATER)
    assert sign("pay", dict(reversed(PAYLOAD.items())), LATER) == token
    use_secret("test-secret-two")
    assert sign("pay", PAYLOAD, LATER) != token
