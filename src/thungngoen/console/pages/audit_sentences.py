"""Each audit action as a sentence staff read: ``payout.batch_paid`` with ``total 9500``
becomes "Payout batch to shops paid, total 95.00 บาท". The English sentence is the key of
its Thai (``console/texts/audit.py``); ``{name}`` is a field of the entry's after (or
before) side, ``{subject}`` its subject id. An action without a sentence, or an old entry
without a field its sentence needs, shows its raw code."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from thungngoen.audit import AuditEntry
from thungngoen.console.pages.audit_entries import masked
from thungngoen.web.filters import money
from thungngoen.web.i18n import translate

BAHT, COIN = "THB", "SKC"


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    money: Mapping[str, str] = field(default_factory=dict)
    """The fields that are satang, each with its currency."""


def _s(text: str, **money: str) -> Sentence:
    return Sentence(text, money)


SENTENCES: dict[str, Sentence] = {
    "user.create": _s("Login created for {name} ({role})"),
    "user.change_password": _s("Password changed"),
    "token.issue": _s("Access token “{name}” issued"),
    "token.revoke": _s("Access token revoked"),
    "token.revoke_all": _s("{revoked} sessions and access tokens ended"),
    "pin.set": _s("PIN set"),
    "pin.lock": _s("PIN locked after {failed_attempts} wrong tries"),
    "pin.reset": _s("PIN reset"),
    "announcement.approve": _s("Announcement “{title}” approved for sending"),
    "announcement.cancel": _s("Announcement “{title}” cancelled"),
    "delivery.retry": _s("Notification delivery {subject} queued again after it failed"),
    "member.register": _s("Member registered"),
    "merchant.register": _s("Shop “{business_name}” applied"),
    "merchant.approved": _s("Shop approved"),
    "merchant.suspended": _s("Shop suspended or rejected"),
    "agent.register": _s("Agent “{name}” registered"),
    "agent.float_limit": _s("Agent's float limit set to {float_limit}", float_limit=BAHT),
    "agent.closing": _s(
        "Agent's cash hand-over recorded: {counted} counted, {expected} expected",
        counted=BAHT,
        expected=BAHT,
    ),
    "account.frozen": _s("Wallet frozen"),
    "account.active": _s("Wallet unfrozen"),
    "program.create": _s("Program “{name}” created"),
    "program.update": _s("Program “{name}” changed"),
    "program.deactivate": _s("Program “{name}” stopped"),
    "event.add_merchant": _s("Shop {merchant_id} added to the program"),
    "event.register": _s("Member registered in the program with {allowance}", allowance=COIN),
    "event.close": _s("Program closed, {returned} returned", returned=COIN),
    "payment.refund": _s("Payment refunded ({refunded} refunded in all)", refunded=COIN),
    "promotion.create": _s("Shop promotion created"),
    "promotion.end": _s("Shop promotion ended"),
    "voucher.generate": _s("{size} vouchers issued, {total} in all", total=COIN),
    "voucher.cancel": _s(
        "Voucher batch cancelled: {vouchers} unused, {returned} back to the fund",
        returned=COIN,
    ),
    "voucher.expire": _s(
        "Voucher batch expired: {vouchers} unused, {returned} back to the fund",
        returned=COIN,
    ),
    "payout.batch_create": _s("Payout batch to shops created, total {total}", total=BAHT),
    "payout.batch_paid": _s("Payout batch to shops paid, total {total}", total=BAHT),
    "fund.donation": _s("Donation of {amount} from {donor} into fund {fund}", amount=BAHT),
    "fund.grant": _s("Grant of {amount} from {donor} into fund {fund}", amount=BAHT),
    "redemption.tier_rule": _s("Redemption rule of tier {subject} set"),
    "redemption.redeem": _s("Shop redeemed {amount}, {net} to pay out", amount=COIN, net=BAHT),
    "topup.request": _s("Top-up of {amount} requested", amount=BAHT),
    "topup.expire": _s("Top-up request expired"),
    "statement.import": _s("Bank statement imported: {new} new lines, {duplicate} seen before"),
    "statement.assign": _s("Bank transfer of {amount} matched to a top-up", amount=BAHT),
    "statement.refund": _s("Bank transfer of {amount} set to be refunded", amount=BAHT),
    "savings.group.create": _s("Savings group “{name}” created"),
    "savings.enterprise.create": _s("Community enterprise “{name}” registered"),
    "savings.regulation": _s("Savings group rules set from {effective_from}"),
    "savings.member.add": _s("Savings member no. {number} added"),
    "savings.officer.appoint": _s("Savings group officer appointed"),
    "savings.meeting.post": _s("Meeting no. {number} recorded"),
    "savings.meeting.plan": _s("Savings meeting planned for {meets_on} at {place}"),
    "savings.meeting.replan": _s("Savings meeting moved to {meets_on} at {place}"),
    "savings.meeting.cancel": _s("Savings meeting of {meets_on} cancelled"),
    "savings.member.leave": _s("Savings member left the group on {left_on}"),
    "savings.shareout.post": _s("Share-out recorded"),
    "savings.loan.apply": _s("Loan of {principal} applied for", principal=BAHT),
    "savings.loan.approve": _s("Loan approved ({approvals} approvals)"),
    "savings.loan.reject": _s("Loan rejected"),
    "savings.loan.restructure": _s("Loan rescheduled over {months} months"),
    "savings.loan.write_off": _s("Loan written off: {principal}", principal=BAHT),
    "community.municipality_create": _s("Municipality “{name}” added to the places"),
    "community.create": _s("Community “{name}” added"),
    "community.update": _s("Community {subject} changed"),
    "community.savings_link": _s("Savings group {savings_group_id} linked to its community"),
    "community.organisation_create": _s("Organisation “{name}” added"),
    "community.organisation_update": _s("Organisation “{name}” changed"),
    "community.duty_grant": _s("A duty in the network's data granted"),
    "community.duty_end": _s("A duty in the network's data ended"),
    "community.household_create": _s("Household {subject} recorded"),
    "community.household_update": _s("Household {subject} changed (version {version})"),
    "community.person_create": _s("Person {subject} recorded with the lawful basis of the record"),
    "community.person_update": _s("Person {subject} changed"),
    "community.consent_record": _s("Consent recorded under privacy notice {notice_version}"),
    "community.consent_withdraw": _s("Consent withdrawn: the data it covered emptied"),
    "community.relocation_register": _s(
        "Relocation request registered for household {household_id}"
    ),
    "community.relocation_step": _s("Relocation request {subject} moved to {status}"),
    "community.relocation_proposal": _s("Proposal to CODI “{name}” created"),
    "community.round_create": _s("Survey round “{name}” created"),
    "community.round_status": _s("Survey round {subject} is now {status}"),
    "community.round_community_add": _s("Community {community_id} added to survey round {subject}"),
    "community.round_collector_assign": _s("A collector assigned in survey round {subject}"),
    "community.round_question_add": _s("Question “{key}” added to survey round {subject}"),
    "community.round_record": _s("Survey record of household {subject} saved (version {version})"),
    "community.thresholds_set": _s(
        "Deprivation thresholds version {version} set, income line {income_line} a year",
        income_line=BAHT,
    ),
    "community.field_conflict_resolve": _s(
        "Conflict of field entry {entry} resolved: {resolution}"
    ),
    "community.data_import": _s(
        "Spreadsheet imported: {households_created} households and {persons_created} persons"
        " added, {persons_updated} persons changed"
    ),
    "community.data_export": _s("Personal data of {persons} persons exported: {purpose}"),
    "community.notice_publish": _s("Privacy notice {version} published"),
    "community.request_receive": _s("Data-subject request {subject} received ({kind})"),
    "community.request_move": _s("Data-subject request {subject} is now {status}"),
    "community.person_erase": _s("Person {subject} erased on request {request_id}"),
    "community.breach_add": _s("Personal-data breach {subject} recorded"),
    "community.breach_notify": _s("Breach {subject}: notification recorded ({whom})"),
}


CODE_WORDS: dict[str, str] = {
    "web": "web log-in",
    "member": "member",
    "merchant": "shop",
    "agent": "agent",
    "operator": "operator",
    "auditor": "auditor",
}
"""The codes an entry stores for a role or a session token's name, as the words staff
read (a page in Thai shows no English, decision 0037)."""


def describe(entry: AuditEntry, language: str) -> str | None:
    """The entry as a sentence in ``language``; ``None``: show the raw code."""
    sentence = SENTENCES.get(entry.action)
    if sentence is None:
        return None
    fields: dict[str, Any] = {**(entry.before or {}), **(entry.after or {})}
    values = {key: _shown(key, value, sentence, language) for key, value in fields.items()}
    values["subject"] = entry.subject_id
    try:
        return translate(sentence.text, language).format_map(values)
    except (KeyError, IndexError, ValueError):
        return None


def _shown(key: str, value: Any, sentence: Sentence, language: str) -> str:
    currency = sentence.money.get(key)
    if currency and isinstance(value, int):
        return money(value, currency)
    if isinstance(value, str) and value in CODE_WORDS:
        return translate(CODE_WORDS[value], language)
    return str(masked(value))
