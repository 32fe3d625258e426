"""PromptPay payloads against published vectors, the CRC, the TLV parser and the QR images."""

import binascii
import re
import struct

import pytest
import segno

from thungngoen.wallet.promptpay import (
    PROMPTPAY_AID,
    InvalidEmvPayload,
    InvalidPromptPayRequest,
    InvalidPromptPayTarget,
    crc16_ccitt_false,
    parse_emv,
    parse_tlv,
    promptpay_payload,
    qr_png,
    qr_svg,
)

# (target, amount in satang, payload) from the test suites of two open-source generators:
# dtinth/promptpay-qr (npm ``promptpay-qr``), index.test.js, and its Python port
# jojoee/promptpay (PyPI ``promptpay``), tests/test_qrcode_generate_payload.py.
PUBLISHED_VECTORS = [
    # promptpay-qr index.test.js
    ("0801234567", None, "00020101021129370016A000000677010111011300668012345675802TH530376463046197"),  # noqa: E501
    ("080-123-4567", None, "00020101021129370016A000000677010111011300668012345675802TH530376463046197"),  # noqa: E501
    ("+66-89-123-4567", None, "00020101021129370016A000000677010111011300668912345675802TH5303764630429C1"),  # noqa: E501
    ("1111111111111", None, "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A"),  # noqa: E501
    ("1-1111-11111-11-1", None, "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A"),  # noqa: E501
    ("0123456789012", None, "00020101021129370016A000000677010111021301234567890125802TH530376463040CBD"),  # noqa: E501
    ("000-000-0000", 422, "00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469"),  # noqa: E501
    # jojoee/promptpay tests/test_qrcode_generate_payload.py
    ("0000000000", 10000, "00020101021229370016A000000677010111011300660000000005802TH53037645406100.0063043B7D"),  # noqa: E501
    ("0801234567", 45625, "00020101021229370016A000000677010111011300668012345675802TH53037645406456.256304483D"),  # noqa: E501
    ("0819837638", 547652150, "00020101021229370016A000000677010111011300668198376385802TH530376454105476521.506304EA3B"),  # noqa: E501
    ("1234567890123", 2300, "00020101021229370016A000000677010111021312345678901235802TH5303764540523.006304C4F2"),  # noqa: E501
    ("012345678901234", None, "00020101021129390016A00000067701011103150123456789012345802TH530376463049781"),  # noqa: E501
    ("004999000288505", 151575, "00020101021229390016A00000067701011103150049990002885055802TH530376454071515.756304522C"),  # noqa: E501
]  # fmt: skip


def test_crc_check_value() -> None:
    """The catalogued check value of CRC-16/CCITT-FALSE."""
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    assert crc16_ccitt_false(b"") == 0xFFFF


def test_crc_agrees_with_the_standard_library() -> None:
    """``binascii.crc_hqx`` with initial value 0xFFFF is the same CRC, computed independently."""
    for data in [b"A", b"6304", b"00020101021129370016" * 7, bytes(range(256))]:
        assert crc16_ccitt_false(data) == binascii.crc_hqx(data, 0xFFFF)


@pytest.mark.parametrize(("target", "amount", "expected"), PUBLISHED_VECTORS)
def test_matches_published_vectors(target: str, amount: int | None, expected: str) -> None:
    """Byte-for-byte equal to dtinth/promptpay-qr (index.test.js) and jojoee/promptpay."""
    assert promptpay_payload(target, amount) == expected


def test_mobile_0812345678_static() -> None:
    """The body dtinth/promptpay-qr produces for 0812345678; its CRC computed here two ways."""
    body = "00020101021129370016A000000677010111011300668123456785802TH53037646304"
    assert binascii.crc_hqx(body.encode(), 0xFFFF) == 0x5D82
    assert promptpay_payload("0812345678", None) == body + "5D82"
    assert promptpay_payload("081 234 5678", None) == body + "5D82"
    assert promptpay_payload("66812345678", None) == body + "5D82"


def test_fields_of_a_dynamic_payload_with_reference() -> None:
    payload = promptpay_payload("0812345678", 8500, reference="TN1234ABCD")
    fields = parse_emv(payload)
    assert list(fields) == ["00", "01", "29", "58", "53", "54", "62", "63"]
    assert fields["00"] == "01"
    assert fields["01"] == "12"
    assert fields["53"] == "764"
    assert fields["54"] == "85.00"
    assert fields["58"] == "TH"
    assert parse_tlv(fields["29"]) == {"00": PROMPTPAY_AID, "01": "0066812345678"}
    assert parse_tlv(fields["62"]) == {"05": "TN1234ABCD"}
    assert re.fullmatch(r"[0-9A-F]{4}", fields["63"])


@pytest.mark.parametrize(
    ("satang", "text"), [(1, "0.01"), (99, "0.99"), (100, "1.00"), (123450, "1234.50")]
)
def test_amount_formatting(satang: int, text: str) -> None:
    assert parse_emv(promptpay_payload("0812345678", satang))["54"] == text


def test_static_payload_has_no_amount_or_additional_data() -> None:
    fields = parse_emv(promptpay_payload("0812345678", None))
    assert fields["01"] == "11"
    assert "54" not in fields
    assert "62" not in fields


@pytest.mark.parametrize(
    "target", ["", "12345", "08123456789", "081234567", "ABCDEFGHIJ", "๐๘๑๒๓๔๕๖๗๘", "1" * 14]
)
def test_bad_targets_are_refused(target: str) -> None:
    with pytest.raises(InvalidPromptPayTarget) as caught:
        promptpay_payload(target, None)
    assert caught.value.code == "promptpay_target"


@pytest.mark.parametrize("amount", [0, -100, 10**12])
def test_bad_amounts_are_refused(amount: int) -> None:
    with pytest.raises(InvalidPromptPayRequest):
        promptpay_payload("0812345678", amount)


def test_largest_amount_fits_in_thirteen_characters() -> None:
    assert parse_emv(promptpay_payload("0812345678", 10**12 - 1))["54"] == "9999999999.99"


@pytest.mark.parametrize("reference", ["", "A" * 26, "TN-1234", "ถุงเงิน", "TN 12"])
def test_bad_references_are_refused(reference: str) -> None:
    with pytest.raises(InvalidPromptPayRequest):
        promptpay_payload("0812345678", 100, reference=reference)


def test_parse_emv_rejects_any_changed_character() -> None:
    payload = promptpay_payload("0812345678", 8500, reference="TN1234ABCD")
    for index, char in enumerate(payload[:-4]):
        changed = payload[:index] + ("1" if char != "1" else "2") + payload[index + 1 :]
        with pytest.raises(InvalidEmvPayload):
            parse_emv(changed)


@pytest.mark.parametrize("payload", ["", "6304", "000201", "00020101021163040000", "x" * 20])
def test_parse_emv_rejects_garbage(payload: str) -> None:
    with pytest.raises(InvalidEmvPayload) as caught:
        parse_emv(payload)
    assert caught.value.code == "emv_payload"


def test_parse_emv_rejects_a_crc_that_is_not_a_field_of_its_own() -> None:
    """``...6304`` at the end must be the CRC field itself, not the tail of another value."""
    body = "000201" + "6208" + "05046304"
    payload = body + f"{crc16_ccitt_false(body.encode()):04X}"
    with pytest.raises(InvalidEmvPayload):
        parse_emv(payload)


def test_parse_emv_accepts_lowercase_crc() -> None:
    payload = promptpay_payload("0812345678", None)
    assert parse_emv(payload[:-4] + payload[-4:].lower())["58"] == "TH"


@pytest.mark.parametrize("data", ["00", "0005ABC", "0002AB0002CD", "AB02XY"])
def test_parse_tlv_rejects_malformed_data(data: str) -> None:
    with pytest.raises(InvalidEmvPayload):
        parse_tlv(data)


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_qr_symbol_is_a_regular_qr_at_level_m_in_alphanumeric_mode() -> None:
    """Segno cannot decode, so check what it encoded: mode, error level, version capacity."""
    payload = promptpay_payload("0812345678", 8500, reference="TN1234ABCD")
    qr = segno.make_qr(payload, error="m", boost_error=False)
    assert not qr.is_micro
    assert qr.error == "M"
    # Upper-case letters, digits and "." only, so the compact alphanumeric mode is used.
    assert qr.mode == "alphanumeric"
    assert isinstance(qr.version, int)
    # Alphanumeric capacity at level M: version 4 holds 90 characters, version 5 holds 122.
    assert len(payload) == 101
    assert qr.version == 5
    assert qr.symbol_size(border=0) == (37, 37)


def test_qr_png() -> None:
    payload = promptpay_payload("0812345678", None)
    png = qr_png(payload, scale=3)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert png.endswith(b"IEND\xaeB`\x82")
    modules = segno.make_qr(payload, error="m").symbol_size()[0]  # includes the quiet zone
    assert _png_size(png) == (modules * 3, modules * 3)
    assert _png_size(qr_png(payload)) == (modules * 8, modules * 8)
    assert qr_png(payload, scale=3) == png  # deterministic
    with pytest.raises(ValueError, match="scale"):
        qr_png(payload, scale=0)


def test_qr_svg() -> None:
    payload = promptpay_payload("0812345678", None)
    svg = qr_svg(payload)
    assert svg.startswith("<svg ")
    assert svg.rstrip().endswith("</svg>")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg
    modules = segno.make_qr(payload, error="m").symbol_size()[0]
    assert f'viewBox="0 0 {modules} {modules}"' in svg
    assert "width=" not in svg.split(">", 1)[0]  # scales to its container
