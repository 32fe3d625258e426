"""The framed top-up PNG: its QR reads back module by module as the payload's QR."""

import io

import segno
from PIL import Image

from thungngoen.topups.qr_image import BORDER, WIDTH, framed_qr_png, qr_box
from thungngoen.wallet.promptpay import promptpay_payload


def read_modules(png: bytes, payload: str) -> list[list[bool]]:
    """Sample the centre of each module where ``qr_box`` says the QR lies (dark = True)."""
    picture = Image.open(io.BytesIO(png)).convert("L")
    box = qr_box(payload)
    half = box.scale // 2

    def dark(row: int, col: int) -> bool:
        x, y = box.left + col * box.scale + half, box.top + row * box.scale + half
        grey = picture.getpixel((x, y))
        assert isinstance(grey, int)
        return grey < 128

    return [[dark(row, col) for col in range(box.modules)] for row in range(box.modules)]


def test_the_picture_holds_the_payloads_qr_in_a_thai_qr_payment_frame() -> None:
    payload = promptpay_payload("0800000000", 15_003, "TNABCD1234")
    png = framed_qr_png(payload, 15_003, "Thung Ngoen Songkhla", "TNABCD1234")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    picture = Image.open(io.BytesIO(png)).convert("RGB")
    assert picture.width == WIDTH
    assert picture.height > WIDTH
    assert picture.getpixel((5, 5)) == (17, 53, 102)  # the navy header band
    expected = [[bool(bit) for bit in row] for row in segno.make_qr(payload, error="m").matrix]
    assert read_modules(png, payload) == expected
    box = qr_box(payload)
    quiet = [(box.left - BORDER * box.scale + 1, box.top + box.scale * n) for n in range(5)]
    assert all(picture.getpixel(point) == (255, 255, 255) for point in quiet)


def test_another_payload_reads_back_differently() -> None:
    payload = promptpay_payload("0800000000", 15_003, "TNABCD1234")
    other = promptpay_payload("0800000000", 15_004, "TNABCD1234")
    png = framed_qr_png(other, 15_004, "Thung Ngoen Songkhla", "TNABCD1234")
    expected = [[bool(bit) for bit in row] for row in segno.make_qr(payload, error="m").matrix]
    assert read_modules(png, other) != expected
