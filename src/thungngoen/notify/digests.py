"""Digests: a person's week or month in one message, its sections declared by the areas.

An area lists its sections in ``Area.digest`` (a tuple of ``DigestSection``): the wallet
says the balance and what changed, the communication area the news that reached the
person, the circulation area the network's figures; the areas that come next add theirs
without touching the digest. A section declares the lines it can say — ``str.format``
templates in Thai and English over typed values, like a ``NotificationKind`` — and
gathers what it has to say for a batch of people at once (one set-based query per
section for hundreds of people, not one per person). What is stored are the lines said
with their raw values (satang, ISO days and moments), rendered in the reader's language
when read.

A digest says something only if a section that stands alone has something to say: the
network's figures alone (``standalone=False``) are not worth a message.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection

from thungngoen import areas
from thungngoen.notify import errors
from thungngoen.notify.kinds import (
    _PYTHON_TYPES,
    MAX_TEXT,
    Language,
    ValueType,
    _fields,
    _shown,
)

Content = dict[str, list[list[Any]]]
"""What is stored: section code → the lines said, each ``[line code, raw values]``."""


@dataclass(frozen=True, slots=True)
class Line:
    """One thing a section can say."""

    code: str
    values: Mapping[str, ValueType]
    th: str
    en: str
    link: str = ""
    """Where it leads in the app (a template over the values too)."""

    def __post_init__(self) -> None:
        for template in (self.th, self.en, self.link):
            unknown = _fields(template) - set(self.values)
            if unknown:
                raise errors.UnknownTemplateValue(
                    f"digest line {self.code}: the template names {sorted(unknown)}"
                )


@dataclass(frozen=True, slots=True)
class Said:
    """A line said, with its values (raw: satang, ISO days)."""

    line: str
    values: dict[str, object]


Gather = Callable[[Connection, Sequence[int], datetime, datetime], Mapping[int, Sequence[Said]]]
"""``(connection, user ids, since, until)`` → what the section says to each of them
about ``since``…``until``; a person missing (or with nothing) has nothing to be told."""


@dataclass(frozen=True)
class DigestSection:
    code: str
    """``<area>.<what>``, stable: stored with every digest."""
    position: int
    """Orders the sections of all areas (money first, figures last)."""
    th: str
    """The section's heading in Thai."""
    en: str
    lines: tuple[Line, ...]
    gather: Gather
    standalone: bool = True
    """Whether this section alone makes a digest worth sending."""
    _lines: dict[str, Line] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lines", {line.code: line for line in self.lines})

    def check(self, said: Said) -> list[Any]:
        """The stored form of ``said``, its values checked against the line's."""
        line = self._lines.get(said.line)
        if line is None:
            raise errors.UnknownTemplateValue(f"{self.code} has no line {said.line}")
        if set(said.values) != set(line.values):
            raise errors.UnknownTemplateValue(
                f"{self.code}.{line.code} takes {sorted(line.values)}"
            )
        for name, kind in line.values.items():
            value = said.values[name]
            if type(value) is not _PYTHON_TYPES[kind]:
                raise errors.UnknownTemplateValue(f"{self.code}.{line.code}: {name} is {kind}")
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise errors.UnknownTemplateValue(f"{self.code}.{line.code}: {name} is too long")
        return [said.line, said.values]

    def render(self, said: Sequence[list[Any]], language: Language) -> "Shown":
        rendered = []
        for code, values in said:
            line = self._lines.get(code)
            if line is None:  # a line since withdrawn: stored digests still open
                continue
            shown = {name: _shown(line.values[name], values[name], language) for name in values}
            text = (line.th if language == "th" else line.en).format(**shown)
            rendered.append(ShownLine(text, line.link.format(**values)))
        heading = self.th if language == "th" else self.en
        return Shown(self.code, heading, tuple(rendered))


@dataclass(frozen=True, slots=True)
class ShownLine:
    text: str
    link: str


@dataclass(frozen=True, slots=True)
class Shown:
    """A section as a reader sees it, in their language."""

    code: str
    title: str
    lines: tuple[ShownLine, ...]


@cache
def all_sections() -> tuple[DigestSection, ...]:
    found: dict[str, DigestSection] = {}
    for part in (area.digest for area in areas.AREAS if area.digest):
        for section in areas.load(part):
            if section.code in found:
                raise errors.UnknownKind(f"two digest sections are called {section.code}")
            found[section.code] = section
    return tuple(sorted(found.values(), key=lambda section: section.position))


def gather_digest(
    connection: Connection,
    user_ids: Sequence[int],
    since: datetime,
    until: datetime,
    sections: Sequence[DigestSection] | None = None,
) -> dict[int, Content]:
    """What every section says to each of ``user_ids``; only the people with something
    to be told (a standalone section said something) are in the answer."""
    contents: dict[int, Content] = {user_id: {} for user_id in user_ids}
    for section in all_sections() if sections is None else sections:
        for user_id, said in section.gather(connection, user_ids, since, until).items():
            if said and user_id in contents:
                contents[user_id][section.code] = [section.check(each) for each in said]
    standalone = {section.code for section in all_sections() if section.standalone}
    return {user_id: found for user_id, found in contents.items() if standalone & set(found)}


def render_digest(content: Content, language: Language) -> list[Shown]:
    """The sections of a stored digest in the reader's language, in their order."""
    return [
        section.render(content[section.code], language)
        for section in all_sections()
        if section.code in content
    ]
