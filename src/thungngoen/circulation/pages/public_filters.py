"""The public dashboard's filters, from the query string: an area and a program (by its
code). A filter that is not one gives an error next to its field."""

from dataclasses import dataclass, field

from thungngoen.circulation.areas import parse_area
from thungngoen.errors import DomainError
from thungngoen.wallet import Program, UnknownProgram
from thungngoen.web.error_messages import error_text


@dataclass(frozen=True, slots=True)
class PublicFilters:
    area: str = ""
    program: str = ""
    """The program's code as asked for (``''``: all coin)."""
    chosen: Program | None = None
    """The program of that code, once it is known to be one."""
    errors: dict[str, str] = field(default_factory=dict)
    """Field name → why it is refused, in the page's language."""

    def params(self, **changed: str) -> dict[str, str]:
        """The query parameters of these filters, with ``changed`` ones replaced."""
        return {"area": self.area, "program": self.program, **changed}

    @property
    def program_key(self) -> str | None:
        """What the public summary is asked for: the chosen program's id, so that a
        code made of digits cannot be read as another program's id."""
        return str(self.chosen.id) if self.chosen else None


def public_filters(
    area: str, program: str, programs: list[Program], language: str
) -> PublicFilters:
    """The filters asked for, each checked: an area of Songkhla, one of ``programs``."""
    area, program = area.strip()[:16], program.strip()[:40]
    errors: dict[str, str] = {}
    try:
        parse_area(area or None)
    except DomainError as error:
        errors["area"] = error_text(error, language)
    chosen = next((found for found in programs if found.code == program), None)
    if program and chosen is None:
        errors["program"] = error_text(UnknownProgram(f"no program {program!r}"), language)
    return PublicFilters(area, program, chosen, errors)
