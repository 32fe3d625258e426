"""Thai texts of circulation (English source string → Thai; rejection code → Thai)."""

THAI: dict[str, str] = {}

THAI_BY_CODE: dict[str, str] = {
    "invalid_period": "ช่วงเวลาไม่ถูกต้อง: วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด",
    "unknown_area": "ไม่พบอำเภอหรือตำบลนี้ในจังหวัดสงขลา",
}
