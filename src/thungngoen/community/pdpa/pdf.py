"""The access copy as a Thai PDF: WeasyPrint with the vendored Sarabun font (the savings
documents' ``pdf.css``, read as a file), labels in Thai and English, dates in the
Buddhist Era. Syllables ending in SARA AM are set apart as the savings documents do, so
the PDF's text copies back as written (see ``savings/pages/documents.py``)."""

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from weasyprint import HTML

from thungngoen.web.templating import templates

PACKAGE = Path(__file__).resolve().parents[2]
CSS = (PACKAGE / "savings" / "static" / "pdf.css").as_uri()
SARA_AM = re.compile("[\u0e01-\u0e2e]([\u0e48-\u0e4b]?)\u0e33")
TONES = "\u0e48\u0e49\u0e4a\u0e4b"
TEXT = re.compile(">([^<]+)<")


def thai_date(value: str | None) -> str:
    """An ISO date or moment of the copy, in the Buddhist Era: ``1/3/2493``."""
    if not value:
        return "-"
    moment = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    text = f"{moment.day}/{moment.month}/{moment.year + 543}"
    return f"{text} {moment:%H:%M}" if isinstance(moment, datetime) else text


def _am(match: re.Match[str]) -> str:
    tone = TONES.index(match[1]) + 1 if match[1] else 0
    return f'<span class="am{tone}">{match[0]}</span>'


def copy_pdf(copy: dict[str, Any]) -> bytes:
    page = templates.env.get_template("community/pdpa/access_copy.html").render(
        copy=copy, css=CSS, thai_date=thai_date
    )
    head, body = page.split("<body", 1)
    spelled = head + "<body" + TEXT.sub(lambda m: f">{SARA_AM.sub(_am, m[1])}<", body)
    document: bytes = HTML(string=spelled, base_url=CSS).write_pdf()
    return document
