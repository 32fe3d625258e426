import pytest

from thungngoen.thai import (
    InvalidIdentifier,
    mask_national_id,
    national_id_check_digit,
    normalize_phone,
    validate_national_id,
)


def test_national_id_check_digit_by_hand() -> None:
    """1 1 0 1 7 0 0 2 0 3 4 5 weighted 13…2: 13+12+0+10+63+0+0+12+0+12+12+10 = 144;
    144 mod 11 = 1; (11 − 1) mod 10 = 0."""
    assert national_id_check_digit("110170020345") == 0
    assert validate_national_id("1-1017-00203-45-0") == "1101700203450"
    assert mask_national_id("1101700203450") == "x-xxxx-xxxxx-45-0"


@pytest.mark.parametrize("text", ["1101700203451", "110170020345", "0101700203450", "abc"])
def test_invalid_national_ids(text: str) -> None:
    with pytest.raises(InvalidIdentifier):
        validate_national_id(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081-234-5678", "0812345678"),
        ("+66 81 234 5678", "0812345678"),
        ("66912345678", "0912345678"),
    ],
)
def test_phone_numbers(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize("text", ["021234567", "0812345", "+1 555 0100"])
def test_not_mobile_numbers(text: str) -> None:
    with pytest.raises(InvalidIdentifier):
        normalize_phone(text)
