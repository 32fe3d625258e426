"""What the console shows instead of whole identifiers, and its labels read in Thai."""

import pytest

from thungngoen.console.pages.audit_entries import masked
from thungngoen.console.pages.display import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    TIER_LABELS,
    mask_identifier,
    mask_phone,
)
from thungngoen.redemption import DEFAULT_TIER_RULES
from thungngoen.wallet.people import MERCHANT_CATEGORIES
from thungngoen.web.i18n_catalogue import THAI


def test_a_phone_shows_its_start_and_last_four_digits() -> None:
    assert mask_phone("0812345678") == "081-xxx-5678"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("0861112222", "086-xxx-2222"),
        ("1101700203451", "x-xxxx-xxxxx-45-1"),
        ("123-4-56789-0", "xxx-89-0"),
    ],
)
def test_payout_identifiers_show_only_their_end(value: str, shown: str) -> None:
    assert mask_identifier(value) == shown


def test_audit_values_are_masked_deep_and_secrets_hidden() -> None:
    value = {"phone": "0812345678", "nested": [{"token_hash": "abc"}, "1101700203451"], "n": 5}
    assert masked(value) == {
        "phone": "081-xxx-5678",
        "nested": [{"token_hash": "•••"}, "x-xxxx-xxxxx-45-1"],
        "n": 5,
    }


def test_every_label_the_console_looks_up_reads_in_thai() -> None:
    assert set(CATEGORY_LABELS) == set(MERCHANT_CATEGORIES)
    assert set(DEFAULT_TIER_RULES) <= set(TIER_LABELS)
    labels = [CATEGORY_LABELS, TIER_LABELS, PURPOSE_LABELS]
    missing = [text for table in labels for text in table.values() if text not in THAI]
    assert missing == []
