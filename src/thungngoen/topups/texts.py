"""Thai texts of the top-ups area (English source string → Thai): the operator's bank
statements, the member's PromptPay top-up; and of its rejection codes."""

THAI: dict[str, str] = {
    # Shared words
    "Description": "รายละเอียด",
    "Reference": "เลขอ้างอิง",
    "Refunded": "คืนเงินแล้ว",
    # Form checks (Python)
    "Choose an open request or type a phone number, not both.": (
        "กรุณาเลือกคำขอเติมเงินที่ยังไม่ชำระ หรือใส่หมายเลขโทรศัพท์ อย่างใดอย่างหนึ่ง"
    ),
    "Choose the bank statement CSV file.": "กรุณาเลือกไฟล์ CSV รายการเดินบัญชีธนาคาร",
    "This is not a CSV text file: export the statement from the bank as CSV.": (
        "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV กรุณาส่งออกรายการเดินบัญชีจากธนาคารเป็นไฟล์ CSV"
    ),
    "line {line}": "บรรทัดที่ {line}",
    # Flashes (Python)
    "Statement imported.": "นำเข้ารายการเดินบัญชีแล้ว",
    "Line credited to the member.": "โอนเหรียญของรายการนี้ให้สมาชิกแล้ว",
    "Line recorded as refunded to the sender.": "บันทึกว่าคืนเงินรายการนี้ให้ผู้โอนแล้ว",
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
    # Why a line matched nothing (topups.statements; "request … was already paid" names its
    # request and stays in English)
    "no open request with this reference or amount": (
        "ไม่มีคำขอเติมเงินที่รอชำระซึ่งตรงกับเลขอ้างอิงหรือจำนวนเงินนี้"
    ),
    "above the top-up limit: the operator decides": "เกินวงเงินเติมเงิน ผู้ดูแลต้องตัดสิน",
    "the member's wallet is not active": "กระเป๋าเงินของสมาชิกไม่ได้ใช้งานอยู่",
    # The member's top-up by PromptPay
    "Top up by PromptPay": "เติมเงินผ่านพร้อมเพย์",
    "Type how much to add. You get a PromptPay QR to pay from any Thai banking app; "
    "the coin arrives once the operator's bank receives your transfer.": (
        "พิมพ์จำนวนเงินที่ต้องการเติม แล้วรับ QR พร้อมเพย์ไปจ่ายจากแอปธนาคารใดก็ได้ "
        "เหรียญจะเข้ากระเป๋าเมื่อบัญชีธนาคารของผู้ดูแลได้รับเงินโอนแล้ว"
    ),
    "Get the PromptPay QR": "รับ QR พร้อมเพย์",
    "Waiting for your transfer": "รอการโอนเงินของคุณ",
    "Top up in cash at an agent": "เติมเงินสดที่ตัวแทน",
    "Your sub-district": "ตำบลของคุณ",
    "No agent in your district yet.": "ยังไม่มีตัวแทนในอำเภอของคุณ",
    "Scan this QR in your banking app, or save it and open it there. Pay exactly this amount:": (
        "สแกน QR นี้ด้วยแอปธนาคาร หรือบันทึกภาพแล้วเปิดในแอป กรุณาโอนให้ตรงตามจำนวนนี้:"
    ),
    "A few satang were added so that the operator can recognise your transfer.": (
        "มีการเพิ่มเศษสตางค์เล็กน้อย เพื่อให้ผู้ดูแลระบบรู้ว่าเป็นเงินโอนของคุณ"
    ),
    "You pay {baht} → you get {coin}": "จ่าย {baht} → ได้ {coin}",
    "Your transfer arrived: the coin is in your wallet.": "ได้รับเงินโอนแล้ว เหรียญเข้ากระเป๋าของคุณแล้ว",
    "This request expired. Ask for a new QR if you still want to top up.": (
        "คำขอนี้หมดอายุแล้ว หากยังต้องการเติมเงิน กรุณาขอ QR ใหม่"
    ),
    "Back to top up": "กลับไปหน้าเติมเงิน",
    "Top-ups by PromptPay are not available: the operator has not set up the PromptPay"
    " account that receives them. Top up in cash at an agent.": (
        "ยังเติมเงินผ่านพร้อมเพย์ไม่ได้ เพราะผู้ดูแลระบบยังไม่ได้ตั้งค่าบัญชีพร้อมเพย์ที่รับเงิน กรุณาเติมเงินสดที่ตัวแทน"
    ),
    "Save the picture": "บันทึกรูป",
    "Share the picture": "แชร์รูป",
    "PromptPay QR to pay {amount}, reference {reference}": (
        "QR พร้อมเพย์ สำหรับโอน {amount} เลขอ้างอิง {reference}"
    ),
    "Open your banking app, choose scan, then pick this picture from your photos.": (
        "เปิดแอปธนาคาร เลือกสแกน แล้วเลือกรูปนี้จากคลังภาพ"
    ),
}

THAI_BY_CODE: dict[str, str] = {
    "topup_promptpay_unconfigured": ("ยังเติมเงินผ่านพร้อมเพย์ไม่ได้ ผู้ดูแลระบบยังไม่ได้ตั้งค่าหมายเลขพร้อมเพย์"),
    "topup_too_many_open": "มีคำขอเติมเงินที่ยังไม่ชำระมากเกินไป",
    "decision_note_required": "กรุณาระบุเหตุผล",
    "statement_bank_ref": "เลขอ้างอิงธนาคารซ้ำหรือไม่ถูกต้อง",
    "statement_format": "รูปแบบไฟล์รายการเดินบัญชีไม่ถูกต้อง",
    "statement_line_decided": "รายการนี้ตัดสินแล้ว",
    "statement_upload": "อัปโหลดรายการเดินบัญชีไม่ได้",
    "topup_amount_busy": "ยอดเติมเงินนี้มีผู้ใช้อยู่ กรุณาลองอีกครั้ง",
    "unknown_statement_line": "ไม่พบรายการเดินบัญชี",
    "unknown_topup_request": "ไม่พบคำขอเติมเงิน",
}
