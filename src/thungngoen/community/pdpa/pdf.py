"""The access copy as a Thai PDF (``web.pdf.thai_pdf``: the shared Sarabun font, text that
copies back as written) on the savings documents' A4 page (their ``pdf.css``, read as a
file), labels in Thai and English, dates in the Buddhist Era."""

from datetime import date, datetime
from pathlib import Path
from typing import Any

from thungngoen.web.pdf import thai_pdf
from thungngoen.web.templating import templates

PACKAGE = Path(__file__).resolve().parents[2]
CSS = (PACKAGE / "savings" / "static" / "pdf.css").as_uri()


def thai_date(value: str | None) -> str:
    """An ISO date or moment of the copy, in the Buddhist Era: ``1/3/2493``."""
    if not value:
        return "-"
    moment = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    text = f"{moment.day}/{moment.month}/{moment.year + 543}"
    return f"{text} {moment:%H:%M}" if isinstance(moment, datetime) else text


def copy_pdf(copy: dict[str, Any]) -> bytes:
    page = templates.env.get_template("community/pdpa/access_copy.html").render(
        copy=copy, css=CSS, thai_date=thai_date
    )
    return thai_pdf(page, CSS)
