"""Thai texts of the wallet's own rejection codes: people, merchant decisions, payments,
signed QR tokens and PromptPay payloads (the programs' codes are in ``programs``)."""

THAI_BY_CODE: dict[str, str] = {
    "duplicate_national_id": "เลขประจำตัวประชาชนนี้ลงทะเบียนแล้ว",
    "unknown_member": "ไม่พบสมาชิก",
    "unknown_merchant": "ไม่พบร้านค้า",
    "unknown_agent": "ไม่พบตัวแทน",
    "merchant_not_approved": "ร้านค้านี้ยังไม่ได้รับอนุมัติ",
    "payment_request_used": "QR นี้ถูกใช้ไปแล้ว",
    "refund_too_large": "ยอดคืนเงินเกินยอดที่ชำระ",
    "emv_payload": "ข้อมูล QR พร้อมเพย์ไม่ถูกต้อง",
    "expired_token": "QR หมดอายุแล้ว",
    "promptpay_request": "คำขอเติมเงินพร้อมเพย์ไม่ถูกต้อง",
    "promptpay_target": "หมายเลขพร้อมเพย์ไม่ถูกต้อง",
    "tampered_token": "QR ไม่ถูกต้อง",
    "unknown_fund": "ไม่พบกองทุน",
    "unknown_fund_gift": "ไม่พบรายการรับเงินเข้ากองทุน",
    "invalid_gift_kind": "กรุณาเลือกประเภท: เงินบริจาคหรือเงินอุดหนุน",
    "donor_required": "กรุณาระบุชื่อผู้บริจาคหรือผู้ให้ทุน (ไม่เกิน 200 ตัวอักษร)",
    "wallet_error": "ทำรายการไม่ได้",
    "decision_not_allowed": "ร้านค้าในสถานะนี้ใช้การพิจารณานี้ไม่ได้",
    "unknown_tier": "กรุณาเลือกระดับร้านค้าจากรายการ",
    "reference_too_long": "เลขอ้างอิงยาวได้ไม่เกิน 60 ตัวอักษร",
    "float_limit_reached": (
        "เติมเงินไม่ได้: เงินสดที่ตัวแทนถือไว้จะเกินวงเงินที่ถุงเงินสงขลากำหนด กรุณานำส่งเงินสดให้ถุงเงินสงขลาก่อน"
    ),
    "handover_exceeds_float": "ยอดนำส่งเกินเงินสดที่ตัวแทนถืออยู่",
}
