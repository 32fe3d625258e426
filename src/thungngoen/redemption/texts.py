"""Thai texts of the redemption area (English source string → Thai): the operator's payouts,
the shop's redeem page; and of its rejection codes."""

THAI: dict[str, str] = {
    # Shared words
    "Amount": "จำนวนเงิน",
    "Bank account": "บัญชีธนาคาร",
    "Created": "สร้างเมื่อ",
    "Paid": "จ่ายแล้ว",
    "PromptPay": "พร้อมเพย์",
    "Shop": "ร้านค้า",
    "Total": "รวม",
    # Flashes (Python)
    "Payout batch created: download the bank file.": (
        "สร้างชุดการจ่ายเงินแล้ว กรุณาดาวน์โหลดไฟล์สำหรับธนาคาร"
    ),
    "Payout batch marked paid.": "บันทึกว่าชุดการจ่ายเงินนี้จ่ายแล้ว",
    # The operator's payouts
    "Redemptions waiting for a payout": "การแลกเหรียญที่รอจ่ายเงิน",
    "Pay to": "จ่ายเข้า",
    "Bank missing: not batched until the shop records it": (
        "ยังไม่ระบุธนาคาร: จะยังไม่เข้าชุดการจ่ายจนกว่าร้านจะบันทึกธนาคาร"
    ),
    "Nothing waits: every redemption is in a batch.": "ไม่มีรายการรอ ทุกรายการอยู่ในชุดการจ่ายแล้ว",
    "Create a payout batch of everything waiting": "สร้างชุดการจ่ายเงินจากรายการที่รอทั้งหมด",
    "Payout batches": "ชุดการจ่ายเงิน",
    "Payout batch": "ชุดการจ่ายเงิน",
    "Lines": "จำนวนรายการ",
    "Bank reference": "เลขอ้างอิงธนาคาร",
    "Open: send the file to the bank": "เปิดอยู่: ส่งไฟล์ให้ธนาคาร",
    "Download the bank file (CSV)": "ดาวน์โหลดไฟล์สำหรับธนาคาร (CSV)",
    "Download to read in Excel (XLSX)": "ดาวน์โหลดไว้อ่านใน Excel (XLSX)",
    "The bank paid the batch": "ธนาคารจ่ายเงินชุดนี้แล้ว",
    "Once the bank has made the bulk payment, record its reference: the batch is then paid.": (
        "เมื่อธนาคารโอนเงินทั้งชุดแล้ว บันทึกเลขอ้างอิงของธนาคาร ชุดนี้จะเป็นจ่ายแล้ว"
    ),
    "The bank's reference of the payment": "เลขอ้างอิงการโอนของธนาคาร",
    "Mark the batch paid": "บันทึกว่าจ่ายแล้ว",
    # The shop's redeem page
    "Redeem coin for baht": "แลกเหรียญเป็นเงินบาท",
    "Coin balance": "ยอดเหรียญ",
    "Redeemable now": "แลกได้ตอนนี้",
    "To spend at other shops first": "ต้องใช้จ่ายกับร้านอื่นก่อน",
    "Fee": "ค่าธรรมเนียม",
    "The fee goes to the community fund you choose.": "ค่าธรรมเนียมเข้ากองทุนชุมชนที่คุณเลือก",
    "Coin to redeem": "จำนวนเหรียญที่จะแลก",
    "Preview the fee": "ดูค่าธรรมเนียมก่อนแลก",
    "Fee {percent}% (tier: {tier})": "ค่าธรรมเนียม {percent}% (ระดับร้านค้า: {tier})",
    "Baht the shop will receive": "เงินบาทที่ร้านจะได้รับ",
    "Standard": "มาตรฐาน",
    "Small shop": "ร้านค้าขนาดเล็ก",
    "Large shop": "ร้านค้าขนาดใหญ่",
    "Circulate only": "ใช้หมุนเวียนเท่านั้น",
    "Community fund for the fee": "กองทุนชุมชนที่รับค่าธรรมเนียม",
    "Shops of your tier keep their coin in circulation: they may not redeem it for baht.": (
        "ร้านค้าระดับของคุณต้องใช้เหรียญหมุนเวียนต่อ ไม่สามารถแลกเป็นเงินบาทได้"
    ),
    "Asked": "วันที่ขอแลก",
    "Baht to you": "เงินบาทที่ได้รับ",
    "To": "โอนเข้า",
    "No redemptions yet.": "ยังไม่มีการแลกเหรียญ",
    "Queued for the next payout": "รอจ่ายรอบถัดไป",
    "In a bank batch": "ส่งธนาคารแล้ว",
    "Choose the community fund for the fee.": "กรุณาเลือกกองทุนชุมชนที่รับค่าธรรมเนียม",
    "Redemption booked: the baht goes out with the next payout.": (
        "บันทึกการแลกเหรียญแล้ว เงินบาทจะโอนในรอบจ่ายถัดไป"
    ),
    # The shop's re-spend page (จ่ายต่อ)
    "Re-spend": "จ่ายต่อ",
    "Re-spend coin locally": "ใช้เหรียญจ่ายต่อในท้องถิ่น",
    "Pay another shop of the network or a wage in coin: the coin keeps working in Songkhla.": (
        "จ่ายร้านค้าอื่นในเครือข่ายหรือจ่ายค่าจ้างเป็นเหรียญ ให้เหรียญหมุนเวียนในสงขลาต่อไป"
    ),
    "Pay a supplier": "จ่ายร้านค้าผู้ขายส่ง",
    "Shop to pay": "ร้านค้าที่จะจ่าย",
    "Choose a shop": "เลือกร้านค้า",
    "Choose the shop to pay.": "กรุณาเลือกร้านค้าที่จะจ่าย",
    "Coin to pay": "จำนวนเหรียญที่จะจ่าย",
    "Pay the shop": "จ่ายร้านค้า",
    "Pay a wage": "จ่ายค่าจ้าง",
    "Member": "สมาชิก",
    "Phone": "เบอร์โทรศัพท์",
    "Wage": "ค่าจ้าง",
    "Member's phone": "เบอร์โทรศัพท์ของสมาชิก",
    "Wage in coin": "ค่าจ้างเป็นเหรียญ",
    "Next": "ถัดไป",
    "Change": "แก้ไข",
    "Confirm and pay the wage": "ยืนยันและจ่ายค่าจ้าง",
    "Paid the shop in coin.": "จ่ายร้านค้าเป็นเหรียญแล้ว",
    "Wage paid in coin.": "จ่ายค่าจ้างเป็นเหรียญแล้ว",
}

THAI_BY_CODE: dict[str, str] = {
    "insufficient_coin": "เหรียญไม่พอ",
    "tier_may_not_redeem": "ร้านค้าระดับนี้ไม่สามารถแลกเหรียญเป็นเงินบาทได้",
    "above_redeemable": "ยอดที่ขอแลกเกินยอดที่แลกได้",
    "nothing_to_pay": "ไม่มีรายการที่ต้องจ่าย",
    "payout_batch_already_paid": "ชุดการจ่ายเงินนี้จ่ายแล้ว",
    "unknown_payout_batch": "ไม่พบชุดการจ่ายเงิน",
    "payout_bank_missing": ("ยังจ่ายไม่ได้: ร้านค้ายังไม่ได้ระบุธนาคารของบัญชีรับเงิน กรุณาให้ร้านบันทึกธนาคารก่อน"),
}
