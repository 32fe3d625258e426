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
    "Stop these messages": "เลิกรับข้อความประเภทนี้",
    "Done: you will no longer get these messages on this channel. Receipts and security"
    " notices still reach you.": (
        "เรียบร้อยแล้ว คุณจะไม่ได้รับข้อความประเภทนี้ทางช่องทางนี้อีก"
        " แต่ยังได้รับใบเสร็จและการแจ้งเตือนด้านความปลอดภัยตามปกติ"
    ),
    "You will no longer get messages of this kind on this channel. Receipts and security"
    " notices still reach you.": (
        "คุณจะไม่ได้รับข้อความประเภทนี้ทางช่องทางนี้อีก แต่ยังได้รับใบเสร็จและการแจ้งเตือนด้านความปลอดภัยตามปกติ"
    ),
}

THAI_BY_CODE: dict[str, str] = {
    "unknown_person": "ไม่พบผู้ใช้ที่มีหมายเลขโทรศัพท์นี้",
    "unknown_channel": "ไม่มีช่องทางนี้ (อีเมล LINE หรือ SMS)",
    "unknown_category": "ไม่มีหมวดข้อความนี้",
    "unknown_language": "ข้อความมีภาษาไทย (th) หรือภาษาอังกฤษ (en)",
    "bad_address": "ที่อยู่นี้ใช้ไม่ได้ กรุณาตรวจสอบอีกครั้ง",
    "delivery_not_dead": "ส่งซ้ำได้เฉพาะข้อความที่ส่งไม่สำเร็จจนหมดความพยายามแล้ว",
}
