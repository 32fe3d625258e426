"""Thai texts of the treasury pages (English source string → Thai)."""

THAI: dict[str, str] = {
    # Shared words of the money pages
    "Active": "ใช้งานได้",
    "Amount": "จำนวนเงิน",
    "Bank account": "บัญชีธนาคาร",
    "Batch": "ชุด",
    "Closed": "ปิดแล้ว",
    "Code": "รหัส",
    "Created": "สร้างเมื่อ",
    "Description": "รายละเอียด",
    "Inactive": "ไม่ใช้งาน",
    "Kind": "ประเภท",
    "Member": "สมาชิก",
    "Paid": "จ่ายแล้ว",
    "Print": "พิมพ์",
    "PromptPay": "พร้อมเพย์",
    "Reference": "เลขอ้างอิง",
    "Refunded": "คืนเงินแล้ว",
    "Shop": "ร้านค้า",
    "Status": "สถานะ",
    "Total": "รวม",
    "Valid until": "ใช้ได้ถึง",
    # Form checks (Python)
    "Type an amount in baht, e.g. 1,250.50": "กรุณาใส่จำนวนเงินเป็นบาท เช่น 1,250.50",
    "Pick a date and time.": "กรุณาเลือกวันที่และเวลา",
    "Pick a date.": "กรุณาเลือกวันที่",
    "A batch holds between 1 and {most} vouchers.": "คูปองหนึ่งชุดมีได้ 1 ถึง {most} ใบ",
    "Choose an open request or type a phone number, not both.": (
        "กรุณาเลือกคำขอเติมเงินที่ยังไม่ชำระ หรือใส่หมายเลขโทรศัพท์ อย่างใดอย่างหนึ่ง"
    ),
    "Choose the bank statement CSV file.": "กรุณาเลือกไฟล์ CSV รายการเดินบัญชีธนาคาร",
    "This is not a CSV text file: export the statement from the bank as CSV.": (
        "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV กรุณาส่งออกรายการเดินบัญชีจากธนาคารเป็นไฟล์ CSV"
    ),
    "line {line}": "บรรทัดที่ {line}",
    # Flashes (Python)
    "Program created.": "สร้างโครงการแล้ว",
    "Program updated.": "บันทึกกติกาของโครงการแล้ว",
    "Program deactivated.": "หยุดใช้โครงการแล้ว",
    "Participant registered: the allowance is credited.": (
        "ลงทะเบียนผู้เข้าร่วมแล้ว โอนสิทธิ์การใช้จ่ายให้แล้ว"
    ),
    "The shop now takes this event's allowance.": "ร้านนี้รับสิทธิ์การใช้จ่ายของกิจกรรมนี้แล้ว",
    "Event closed: what was left of the allowances went back to the fund.": (
        "ปิดกิจกรรมแล้ว สิทธิ์ที่เหลือคืนเข้ากองทุนแล้ว"
    ),
    "Batch issued: print the sheet now, the codes are shown only for a short while.": (
        "ออกคูปองแล้ว กรุณาพิมพ์ทันที รหัสจะแสดงเพียงช่วงเวลาสั้น ๆ"
    ),
    "Batch cancelled: its unredeemed value went back to the fund.": (
        "ยกเลิกชุดคูปองแล้ว มูลค่าที่ยังไม่ใช้คืนเข้ากองทุนแล้ว"
    ),
    "Statement imported.": "นำเข้ารายการเดินบัญชีแล้ว",
    "Line credited to the member.": "โอนเหรียญของรายการนี้ให้สมาชิกแล้ว",
    "Line recorded as refunded to the sender.": "บันทึกว่าคืนเงินรายการนี้ให้ผู้โอนแล้ว",
    "Payout batch created: download the bank file.": (
        "สร้างชุดการจ่ายเงินแล้ว กรุณาดาวน์โหลดไฟล์สำหรับธนาคาร"
    ),
    "Payout batch marked paid.": "บันทึกว่าชุดการจ่ายเงินนี้จ่ายแล้ว",
    # Programs
    "Sandbox (area and limits)": "แซนด์บ็อกซ์ (พื้นที่และวงเงิน)",
    "Event (allowances)": "กิจกรรม (สิทธิ์การใช้จ่าย)",
    "Food": "อาหาร",
    "Grocery": "ของชำ",
    "Market stall": "แผงตลาด",
    "Services": "บริการ",
    "Producer": "ผู้ผลิต",
    "Wholesale": "ค้าส่ง",
    "Crafts": "งานหัตถกรรม",
    "Alcohol": "เครื่องดื่มแอลกอฮอล์",
    "Tobacco": "ยาสูบ",
    "Lottery": "สลากกินแบ่ง",
    "Where and how coin may be spent: the sandbox area and its limits, and events with their"
    " allowances.": ("เหรียญใช้ได้ที่ไหนและอย่างไร: พื้นที่แซนด์บ็อกซ์และวงเงิน และกิจกรรมพร้อมสิทธิ์การใช้จ่าย"),
    "Program": "โครงการ",
    "Program name": "ชื่อโครงการ",
    "Valid": "ช่วงเวลาที่ใช้ได้",
    "Area": "พื้นที่",
    "Excluded categories": "ประเภทร้านที่ไม่รับ",
    "Per day": "ต่อวัน",
    "Per month": "ต่อเดือน",
    "No program yet.": "ยังไม่มีโครงการ",
    "New program": "โครงการใหม่",
    "Create the program": "สร้างโครงการ",
    "Lowercase letters, digits and dashes, e.g. old-town-2026": (
        "ตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข และขีด เช่น old-town-2026"
    ),
    "Valid from": "เริ่มใช้",
    "Empty: no end (sandbox only); an event's expiry": (
        "เว้นว่าง: ไม่มีวันสิ้นสุด (เฉพาะแซนด์บ็อกซ์) สำหรับกิจกรรมคือวันหมดอายุ"
    ),
    "Area: the sub-districts whose shops take part": "พื้นที่: ตำบลที่ร้านค้าเข้าร่วมได้",
    "None chosen: anywhere in Songkhla.": "ไม่เลือก: ทุกพื้นที่ในจังหวัดสงขลา",
    "Excluded shop categories": "ประเภทร้านค้าที่ไม่รับ",
    "Limit per member per day (baht)": "วงเงินต่อสมาชิกต่อวัน (บาท)",
    "Limit per member per month (baht)": "วงเงินต่อสมาชิกต่อเดือน (บาท)",
    "Empty: no limit": "เว้นว่าง: ไม่จำกัด",
    "Events only": "เฉพาะกิจกรรม",
    "Fund paying the allowances": "กองทุนที่จ่ายสิทธิ์การใช้จ่าย",
    "Allowance per participant (baht)": "สิทธิ์ต่อผู้เข้าร่วม (บาท)",
    "Anywhere": "ทุกพื้นที่",
    "No limit": "ไม่จำกัด",
    "no end": "ไม่มีวันสิ้นสุด",
    "Limit per member per day": "วงเงินต่อสมาชิกต่อวัน",
    "Limit per member per month": "วงเงินต่อสมาชิกต่อเดือน",
    "Allowance per participant": "สิทธิ์ต่อผู้เข้าร่วม",
    "Deactivate the program": "หยุดใช้โครงการ",
    "It stops applying; its history stays.": "กติกาจะหยุดใช้ ประวัติยังอยู่ครบ",
    "Participants": "ผู้เข้าร่วม",
    "Allowance": "สิทธิ์การใช้จ่าย",
    "Returned to the fund": "คืนเข้ากองทุน",
    "Nobody is registered yet.": "ยังไม่มีผู้ลงทะเบียน",
    "Register a member by phone number": "ลงทะเบียนสมาชิกด้วยหมายเลขโทรศัพท์",
    "Their allowance is credited from the fund, once per member.": (
        "สิทธิ์การใช้จ่ายจะโอนจากกองทุน สมาชิกละหนึ่งครั้ง"
    ),
    "Register": "ลงทะเบียน",
    "Shops taking the allowance": "ร้านค้าที่รับสิทธิ์การใช้จ่าย",
    "No shop yet.": "ยังไม่มีร้านค้า",
    "Add an approved shop": "เพิ่มร้านค้าที่ได้รับอนุมัติแล้ว",
    "Add the shop": "เพิ่มร้านค้า",
    "Close the event": "ปิดกิจกรรม",
    "After its expiry: what is left of every allowance goes back to the fund.": (
        "หลังหมดอายุ: สิทธิ์ที่เหลือของทุกคนจะคืนเข้ากองทุน"
    ),
    "Change the rules": "แก้ไขกติกา",
    "Save the rules": "บันทึกกติกา",
    # Vouchers
    "Voucher batches": "ชุดคูปอง",
    "Printed vouchers for people without smartphones. Each batch is paid for by a community"
    " fund; what is not redeemed goes back to it at expiry or cancellation.": (
        "คูปองกระดาษสำหรับผู้ที่ไม่มีสมาร์ตโฟน แต่ละชุดใช้เงินจากกองทุนชุมชน"
        " มูลค่าที่ไม่ได้ใช้จะคืนเข้ากองทุนเมื่อหมดอายุหรือถูกยกเลิก"
    ),
    "Value": "มูลค่า",
    "Issued": "ออกแล้ว",
    "Redeemed": "ใช้แล้ว",
    "Outstanding": "ยังไม่ใช้",
    "Last valid day": "ใช้ได้ถึงวันที่",
    "Cancelled": "ยกเลิกแล้ว",
    "Expired": "หมดอายุแล้ว",
    "Print sheet": "พิมพ์แผ่นคูปอง",
    "Cancel the batch": "ยกเลิกชุดคูปอง",
    "Why (for the audit log)": "เหตุผล (สำหรับบันทึกการตรวจสอบ)",
    "No batch yet.": "ยังไม่มีชุด",
    "Community funds": "กองทุนชุมชน",
    "Issue a batch": "ออกคูปองชุดใหม่",
    "The codes are shown once, on the sheet to print right after issuing; they are never"
    " stored.": "รหัสจะแสดงครั้งเดียวบนแผ่นสำหรับพิมพ์หลังออกคูปอง และไม่ถูกเก็บไว้ในระบบ",
    "What the batch is for (printed on each voucher)": "ชื่อชุดคูปอง (พิมพ์บนคูปองทุกใบ)",
    "Value of one voucher (baht)": "มูลค่าต่อใบ (บาท)",
    "How many vouchers": "จำนวนใบ",
    "Fund paying the batch": "กองทุนที่จ่ายค่าคูปอง",
    "Issue and print": "ออกคูปองและพิมพ์",
    "Voucher sheet": "แผ่นคูปอง",
    "Print this sheet now on A4 and cut along the lines. The codes are not stored: once this"
    " page is gone, they are gone.": (
        "พิมพ์แผ่นนี้บนกระดาษ A4 ทันทีแล้วตัดตามเส้น รหัสไม่ถูกเก็บไว้ในระบบ เมื่อปิดหน้านี้จะไม่สามารถเรียกดูได้อีก"
    ),
    "The codes are no longer shown": "ไม่สามารถแสดงรหัสได้อีกแล้ว",
    "A batch's codes are shown once, to the operator who issued it, for a short while after"
    " issuing; they are never stored. If the printed sheet is lost, cancel the batch and issue"
    " a new one.": (
        "รหัสคูปองแสดงเพียงครั้งเดียวแก่ผู้ดูแลที่ออกคูปอง ในช่วงเวลาสั้น ๆ หลังออก"
        " และไม่ถูกเก็บไว้ในระบบ หากแผ่นคูปองหาย กรุณายกเลิกชุดนี้แล้วออกชุดใหม่"
    ),
    # Bank statements
    "{new} new lines, {seen} already imported.": (
        "รายการใหม่ {new} รายการ นำเข้าแล้วก่อนหน้า {seen} รายการ"
    ),
    "{matched} matched to top-up requests and credited; {unmatched} wait for your decision.": (
        "จับคู่กับคำขอเติมเงินและโอนเหรียญแล้ว {matched} รายการ รอการตัดสิน {unmatched} รายการ"
    ),
    "Upload a statement": "อัปโหลดรายการเดินบัญชี",
    "The bank's CSV export of the account that receives PromptPay top-ups. Uploading the same"
    " statement again imports nothing twice.": (
        "ไฟล์ CSV ที่ส่งออกจากธนาคารของบัญชีที่รับเงินเติมพร้อมเพย์ อัปโหลดไฟล์เดิมซ้ำจะไม่นำเข้ารายการซ้ำ"
    ),
    "Statement file (CSV, at most {mb} MB)": "ไฟล์รายการเดินบัญชี (CSV ไม่เกิน {mb} MB)",
    "Import the statement": "นำเข้ารายการเดินบัญชี",
    "Lines waiting for a decision": "รายการที่รอการตัดสิน",
    "Credit it to a member": "โอนเหรียญให้สมาชิก",
    "The member of an open request": "สมาชิกเจ้าของคำขอเติมเงินที่ยังไม่ชำระ",
    "or the member's phone number": "หรือหมายเลขโทรศัพท์ของสมาชิก",
    "Credit the coin": "โอนเหรียญ",
    "Refunded to the sender": "คืนเงินให้ผู้โอนแล้ว",
    "How the baht went back (for the audit log)": "คืนเงินอย่างไร (สำหรับบันทึกการตรวจสอบ)",
    "Record the refund": "บันทึกการคืนเงิน",
    "Nothing waits: every line is matched or decided.": ("ไม่มีรายการรอ ทุกรายการจับคู่หรือตัดสินแล้ว"),
    "Top-up requests not paid yet": "คำขอเติมเงินที่ยังไม่ชำระ",
    "Expires": "หมดอายุ",
    "No open request.": "ไม่มีคำขอที่รอชำระ",
    "Matched and decided lines": "รายการที่จับคู่หรือตัดสินแล้ว",
    "Booked": "วันที่ในบัญชี",
    "Outcome": "ผล",
    "Matched": "จับคู่แล้ว",
    "by reference": "ตามเลขอ้างอิง",
    "by amount": "ตามจำนวนเงิน",
    "Credited by the operator": "ผู้ดูแลโอนเหรียญให้",
    "No line yet.": "ยังไม่มีรายการ",
    # Why a line matched nothing (promptpay_topups.statements; "request … was already paid"
    # names its request and stays in English)
    "no open request with this reference or amount": (
        "ไม่มีคำขอเติมเงินที่รอชำระซึ่งตรงกับเลขอ้างอิงหรือจำนวนเงินนี้"
    ),
    "above the top-up limit: the operator decides": "เกินวงเงินเติมเงิน ผู้ดูแลต้องตัดสิน",
    "the member's wallet is not active": "กระเป๋าเงินของสมาชิกไม่ได้ใช้งานอยู่",
    # Payouts
    "Redemptions waiting for a payout": "การแลกเหรียญที่รอจ่ายเงิน",
    "Pay to": "จ่ายเข้า",
    "Nothing waits: every redemption is in a batch.": "ไม่มีรายการรอ ทุกรายการอยู่ในชุดการจ่ายแล้ว",
    "Create a payout batch of everything waiting": "สร้างชุดการจ่ายเงินจากรายการที่รอทั้งหมด",
    "Payout batches": "ชุดการจ่ายเงิน",
    "Payout batch": "ชุดการจ่ายเงิน",
    "Lines": "จำนวนรายการ",
    "Bank reference": "เลขอ้างอิงธนาคาร",
    "Open: send the file to the bank": "เปิดอยู่: ส่งไฟล์ให้ธนาคาร",
    "Download the bank file (CSV)": "ดาวน์โหลดไฟล์สำหรับธนาคาร (CSV)",
    "The bank paid the batch": "ธนาคารจ่ายเงินชุดนี้แล้ว",
    "Once the bank has made the bulk payment, record its reference: the batch is then paid.": (
        "เมื่อธนาคารโอนเงินทั้งชุดแล้ว บันทึกเลขอ้างอิงของธนาคาร ชุดนี้จะเป็นจ่ายแล้ว"
    ),
    "The bank's reference of the payment": "เลขอ้างอิงการโอนของธนาคาร",
    "Mark the batch paid": "บันทึกว่าจ่ายแล้ว",
}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the treasury pages' operations, in Thai."""
