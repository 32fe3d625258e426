"""Thai of the loan pages, the passbook statement and the receipts."""

THAI: dict[str, str] = {
    "Applications waiting for the officers": "คำขอกู้ที่รอกรรมการพิจารณา",
    "months": "เดือน",
    "None.": "ไม่มี",
    "Approved: paid out on the next meeting sheet": "อนุมัติแล้ว รอจ่ายในการประชุมครั้งถัดไป",
    "Principal owed": "เงินต้นคงค้าง",
    "Days overdue": "ระยะเวลาค้างชำระ",
    "Enter a loan application": "บันทึกคำขอกู้",
    "Purpose": "วัตถุประสงค์",
    "Enter the application": "บันทึกคำขอกู้",
    "Interest a month": "ดอกเบี้ยต่อเดือน",
    "Repayment schedule": "ตารางผ่อนชำระ",
    "Due on": "ครบกำหนด",
    "Instalment": "ค่างวด",
    "The schedule starts when the loan is paid out at a meeting.": (
        "ตารางผ่อนชำระเริ่มเมื่อจ่ายเงินกู้ในที่ประชุม"
    ),
    "Decide the application": "พิจารณาคำขอกู้",
    "Reason for refusing": "เหตุผลที่ไม่อนุมัติ",
    "Refuse": "ไม่อนุมัติ",
    "Restructure": "ปรับโครงสร้างหนี้",
    "The principal still owed gets a new schedule from today.": (
        "เงินต้นคงค้างจะได้ตารางผ่อนชำระใหม่เริ่มวันนี้"
    ),
    "Write off": "ตัดหนี้สูญ",
    "Write the loan off": "ตัดเป็นหนี้สูญ",
    "Statement of savings": "รายการเดินบัญชีเงินออม",
    "Printed on": "พิมพ์เมื่อ",
    "Period": "ช่วงเวลา",
    "From the start": "ตั้งแต่เริ่มต้น",
    "Brought forward": "ยอดยกมา",
    "Nothing recorded yet.": "ยังไม่มีรายการ",
    "Savings balance": "ยอดเงินออมคงเหลือ",
    "Other items": "รายการอื่น",
    "Received from": "ได้รับเงินจาก",
    "Payer": "ผู้จ่ายเงิน",
    "Received by (treasurer)": "ผู้รับเงิน (เหรัญญิก)",
}
