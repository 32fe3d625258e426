"""Operations stamp the simulated moment inside ``simulated_time`` and the clock outside."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from thungngoen.clock import simulated_time, utc_now


def test_the_simulated_moment_applies_only_inside_the_block() -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    with simulated_time(moment):
        assert utc_now() == datetime(2026, 3, 1, 2, 30, tzinfo=UTC)
        assert utc_now().tzinfo == UTC
    assert abs(utc_now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"), simulated_time(datetime(2026, 3, 1)):
        pass
