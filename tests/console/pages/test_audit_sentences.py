"""Every audit action reads as a Thai and English sentence, amounts in baht style; a new
action without its sentence fails here."""

import re
from datetime import UTC, datetime
from pathlib import Path
from string import Formatter
from typing import Any

import pytest

import thungngoen
from thungngoen.audit import AuditEntry
from thungngoen.console.pages.audit_sentences import SENTENCES, describe
from thungngoen.console.texts import THAI

SOURCE = Path(thungngoen.__file__).parent
LITERAL = re.compile(r'\baction="([a-z_.]+)"')
COMPUTED = re.compile(r'\baction=(f"[^"\n]+"|[A-Z_]+)')
DYNAMIC = {
    "f\"voucher.{'cancel' if status == 'cancelled' else 'expire'}\"": (
        "voucher.cancel",
        "voucher.expire",
    ),
    'f"program.{verb}"': ("program.update", "program.deactivate"),
    'f"account.{status}"': ("account.frozen", "account.active"),
    'f"merchant.{status}"': ("merchant.approved", "merchant.suspended"),
    "f\"statement.{'assign' if decision['status'] == 'assigned' else 'refund'}\"": (
        "statement.assign",
        "statement.refund",
    ),
    'f"savings.loan.{verb}"': (
        "savings.loan.apply",
        "savings.loan.approve",
        "savings.loan.reject",
        "savings.loan.restructure",
        "savings.loan.write_off",
    ),
    "CLOSING": ("agent.closing",),
    'f"fund.{kind}"': ("fund.donation", "fund.grant"),
}
"""Each place an action is computed, and the actions it can record."""


def _sources() -> list[str]:
    return [path.read_text() for path in SOURCE.rglob("*.py")]


def recorded_actions() -> set[str]:
    sources = _sources()
    literal = {action for text in sources for action in LITERAL.findall(text)}
    return literal | {action for actions in DYNAMIC.values() for action in actions}


def test_every_computed_action_is_listed_here() -> None:
    computed = {found for text in _sources() for found in COMPUTED.findall(text)}
    assert computed == set(DYNAMIC)


def test_every_recorded_action_has_a_sentence_in_thai() -> None:
    actions = recorded_actions()
    assert {"payout.batch_paid", "pin.lock", "savings.regulation"} <= actions
    assert sorted(actions - SENTENCES.keys()) == []
    assert sorted(SENTENCES.keys() - actions) == []  # no sentence for a gone action
    untranslated = [s.text for s in SENTENCES.values() if s.text not in THAI]
    assert untranslated == []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def test_the_thai_fills_the_same_fields_and_amounts_are_fields() -> None:
    for sentence in SENTENCES.values():
        assert _fields(THAI[sentence.text]) == _fields(sentence.text), sentence.text
        assert set(sentence.money) <= _fields(sentence.text), sentence.text


def _entry(action: str, after: dict[str, Any] | None, subject_id: str = "3") -> AuditEntry:
    moment = datetime(2026, 3, 2, tzinfo=UTC)
    return AuditEntry(
        id=1,
        occurred_at=moment,
        actor="user:1",
        action=action,
        subject_type="payout_batch",
        subject_id=subject_id,
        before=None,
        after=after,
        previous_hash="0" * 64,
        hash="1" * 64,
    )


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("th", "จ่ายชุดเงินโอนคืนร้านค้าแล้ว รวม 95.00 บาท"),
        ("en", "Payout batch to shops paid, total 95.00 บาท"),
    ],
)
def test_a_paid_batch_reads_in_words_with_its_amount(language: str, shown: str) -> None:
    entry = _entry("payout.batch_paid", {"bank_reference": "KTB-1", "total": 9500})
    assert describe(entry, language) == shown


def test_coin_and_baht_keep_their_units_and_plain_fields_show_as_they_are() -> None:
    redeemed = _entry("redemption.redeem", {"amount": 5000, "net": 4750})
    assert describe(redeemed, "th") == "ร้านค้าแลกคืน 50.00 เหรียญ จะได้รับโอน 47.50 บาท"
    assert describe(_entry("redemption.tier_rule", {}, "large"), "en") == (
        "Redemption rule of tier large set"
    )


def test_an_unknown_action_or_a_missing_field_falls_back_to_the_code() -> None:
    assert describe(_entry("something.new", {"total": 1}), "th") is None
    assert describe(_entry("payout.batch_paid", {"status": "paid"}), "th") is None


def test_a_phone_in_a_sentence_is_masked() -> None:
    created = _entry("user.create", {"name": "0812345678", "role": "member"})
    assert describe(created, "en") == "Login created for 081-xxx-5678 (member)"


def test_a_role_and_a_session_read_in_thai() -> None:
    created = _entry("user.create", {"name": "0812345678", "role": "merchant"})
    assert describe(created, "th") == "สร้างบัญชีเข้าใช้ให้ 081-xxx-5678 (ร้านค้า)"
    issued = _entry("token.issue", {"user_id": 3, "name": "web", "kind": "session"})
    assert describe(issued, "th") == "ออกโทเค็นเข้าถึง “การเข้าสู่ระบบทางเว็บ” แล้ว"
