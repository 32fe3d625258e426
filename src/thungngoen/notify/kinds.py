"""What a notification says, declared once by the area whose operation raises it.

A kind names its category (what a person may switch off, or not), whether it is urgent
(sent at once, even in quiet hours), the values it needs and their types, and its title
and body in Thai and English. The texts are ``str.format`` templates over those values;
the values are formatted for the reader's language when the message is rendered, so the
stored notification keeps only raw values (satang, ISO moments, plain text).
"""

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal

from pythainlp.util import thai_strftime

from thungngoen.money import format_money
from thungngoen.notify import errors
from thungngoen.notify.receipts import Receipt, ReceiptCard
from thungngoen.thai import in_thai_time

Category = Literal["money", "account", "security", "savings", "events", "news"]
CATEGORIES: tuple[Category, ...] = ("money", "account", "security", "savings", "events", "news")
Language = Literal["th", "en"]


def language_named(code: str) -> Language:
    """English for ``en``, Thai for anything else (Thai is the default)."""
    return "en" if code == "en" else "th"


ValueType = Literal["coin", "baht", "text", "moment", "day", "count"]

_PYTHON_TYPES: dict[ValueType, type] = {
    "coin": int,
    "baht": int,
    "text": str,
    "moment": str,
    "day": str,
    "count": int,
}
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class Texts:
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class NotificationKind:
    code: str
    """``<area>.<event>``, stable: stored with every notification."""
    category: Category
    values: Mapping[str, ValueType]
    th: Texts
    en: Texts
    mandatory: bool = False
    """Receipts and security: the person cannot switch these off."""
    urgent: bool = False
    """Sent at once, quiet hours or not."""
    link: str = ""
    """Where the notification leads in the app, a template over the values too."""
    receipt: Receipt | None = None
    """Its rich form, if it is a receipt (channels that can draw one do)."""
    _names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_names", frozenset(self.values))
        if self.link and not self.link.startswith("/"):
            raise errors.UnknownTemplateValue(f"{self.code}: a link stays on the platform")
        for texts in (self.th, self.en, Texts(self.link, "")):
            for template in (texts.title, texts.body):
                unknown = _fields(template) - self._names
                if unknown:
                    raise errors.UnknownTemplateValue(
                        f"{self.code}: the template names {sorted(unknown)}, not declared"
                    )
        if self.receipt:
            named = {self.receipt.amount, self.receipt.counterpart, self.receipt.reference}
            if (named - {""}) - self._names:
                raise errors.UnknownTemplateValue(
                    f"{self.code}: the receipt names an undeclared value"
                )

    def check(self, values: Mapping[str, object]) -> None:
        """Every declared value given, of its type, and nothing else."""
        given = set(values)
        if given != self._names:
            raise errors.UnknownTemplateValue(
                f"{self.code} takes {sorted(self._names)}, was given {sorted(given)}"
            )
        for name, kind in self.values.items():
            value = values[name]
            if type(value) is not _PYTHON_TYPES[kind]:
                raise errors.UnknownTemplateValue(f"{self.code}: {name} must be {kind}")
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise errors.UnknownTemplateValue(f"{self.code}: {name} is too long")

    def render(self, values: Mapping[str, object], language: Language) -> Texts:
        shown = {name: _shown(self.values[name], values[name], language) for name in self.values}
        texts = self.th if language == "th" else self.en
        return Texts(texts.title.format(**shown), texts.body.format(**shown))

    def link_to(self, values: Mapping[str, object]) -> str:
        return self.link.format(**values)

    def receipt_card(
        self, values: Mapping[str, object], language: Language, moment: datetime
    ) -> ReceiptCard | None:
        """The receipt card in ``language``, or None for a kind without one."""
        if self.receipt is None:
            return None
        receipt = self.receipt

        def shown(name: str) -> str:
            return _shown(self.values[name], values[name], language) if name else ""

        return ReceiptCard(
            heading=self.render(values, language).title,
            amount=shown(receipt.amount),
            counterpart_label=receipt.counterpart_th
            if language == "th"
            else receipt.counterpart_en,
            counterpart=shown(receipt.counterpart),
            moment=_moment(moment, language),
            reference=str(values[receipt.reference]) if receipt.reference else "",
        )


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _shown(kind: ValueType, value: object, language: Language) -> str:
    if kind == "coin":
        assert isinstance(value, int)
        return format_money(value, "SKC") if language == "th" else _english(value, "coin")
    if kind == "baht":
        assert isinstance(value, int)
        return format_money(value, "THB") if language == "th" else _english(value, "baht")
    if kind == "moment":
        assert isinstance(value, str)
        return _moment(datetime.fromisoformat(value), language)
    if kind == "day":
        assert isinstance(value, str)
        return _day(date.fromisoformat(value), language)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _moment(moment: datetime, language: Language) -> str:
    """``5 ธ.ค. 2569 17:05`` in Thai, ``5 Dec 2026 17:05`` in English, Thai time."""
    local = in_thai_time(moment)
    if language == "th":
        return thai_strftime(local, "%-d %b %Y %H:%M")
    return f"{local.day} {local:%b %Y %H:%M}"


def _day(day: date, language: Language) -> str:
    """``10 ธ.ค. 2569`` in Thai, ``10 Dec 2026`` in English: a due date, a meeting's day."""
    if language == "th":
        return thai_strftime(datetime.combine(day, time()), "%-d %b %Y")
    return f"{day.day} {day:%b %Y}"


def _english(satang: int, unit: str) -> str:
    return f"{format_money(satang, 'THB').split()[0]} {unit}"
