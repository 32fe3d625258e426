"""Thai texts of the PDPA registers (decision 0049): rejection codes, labels, pages."""

THAI_BY_CODE: dict[str, str] = {
    "unknown_privacy_notice": "ไม่พบประกาศความเป็นส่วนตัวฉบับนี้",
    "invalid_privacy_notice": (
        "ประกาศความเป็นส่วนตัวไม่ถูกต้อง: ต้องมีฉบับ ข้อความไทยและอังกฤษ และวันที่มีผลไม่ย้อนหลัง"
    ),
    "duplicate_privacy_notice": "มีประกาศความเป็นส่วนตัวฉบับนี้แล้ว ฉบับที่เผยแพร่แล้วแก้ไขไม่ได้",
    "unknown_subject_request": "ไม่พบคำขอของเจ้าของข้อมูลรายการนี้",
    "invalid_subject_request": "คำขอไม่ถูกต้อง: ตรวจประเภท ขั้นตอน และเหตุผลเมื่อปฏิเสธ",
    "subject_request_closed": "คำขอนี้ดำเนินการเสร็จหรือถูกปฏิเสธแล้ว เปลี่ยนอีกไม่ได้",
    "person_erased": "ข้อมูลบุคคลนี้ถูกลบตามคำขอแล้ว",
    "unknown_breach": "ไม่พบเหตุละเมิดข้อมูลรายการนี้",
    "invalid_breach": ("ข้อมูลเหตุละเมิดไม่ถูกต้อง: ตรวจระดับความเสี่ยง จำนวนผู้ได้รับผลกระทบ และเวลา"),
}
