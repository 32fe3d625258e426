"""A fake phone camera for Chromium: a Y4M video whose frames show a QR code, fed to
``getUserMedia`` with ``--use-file-for-fake-video-capture``, so a browser test scans a
real QR through the page's own JavaScript reader."""

from pathlib import Path

import segno

WIDTH, HEIGHT = 640, 480
FRAMES = 10


def _luma(text: str) -> bytes:
    """The QR, black on white, centred and scaled to fill most of the frame."""
    matrix = [list(row) for row in segno.make(text, error="m").matrix_iter(border=4)]
    modules = len(matrix)
    scale = min(8, (HEIGHT - 40) // modules)  # jsQR misses finder patterns drawn much larger
    left, top = (WIDTH - modules * scale) // 2, (HEIGHT - modules * scale) // 2
    plane = bytearray(b"\xeb" * (WIDTH * HEIGHT))
    for row_index, row in enumerate(matrix):
        for column_index, dark in enumerate(row):
            if not dark:
                continue
            for y in range(top + row_index * scale, top + (row_index + 1) * scale):
                start = y * WIDTH + left + column_index * scale
                plane[start : start + scale] = b"\x10" * scale
    return bytes(plane)


def write_qr_video(text: str, path: Path) -> Path:
    chroma = b"\x80" * ((WIDTH // 2) * (HEIGHT // 2))
    frame = b"FRAME\n" + _luma(text) + chroma + chroma
    header = f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F10:1 Ip A1:1 C420jpeg\n".encode()
    path.write_bytes(header + frame * FRAMES)
    return path


class Camera:
    def __init__(self, video: Path) -> None:
        self.video = video

    def chromium_args(self) -> list[str]:
        return [
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={self.video}",
        ]

    def show(self, text: str) -> None:
        write_qr_video(text, self.video)
