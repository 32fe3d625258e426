"""A kind's rich form, declared by the area that raises it: which of its values make a
receipt card (the amount shown big, the other party, the reference). The card is given
to every channel beside the plain text; each draws it its own way or not at all (LINE: a
Flex Message bubble, decision 0043; email and SMS keep the text)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Receipt:
    amount: str
    """The name of the ``coin`` or ``baht`` value shown big."""
    counterpart: str
    """The name of the value that says who (or what) the money went to or came from."""
    counterpart_th: str
    counterpart_en: str
    """Its label in Thai and English (``จ่ายให้`` / ``To``)."""
    reference: str = ""
    """The name of the value that identifies the operation, if the kind has one."""


@dataclass(frozen=True, slots=True)
class ReceiptCard:
    """A receipt in the reader's language, every value already formatted."""

    heading: str
    amount: str
    counterpart_label: str
    counterpart: str
    moment: str
    """When it happened: a Buddhist-era date and Thai time in Thai."""
    reference: str
    """Empty when the kind has none."""
