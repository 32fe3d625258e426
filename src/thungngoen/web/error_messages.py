"""DomainError codes in the user's language; the English message is the fallback."""

from thungngoen.errors import DomainError

THAI_BY_CODE: dict[str, str] = {
    "bad_credentials": "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง",
    "forbidden": "คุณไม่มีสิทธิ์ทำรายการนี้",
    "duplicate_phone": "หมายเลขโทรศัพท์นี้ลงทะเบียนแล้ว",
    "duplicate_national_id": "เลขประจำตัวประชาชนนี้ลงทะเบียนแล้ว",
    "unknown_place": "ไม่พบตำบลนี้ในจังหวัดสงขลา",
    "wrong_pin": "รหัส PIN ไม่ถูกต้อง",
    "pin_locked": "รหัส PIN ถูกล็อกเนื่องจากใส่ผิดหลายครั้ง กรุณาติดต่อเจ้าหน้าที่",
    "pin_not_set": "ยังไม่ได้ตั้งรหัส PIN",
    "invalid_pin": "รหัส PIN ต้องเป็นตัวเลข 6 หลัก",
    "insufficient_funds": "ยอดเงินไม่พอ",
    "insufficient_coin": "เหรียญไม่พอ",
    "invalid_amount": "จำนวนเงินไม่ถูกต้อง",
    "account_frozen": "บัญชีถูกระงับชั่วคราว",
    "account_closed": "บัญชีถูกปิดแล้ว",
    "same_account": "ไม่สามารถโอนให้บัญชีตัวเองได้",
    "unknown_member": "ไม่พบสมาชิก",
    "unknown_merchant": "ไม่พบร้านค้า",
    "unknown_agent": "ไม่พบตัวแทน",
    "merchant_not_approved": "ร้านค้านี้ยังไม่ได้รับอนุมัติ",
    "payment_request_used": "QR นี้ถูกใช้ไปแล้ว",
    "pending_transfer_expired": "รายการหมดอายุแล้ว",
    "idempotency_conflict": "รายการนี้ถูกส่งไปแล้วด้วยข้อมูลต่างกัน",
    "refund_too_large": "ยอดคืนเงินเกินยอดที่ชำระ",
    "voucher_unknown": "ไม่พบคูปองนี้",
    "voucher_expired": "คูปองหมดอายุแล้ว",
    "voucher_already_redeemed": "คูปองนี้ถูกใช้ไปแล้ว",
    "tier_may_not_redeem": "ร้านค้าระดับนี้ไม่สามารถแลกเหรียญเป็นเงินบาทได้",
    "topup_too_many_open": "มีคำขอเติมเงินที่ยังไม่ชำระมากเกินไป",
}


def error_text(error: DomainError, language: str) -> str:
    if language == "th" and error.code in THAI_BY_CODE:
        return THAI_BY_CODE[error.code]
    return error.message
