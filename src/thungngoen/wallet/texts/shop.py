"""Thai texts of the shop pages (English source string → Thai)."""

THAI: dict[str, str] = {
    # Sign-up
    "Open a shop": "เปิดร้านค้า",
    "Take Songkhla coin at your shop. The operator checks every new shop before it can take"
    " payments.": "รับเหรียญถุงเงินสงขลาที่ร้านของคุณ ผู้ดูแลระบบจะตรวจสอบร้านใหม่ทุกร้านก่อนเปิดรับชำระเงิน",
    "The owner": "เจ้าของร้าน",
    "The shop": "ร้านค้า",
    "Shop name": "ชื่อร้าน",
    "What the shop sells": "ประเภทร้าน",
    "Choose one": "เลือก",
    "Where we pay your baht": "บัญชีรับเงินบาท",
    "When you redeem coin, the baht goes to this PromptPay ID or bank account. Give one of"
    " the two.": "เมื่อแลกเหรียญเป็นเงินบาท เงินจะโอนเข้าพร้อมเพย์หรือบัญชีธนาคารนี้ กรุณาระบุอย่างใดอย่างหนึ่ง",
    "PromptPay ID": "หมายเลขพร้อมเพย์",
    "A mobile number or a 13-digit ID": "เบอร์มือถือหรือเลขประจำตัว 13 หลัก",
    "Bank account number": "เลขที่บัญชีธนาคาร",
    "Send my application": "ส่งใบสมัคร",
    "Already have a shop?": "มีร้านค้าอยู่แล้ว?",
    "Food and drink": "อาหารและเครื่องดื่ม",
    "Farmer or producer": "เกษตรกรหรือผู้ผลิต",
    "Wholesale": "ค้าส่ง",
    "Crafts": "งานหัตถกรรม",
    "Alcohol": "เครื่องดื่มแอลกอฮอล์",
    "Tobacco": "ยาสูบ",
    "Lottery": "สลากกินแบ่ง",
    "Choose what the shop sells.": "กรุณาเลือกประเภทร้าน",
    "Give a PromptPay ID or a bank account for the payouts.": (
        "กรุณาระบุหมายเลขพร้อมเพย์หรือเลขที่บัญชีธนาคารสำหรับรับเงิน"
    ),
    "Not a PromptPay ID (a mobile number or a 13-digit ID).": (
        "หมายเลขพร้อมเพย์ไม่ถูกต้อง (เบอร์มือถือหรือเลขประจำตัว 13 หลัก)"
    ),
    "A bank account number has 10 to 12 digits.": "เลขที่บัญชีธนาคารมี 10 ถึง 12 หลัก",
    "Your shop is registered. It waits for the operator's approval.": (
        "ลงทะเบียนร้านค้าแล้ว กำลังรอผู้ดูแลระบบอนุมัติ"
    ),
    # The shop, waiting, choosing
    "Shop number": "หมายเลขร้าน",
    "Your shops": "ร้านของคุณ",
    "Switch": "เปลี่ยนร้าน",
    "No shop yet": "ยังไม่มีร้านค้า",
    "This account has no shop yet.": "บัญชีนี้ยังไม่มีร้านค้า",
    "Waiting for approval": "รออนุมัติ",
    "Your shop is waiting for the operator's approval.": "ร้านของคุณกำลังรอผู้ดูแลระบบอนุมัติ",
    "The operator checks every new shop. Once it is approved, this page becomes your till.": (
        "ผู้ดูแลระบบตรวจสอบร้านใหม่ทุกร้าน เมื่ออนุมัติแล้ว หน้านี้จะเป็นเครื่องรับเงินของร้าน"
    ),
    "Shop suspended": "ร้านค้าถูกระงับ",
    "Your shop may not take payments at the moment. Please contact the operator.": (
        "ขณะนี้ร้านของคุณรับชำระเงินไม่ได้ กรุณาติดต่อผู้ดูแลระบบ"
    ),
    "Check again": "ตรวจสอบอีกครั้ง",
    # The till
    "New sale": "รายการขายใหม่",
    "Amount (coin)": "จำนวน (เหรียญ)",
    "Reference (optional)": "เลขอ้างอิง (ไม่บังคับ)",
    "For example a table or order number": "เช่น หมายเลขโต๊ะหรือเลขที่สั่งซื้อ",
    "Show the QR": "แสดง QR",
    "Charge a customer's pay code": "เก็บเงินจากรหัสจ่ายเงินของลูกค้า",
    "The customer shows the pay code from their wallet. Scan it or type it, then the"
    " amount.": "ลูกค้าแสดงรหัสจ่ายเงินจากกระเป๋าเงิน สแกนหรือพิมพ์รหัส แล้วใส่จำนวนเงิน",
    "Pay code": "รหัสจ่ายเงิน",
    "Point the camera at the customer's pay code.": "หันกล้องไปที่รหัสจ่ายเงินของลูกค้า",
    "Scan with the camera": "สแกนด้วยกล้อง",
    "Charge": "เก็บเงิน",
    "Scan to pay": "สแกนเพื่อจ่าย",
    "Scan with Songkhla Wallet to pay": "สแกนด้วยถุงเงินสงขลาเพื่อจ่ายเงิน",
    "No camera? Type shop number": "ไม่มีกล้อง? พิมพ์หมายเลขร้าน",
    "Valid until": "ใช้ได้ถึง",
    "Time left: {time}": "เหลือเวลา {time}",
    "Check the payment": "ตรวจสอบการชำระเงิน",
    "Payment link": "ลิงก์ชำระเงิน",
    "Payment status": "สถานะการชำระเงิน",
    "Coin discount": "ส่วนลดเหรียญ",
    "Expired: not paid": "หมดอายุ: ยังไม่ได้ชำระ",
    "Make a new QR to take this payment.": "กรุณาสร้าง QR ใหม่เพื่อรับชำระเงินรายการนี้",
    "Waiting for the payment…": "กำลังรอการชำระเงิน…",
    "Type an amount of coin, for example 45 or 45.50.": "กรุณาใส่จำนวนเหรียญ เช่น 45 หรือ 45.50",
    "A reference has at most 60 characters.": "เลขอ้างอิงยาวได้ไม่เกิน 60 ตัวอักษร",
    "Type or scan the customer's pay code.": "กรุณาพิมพ์หรือสแกนรหัสจ่ายเงินของลูกค้า",
    "Payment received.": "ได้รับเงินแล้ว",
    # Payments and takings
    "Payments": "รายการชำระเงิน",
    "Time": "เวลา",
    "How": "ช่องทาง",
    "Reference": "เลขอ้างอิง",
    "Amount": "จำนวนเงิน",
    "Refunded": "คืนเงินแล้ว",
    "Kept": "ยอดคงเหลือของร้าน",
    "Till request": "คำขอชำระจากเครื่องรับเงิน",
    "Shop QR or shop number": "QR ร้านหรือเลขร้าน",
    "Event allowance": "สิทธิ์ใช้จ่ายในกิจกรรม",
    "Bank of the account": "ธนาคารของบัญชี",
    "Choose a bank": "เลือกธนาคาร",
    "Choose the bank of the account.": "กรุณาเลือกธนาคารของบัญชี",
    "Recorded by the operator": "บันทึกโดยผู้ดูแลระบบ",
    "Simulation": "การจำลอง",
    "Today's takings": "ยอดขายวันนี้",
    "Day": "วันที่",
    "Show": "แสดง",
    "Sales": "ยอดขาย",
    "Coin discounts": "ส่วนลดเหรียญ",
    "Refunds given": "การคืนเงิน",
    "No payments on this day.": "ไม่มีรายการชำระเงินในวันนี้",
    "Choose a day from the calendar.": "กรุณาเลือกวันจากปฏิทิน",
    "That day has not come yet.": "ยังไม่ถึงวันนั้น",
    # Refunds
    "Give a refund": "คืนเงินให้ลูกค้า",
    "The coin goes back to the customer. A refund can be at most what is left of the"
    " payment.": "เหรียญจะคืนไปยังลูกค้า คืนได้ไม่เกินยอดที่เหลือของรายการนั้น",
    "Choose a payment": "เลือกรายการชำระเงิน",
    "left": "เหลือ",
    "Left": "เหลือ",
    "Amount to refund (coin)": "จำนวนที่คืน (เหรียญ)",
    "All that is left is filled in; lower it for a part refund.": (
        "ใส่ยอดที่เหลือทั้งหมดไว้แล้ว แก้ให้น้อยลงหากคืนบางส่วน"
    ),
    "Reason": "เหตุผล",
    "Refund": "คืนเงิน",
    "Recent payments": "รายการชำระเงินล่าสุด",
    "No payments yet.": "ยังไม่มีรายการชำระเงิน",
    "Choose a payment.": "กรุณาเลือกรายการชำระเงิน",
    "A reason has at most 200 characters.": "เหตุผลยาวได้ไม่เกิน 200 ตัวอักษร",
    "Refund made.": "คืนเงินเรียบร้อยแล้ว",
    # Promotions
    "A coin discount brings customers back. When several promotions run, a payment gets the"
    " most generous one.": "ส่วนลดเหรียญช่วยให้ลูกค้ากลับมาอีก หากมีหลายโปรโมชันพร้อมกัน ลูกค้าจะได้ส่วนลดที่ดีที่สุด",
    "Lower price": "ลดราคา",
    "Cashback in coin": "คืนเหรียญ",
    "Running": "กำลังใช้งาน",
    "Starts later": "ยังไม่เริ่ม",
    "Ended": "สิ้นสุดแล้ว",
    "Discount": "ส่วนลด",
    "Rules": "เงื่อนไข",
    "Runs": "ระยะเวลา",
    "State": "สถานะ",
    "At most": "สูงสุด",
    "From a spend of": "เมื่อซื้อตั้งแต่",
    "End now": "สิ้นสุดทันที",
    "No promotions yet.": "ยังไม่มีโปรโมชัน",
    "New promotion": "โปรโมชันใหม่",
    "Kind of discount": "แบบส่วนลด",
    "Discount (%)": "ส่วนลด (%)",
    "For example 10 for 10%": "เช่น 10 คือ 10%",
    "At most (coin, optional)": "ส่วนลดสูงสุด (เหรียญ ไม่บังคับ)",
    "From a spend of (coin, optional)": "ยอดซื้อขั้นต่ำ (เหรียญ ไม่บังคับ)",
    "First day": "วันแรก",
    "Last day": "วันสุดท้าย",
    "Create the promotion": "สร้างโปรโมชัน",
    "Choose the kind of discount.": "กรุณาเลือกแบบส่วนลด",
    "Type a percentage between 0.01 and 100.": "กรุณาใส่เปอร์เซ็นต์ระหว่าง 0.01 ถึง 100",
    "The last day cannot be before the first day.": "วันสุดท้ายต้องไม่อยู่ก่อนวันแรก",
    "The last day has already passed.": "วันสุดท้ายผ่านไปแล้ว",
    "Promotion created.": "สร้างโปรโมชันแล้ว",
    "Promotion ended.": "สิ้นสุดโปรโมชันแล้ว",
    # Poster
    "Print the poster": "พิมพ์โปสเตอร์",
    "Print it on A5 paper and put it up by the till. The QR never changes: customers scan"
    " it and type the amount.": (
        "พิมพ์บนกระดาษ A5 แล้วติดไว้ที่จุดชำระเงิน QR นี้ไม่เปลี่ยน ลูกค้าสแกนแล้วใส่จำนวนเงินเอง"
    ),
}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the shop pages' operations, in Thai."""
