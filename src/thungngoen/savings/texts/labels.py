"""The English labels of entry kinds, offices, loan statuses and arrears buckets, for
every door to show the same words, and their Thai."""

KIND_LABELS = {
    "commitment": "Commitment saving",
    "voluntary": "Voluntary saving",
    "welfare_contribution": "Welfare contribution",
    "fine": "Fine",
    "repayment_principal": "Loan principal repaid",
    "repayment_interest": "Loan interest paid",
    "withdrawal": "Withdrawal",
    "disbursement": "Loan paid out",
    "expense": "Group expense",
    "welfare_grant": "Welfare grant",
    "write_off": "Loan written off",
    "dividend": "Dividend",
    "enterprise": "Community enterprise allocation",
}
OFFICE_LABELS = {
    "chair": "Chair",
    "treasurer": "Treasurer",
    "secretary": "Secretary",
    "collector": "Collector",
}
LOAN_STATUS_LABELS = {
    "applied": "Applied for",
    "approved": "Approved",
    "rejected": "Refused",
    "active": "Being repaid",
    "repaid": "Repaid",
    "written_off": "Written off",
}
BUCKET_LABELS = {
    "current": "Up to date",
    "1-30": "1–30 days overdue",
    "31-60": "31–60 days overdue",
    "61-90": "61–90 days overdue",
    "90+": "Over 90 days overdue",
}

THAI: dict[str, str] = {
    "Commitment saving": "เงินสัจจะ",
    "Voluntary saving": "เงินฝากเพิ่ม",
    "Welfare contribution": "เงินสมทบกองทุนสวัสดิการ",
    "Fine": "ค่าปรับ",
    "Loan principal repaid": "ชำระเงินต้น",
    "Loan interest paid": "ชำระดอกเบี้ย",
    "Withdrawal": "ถอนเงินออม",
    "Loan paid out": "จ่ายเงินกู้",
    "Group expense": "ค่าใช้จ่ายกลุ่ม",
    "Welfare grant": "จ่ายสวัสดิการ",
    "Loan written off": "ตัดหนี้สูญ",
    "Dividend": "เงินปันผล",
    "Community enterprise allocation": "เงินจัดสรรให้วิสาหกิจชุมชน",
    "Chair": "ประธาน",
    "Treasurer": "เหรัญญิก",
    "Secretary": "เลขานุการ",
    "Collector": "ผู้เก็บเงิน",
    "Applied for": "ยื่นคำขอกู้",
    "Approved": "อนุมัติแล้ว",
    "Refused": "ไม่อนุมัติ",
    "Being repaid": "กำลังผ่อนชำระ",
    "Repaid": "ชำระครบแล้ว",
    "Written off": "ตัดหนี้สูญแล้ว",
    "Up to date": "ชำระตรงตามกำหนด",
    "1–30 days overdue": "ค้างชำระ 1–30 วัน",
    "31–60 days overdue": "ค้างชำระ 31–60 วัน",
    "61–90 days overdue": "ค้างชำระ 61–90 วัน",
    "Over 90 days overdue": "ค้างชำระเกิน 90 วัน",
}
