"""Thai PDFs from HTML pages: WeasyPrint lays a page out with the vendored Sarabun font
(``static/pdf-fonts.css``) and the page's own stylesheets (found from ``base_url``), and
its text copies back as it was written."""

import re
from pathlib import Path

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

FONTS = Path(__file__).resolve().parent / "static" / "pdf-fonts.css"
SARA_AM = re.compile("[\u0e01-\u0e2e]([\u0e48-\u0e4b]?)\u0e33")
"""A consonant, the tone mark over it if any, and SARA AM (ำ): one spoken syllable."""
TONES = "\u0e48\u0e49\u0e4a\u0e4b"
TEXT = re.compile(">([^<]+)<")


def thai_pdf(page: str, base_url: str) -> bytes:
    """The PDF of an HTML page (its body's text spelled by ``sara_am_spans``)."""
    head, body = page.split("<body", 1) if "<body" in page else ("", page)
    spelled = head + "<body" + TEXT.sub(lambda m: f">{sara_am_spans(m[1])}<", body)
    fonts = FontConfiguration()  # @font-face of a sheet given here loads only through one
    sheet = CSS(filename=str(FONTS), font_config=fonts)
    html = HTML(string=spelled, base_url=base_url)
    document: bytes = html.write_pdf(stylesheets=[sheet], font_config=fonts)
    return document


def sara_am_spans(text: str) -> str:
    """Each syllable ending in SARA AM (ำ) in a span of its own font family
    (``pdf-fonts.css``: the same Sarabun file under the names "Sarabun AM 0" … "4", one
    per tone mark).

    The shaper draws ำ as two glyphs, NIKHAHIT + SARA AA, and WeasyPrint's text layer maps
    each glyph of a PDF font to the text it first drew, so with one font an ำ makes every
    later า read back as ำ (ห้า → ห้ำ), and spelling ำ as ํ + า copies back as ``จํานวน``.
    WeasyPrint makes one PDF font per family name: in the AM families every SARA AA is part
    of an ำ (with the same tone mark before it), so each glyph there has one reading and
    ``pdftotext`` gives back the source text (U+0E33). It looks the same."""
    return SARA_AM.sub(
        lambda m: f'<span class="am{TONES.index(m[1]) + 1 if m[1] else 0}">{m[0]}</span>', text
    )
