from datetime import UTC, date, datetime, timedelta

import pytest

from thungngoen.clock import simulated_time
from thungngoen.thai import (
    THAI_TIME,
    InvalidIdentifier,
    ascii_digits,
    day_bounds,
    in_thai_time,
    mask_national_id,
    national_id_check_digit,
    normalize_phone,
    thai_day,
    thai_today,
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
        ("0898765４３２", "0898765432"),
        ("๐๘๙๘๗๖๕๔๓๒", "0898765432"),
        ("+๖๖ ๘๙ ๘๗๖ ๕๔๓๒", "0898765432"),
    ],
)
def test_phone_numbers(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize("text", ["021234567", "0812345", "+1 555 0100"])
def test_not_mobile_numbers(text: str) -> None:
    with pytest.raises(InvalidIdentifier):
        normalize_phone(text)


def test_thai_time_is_seven_hours_ahead_of_utc_all_year() -> None:
    for month in (1, 7):
        assert datetime(2025, month, 1, tzinfo=THAI_TIME).utcoffset() == timedelta(hours=7)


def test_a_moment_in_thai_time_and_its_thai_day() -> None:
    late = datetime(2025, 2, 28, 17, 30, tzinfo=UTC)  # 00:30, 1 March in Songkhla
    assert in_thai_time(late) == late
    assert (in_thai_time(late).hour, in_thai_time(late).minute) == (0, 30)
    assert in_thai_time(datetime(2025, 2, 28, 17, 30)) == late  # naive is UTC
    assert thai_day(late) == date(2025, 3, 1)
    assert thai_day(late - timedelta(minutes=31)) == date(2025, 2, 28)


def test_a_thai_day_starts_at_five_in_the_afternoon_utc() -> None:
    assert day_bounds(date(2025, 3, 1)) == (
        datetime(2025, 2, 28, 17, tzinfo=UTC),
        datetime(2025, 3, 1, 17, tzinfo=UTC),
    )


def test_today_is_the_thai_day_of_the_clock_operations_stamp() -> None:
    assert thai_today(datetime(2025, 12, 31, 17, tzinfo=UTC)) == date(2026, 1, 1)
    with simulated_time(datetime(2025, 12, 31, 16, 59, tzinfo=UTC)):
        assert thai_today() == date(2025, 12, 31)


def test_a_national_id_in_thai_or_full_width_digits_is_the_same_id() -> None:
    ascii_id = "1101700203450"
    assert validate_national_id("๑-๑๐๑๗-๐๐๒๐๓-๔๕-๐") == ascii_id
    assert validate_national_id("１１０１７００２０３４５０") == ascii_id
    assert ascii_digits("๑-２x٣") == "1-2x3"
