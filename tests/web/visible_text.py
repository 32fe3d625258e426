"""What a person reads on a page, and the English words in it (decision 0037).

Read: the text of the page (``<title>`` included) and the attributes read aloud or shown
(``title``, ``placeholder``, the ``aria-`` texts, ``alt``, an ``<optgroup>``'s ``label``,
the ``value`` of a button input, the question of ``hx-confirm``, the sentences a script
shows from ``data-…``). Not read: scripts, styles, anything inside an element marked
``lang="en…"`` (the language switch says "English" in English on purpose), and machine
text set as such — ``<code>``, ``<kbd>``, ``<samp>``, ``<pre>``: the codes of the audit
log's raw entry, key names."""

import re
from html.parser import HTMLParser

READ_ATTRIBUTES = frozenset(
    {"title", "placeholder", "aria-label", "alt", "hx-confirm", "label"}
    | {"aria-description", "aria-roledescription", "aria-valuetext"}
)
BUTTON_INPUTS = frozenset({"submit", "button", "reset"})
NOT_READ = frozenset({"script", "style", "code", "kbd", "samp", "pre"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
    | {"track", "param"}
)

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
NOT_WORDS = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|/[\w./?=&%-]+"  # addresses
    r"|\b0[0-9x]{1,2}-x{3}-[0-9]{4}\b"  # a masked phone number, 086-xxx-2222
    r"|\b[A-Za-z0-9]*(?:[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z0-9][-/_:][A-Za-z0-9])[\w/:-]*"
    r"|\b[A-Z0-9]{6,}\b"
)
"""What is not words: addresses, masked phones, and codes — a run of letters and digits
joined by ``-``, ``/``, ``_`` or ``:`` or mixing letters with digits (``old-town-pilot``,
``boyang-01/00001``, ``user:12``, ``A5``), or six or more capitals (a top-up's random
reference, ``TNJUHMMCPR``)."""
ALLOWED = frozenset(
    {
        # the coin, the QR standards and the payment names people know in Latin letters
        "SKC",
        "QR",
        "PIN",
        "PromptPay",
        "LINE",
        "SMS",
        "OTP",
        "API",
        "Excel",
        # file kinds offered for download
        "PDF",
        "CSV",
        "XLSX",
        "PNG",
        # the operator's own short name (มูลนิธิชุมชนสงขลา (SK)) and units
        "SK",
        "MB",
        "LM",
        # the key caps the savings sheet's hint names
        "Enter",
        "Ctrl",
    }
)
"""The Latin words a Thai page may show: names and codes Thai people read as they are.
Kept small on purpose; a word not here is English that needs a Thai text."""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.read: list[str] = []

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        skip = (
            self._skipping() or tag in NOT_READ or values.get("lang", "").lower().startswith("en")
        )
        if not skip:
            self.read.extend(value for name, value in values.items() if name in READ_ATTRIBUTES)
            if tag == "input" and values.get("type", "").lower() in BUTTON_INPUTS:
                self.read.append(values.get("value", ""))
            self.read.extend(
                value
                for name, value in values.items()
                if name.startswith("data-") and " " in value.strip() and "{" not in value
            )
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if not self._skipping() and data.strip():
            self.read.append(data)


def visible_texts(html: str) -> list[str]:
    """The pieces of text a person reads on ``html``, in page order."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return [" ".join(text.split()) for text in reader.read if text.strip()]


def english_in(text: str) -> list[str]:
    """The English words of ``text``: Latin words outside ``NOT_WORDS`` and ``ALLOWED``."""
    bare = NOT_WORDS.sub(" ", text)
    return [word for word in LATIN_WORD.findall(bare) if word.strip("'’") not in ALLOWED]
