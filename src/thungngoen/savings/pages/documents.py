"""The group's documents (passbook and statement, monthly report, receipts) as a page and
as a real PDF, from the same template: WeasyPrint lays the page out with the vendored
Sarabun font (``static/pdf.css``). Amounts are in figures and in Thai words, dates in the
Buddhist Era, and each document ends with its signature lines."""

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pythainlp.util import bahttext, thai_strftime

from thungngoen.savings.texts import KIND_LABELS
from thungngoen.web.i18n import language_of, translator
from thungngoen.web.pdf import thai_pdf
from thungngoen.web.templating import render, templates

STATIC = Path(__file__).resolve().parent.parent / "static"


def in_words(satang: int) -> str:
    """``500000`` → ``ห้าพันบาทถ้วน`` (the amount in Thai words, as on a cheque)."""
    return str(bahttext(satang / 100))


def long_date(day: date, language: str) -> str:
    """``21 พฤศจิกายน 2569`` in Thai (Buddhist Era), ``21 November 2026`` in English."""
    moment = datetime(day.year, day.month, day.day)
    if language == "th":
        return str(thai_strftime(moment, "%-d %B %Y"))
    return f"{day.day} {moment:%B %Y}"


def _context(request: Request, context: dict[str, Any]) -> dict[str, Any]:
    language = language_of(request)
    return {
        "in_words": in_words,
        "long_date": lambda day: long_date(day, language),
        "kind_labels": KIND_LABELS,
        **context,
    }


def document_page(
    request: Request, template: str, context: dict[str, Any], pdf_path: str
) -> Response:
    """The document as a page of the site, with its PDF and print buttons."""
    return render(request, template, _context(request, {**context, "pdf_path": pdf_path}))


async def document_pdf(
    request: Request, body: str, context: dict[str, Any], filename: str, title: str
) -> Response:
    """The document's body template (``savings/documents/_….html``) as a PDF file."""
    language = language_of(request)
    page = templates.env.get_template("savings/documents/pdf.html").render(
        _context(
            request,
            {**context, "lang": language, "_": translator(language), "body": body, "title": title},
        )
    )
    pdf = await run_in_threadpool(_pdf, page)
    disposition = f'inline; filename="{filename}"'
    return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": disposition})


def _pdf(page: str) -> bytes:
    return thai_pdf(page, f"{STATIC.as_uri()}/")
