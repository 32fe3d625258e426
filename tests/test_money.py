"""Money as Thai users read it, and the one reader of an amount typed in baht."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thungngoen.money import format_money, format_satang, parse_baht
from thungngoen.web.form_values import typed_satang

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
AMOUNTS = st.integers(min_value=0, max_value=10**15 - 1)
"""Up to ten trillion baht less a satang: the most the reader takes."""
STRICT = re.compile(r"([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?")
"""What a reader may accept, written once more independently of ``money._AMOUNT``."""


def test_thai_style_amounts() -> None:
    assert format_money(123_450, "THB") == "1,234.50 บาท"
    assert format_money(-5, "SKC") == "-0.05 เหรียญ"
    assert format_satang(500_000_00) == "500,000.00"


@pytest.mark.parametrize(
    ("typed", "satang"),
    [
        ("1,250.50", 125_050),
        ("1250.5", 125_050),
        ("1250", 125_000),
        ("1,234,567.05", 123_456_705),
        ("๑,๒๕๐.๕๐", 125_050),
        ("  ๑๒  ", 1_200),
        ("0.01", 1),
        ("007", 700),
    ],
)
def test_unambiguous_amounts_are_read(typed: str, satang: int) -> None:
    assert parse_baht(typed) == satang


@pytest.mark.parametrize(
    "typed",
    [
        "1,25.5",  # the issue's: was sent as 125.50
        "12,34",
        "1,2345",
        "1,250,00",
        ",125",
        "125,",
        "1.005",
        "-5",
        "+5",
        "1e3",
        "1E3",
        "1 250",
        "1.2.3",
        "1..2",
        ".5",
        "5.",
        "",
        "inf",
        "nan",
        "สิบบาท",
        "١٢",  # Arabic-Indic digits: not what a Thai user types
        "1_000",
        "0x10",
        "1" * 20,
    ],
)
def test_ambiguous_or_foreign_amounts_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=r"not an amount|more than two decimals"):
        parse_baht(typed)


@given(AMOUNTS)
def test_every_amount_the_platform_writes_reads_back_to_itself(amount: int) -> None:
    assert parse_baht(format_satang(amount)) == amount
    assert parse_baht(format_satang(amount).translate(THAI_DIGITS)) == amount
    assert parse_baht(format_satang(amount).replace(",", "")) == amount
    assert typed_satang(format_satang(amount)) == amount


@given(AMOUNTS)
def test_a_negative_amount_is_read_only_by_the_form_reader(amount: int) -> None:
    written = format_satang(-amount) if amount else "-0.00"
    with pytest.raises(ValueError, match="not an amount"):
        parse_baht(written)
    assert typed_satang(written) == -amount


@given(st.text(alphabet="0123456789,.-+ e๐๕_", max_size=14))
def test_junk_is_refused_never_misread(typed: str) -> None:
    """Text made of the characters of amounts: read only if it is an amount, and then as
    the amount it says (its digits, without the separators)."""
    folded = typed.strip().translate(str.maketrans("๐๕", "05"))
    try:
        satang = parse_baht(typed)
    except ValueError:
        too_long = len(folded.split(".")[0].replace(",", "").lstrip("0")) > 13
        assert not STRICT.fullmatch(folded) or too_long
        return
    assert STRICT.fullmatch(folded), typed
    baht, _, decimals = folded.replace(",", "").partition(".")
    assert satang == int(baht) * 100 + int(decimals.ljust(2, "0"))


@given(st.text(max_size=20))
def test_any_text_is_read_as_an_amount_or_refused_with_a_value_error(typed: str) -> None:
    try:
        parse_baht(typed)
    except ValueError:
        return
    folded = typed.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    assert STRICT.fullmatch(folded), typed
