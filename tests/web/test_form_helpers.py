"""The form helpers every area's pages share: typed values, idempotency keys, refusals by
field and the links of a long list's pages."""

from datetime import date

import pytest
from fastapi import HTTPException, Request

from thungngoen.ledger.errors import InsufficientFunds
from thungngoen.web.form_errors import NOT_A_PHONE, REQUIRED, refusal
from thungngoen.web.form_fields import amount_field, baht_input
from thungngoen.web.form_values import (
    AmountTexts,
    typed_amount,
    typed_day,
    typed_phone,
    typed_satang,
)
from thungngoen.web.idempotency import MAX_FORM_KEY, form_key, form_key_or_new
from thungngoen.web.paging import cursor, page_link


def _request(language: str) -> Request:
    return Request({"type": "http", "headers": [(b"cookie", f"tn_lang={language}".encode())]})


@pytest.mark.parametrize(
    ("typed", "satang"), [("45", 4_500), ("1,250.50", 125_050), ("-5", -500), ("0", 0)]
)
def test_an_amount_typed_in_baht_is_read_in_satang(typed: str, satang: int) -> None:
    assert typed_satang(typed) == satang


@pytest.mark.parametrize("typed", ["", "abc", "12.345", "nan", "inf", "1e999999"])
def test_what_is_no_amount_is_refused_and_never_crashes(typed: str) -> None:
    with pytest.raises(ValueError, match=r"not an amount|more than two decimals"):
        typed_satang(typed)
    with pytest.raises(ValueError, match=r"bad|blank"):
        typed_amount(typed, POSITIVE)


POSITIVE = AmountTexts("bad", zero="zero", below_zero="below", blank="blank")


def test_only_a_positive_amount_is_positive() -> None:
    assert typed_amount("0.01", POSITIVE) == 1
    with pytest.raises(ValueError, match="zero"):
        typed_amount("0", POSITIVE)
    with pytest.raises(ValueError, match="below"):
        typed_amount("-1", POSITIVE)


def test_an_amount_field_is_read_once_with_the_words_of_its_page() -> None:
    texts = AmountTexts("bad", zero="zero", below_zero="below", blank="blank")
    assert typed_amount(" 1,250.50 ", texts) == 125_050
    for typed, said in (("", "blank"), ("abc", "bad"), ("1e999999", "bad"), ("0", "zero")):
        with pytest.raises(ValueError, match=said):
            typed_amount(typed, texts)
    with pytest.raises(ValueError, match="below"):
        typed_amount("-5", texts)
    lenient = AmountTexts("bad", zero=None, below_zero=None)
    assert (typed_amount("0", lenient), typed_amount("-5", lenient)) == (0, -500)
    with pytest.raises(ValueError, match=REQUIRED):
        typed_amount(" ", lenient)


def test_an_amount_field_notes_its_mistake_under_the_field_in_the_users_language() -> None:
    errors: dict[str, str] = {}
    values = {"fee": "", "cap": "12.345", "limit": "45"}
    assert amount_field(_request("en"), values, "fee", errors, required=False) is None
    assert amount_field(_request("en"), values, "limit", errors, required=True) == 4_500
    assert errors == {}
    assert amount_field(_request("en"), values, "cap", errors, True, where="row0") is None
    assert amount_field(_request("en"), values, "fee", errors, required=True) is None
    assert errors == {"row0": "Type an amount in baht, e.g. 1,250.50", "fee": REQUIRED}


def test_an_amount_is_written_back_into_a_baht_field() -> None:
    assert [baht_input(value) for value in (None, 0, 5_000, 125_050)] == [
        "",
        "0.00",
        "50.00",
        "1250.50",
    ]
    assert [baht_input(value, short=True) for value in (0, 5_000, 1_250, -150)] == [
        "",
        "50",
        "12.50",
        "-1.50",
    ]


def test_a_phone_is_normalised_or_refused_with_the_text_for_its_field() -> None:
    assert typed_phone(" 081-234-5678 ") == "0812345678"
    for typed, text in (("  ", REQUIRED), ("12345", NOT_A_PHONE)):
        with pytest.raises(ValueError, match=text):
            typed_phone(typed)


def test_a_day_is_read_from_a_date_field() -> None:
    assert typed_day("2025-03-04") == date(2025, 3, 4)
    assert typed_day("04/03/2025") is None
    assert typed_day("") is None


@pytest.mark.parametrize(
    "typed", ["0001-01-01", "9999-12-31", "1999-12-31", "2101-01-01", "20250304", "2025-02-30"]
)
def test_a_day_outside_the_window_or_not_iso_is_no_day(typed: str) -> None:
    assert typed_day(typed) is None
    assert typed_day("๒๐๒๕-๐๓-๐๔") == date(2025, 3, 4)


def test_a_money_form_without_a_usable_key_is_refused() -> None:
    assert form_key({"idempotency_key": " key-1 "}) == "key-1"
    for form in ({}, {"idempotency_key": " "}, {"idempotency_key": "k" * (MAX_FORM_KEY + 1)}):
        with pytest.raises(HTTPException) as refused:
            form_key(form)
        assert refused.value.status_code == 400


def test_a_form_without_a_key_may_get_a_fresh_one() -> None:
    assert form_key_or_new({"idempotency_key": "key-1"}) == "key-1"
    first, second = form_key_or_new({}), form_key_or_new({})
    assert len(first) >= 20
    assert first != second


def test_a_refusal_shows_next_to_its_field_in_the_users_language() -> None:
    error = InsufficientFunds("not enough coin")
    fields = {"insufficient_funds": "amount"}
    assert refusal(_request("th"), error, fields) == {"amount": "ยอดเงินไม่พอ"}
    assert refusal(_request("en"), error, {}, form="pay_form") == {"pay_form": "not enough coin"}


def test_the_pages_of_a_list_keep_only_the_filters_in_use() -> None:
    assert cursor("120") == 120
    assert cursor("-1") is None
    assert cursor("") is None
    assert page_link("/wallet/history", {"from": "", "kind": "topup", "before": 120}) == (
        "/wallet/history?kind=topup&before=120"
    )
    assert page_link("/wallet/history", {"from": "", "kind": ""}) == "/wallet/history"
