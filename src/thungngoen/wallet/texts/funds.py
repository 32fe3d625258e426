"""Thai texts of the operator's community fund pages: the funds, the form recording a
donation or a grant, its receipt and each fund's statement (English source → Thai)."""

THAI: dict[str, str] = {
    # Menu and the funds page
    "Community funds": "กองทุนชุมชน",
    "Redemption fees, donations and grants fill the funds; events and voucher batches"
    " spend them.": (
        "ค่าธรรมเนียมการแลกคืน เงินบริจาค และเงินอุดหนุน เข้ากองทุน กิจกรรมและชุดบัตรกำนัลใช้จ่ายจากกองทุน"
    ),
    "Balances": "ยอดคงเหลือ",
    "Balance": "ยอดคงเหลือ",
    "No community fund.": "ไม่มีกองทุนชุมชน",
    "Fund": "กองทุน",
    "Record a donation or a grant": "บันทึกรับเงินบริจาคหรือเงินอุดหนุน",
    "Record it once the baht is in the bank account: the receipt says so.": (
        "บันทึกเมื่อเงินเข้าบัญชีธนาคารแล้วเท่านั้น ใบเสร็จรับเงินยืนยันเช่นนั้น"
    ),
    "Nothing was recorded: see the marked field.": "ยังไม่ได้บันทึก กรุณาดูช่องที่มีเครื่องหมาย",
    "Kind": "ประเภท",
    "Donation": "เงินบริจาค",
    "Grant": "เงินอุดหนุน",
    "Amount (baht)": "จำนวนเงิน (บาท)",
    "Donor or grantor": "ผู้บริจาคหรือผู้ให้ทุน",
    "Reference (optional)": "เลขอ้างอิง (ไม่บังคับ)",
    "The bank's slip or the grant's letter": "สลิปธนาคารหรือหนังสืออนุมัติทุน",
    "Record and print the receipt": "บันทึกและพิมพ์ใบเสร็จ",
    "Read only: auditors may look but change nothing.": (
        "อ่านอย่างเดียว: ผู้ตรวจสอบดูข้อมูลได้ทุกอย่างแต่แก้ไขไม่ได้"
    ),
    "The gift is recorded: here is its receipt.": "บันทึกรับเงินแล้ว นี่คือใบเสร็จรับเงิน",
    # The receipt
    "Receipt": "ใบเสร็จ",
    "Receipt no.": "เลขที่ใบเสร็จ",
    "Date": "วันที่",
    "Received from": "ได้รับเงินจาก",
    "Into the fund": "เข้ากองทุน",
    "Reference": "เลขอ้างอิง",
    "Amount received": "จำนวนเงินที่ได้รับ",
    "The baht is in Songkhla Wallet's bank account, kept for the fund.": (
        "เงินจำนวนนี้อยู่ในบัญชีธนาคารของถุงเงินสงขลา เก็บไว้ให้กองทุน"
    ),
    "Print": "พิมพ์",
    "Fund statement": "รายการเคลื่อนไหวของกองทุน",
    # The statement
    "Movement": "รายการ",
    "Amount": "จำนวนเงิน",
    "No movement yet.": "ยังไม่มีรายการเคลื่อนไหว",
    "Older movements": "รายการก่อนหน้า",
    "All community funds": "กองทุนชุมชนทั้งหมด",
    "Redemption fee": "ค่าธรรมเนียมการแลกคืน",
    "Event allowances": "สิทธิ์ใช้จ่ายในกิจกรรม",
    "Event allowances returned": "สิทธิ์การใช้จ่ายที่คืนกองทุน",
    "Voucher batch": "ชุดบัตรกำนัล",
    "Money in": "เงินเข้า",
    "Spending": "ยอดใช้จ่าย",
}
THAI_BY_CODE: dict[str, str] = {}
