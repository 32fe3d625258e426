"""The receipt card drawn as a PNG (decision 0034): the platform's green header, the amount
in figures and in Thai words, then each fact, in Sarabun, the font of the pages.

The vendored Sarabun comes as two subsets, Thai and Latin (digits, ``.``, ``−``), like the
browser loads it; each run of text is drawn in the subset that has its letters."""

import io
from functools import cache
from importlib.resources import files
from typing import Final

from PIL import Image, ImageDraw, ImageFont

from thungngoen.wallet.pages.member.receipt_card import PLATFORM, ReceiptCard

WIDTH: Final = 720
MARGIN: Final = 48
GREEN: Final = (11, 110, 79)
INK: Final = (29, 37, 33)
MUTED: Final = (84, 96, 90)
LINE: Final = (201, 210, 204)

Font = ImageFont.FreeTypeFont
Colour = str | tuple[int, int, int]


@cache
def _font(script: str, weight: int, size: int) -> Font:
    folder = files("thungngoen.web").joinpath("static/vendor/sarabun")
    path = folder.joinpath(f"sarabun-{script}-{weight}-normal.woff2")
    return ImageFont.truetype(str(path), size)


def _runs(text: str) -> list[tuple[str, str]]:
    """``"จ่าย 54.00"`` → ``[("thai", "จ่าย"), ("latin", " 54.00")]``."""
    runs: list[tuple[str, str]] = []
    for char in text:
        script = "thai" if "\u0e00" <= char <= "\u0e7f" else "latin"
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        else:
            runs.append((script, char))
    return runs


def _width(text: str, weight: int, size: int) -> float:
    return sum(_font(s, weight, size).getlength(run) for s, run in _runs(text))


def _wrapped(text: str, weight: int, size: int, room: int) -> list[str]:
    """The text in lines no wider than ``room``: broken at spaces, a long word at a letter
    that starts a cluster (never before a Thai vowel or tone mark)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if _width(trial, weight, size) <= room:
            line = trial
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            joins = "\u0e31" <= char <= "\u0e3a" or "\u0e47" <= char <= "\u0e4e" or char == "\u0e33"
            if line and not joins and _width(line + char, weight, size) > room:
                lines.append(line)
                line = ""
            line += char
    return [*lines, line] if line else lines


class _Pen:
    """Writes lines down the card, each run in its font, and knows how far it got."""

    def __init__(self, draw: ImageDraw.ImageDraw | None) -> None:
        self.draw = draw
        self.y = 0

    def write(
        self,
        text: str,
        size: int,
        *,
        weight: int = 400,
        fill: Colour = INK,
        centred: bool = False,
        gap: int = 8,
    ) -> None:
        for line in _wrapped(text, weight, size, WIDTH - 2 * MARGIN):
            x = (WIDTH - _width(line, weight, size)) / 2 if centred else MARGIN
            for script, run in _runs(line):
                font = _font(script, weight, size)
                if self.draw is not None:
                    self.draw.text((x, self.y), run, font=font, fill=fill)
                x += font.getlength(run)
            self.y += round(size * 1.45)
        self.y += gap

    def rule(self) -> None:
        if self.draw is not None:
            self.draw.line((MARGIN, self.y, WIDTH - MARGIN, self.y), fill=LINE, width=2)
        self.y += 20


def _lay_out(card: ReceiptCard, pen: _Pen) -> None:
    pen.y = 26
    pen.write(PLATFORM, 40, weight=600, fill="white", centred=True, gap=0)
    pen.write(card.title, 28, fill="white", centred=True, gap=0)
    pen.y = 170
    pen.write(card.amount, 56, weight=600, centred=True, gap=0)
    pen.write(card.words, 26, fill=MUTED, centred=True, gap=16)
    pen.rule()
    for label, value in card.facts:
        pen.write(label, 22, fill=MUTED, gap=0)
        pen.write(value, 28, gap=14)
    pen.rule()


def receipt_png(card: ReceiptCard) -> bytes:
    measure = _Pen(None)
    _lay_out(card, measure)
    picture = Image.new("RGB", (WIDTH, measure.y + 24), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, WIDTH, 140), fill=GREEN)
    draw.rectangle((0, measure.y + 16, WIDTH, measure.y + 24), fill=GREEN)
    _lay_out(card, _Pen(draw))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
