"""Synthetic Thai-looking names for the province-size data: given names and family
names built from common syllables, so that a million and a half persons do not share a
few hundred names (the registry's 40 × 30 would make every full name 1,250 people)."""

from itertools import product

from thungngoen.registry.names import FAMILY_NAMES, GIVEN_NAMES

_GIVEN_HEADS = (
    "สม", "ประ", "วิ", "สุ", "บุญ", "ทอง", "ศรี", "กิตติ", "ณัฐ", "ธน", "อรุณ", "จันทร์",
    "พร", "รัตน", "แก้ว", "ชัย", "นิ", "อำ", "มณี", "ปิย",
)  # fmt: skip
_GIVEN_TAILS = (
    "ชาย", "ศักดิ์", "พร", "หญิง", "ชัย", "เดช", "ใจ", "ทิพย์", "วรรณ", "ดา", "นี", "พล",
    "ภพ", "รัตน์", "ศรี", "มาศ",
)  # fmt: skip
_FAMILY_HEADS = (
    "ทอง", "ศรี", "แก้ว", "บุญ", "สุข", "จันทร์", "เพชร", "นิล", "มณี", "อินทร์", "ชุม",
    "บัว", "แสง", "ขุน", "ทิพย์", "สุวรรณ", "รัตน", "เรือง", "หนู", "ด้วง",
)  # fmt: skip
_FAMILY_MIDDLES = ("สุข", "มณี", "ทอง", "แก้ว", "ศรี", "จันทร์", "เพ็ญ", "ประ", "วง", "ชัย")
_FAMILY_TAILS = (
    "ดี", "รัตน์", "วงศ์", "สกุล", "ศักดิ์", "พันธ์", "เจริญ", "ชัย", "ทอง", "สุข", "หอม",
    "โชติ", "เมือง", "ถิ่น", "กุล", "ช่วย", "นุ่น", "แก้ว", "มาศ", "พงษ์",
)  # fmt: skip

GIVEN: tuple[str, ...] = tuple(
    dict.fromkeys(GIVEN_NAMES + tuple(a + b for a, b in product(_GIVEN_HEADS, _GIVEN_TAILS)))
)
"""About 360 given names."""
FAMILY: tuple[str, ...] = tuple(
    dict.fromkeys(
        FAMILY_NAMES
        + tuple(a + b + c for a, b, c in product(_FAMILY_HEADS, _FAMILY_MIDDLES, _FAMILY_TAILS))
    )
)
"""About 4,000 family names: a full name is shared by about one person in a million."""
