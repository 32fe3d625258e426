"""Thai of the survey rounds, questionnaires and deprivation (decision 0045)."""

DIMENSION_NAMES = {
    "income": "Income dimension",
    "living": "Living conditions dimension",
    "health": "Health dimension",
    "education": "Education dimension",
    "services": "Access to public services dimension",
}
DEPRIVED_LABELS = {
    "income": "Deprived in income",
    "living": "Deprived in living conditions",
    "health": "Deprived in health",
    "education": "Deprived in education",
    "services": "Deprived in access to public services",
}
STATUS_LABELS = {"planned": "Planned round", "open": "Open round", "closed": "Closed round"}
KIND_LABELS = {
    "text": "Text answer",
    "number": "Number answer",
    "date": "Date answer",
    "yes_no": "Yes or no answer",
    "one_choice": "One choice",
    "choices": "Several choices",
}

THAI: dict[str, str] = {
    "Income dimension": "มิติรายได้",
    "Living conditions dimension": "มิติความเป็นอยู่",
    "Health dimension": "มิติสุขภาพ",
    "Education dimension": "มิติการศึกษา",
    "Access to public services dimension": "มิติการเข้าถึงบริการรัฐ",
    "Deprived in income": "ขัดสนด้านรายได้",
    "Deprived in living conditions": "ขัดสนด้านความเป็นอยู่",
    "Deprived in health": "ขัดสนด้านสุขภาพ",
    "Deprived in education": "ขัดสนด้านการศึกษา",
    "Deprived in access to public services": "ขัดสนด้านการเข้าถึงบริการรัฐ",
    "Deprivation in the latest survey round": "ความขัดสนจากรอบสำรวจล่าสุด",
    "Latest survey round": "รอบสำรวจล่าสุด",
    "Households surveyed": "ครัวเรือนที่สำรวจแล้ว",
    "Deprived in at least one dimension": "ขัดสนอย่างน้อยหนึ่งมิติ",
    "Planned round": "วางแผนไว้",
    "Open round": "เปิดเก็บข้อมูล",
    "Closed round": "ปิดรอบแล้ว",
    "Text answer": "ข้อความ",
    "Number answer": "ตัวเลข",
    "Date answer": "วันที่",
    "Yes or no answer": "ใช่หรือไม่ใช่",
    "One choice": "เลือกหนึ่งข้อ",
    "Several choices": "เลือกได้หลายข้อ",
}
