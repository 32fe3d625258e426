"""An uploaded statement file as text, or why it is not one (English catalogue texts).

Banks export UTF-8 (with or without a byte-order mark, which the parser drops) or the
Thai Windows code page, cp874; anything holding NUL bytes is not a CSV export at all."""

NO_FILE = "Choose the bank statement CSV file."
NOT_TEXT = "This is not a CSV text file: export the statement from the bank as CSV."
ENCODINGS = ("utf-8", "cp874")


def decoded_statement(data: bytes) -> tuple[str | None, str]:
    """``(text, "")``, or ``(None, problem)``."""
    if not data.strip():
        return None, NO_FILE
    if b"\x00" in data:
        return None, NOT_TEXT
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), ""
        except UnicodeDecodeError:
            continue
    return None, NOT_TEXT
