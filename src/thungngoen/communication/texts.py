"""Thai texts of the communication area (English source string → Thai): the inbox; and of
its rejection codes (the notification core's codes are with the core's, in
``web/error_messages.py``)."""

THAI: dict[str, str] = {
    "Messages from the platform: money that moved, your account's safety, your groups.": (
        "ข้อความจากระบบ: เงินที่เข้าออก ความปลอดภัยของบัญชี และกลุ่มของคุณ"
    ),
    "No messages yet.": "ยังไม่มีข้อความ",
    "Mark all as read": "อ่านทั้งหมดแล้ว",
    "New": "ใหม่",
    "Read": "อ่าน",
    "Older messages": "ข้อความก่อนหน้า",
}

THAI_BY_CODE: dict[str, str] = {"unknown_person": "ไม่พบผู้ใช้ที่มีหมายเลขโทรศัพท์นี้"}
