"""Thai of field collection: the phone page, its script's messages, the conflicts page."""

THAI: dict[str, str] = {
    "Field collection": "เก็บข้อมูลภาคสนาม",
    "Waiting to send: {n} entries": "รอส่ง {n} รายการ",
    "Online: entries are sent as soon as they are saved.": ("ออนไลน์: รายการจะถูกส่งทันทีที่บันทึก"),
    "Offline: entries are kept on this phone and sent when the connection returns.": (
        "ออฟไลน์: รายการถูกเก็บไว้ในเครื่องนี้ และจะส่งเองเมื่อกลับมาเชื่อมต่อได้"
    ),
    "Sent to the office": "ส่งแล้ว",
    "Conflict with an edit at the office": "ขัดแย้งกับข้อมูลที่สำนักงานแก้ไขไว้",
    "Refused by the server": "ถูกปฏิเสธ",
    "Households kept on this phone until {date}": "เก็บข้อมูลครัวเรือนไว้ในเครื่องนี้ถึง {date}",
    "No household kept on this phone yet: open this page once with a connection.": (
        "ยังไม่มีข้อมูลครัวเรือนในเครื่องนี้ กรุณาเปิดหน้านี้ขณะเชื่อมต่ออินเทอร์เน็ตหนึ่งครั้ง"
    ),
    "Log in again to send: the entries stay on this phone.": (
        "กรุณาเข้าสู่ระบบอีกครั้งเพื่อส่ง รายการยังเก็บอยู่ในเครื่องนี้"
    ),
    "Write an amount in baht, like 1500 or 1,500.50.": (
        "กรุณาใส่จำนวนเงินเป็นบาท เช่น 1500 หรือ 1,500.50"
    ),
    "Nothing changed.": "ไม่มีข้อมูลที่เปลี่ยนแปลง",
    "Saved on this phone.": "บันทึกไว้ในเครื่องนี้แล้ว",
    "See and resolve": "ดูและแก้ไขความขัดแย้ง",
    "A new member needs a birth date and their consent.": (
        "สมาชิกใหม่ต้องมีวันเกิดและความยินยอมของเจ้าของข้อมูล"
    ),
    "Send now": "ส่งตอนนี้",
    "This phone keeps names, birth years and the household figures of your communities "
    "only: no phone numbers, ID numbers or health data. They are deleted after 7 days or "
    "when another login opens this page.": (
        "เครื่องนี้เก็บเฉพาะชื่อ ปีเกิด และข้อมูลครัวเรือนในชุมชนที่คุณรับผิดชอบ "
        "ไม่เก็บเบอร์โทรศัพท์ เลขประจำตัวประชาชน หรือข้อมูลสุขภาพ "
        "และจะลบเมื่อครบ 7 วันหรือเมื่อมีผู้ใช้อื่นเปิดหน้านี้"
    ),
    "Results of sending": "ผลการส่ง",
    "Conflicts to resolve": "ความขัดแย้งที่รอแก้ไข",
    "baht": "บาท",
    "New member": "สมาชิกใหม่",
    "The person agreed to the record after reading the privacy notice": (
        "เจ้าของข้อมูลให้ความยินยอมหลังจากอ่านประกาศความเป็นส่วนตัวแล้ว"
    ),
    "Save on this phone": "บันทึกในเครื่อง",
    "Back to the list": "กลับไปที่รายการ",
    "Assigned households": "ครัวเรือนที่ได้รับมอบหมาย",
    "Unchanged": "ไม่เปลี่ยน",
    "Find a house number": "ค้นหาบ้านเลขที่",
    "household survey of the network, collected in the field": (
        "การสำรวจข้อมูลครัวเรือนของเครือข่าย โดยผู้เก็บข้อมูลภาคสนาม"
    ),
    "An entry from the field was made on an older version of the record than the office "
    "holds now: it was kept, not applied. For each field, keep the office's value or take "
    "the phone's.": (
        "รายการจากภาคสนามทำบนข้อมูลฉบับเก่ากว่าที่สำนักงานมีอยู่ตอนนี้ จึงเก็บไว้โดยยังไม่บันทึกทับ "
        "กรุณาเลือกทีละช่องว่าจะคงค่าของสำนักงานหรือใช้ค่าจากโทรศัพท์"
    ),
    "Resolved conflicts too": "รวมรายการที่แก้ไขแล้ว",
    "No conflict.": "ไม่มีความขัดแย้ง",
    "made on version": "ทำบนฉบับที่",
    "the office holds version": "สำนักงานมีฉบับที่",
    "From the phone": "ค่าจากโทรศัพท์",
    "At the office": "ค่าของสำนักงาน",
    "Resolved": "แก้ไขแล้ว",
    "Resolve": "ยืนยันการแก้ไข",
    "The office resolves this conflict: a coordinator or the community's leader.": (
        "สำนักงานเป็นผู้ตัดสินความขัดแย้งนี้ ได้แก่ ผู้ประสานงานเครือข่ายหรือผู้นำชุมชน"
    ),
    "The conflict is resolved.": "แก้ไขความขัดแย้งเรียบร้อยแล้ว",
}

THAI_BY_CODE: dict[str, str] = {
    "unknown_field_conflict": "ไม่พบรายการขัดแย้งนี้",
    "field_conflict_resolved": "รายการขัดแย้งนี้ได้รับการแก้ไขไปแล้ว",
}
