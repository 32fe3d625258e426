"""The console names each code it shows in Thai (decision 0037): a person's movements, a
shop's category and tier each have a label — the page shows the raw code otherwise — and
each label has its Thai."""

from thungngoen.console.pages.display import CATEGORY_LABELS, PURPOSE_LABELS, TIER_LABELS
from thungngoen.redemption.tiers import DEFAULT_TIER_RULES
from thungngoen.wallet.people import MERCHANT_CATEGORIES
from thungngoen.web.i18n_catalogue import THAI

SEEN_BY_WALLETS = {
    *("payment", "cashback", "p2p", "topup_cash", "topup_promptpay", "refund"),
    *("redemption", "redemption_fee", "supplier_payment", "wage", "event_allowance"),
    *("event_payment", "voucher_redeem", "agent_handover", "savings_loan_coin"),
}


def test_every_code_the_console_shows_has_a_label() -> None:
    assert sorted(SEEN_BY_WALLETS - PURPOSE_LABELS.keys()) == []
    assert sorted(set(MERCHANT_CATEGORIES) - CATEGORY_LABELS.keys()) == []
    assert sorted(DEFAULT_TIER_RULES.keys() - TIER_LABELS.keys()) == []


def test_every_label_has_its_thai() -> None:
    labels = {*PURPOSE_LABELS.values(), *CATEGORY_LABELS.values(), *TIER_LABELS.values()}
    assert sorted(label for label in labels if label not in THAI) == []
