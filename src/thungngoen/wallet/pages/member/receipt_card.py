"""The member's receipt as a card to keep or share (decision 0034): the words the picture
carries, in the member's language, apart from how it is drawn (``receipt_png``), so a test
reads what the picture says.

The card leaves out the balance after: a receipt is shown to others (the shop, a friend
who was paid) and the balance is nobody's business but the member's."""

from dataclasses import dataclass

from thungngoen.money import amount_in_words
from thungngoen.wallet.pages.member.statement import HistoryLine
from thungngoen.web.filters import coin, format_datetime
from thungngoen.web.i18n import translate

PLATFORM = "ถุงเงินสงขลา"
"""The platform's name, as the page header writes it in both languages."""


@dataclass(frozen=True, slots=True)
class ReceiptCard:
    title: str
    amount: str
    """Signed, with its unit: ``-54.00 เหรียญ``."""
    words: str
    facts: tuple[tuple[str, str], ...]
    """(label, value) in the order the card lists them."""

    @property
    def text(self) -> str:
        """Everything the card says, a line each (what a test or a screen reader reads)."""
        lines = [PLATFORM, self.title, self.amount, self.words]
        return "\n".join(lines + [f"{label}: {value}" for label, value in self.facts])


def _discount(line: HistoryLine, language: str) -> str:
    found = line.discount
    if found is None:
        return ""
    percent = f"{found.basis_points / 100:g}"
    if found.kind == "cashback":
        name = translate("{percent}% cashback", language).format(percent=percent)
        said = translate("Promotion cashback ‘{name}’", language).format(name=name)
        return f"{said} +{coin(found.amount, language)}"
    name = translate("{percent}% off", language).format(percent=percent)
    said = translate("Promotion discount ‘{name}’", language).format(name=name)
    return f"{said} −{coin(found.amount, language)}"


def receipt_card(line: HistoryLine, language: str) -> ReceiptCard:
    """The card of one line of the member's own statement."""
    facts = [(translate("Item", language), translate(line.label, language))]
    if line.detail:
        facts.append((translate("Details", language), line.detail))
    if line.discount:
        facts.append((translate("Promotion", language), _discount(line, language)))
    facts.append((translate("Date", language), format_datetime(line.created_at, language)))
    facts.append((translate("Transaction number", language), str(line.transfer_id)))
    sign = "+" if line.amount > 0 else ""
    return ReceiptCard(
        title=translate("Receipt", language),
        amount=f"{sign}{coin(line.amount, language)}",
        words=f"({amount_in_words(line.amount, 'SKC')})",
        facts=tuple(facts),
    )
