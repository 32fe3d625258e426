"""Synthetic Thai names for simulated people and shops, and their phone numbers.

Phone numbers come from blocks no demo login uses (097… members, 096… shop owners,
095… agents), so a simulation can share a database with ``thungngoen demo``.
"""

from random import Random

GIVEN_NAMES = (
    "สมชาย", "สมศักดิ์", "สมพร", "สมหญิง", "วิชัย", "ประเสริฐ", "สุนทร", "บุญมี",
    "มาลี", "จันทร์เพ็ญ", "อำไพ", "สุดารัตน์", "กาญจนา", "ปราณี", "วันดี", "นภา",
    "อนุชา", "ธนพล", "กิตติ", "ณัฐพล", "ศิริพร", "พรทิพย์", "รัตนา", "อรุณี",
    "ฮาซัน", "อับดุลเลาะ", "มะยูโซะ", "ซารีฟะห์", "นูรีดา", "รอฮานี", "ยะห์ยา", "ฟาตีมะห์",
    "ชัยวัฒน์", "เกศินี", "ปิยะ", "สายใจ", "บุญส่ง", "ทองใบ", "ละเอียด", "เจริญ",
)  # fmt: skip
FAMILY_NAMES = (
    "ใจดี", "รักถิ่น", "ทองคำ", "ศรีสุข", "แก้วมณี", "บุญเรือง", "สุวรรณรัตน์", "จันทร์หอม",
    "หมัดหลี", "สะอิ", "หลีเหม", "เส็นหละ", "ขุนทอง", "ณ สงขลา", "ชูช่วย", "แสงจันทร์",
    "เพชรรัตน์", "นิลสุวรรณ", "มณีโชติ", "อินทร์แก้ว", "ด้วงทอง", "ทิพย์มณี", "หนูนุ่น",
    "บัวทอง", "ชุมทอง", "ยีหมะ", "สาและ", "แวหะมะ", "สมบูรณ์", "ศรีเมือง",
)  # fmt: skip
MEMBER_PHONES = "097"
OWNER_PHONES = "096"
AGENT_PHONES = "095"


def person_name(rng: Random) -> str:
    return f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"


def phone(block: str, number: int) -> str:
    if not 0 <= number < 10_000_000:
        raise ValueError("a phone block holds ten million numbers")
    return f"{block}{number:07d}"
