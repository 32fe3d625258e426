"""Voucher codes: the Damm check digit, error detection, normalising, generation."""

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thungngoen.vouchers.codes import (
    InvalidVoucherCode,
    damm_check_digit,
    damm_is_valid,
    format_code,
    generate_codes,
    is_valid_code,
    normalize_code,
    parse_code,
)

CODE_SHAPE = re.compile(r"\d{4}-\d{4}-\d{4}")


@pytest.mark.parametrize(
    ("digits", "check"), [("572", 4), ("11294", 6), ("0012301476470096832", 5), ("", 0)]
)
def test_known_damm_check_digits(digits: str, check: int) -> None:
    """Published examples: 572 → 4 (Wikipedia's worked example), 112946 (Rosetta Code's
    Damm task), 00123014764700968325 (README of jancajthaml-python/damm)."""
    assert damm_check_digit(digits) == check
    assert damm_is_valid(digits + str(check))


@pytest.mark.parametrize("number", ["5724", "112946", "00123014764700968325"])
def test_known_valid_numbers(number: str) -> None:
    assert damm_is_valid(number)
    assert not damm_is_valid(number[:-1] + str((int(number[-1]) + 3) % 10))


def test_known_invalid_numbers() -> None:
    """Rosetta Code's negative examples, plus non-digit input."""
    assert not damm_is_valid("5727")
    assert not damm_is_valid("112949")
    assert not damm_is_valid("5274")
    assert not damm_is_valid("")
    assert not damm_is_valid("57a4")
    assert not damm_is_valid("๕๗๒๔")  # raw Thai digits only after normalize_code


def test_every_single_digit_error_and_adjacent_transposition_is_caught() -> None:
    """Exhaustive over one generated code: 12 x 9 substitutions and 11 transpositions."""
    [code] = generate_codes(1, random.Random(7))
    digits = normalize_code(code)
    assert is_valid_code(digits)
    for index, original in enumerate(digits):
        for digit in "0123456789":
            if digit != original:
                assert not is_valid_code(digits[:index] + digit + digits[index + 1 :])
    for index in range(len(digits) - 1):
        a, b = digits[index], digits[index + 1]
        if a != b:
            assert not is_valid_code(digits[:index] + b + a + digits[index + 2 :])


@given(st.text("0123456789", min_size=1, max_size=20), st.data())
def test_damm_catches_errors_in_any_number(body: str, data: st.DataObject) -> None:
    number = body + str(damm_check_digit(body))
    index = data.draw(st.integers(0, len(number) - 1))
    digit = data.draw(st.sampled_from("0123456789").filter(lambda d: d != number[index]))
    assert not damm_is_valid(number[:index] + digit + number[index + 1 :])
    if index + 1 < len(number) and number[index] != number[index + 1]:
        swapped = number[:index] + number[index + 1] + number[index] + number[index + 2 :]
        assert not damm_is_valid(swapped)


def test_generated_codes_have_the_printed_shape_and_are_valid() -> None:
    codes = generate_codes(200)
    assert len(codes) == 200
    for code in codes:
        assert CODE_SHAPE.fullmatch(code)
        assert is_valid_code(code)


def test_generated_codes_are_unique() -> None:
    codes = generate_codes(5000)
    assert len(set(codes)) == 5000


def test_uniqueness_even_when_the_rng_repeats_itself() -> None:
    class Repeating(random.Random):
        """Yields the same code twice, then moves on."""

        calls = 0

        def randrange(self, *args: int, **kwargs: int) -> int:  # type: ignore[override]
            self.calls += 1
            return ((self.calls - 1) // 22) % 10  # 11 draws a code: each code comes twice

    rng = Repeating()
    codes = generate_codes(3, rng)
    assert [normalize_code(code)[:11] for code in codes] == ["0" * 11, "1" * 11, "2" * 11]
    assert rng.calls == 5 * 11  # two duplicates were drawn and dropped


def test_seeded_rng_is_reproducible_and_default_is_not() -> None:
    assert generate_codes(5, random.Random(42)) == generate_codes(5, random.Random(42))
    assert generate_codes(5) != generate_codes(5)


def test_count_zero_and_negative() -> None:
    assert generate_codes(0) == []
    with pytest.raises(ValueError, match="negative"):
        generate_codes(-1)


@pytest.mark.parametrize(
    "typed",
    [
        "4821-0937-5516",
        "482109375516",
        " 4821 0937 5516 ",
        "4821–0937—5516",
        "4821.0937.5516",
        "๔๘๒๑-๐๙๓๗-๕๕๑๖",
        "๔๘๒๑ 0937 ๕๕๑๖",
    ],
)
def test_normalize_code(typed: str) -> None:
    assert normalize_code(typed) == "482109375516"


def test_is_valid_code_accepts_thai_digits_and_separators() -> None:
    [code] = generate_codes(1, random.Random(3))
    thai = code.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert is_valid_code(thai)
    assert is_valid_code(code.replace("-", " "))
    assert parse_code(thai) == code


@pytest.mark.parametrize(
    "typed", ["", "5724", "1234-5678-901", "1234-5678-90123", "abcd-efgh-ijkl"]
)
def test_is_valid_code_rejects_wrong_lengths_and_letters(typed: str) -> None:
    assert not is_valid_code(typed)


def test_parse_code_rejects_with_a_domain_error() -> None:
    [code] = generate_codes(1, random.Random(5))
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    with pytest.raises(InvalidVoucherCode) as caught:
        parse_code(wrong)
    assert caught.value.code == "voucher_code_invalid"


def test_format_code() -> None:
    assert format_code("482109375516") == "4821-0937-5516"
