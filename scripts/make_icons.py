"""Draw the PWA icons (a gold coin on green, like static/icons/icon.svg) as PNG files.

Pure standard library, so the icons can be regenerated anywhere:
``.venv/bin/python scripts/make_icons.py``.
"""

import struct
import zlib
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "src/thungngoen/web/static/icons"
GREEN = (0x0B, 0x6E, 0x4F)
GOLD = (0xF2, 0xC1, 0x4E)


def pixel(x: float, y: float) -> tuple[int, int, int]:
    """The colour at (x, y) on a 512-unit canvas."""
    distance = ((x - 256) ** 2 + (y - 256) ** 2) ** 0.5
    if distance <= 150 and not 104 <= distance <= 120:
        return GOLD
    return GREEN


def png(size: int) -> bytes:
    scale = 512 / size
    rows = b"".join(
        b"\x00" + bytes(c for x in range(size) for c in pixel(x * scale, y * scale))
        for y in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    for size in (192, 512):
        (ICONS / f"icon-{size}.png").write_bytes(png(size))
