"""PromptPay QR: the Thai QR Payment payload (EMVCo merchant-presented mode) and its image.

Every Thai banking app scans these. Data objects are ``tag + two-digit length + value``;
the field order follows the widely used generators (dtinth's ``promptpay-qr`` and its
Python port ``promptpay``) so that our payloads match theirs byte for byte: the EMVCo
spec only fixes tag 00 first and the CRC (tag 63) last.
"""

import io
import re
from typing import Final

import segno

from thungngoen.errors import DomainError

PROMPTPAY_AID: Final = "A000000677010111"
_MAX_AMOUNT_SATANG: Final = 10**12 - 1  # tag 54 holds at most 13 characters
_REFERENCE = re.compile(r"[0-9A-Za-z]{1,25}")


class InvalidPromptPayTarget(DomainError):
    code = "promptpay_target"


class InvalidPromptPayRequest(DomainError):
    code = "promptpay_request"


class InvalidEmvPayload(DomainError):
    code = "emv_payload"


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no xor-out."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise InvalidPromptPayRequest(f"EMV field {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def _target_field(target: str) -> str:
    """Sub-tag 01 mobile (``0066`` + 9 digits), 02 national or tax ID, 03 e-wallet ID."""
    digits = re.sub(r"[\s\-().]", "", target)
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isascii() or not digits.isdigit():
        raise InvalidPromptPayTarget(f"not a PromptPay ID: {target!r}")
    if len(digits) == 10 and digits.startswith("0"):
        return _tlv("01", "0066" + digits[1:])
    if len(digits) == 11 and digits.startswith("66"):
        return _tlv("01", "00" + digits)
    if len(digits) == 13:
        return _tlv("02", digits)
    if len(digits) == 15:
        return _tlv("03", digits)
    raise InvalidPromptPayTarget(
        f"a PromptPay ID is a mobile number, a 13-digit ID or a 15-digit e-wallet ID: {target!r}"
    )


def promptpay_payload(target: str, amount_satang: int | None, reference: str | None = None) -> str:
    """The text to put in the QR: static (no amount, payer types it) or dynamic (fixed amount).

    ``reference`` goes into the additional data (tag 62, sub-tag 05 "reference label").
    """
    if amount_satang is not None and not 0 < amount_satang <= _MAX_AMOUNT_SATANG:
        raise InvalidPromptPayRequest(f"the amount must be positive and fit: {amount_satang}")
    if reference is not None and not _REFERENCE.fullmatch(reference):
        raise InvalidPromptPayRequest("the reference must be 1 to 25 letters or digits")
    merchant = _tlv("00", PROMPTPAY_AID) + _target_field(target)
    fields = [
        _tlv("00", "01"),
        _tlv("01", "11" if amount_satang is None else "12"),
        _tlv("29", merchant),
        _tlv("58", "TH"),
        _tlv("53", "764"),
    ]
    if amount_satang is not None:
        baht, satang = divmod(amount_satang, 100)
        fields.append(_tlv("54", f"{baht}.{satang:02d}"))
    if reference is not None:
        fields.append(_tlv("62", _tlv("05", reference)))
    body = "".join(fields) + "6304"
    return body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"


def parse_tlv(data: str) -> dict[str, str]:
    """Split one level of EMV data objects into ``{tag: value}`` (no CRC check)."""
    fields: dict[str, str] = {}
    position = 0
    while position < len(data):
        header = data[position : position + 4]
        if len(header) < 4 or not header.isascii() or not header.isdigit():
            raise InvalidEmvPayload(f"bad EMV field header at offset {position}")
        tag, length = header[:2], int(header[2:])
        value = data[position + 4 : position + 4 + length]
        if len(value) != length:
            raise InvalidEmvPayload(f"EMV field {tag} is truncated")
        if tag in fields:
            raise InvalidEmvPayload(f"EMV field {tag} appears twice")
        fields[tag] = value
        position += 4 + length
    return fields


def parse_emv(payload: str) -> dict[str, str]:
    """Top-level fields of a payload, after checking that it ends in a matching CRC."""
    if len(payload) < 8 or payload[-8:-4] != "6304" or not payload.isascii():
        raise InvalidEmvPayload("the payload does not end with a CRC field")
    expected = f"{crc16_ccitt_false(payload[:-4].encode('ascii')):04X}"
    if payload[-4:].upper() != expected:
        raise InvalidEmvPayload("the payload's CRC does not match")
    fields = parse_tlv(payload)
    if list(fields)[-1] != "63":
        raise InvalidEmvPayload("the CRC field is not the last field")
    return fields


def _qr(payload: str) -> segno.QRCode:
    # Error level M is what banking apps print; never a Micro QR, which they cannot read.
    return segno.make_qr(payload, error="m", boost_error=False)


def qr_svg(payload: str) -> str:
    """A standalone SVG document of the QR code; it has a viewBox and no size, so it scales."""
    out = io.BytesIO()
    _qr(payload).save(out, kind="svg", xmldecl=False, omitsize=True)
    return out.getvalue().decode("utf-8")


def qr_png(payload: str, scale: int = 8) -> bytes:
    """A PNG image of the QR code, ``scale`` pixels per module, with the quiet zone."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    out = io.BytesIO()
    _qr(payload).save(out, kind="png", scale=scale)
    return out.getvalue()
