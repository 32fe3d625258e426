"""DomainError codes in the user's language; the English message is the fallback.

The core's codes (ledger, auth, registry, web) are here; each area's are in its own
``texts.THAI_BY_CODE`` (``tests/test_area_texts.py`` keeps them there)."""

from thungngoen.errors import DomainError
from thungngoen.web.i18n_catalogue import AREA_CATALOGUES

SHARED_BY_CODE: dict[str, str] = {
    "bad_credentials": "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง",
    "forbidden": "คุณไม่มีสิทธิ์ทำรายการนี้",
    "duplicate_phone": "หมายเลขโทรศัพท์นี้ลงทะเบียนแล้ว",
    "unknown_place": "ไม่พบตำบลนี้ในจังหวัดสงขลา",
    "notify_rejected": "ส่งการแจ้งเตือนนี้ไม่ได้",
    "template_values_mismatch": "ข้อมูลของการแจ้งเตือนไม่ตรงกับแบบข้อความ",
    "notification_kind_undeclared": "ไม่มีการแจ้งเตือนประเภทนี้",
    "unknown_audience": "ไม่มีกลุ่มผู้รับนี้",
    "notification_not_found": "ไม่พบการแจ้งเตือนนี้ในกล่องข้อความของคุณ",
    "wrong_pin": "รหัส PIN ไม่ถูกต้อง",
    "pin_rate_limited": "ใส่รหัส PIN ผิดหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่",
    "login_rate_limited": "ใส่รหัสผ่านผิดหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่",
    "pin_locked": "รหัส PIN ถูกล็อกเนื่องจากใส่ผิดหลายครั้ง กรุณาติดต่อเจ้าหน้าที่",
    "pin_not_set": "ยังไม่ได้ตั้งรหัส PIN",
    "password_checks_busy": "มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก กรุณาลองใหม่อีกครั้งในอีกสักครู่",
    "token_expired": "หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบใหม่",
    "wrong_token_kind": "โทเค็นนี้ใช้กับช่องทางนี้ไม่ได้ กรุณาเข้าสู่ระบบใหม่",
    "unknown_token": "ไม่พบโทเค็นนี้",
    "pin_key_missing": "รหัส PIN นี้ตั้งด้วยกุญแจลับที่ระบบไม่มีแล้ว กรุณาให้เจ้าหน้าที่รีเซ็ต PIN",
    "secret_key_mismatch": "ฐานข้อมูลเขียนด้วยกุญแจลับที่ระบบไม่มี กรุณาติดต่อผู้ดูแลระบบ",
    "invalid_pin": "รหัส PIN ต้องเป็นตัวเลข 6 หลัก",
    "insufficient_funds": "ยอดเงินไม่พอ",
    "invalid_amount": "จำนวนเงินไม่ถูกต้อง",
    "account_frozen": "บัญชีถูกระงับชั่วคราว",
    "account_closed": "บัญชีถูกปิดแล้ว",
    "same_account": "ไม่สามารถโอนให้บัญชีตัวเองได้",
    "pending_transfer_expired": "รายการหมดอายุแล้ว",
    "idempotency_conflict": "รายการนี้ถูกส่งไปแล้วด้วยข้อมูลต่างกัน",
    "already_reversed": "รายการนี้ถูกกลับรายการไปแล้ว",
    "auth_error": "ไม่สามารถยืนยันตัวตนได้",
    "batch_leg_rejected": "รายการหนึ่งในชุดถูกปฏิเสธ จึงไม่บันทึกทั้งชุด",
    "credit_limit_exceeded": "เกินวงเงินที่กำหนด",
    "currency_mismatch": "สกุลเงินไม่ตรงกัน",
    "duplicate_account_code": "รหัสบัญชีนี้มีอยู่แล้ว",
    "empty_batch": "ไม่มีรายการในชุด",
    "invalid_account": "บัญชีไม่ถูกต้อง",
    "ledger_error": "บันทึกรายการไม่ได้",
    "not_reversible": "รายการนี้กลับรายการไม่ได้",
    "post_exceeds_pending": "ยอดเกินยอดที่กันไว้",
    "transfer_not_pending": "รายการนี้ไม่ได้อยู่ระหว่างรอ",
    "unknown_account": "ไม่พบบัญชี",
    "unknown_currency": "ไม่รู้จักสกุลเงินนี้",
    "unknown_transfer": "ไม่พบรายการ",
}

THAI_BY_CODE: dict[str, str] = SHARED_BY_CODE | {
    code: thai for area in AREA_CATALOGUES for code, thai in area.THAI_BY_CODE.items()
}


def error_text(error: DomainError, language: str) -> str:
    """A refusal that says its own Thai (``message_th``: with the figures it names) is
    said so; otherwise its code's Thai; in English, or without either, its message."""
    if language != "th":
        return error.message
    worded = getattr(error, "message_th", None)
    if isinstance(worded, str) and worded:
        return worded
    return THAI_BY_CODE.get(error.code, error.message)
