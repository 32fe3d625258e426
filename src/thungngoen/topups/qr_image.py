"""The top-up QR as a PNG framed like a Thai QR Payment slip: a navy band saying
"THAI QR PAYMENT", "PromptPay" under it, the QR, then the amount, the payee and the
reference. A PNG (unlike inline SVG) can be saved by a long press, downloaded and shared.

The text is Latin only: Pillow's bundled font has no Thai glyphs and the server may have
no Thai font, so the picture never depends on one.
"""

import io
from dataclasses import dataclass
from typing import Final

import segno
from PIL import Image, ImageDraw, ImageFont

from thungngoen.money import format_satang

WIDTH: Final = 480
QR_TOP: Final = 124
QR_SPACE: Final = 400  # the QR, quiet zone included, fits in this square
BORDER: Final = 4  # quiet-zone modules around the QR
NAVY: Final = (17, 53, 102)
INK: Final = (25, 25, 25)


@dataclass(frozen=True, slots=True)
class QrBox:
    """Where the QR's modules lie in the picture: a test samples them to read it back."""

    left: int
    top: int
    scale: int  # pixels per module
    modules: int  # per side, without the quiet zone


def qr_box(payload: str) -> QrBox:
    symbol = _symbol(payload)
    side = int(symbol.symbol_size(scale=1, border=BORDER)[0])
    scale = QR_SPACE // side
    left = (WIDTH - side * scale) // 2 + BORDER * scale
    return QrBox(left, QR_TOP + BORDER * scale, scale, side - 2 * BORDER)


def framed_qr_png(payload: str, amount_satang: int, payee: str, reference: str) -> bytes:
    box = qr_box(payload)
    qr_side = (box.modules + 2 * BORDER) * box.scale
    height = QR_TOP + qr_side + 132
    picture = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, WIDTH, 64), fill=NAVY)
    _centred(draw, 32, "THAI QR PAYMENT", 28, "white")
    _centred(draw, 92, "PromptPay", 30, NAVY)
    picture.paste(_qr_image(payload, box.scale), ((WIDTH - qr_side) // 2, QR_TOP))
    below = QR_TOP + qr_side
    _centred(draw, below + 28, f"{format_satang(amount_satang)} THB", 32, INK)
    _centred(draw, below + 70, payee, 22, INK)
    _centred(draw, below + 104, f"Ref {reference}", 18, (90, 90, 90))
    draw.rectangle((0, height - 8, WIDTH, height), fill=NAVY)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _symbol(payload: str) -> segno.QRCode:
    # The same symbol as ``wallet.promptpay``: error level M, never a Micro QR.
    return segno.make_qr(payload, error="m", boost_error=False)


def _qr_image(payload: str, scale: int) -> Image.Image:
    out = io.BytesIO()
    _symbol(payload).save(out, kind="png", scale=scale, border=BORDER)
    out.seek(0)
    return Image.open(out).convert("RGB")


Colour = str | tuple[int, int, int]


def _centred(draw: ImageDraw.ImageDraw, y: int, text: str, size: int, fill: Colour) -> None:
    font = ImageFont.load_default(size=size)
    draw.text((WIDTH // 2, y), text, font=font, fill=fill, anchor="mm")
