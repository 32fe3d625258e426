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
    "Notification settings": "ตั้งค่าการแจ้งเตือน",
    "Receipts and security notices always reach you, in the app and on every channel you"
    " give.": "ใบเสร็จและการแจ้งเตือนด้านความปลอดภัยจะส่งถึงคุณเสมอ ทั้งในแอปและทุกช่องทางที่คุณให้ไว้",
    "Language of messages": "ภาษาของข้อความ",
    "Quiet hours: nothing that can wait between 21:00 and 08:00": (
        "ช่วงเวลาพัก: ไม่ส่งข้อความที่รอได้ระหว่าง 21:00 ถึง 08:00 น."
    ),
    "Phone for SMS": "หมายเลขโทรศัพท์สำหรับ SMS",
    "Your choices are saved.": "บันทึกการตั้งค่าแล้ว",
    "Money in and out": "เงินเข้าออก",
    "My account": "บัญชีของฉัน",
    "Security": "ความปลอดภัย",
    "Email": "อีเมล",
    "Save": "บันทึก",
    "Events": "กิจกรรม",
    "Network news": "ข่าวสารเครือข่าย",
    "Message deliveries": "การส่งข้อความ",
    "Every notification on every channel: queued, being sent, handed to the channel,"
    " delivered where the channel reports it, or failed after its last try.": (
        "การแจ้งเตือนทุกรายการในทุกช่องทาง: รอส่ง กำลังส่ง ส่งถึงช่องทางแล้ว"
        " ถึงผู้รับแล้ว (เมื่อช่องทางแจ้งกลับ) หรือส่งไม่สำเร็จหลังพยายามครบแล้ว"
    ),
    "Queued": "รอส่ง",
    "Being sent": "กำลังส่ง",
    "Handed to the channel": "ส่งถึงช่องทางแล้ว",
    "Delivered": "ถึงผู้รับแล้ว",
    "Read in the app": "อ่านในแอปแล้ว",
    "All": "ทั้งหมด",
    "Failed": "ส่งไม่สำเร็จ",
    "Tries": "จำนวนครั้งที่พยายาม",
    "Due": "กำหนดส่ง",
    "Send again": "ส่งอีกครั้ง",
    "Queued again.": "จัดคิวส่งใหม่แล้ว",
    "Nothing has been sent on a channel yet.": "ยังไม่มีการส่งข้อความทางช่องทางใด",
    "Send this code as a message to the network's LINE Official Account within 15 minutes:": (
        "ส่งรหัสนี้เป็นข้อความถึงบัญชี LINE ทางการของเครือข่ายภายใน 15 นาที:"
    ),
    "Your LINE is linked: notices also come there.": "เชื่อม LINE แล้ว การแจ้งเตือนจะส่งไปที่ LINE ด้วย",
    "Get notices in LINE: take a code here and send it to the network's LINE Official Account.": (
        "รับการแจ้งเตือนทาง LINE: ขอรหัสที่นี่แล้วส่งถึงบัญชี LINE ทางการของเครือข่าย"
    ),
    "Get a code to link LINE": "ขอรหัสเชื่อม LINE",
    "Announcements": "ประกาศ",
    "New announcement": "ประกาศใหม่",
    "Title in Thai": "หัวเรื่องภาษาไทย",
    "Text in Thai": "ข้อความภาษาไทย",
    "Title in English": "หัวเรื่องภาษาอังกฤษ",
    "Text in English": "ข้อความภาษาอังกฤษ",
    "Who receives it": "ผู้รับ",
    "Sub-district code or group number, when the audience asks for one": (
        "รหัสตำบลหรือเลขที่กลุ่ม เมื่อกลุ่มผู้รับต้องระบุ"
    ),
    "Send at (Thai time; empty: once approved)": "เวลาส่ง (เวลาประเทศไทย เว้นว่าง: ส่งเมื่ออนุมัติ)",
    "Save as draft": "บันทึกฉบับร่าง",
    "{people} people will receive it": "ผู้รับ {people} คน",
    "Written": "ประกาศที่เขียนไว้",
    "No announcements yet.": "ยังไม่มีประกาศ",
    "Draft": "ฉบับร่าง",
    "Sent out": "ส่งแล้ว",
    "Everyone": "ทุกคน",
    "All members": "สมาชิกทุกคน",
    "All shops": "ร้านค้าทุกร้าน",
    "All agents": "ตัวแทนทุกคน",
    "Members in a sub-district": "สมาชิกในตำบล",
    "Sub-district code": "รหัสตำบล",
    "Members of a savings group": "สมาชิกกลุ่มออมทรัพย์",
    "Group number": "เลขที่กลุ่ม",
    "Give the day and time to send, or leave it empty to send once approved.": (
        "กรุณาระบุวันและเวลาที่จะส่ง หรือเว้นว่างไว้เพื่อส่งทันทีเมื่ออนุมัติ"
    ),
    "Draft saved: approve it to send.": "บันทึกฉบับร่างแล้ว อนุมัติเพื่อส่ง",
    "Approved: it goes at its time.": "อนุมัติแล้ว ประกาศจะส่งตามเวลาที่กำหนด",
    "Announcement cancelled.": "ยกเลิกประกาศแล้ว",
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
    "Notifications on this device": "รับการแจ้งเตือนบนเครื่องนี้",
    "This browser cannot show notifications from the app.": "เบราว์เซอร์นี้แสดงการแจ้งเตือนจากแอปไม่ได้",
    "Notifications are blocked for this site: allow them in the browser settings.": (
        "การแจ้งเตือนของเว็บนี้ถูกปิดกั้นอยู่ กรุณาอนุญาตในการตั้งค่าเบราว์เซอร์"
    ),
    "The browser could not turn notifications on. Try again later.": (
        "เบราว์เซอร์เปิดการแจ้งเตือนไม่สำเร็จ กรุณาลองใหม่ภายหลัง"
    ),
    "This server does not send notifications to devices.": "ระบบนี้ไม่ได้เปิดการแจ้งเตือนไปยังเครื่อง",
    "My devices": "เครื่องของฉัน",
    "Remove": "ลบ",
    "Notifications are on for this device.": "เปิดการแจ้งเตือนบนเครื่องนี้แล้ว",
    "The device gets no more notifications.": "เครื่องนี้จะไม่ได้รับการแจ้งเตือนอีก",
    "Device notifications": "แจ้งเตือนบนเครื่อง",
}

CATEGORY_LABELS = {
    "money": "Money in and out",
    "account": "My account",
    "security": "Security",
    "savings": "Savings groups",
    "events": "Events",
    "news": "Network news",
}
STATUS_LABELS = {
    "queued": "Queued",
    "sending": "Being sent",
    "sent": "Handed to the channel",
    "delivered": "Delivered",
    "dead": "Failed",
}
ANNOUNCEMENT_STATUS = {
    "draft": "Draft",
    "approved": "Approved",
    "sent": "Sent out",
    "cancelled": "Cancelled",
}
CHANNEL_LABELS = {
    "email": "Email",
    "line": "LINE",
    "sms": "SMS",
    "webpush": "Device notifications",
}
DIGEST_LABELS = (("weekly", "Every week"), ("monthly", "Every month"), ("never", "Never"))

THAI.update(
    {
        "My digest": "สรุปของฉัน",
        "My digest so far": "สรุปของฉันถึงตอนนี้",
        "So far, as it would be sent now:": "ถึงตอนนี้ ตามที่จะส่งถ้าส่งตอนนี้:",
        "Nothing to tell you yet in this period.": "ช่วงนี้ยังไม่มีเรื่องที่จะแจ้งคุณ",
        "You chose to get no digest.": "คุณเลือกไม่รับสรุป",
        "Your digest comes on the 1st of each month.": "สรุปของคุณจะส่งทุกวันที่ 1 ของเดือน",
        "Your digest comes every Monday morning.": "สรุปของคุณจะส่งทุกเช้าวันจันทร์",
        "My digest: balance, news, coming events": "สรุปของฉัน: ยอดเงิน ข่าวสาร กิจกรรมที่กำลังจะมา",
        "Every week": "ทุกสัปดาห์",
        "Every month": "ทุกเดือน",
        "Never": "ไม่รับ",
    }
)

THAI_BY_CODE: dict[str, str] = {
    "unknown_person": "ไม่พบผู้ใช้ที่มีหมายเลขโทรศัพท์นี้",
    "unknown_channel": "ไม่มีช่องทางนี้ (อีเมล LINE SMS หรือการแจ้งเตือนบนเครื่อง)",
    "unknown_category": "ไม่มีหมวดข้อความนี้",
    "unknown_language": "ข้อความมีภาษาไทย (th) หรือภาษาอังกฤษ (en)",
    "bad_address": "ที่อยู่นี้ใช้ไม่ได้ กรุณาตรวจสอบอีกครั้ง",
    "line_bad_signature": "ลายเซ็นของคำขอจาก LINE ไม่ถูกต้อง",
    "line_not_configured": "ระบบนี้ยังไม่ได้ตั้งค่าบัญชี LINE ทางการ",
    "sms_bad_signature": "ลายเซ็นของรายงานการส่ง SMS ไม่ถูกต้อง",
    "sms_not_configured": "ระบบนี้ยังไม่ได้ตั้งค่าการส่ง SMS",
    "sms_report_invalid": "รายงานการส่ง SMS ไม่อยู่ในรูปแบบที่กำหนด",
    "announcement_incomplete": "ประกาศต้องมีหัวเรื่องและข้อความทั้งภาษาไทยและภาษาอังกฤษ",
    "announcement_too_long": "หัวเรื่องยาวได้ไม่เกิน 120 ตัวอักษร ข้อความไม่เกิน 2,000 ตัวอักษร",
    "empty_audience": "ไม่มีผู้รับในกลุ่มนี้",
    "announcement_not_draft": "ทำรายการนี้ได้เฉพาะประกาศที่ยังไม่ได้ส่ง",
    "announcement_not_found": "ไม่พบประกาศนี้",
    "bad_digest_frequency": "สรุปข่าวสารส่งได้ทุกสัปดาห์ ทุกเดือน หรือไม่ต้องส่ง",
    "unknown_digest": "ไม่พบสรุปข่าวสารนี้",
    "delivery_not_dead": "ส่งซ้ำได้เฉพาะข้อความที่ส่งไม่สำเร็จจนหมดความพยายามแล้ว",
    "push_bad_subscription": (
        "ข้อมูลการสมัครรับการแจ้งเตือนของเบราว์เซอร์ใช้ไม่ได้ (ต้องเป็นที่อยู่ https และกุญแจ p256dh 65 ไบต์"
        " กับ auth 16 ไบต์ แบบ base64url)"
    ),
    "push_too_many_devices": "รับการแจ้งเตือนได้ไม่เกิน 10 เครื่อง กรุณาลบเครื่องที่ไม่ใช้ก่อน",
    "unknown_push_subscription": "ไม่พบเครื่องนี้ในรายการเครื่องของคุณ",
}
