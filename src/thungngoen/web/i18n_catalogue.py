"""Thai translations of the page texts (English source string → Thai): the shared ones
here, each area's merged in from its own catalogue."""

from types import ModuleType

from thungngoen import areas

AREA_CATALOGUES: tuple[ModuleType, ...] = tuple(areas.parts("texts"))

SHARED: dict[str, str] = {
    "Songkhla Wallet": "ถุงเงินสงขลา",
    "Log in": "เข้าสู่ระบบ",
    "Log out": "ออกจากระบบ",
    "Inbox": "กล่องข้อความ",
    "unread": "ยังไม่ได้อ่าน",
    "Skip to content": "ข้ามไปยังเนื้อหา",
    "Sign up": "สมัครสมาชิก",
    "Phone number": "หมายเลขโทรศัพท์มือถือ",
    "Password": "รหัสผ่าน",
    "Name": "ชื่อ-นามสกุล",
    "Community": "ชุมชน",
    "Sub-district": "ตำบล",
    "Choose a sub-district": "เลือกตำบล",
    "District": "อำเภอ",
    "National ID (optional)": "เลขประจำตัวประชาชน (ไม่บังคับ)",
    "At least 8 characters": "อย่างน้อย 8 ตัวอักษร",
    "No account yet?": "ยังไม่มีบัญชี?",
    "Already a member?": "เป็นสมาชิกอยู่แล้ว?",
    "Create my wallet": "สร้างกระเป๋าเงินของฉัน",
    "Welcome, {name}": "สวัสดี คุณ{name}",
    "Coming soon": "เร็ว ๆ นี้",
    "This page is being built.": "หน้านี้กำลังพัฒนา",
    "My wallet": "กระเป๋าเงินของฉัน",
    "Shop till": "เครื่องรับเงินร้านค้า",
    "Agent counter": "จุดบริการตัวแทน",
    "Operator console": "ศูนย์ควบคุมผู้ดูแล",
    "Language": "ภาษา",
    "Please fix the fields marked below.": "กรุณาแก้ไขช่องที่มีเครื่องหมายด้านล่าง",
    "This field is required.": "กรุณากรอกช่องนี้",
    "A password needs at least 8 characters.": "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร",
    "Not a Thai mobile number.": "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง",
    "Not a valid Thai national ID.": "เลขประจำตัวประชาชนไม่ถูกต้อง",
    "Wrong phone number or password.": "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง",
    "You are logged out.": "ออกจากระบบแล้ว",
    "Welcome! Your wallet is ready.": "ยินดีต้อนรับ! กระเป๋าเงินของคุณพร้อมใช้งานแล้ว",
    "Too many attempts": "ลองหลายครั้งเกินไป",
    "Too many attempts. Please wait a few minutes and try again.": (
        "ลองหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่"
    ),
    "Too many wrong attempts. Please wait {minutes} min, then try again.": (
        "ใส่ผิดหลายครั้งเกินไป กรุณารอ {minutes} นาทีแล้วลองใหม่"
    ),
    "Page not found": "ไม่พบหน้าที่ต้องการ",
    "The page you asked for does not exist.": "ไม่มีหน้าที่คุณเรียก",
    "Not allowed": "ไม่มีสิทธิ์",
    "Your account may not open this page.": "บัญชีของคุณไม่มีสิทธิ์เปิดหน้านี้",
    "The form expired. Please go back, reload the page and try again.": (
        "แบบฟอร์มหมดอายุ กรุณากลับไป โหลดหน้าใหม่ แล้วลองอีกครั้ง"
    ),
    "Something went wrong": "เกิดข้อผิดพลาด",
    "Something went wrong on our side. Please try again later.": ("ระบบขัดข้อง กรุณาลองใหม่ภายหลัง"),
    "Back to the start": "กลับหน้าแรก",
    "Try again in a moment": "กรุณาลองใหม่อีกครั้ง",
    "The service cannot reach its data just now. Please try again in a moment.": (
        "ระบบยังเข้าถึงข้อมูลไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่"
    ),
    "Request refused": "คำขอถูกปฏิเสธ",
    "You are offline.": "ไม่มีการเชื่อมต่ออินเทอร์เน็ต",
    "Menu": "เมนู",
    "File too large": "ไฟล์ใหญ่เกินไป",
    "The file is too large: a form may send at most 2 MB.": "ไฟล์ใหญ่เกินไป ส่งได้ไม่เกิน 2 MB",
    "Type an amount in baht, e.g. 1,250.50": "กรุณาใส่จำนวนเงินเป็นบาท เช่น 1,250.50",
    "Pick a date and time.": "กรุณาเลือกวันที่และเวลา",
    "Pay": "จ่ายเงิน",
    "Send": "โอนเงิน",
    "History": "ประวัติ",
    "Top up": "เติมเงิน",
    "My pay code": "รหัสจ่ายเงินของฉัน",
    "My vouchers": "คูปองของฉัน",
    "Settings": "ตั้งค่า",
    "Takings": "ยอดขาย",
    "Refunds": "คืนเงิน",
    "Promotions": "โปรโมชัน",
    "Redeem": "แลกเป็นเงินบาท",
    "QR poster": "โปสเตอร์ QR",
    "Cash float": "เงินสดหมุนเวียน",
    "Daily closing": "ปิดยอดประจำวัน",
    "Dashboard": "ภาพรวม",
    "Merchants": "ร้านค้า",
    "People": "สมาชิกและร้านค้า",
    "Programs": "โครงการ",
    "Vouchers": "คูปอง",
    "Bank statements": "รายการเดินบัญชีธนาคาร",
    "Payouts": "การจ่ายเงินร้านค้า",
    "Audit log": "บันทึกการตรวจสอบ",
    "My savings": "เงินออมของฉัน",
}

THAI: dict[str, str] = SHARED | {
    text: thai for area in AREA_CATALOGUES for text, thai in area.THAI.items()
}
