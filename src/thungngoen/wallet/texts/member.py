"""Thai texts of the member pages (English source string → Thai)."""

THAI: dict[str, str] = {
    # Home
    "Balance": "ยอดคงเหลือ",
    "Available to spend": "ใช้จ่ายได้",
    "Quick actions": "ทางลัด",
    "Latest movements": "รายการล่าสุด",
    "See all history": "ดูประวัติทั้งหมด",
    "No movements yet. Top up at an agent or by PromptPay to start.": (
        "ยังไม่มีรายการ เติมเงินที่ตัวแทนหรือผ่านพร้อมเพย์เพื่อเริ่มใช้งาน"
    ),
    # PIN notices and fields
    "Payment PIN (6 digits)": "รหัส PIN สำหรับจ่ายเงิน (6 หลัก)",
    "Payments are locked.": "การจ่ายเงินถูกล็อก",
    "The payment PIN was typed wrongly five times. Only the operator can reset it: "
    "please contact the operator (SK).": (
        "ใส่รหัส PIN ผิดครบห้าครั้ง เฉพาะเจ้าหน้าที่เท่านั้นที่ปลดล็อกได้ กรุณาติดต่อเจ้าหน้าที่ (SK)"
    ),
    "You have no payment PIN yet.": "คุณยังไม่ได้ตั้งรหัส PIN สำหรับจ่ายเงิน",
    "Set one before you pay or send.": "กรุณาตั้งรหัสก่อนจ่ายหรือโอนเงิน",
    "Set my PIN": "ตั้งรหัส PIN",
    # Statement
    "Date": "วันที่",
    "Item": "รายการ",
    "Amount": "จำนวนเงิน",
    "Details": "รายละเอียด",
    "Top-ups": "เติมเงิน",
    "Shop payments": "จ่ายร้านค้า",
    "Transfers between members": "โอนระหว่างสมาชิก",
    "Refunds and cashback": "คืนเงินและเงินคืน",
    "Vouchers": "คูปอง",
    "Cash top-up at an agent": "เติมเงินสดที่ตัวแทน",
    "Paid a shop": "จ่ายร้านค้า",
    "Cashback": "เงินคืน",
    "Refund from a shop": "ร้านค้าคืนเงิน",
    "Voucher": "คูปอง",
    "Received": "รับโอน",
    "Sent": "โอนออก",
    "Other": "อื่น ๆ",
    # History
    "From date": "ตั้งแต่วันที่",
    "To date": "ถึงวันที่",
    "Money": "เงิน",
    "In and out": "เข้าและออก",
    "Money in": "เงินเข้า",
    "Money out": "เงินออก",
    "Kind": "ประเภท",
    "All kinds": "ทุกประเภท",
    "Show": "แสดง",
    "Clear filters": "ล้างตัวกรอง",
    "No movements match.": "ไม่มีรายการที่ตรงกับเงื่อนไข",
    "Pages": "หน้า",
    "Newest": "ล่าสุด",
    "Older": "เก่ากว่า",
    "Choose a date from the calendar.": "กรุณาเลือกวันที่จากปฏิทิน",
    "The end date is before the start date.": "วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น",
    # Scan and pay
    "Pay a shop": "จ่ายร้านค้า",
    "Point the camera at the shop's QR code.": "หันกล้องไปที่ QR ของร้านค้า",
    "Start the camera": "เปิดกล้อง",
    "The camera could not start (no camera, or no permission). "
    "Type the shop number below instead.": (
        "เปิดกล้องไม่ได้ (ไม่มีกล้องหรือไม่ได้อนุญาต) กรุณาพิมพ์หมายเลขร้านค้าด้านล่างแทน"
    ),
    "This QR is not a Songkhla Wallet payment. Try another, or type the shop number.": (
        "QR นี้ไม่ใช่การจ่ายเงินของถุงเงินสงขลา ลองสแกนอันอื่นหรือพิมพ์หมายเลขร้านค้า"
    ),
    "QR found, opening…": "พบ QR แล้ว กำลังเปิด…",
    "Or type the shop number": "หรือพิมพ์หมายเลขร้านค้า",
    "Shop number or payment link": "หมายเลขร้านค้าหรือลิงก์จ่ายเงิน",
    "The till and the QR poster show the shop number.": (
        "หมายเลขร้านค้าแสดงอยู่ที่เครื่องรับเงินและโปสเตอร์ QR"
    ),
    "Continue": "ดำเนินการต่อ",
    "Type the shop number shown on the till or the poster, or paste a payment link.": (
        "กรุณาพิมพ์หมายเลขร้านค้าที่แสดงบนเครื่องรับเงินหรือโปสเตอร์ หรือวางลิงก์จ่ายเงิน"
    ),
    "Shop": "ร้านค้า",
    "Reference": "เลขอ้างอิง",
    "Valid until": "ใช้ได้ถึง",
    # The bills a shop's tills wait for, found by the shop number (decision 0031)
    "The shop is waiting for several payments. Choose yours:": (
        "ร้านกำลังรอรับเงินหลายรายการ กรุณาเลือกรายการของคุณ:"
    ),
    "No reference": "ไม่มีเลขอ้างอิง",
    "Asked at": "เรียกเก็บเมื่อ",
    "Pay another amount": "จ่ายจำนวนอื่น",
    "Pay {amount}": "จ่าย {amount}",
    "Pay": "จ่ายเงิน",
    # Promotions, before the PIN and on the receipt
    "Price": "ราคา",
    "You pay": "ยอดที่จ่าย",
    "Cost after the cashback": "ค่าใช้จ่ายหลังรับเงินคืน",
    "Promotion": "โปรโมชัน",
    "{percent}% off": "ลด {percent}%",
    "{percent}% cashback": "เงินคืน {percent}%",
    "Promotion discount ‘{name}’": "ส่วนลดโปรโมชัน ‘{name}’",
    "Promotion cashback ‘{name}’": "เงินคืนโปรโมชัน ‘{name}’",
    "Cancel": "ยกเลิก",
    "Amount (coin)": "จำนวน (เหรียญ)",
    "Note for the shop (optional)": "หมายเหตุถึงร้านค้า (ไม่บังคับ)",
    "Payment refused": "ทำรายการไม่สำเร็จ",
    "Nothing was paid. Ask the shop for a new QR code if you still want to pay.": (
        "ยังไม่มีการตัดเงิน หากต้องการจ่าย กรุณาขอ QR ใหม่จากร้านค้า"
    ),
    "Scan again": "สแกนอีกครั้ง",
    "Back to my wallet": "กลับไปที่กระเป๋าเงิน",
    "Paid.": "จ่ายเงินแล้ว",
    "Type an amount of coin, like 120 or 45.50.": "กรุณาพิมพ์จำนวนเหรียญ เช่น 120 หรือ 45.50",
    "Type an amount in baht, like 120 or 45.50.": "กรุณาพิมพ์จำนวนเงินเป็นบาท เช่น 120 หรือ 45.50",
    "The amount must be more than zero.": "จำนวนเงินต้องมากกว่าศูนย์",
    # Send
    "Send to a member": "โอนเงินให้สมาชิก",
    "Their phone number": "หมายเลขโทรศัพท์ของผู้รับ",
    "Note (optional)": "บันทึกช่วยจำ (ไม่บังคับ)",
    "Sent.": "โอนเงินแล้ว",
    "This is your own number: send to someone else.": ("นี่คือหมายเลขของคุณเอง กรุณาโอนให้ผู้อื่น"),
    "A note has at most 200 characters.": "บันทึกยาวได้ไม่เกิน 200 ตัวอักษร",
    # Receipt
    "Receipt": "ใบเสร็จ",
    "Transaction number": "เลขที่รายการ",
    "Balance after": "ยอดคงเหลือหลังรายการ",
    "Keep this receipt": "เก็บใบเสร็จนี้",
    "Save as a picture": "บันทึกเป็นรูปภาพ",
    # Pay code
    "A short-lived QR code the shop scans to charge you, up to the limit you choose.": (
        "QR ใช้ได้ช่วงสั้น ๆ ให้ร้านค้าสแกนเพื่อเก็บเงิน ไม่เกินวงเงินที่คุณกำหนด"
    ),
    "Show this to the shop. It can take up to {amount}, once.": (
        "แสดงให้ร้านค้าสแกน ใช้เก็บเงินได้ไม่เกิน {amount} หนึ่งครั้ง"
    ),
    "Valid for": "ใช้ได้อีก",
    "seconds": "วินาที",
    "This code has expired. Make a new one below.": "รหัสนี้หมดอายุแล้ว กรุณาสร้างรหัสใหม่ด้านล่าง",
    "New code": "สร้างรหัสใหม่",
    "Limit (coin)": "วงเงิน (เหรียญ)",
    "At most {amount}": "ไม่เกิน {amount}",
    "Show my pay code": "แสดงรหัสจ่ายเงินของฉัน",
    # Settings
    "Payment PIN": "รหัส PIN สำหรับจ่ายเงิน",
    "Once the operator has reset it, come back here to choose a new PIN.": (
        "เมื่อเจ้าหน้าที่รีเซ็ตแล้ว กลับมาที่หน้านี้เพื่อตั้งรหัส PIN ใหม่"
    ),
    "Change my payment PIN": "เปลี่ยนรหัส PIN สำหรับจ่ายเงิน",
    "Set my payment PIN": "ตั้งรหัส PIN สำหรับจ่ายเงิน",
    "You confirm every payment with this six-digit PIN. Keep it secret.": (
        "คุณใช้รหัส PIN 6 หลักนี้ยืนยันทุกการจ่ายเงิน กรุณาเก็บเป็นความลับ"
    ),
    "New PIN (6 digits)": "รหัส PIN ใหม่ (6 หลัก)",
    "Not a run like 123456 nor one digit repeated.": "ห้ามใช้เลขเรียงอย่าง 123456 หรือเลขซ้ำกันทั้งหมด",
    "New PIN again": "ยืนยันรหัส PIN ใหม่",
    "My password": "รหัสผ่านของฉัน",
    "Your password confirms it is really you.": "ใช้รหัสผ่านเพื่อยืนยันว่าเป็นคุณจริง",
    "Save the PIN": "บันทึกรหัส PIN",
    "Change my password": "เปลี่ยนรหัสผ่าน",
    "Current password": "รหัสผ่านปัจจุบัน",
    "New password": "รหัสผ่านใหม่",
    "New password again": "ยืนยันรหัสผ่านใหม่",
    "Change the password": "เปลี่ยนรหัสผ่าน",
    "A PIN is exactly six digits.": "รหัส PIN ต้องเป็นตัวเลข 6 หลัก",
    "The two PINs differ.": "รหัส PIN ทั้งสองช่องไม่ตรงกัน",
    "The two passwords differ.": "รหัสผ่านทั้งสองช่องไม่ตรงกัน",
    "Your payment PIN is set.": "ตั้งรหัส PIN เรียบร้อยแล้ว",
    "Your password is changed.": "เปลี่ยนรหัสผ่านเรียบร้อยแล้ว",
    # The offline page (what the wallet home left on the phone)
    "Last known balance": "ยอดเงินล่าสุดที่ทราบ",
    "as of": "ณ",
    "This may not be current: it is what this phone saw when it was last online.": (
        "ยอดนี้อาจไม่ใช่ยอดปัจจุบัน เป็นยอดที่โทรศัพท์เครื่องนี้เห็นเมื่อออนไลน์ครั้งล่าสุด"
    ),
    "Paying, sending and topping up need a connection.": (
        "การจ่าย การโอน และการเติมเงิน ต้องเชื่อมต่ออินเทอร์เน็ต"
    ),
}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the member pages' operations, in Thai."""
