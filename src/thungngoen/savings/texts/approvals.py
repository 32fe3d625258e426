"""Thai of what the loan pages say about approvals: how many the regulation needs, who
gave theirs, who may still give one, and what an approval did."""

APPROVED_BY = "Approved by {given} of {needed}"
RECORDED_MORE = "Your approval is recorded: {more} more needed."
LOAN_APPROVED = "Loan approved."

THAI: dict[str, str] = {
    APPROVED_BY: "อนุมัติแล้ว {given} จาก {needed} คน",
    RECORDED_MORE: "บันทึกการอนุมัติของคุณแล้ว ต้องการอีก {more} คน",
    LOAN_APPROVED: "อนุมัติเงินกู้แล้ว",
    "Approved by": "ผู้อนุมัติ",
    "May still approve": "ผู้ที่ยังอนุมัติได้",
    "No officer left who may approve.": "ไม่มีกรรมการที่ยังอนุมัติได้",
}
