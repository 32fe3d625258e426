"""Thai of the meeting sheet and the share-out."""

THAI: dict[str, str] = {
    "Group cash": "เงินสดของกลุ่ม",
    "The sheet was not posted: nothing was recorded. Please fix the boxes marked below.": (
        "ยังไม่ได้บันทึกใบประชุม ไม่มีรายการใดถูกบันทึก กรุณาแก้ไขช่องที่มีเครื่องหมายด้านล่าง"
    ),
    "Meeting date": "วันที่ประชุม",
    "Type amounts in baht. Enter moves to the next box, Ctrl+Enter posts the sheet.": (
        "กรอกจำนวนเงินเป็นบาท กด Enter เพื่อไปช่องถัดไป กด Ctrl+Enter เพื่อบันทึกใบประชุม"
    ),
    "Present": "มาประชุม",
    "Loan repayment": "ชำระเงินกู้",
    "Behind": "ค้าง",
    "New loans to pay out": "เงินกู้ที่จ่ายในการประชุมนี้",
    "Pay out": "จ่าย",
    "Principal": "เงินต้น",
    "Months": "จำนวนเดือน",
    "Paid in": "จ่ายเป็น",
    "Coin to the member's wallet": "เหรียญเข้ากระเป๋าเงินของสมาชิก",
    "Group expenses": "ค่าใช้จ่ายของกลุ่ม",
    "Expense": "ค่าใช้จ่าย",
    "What for": "รายการ",
    "Welfare grants": "การจ่ายสวัสดิการ",
    "Corrections of earlier meetings": "แก้ไขรายการของการประชุมครั้งก่อน",
    (
        "A closed meeting is never edited: choose the wrong entry and say why; this meeting "
        "reverses it."
    ): ("การประชุมที่ปิดแล้วแก้ไขไม่ได้ ให้เลือกรายการที่ผิดและระบุเหตุผล การประชุมครั้งนี้จะกลับรายการนั้น"),
    "Correction": "การแก้ไข",
    "Entry": "รายการ",
    "Entry to reverse": "รายการที่จะกลับ",
    "Note": "หมายเหตุ",
    "Group cash after the meeting": "เงินสดของกลุ่มหลังประชุม",
    "Post the meeting": "บันทึกการประชุม",
    "Share-out date": "วันที่ปันผล",
    "Preview": "ดูตัวอย่าง",
    "Since": "ตั้งแต่",
    "the group's founding": "ก่อตั้งกลุ่ม",
    "Interest": "ดอกเบี้ย",
    "Fines": "ค่าปรับ",
    "Expenses": "ค่าใช้จ่าย",
    "Profit": "กำไร",
    "Community enterprise": "วิสาหกิจชุมชน",
    "Dividends": "เงินปันผล",
    "From the reserve for the enterprise": "จ่ายจากเงินสำรองให้วิสาหกิจชุมชน",
    "Dividends by savings-months": "เงินปันผลตามยอดเงินออมรายเดือน",
    "Savings-months": "ยอดเงินออมรายเดือนรวม",
    "Post the share-out": "บันทึกการปันผล",
    (
        "Posting closes the year's interest, fines and expenses and pays the dividends into "
        "the members' savings. It cannot be undone."
    ): ("การบันทึกจะปิดบัญชีดอกเบี้ย ค่าปรับ และค่าใช้จ่ายของปี และนำเงินปันผลเข้าเงินออมของสมาชิก ยกเลิกภายหลังไม่ได้"),
    "Post the share-out of": "บันทึกการปันผลวันที่",
}
