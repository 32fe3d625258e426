import pytest
from hypothesis import given
from hypothesis import strategies as st

from thungngoen.money import format_money, format_satang, parse_baht


def test_thai_style_amounts() -> None:
    assert format_money(123_450, "THB") == "1,234.50 บาท"
    assert format_money(-5, "SKC") == "-0.05 เหรียญ"
    assert format_satang(500_000_00) == "500,000.00"


def test_parse_refuses_fractions_of_a_satang() -> None:
    assert parse_baht("1,234.5") == 123_450
    with pytest.raises(ValueError, match="two decimals"):
        parse_baht("1.005")
    with pytest.raises(ValueError, match="not an amount"):
        parse_baht("สิบบาท")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_format_and_parse_round_trip(amount: int) -> None:
    assert parse_baht(format_satang(amount)) == amount


@pytest.mark.parametrize("text", ["inf", "-Infinity", "nan", "sNaN"])
def test_parse_refuses_infinity_and_nan(text: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        parse_baht(text)
