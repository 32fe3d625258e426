"""Thai texts of paying an event shop from the allowance on the phone (English source
string → Thai)."""

THAI: dict[str, str] = {
    "Pay from my event allowance": "จ่ายด้วยสิทธิ์ใช้จ่ายในกิจกรรม",
    "Event": "กิจกรรม",
    "You hold no event allowance that can be spent now.": ("คุณยังไม่มีสิทธิ์ใช้จ่ายในกิจกรรมที่ใช้ได้ตอนนี้"),
    "Event shop": "ร้านที่ร่วมกิจกรรม",
    "shop number": "หมายเลขร้าน",
    "Or type the shop number from its poster": "หรือพิมพ์หมายเลขร้านจากโปสเตอร์ของร้าน",
    "Next: check the payment": "ถัดไป: ตรวจสอบรายการ",
    "Check before you pay": "ตรวจสอบก่อนจ่าย",
    "Paid from the allowance of": "จ่ายจากสิทธิ์ของ",
    "Allowance left now": "สิทธิ์คงเหลือตอนนี้",
    "Allowance left after paying": "สิทธิ์คงเหลือหลังจ่าย",
    "The allowance pays only when you confirm with your PIN. Your own coin is not used.": (
        "สิทธิ์จะถูกใช้เมื่อคุณยืนยันด้วยรหัส PIN เท่านั้น ไม่ใช้เหรียญในกระเป๋าของคุณ"
    ),
    "Confirm and pay": "ยืนยันและจ่าย",
    "Paid from the event allowance": "จ่ายด้วยสิทธิ์ใช้จ่ายในกิจกรรม",
    "Allowance left": "สิทธิ์คงเหลือ",
    "Back to my vouchers": "กลับไปที่คูปองของฉัน",
    "Pay again from the allowance": "จ่ายด้วยสิทธิ์อีกครั้ง",
    "Paid from the allowance.": "จ่ายด้วยสิทธิ์ใช้จ่ายในกิจกรรมแล้ว",
    "Choose the shop, or type its number.": "กรุณาเลือกร้าน หรือพิมพ์หมายเลขร้าน",
    "Pay an event shop from the allowance": "จ่ายร้านในกิจกรรมด้วยสิทธิ์",
}
