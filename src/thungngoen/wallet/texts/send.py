"""Thai of sending coin with a confirmation step, and of the refusals that say what to do
(tries left before the lock, the balance and the top-up when coin is short)."""

THAI: dict[str, str] = {
    # The first step
    "Next": "ถัดไป",
    "You confirm with your PIN on the next screen.": "คุณจะยืนยันด้วยรหัส PIN ในหน้าถัดไป",
    # The confirmation
    "Check before you send": "ตรวจสอบก่อนโอน",
    "Recipient": "ผู้รับ",
    "Recipient's phone": "หมายเลขโทรศัพท์ผู้รับ",
    "In words": "ตัวอักษร",
    "No fee": "ไม่มีค่าธรรมเนียม",
    "Memo": "บันทึกช่วยจำ",
    "Confirm and send": "ยืนยันและโอน",
    "Change": "แก้ไข",
    "The coin leaves your wallet only when you confirm with your PIN.": (
        "เหรียญจะออกจากกระเป๋าของคุณเมื่อคุณยืนยันด้วยรหัส PIN เท่านั้น"
    ),
    # Refusals that say what to do
    "Wrong PIN: {tries} tries left before payments lock.": (
        "รหัส PIN ไม่ถูกต้อง เหลืออีก {tries} ครั้งก่อนการชำระเงินจะถูกล็อก"
    ),
    "Wrong PIN: one try left. One more wrong PIN locks payments.": (
        "รหัส PIN ไม่ถูกต้อง เหลืออีก 1 ครั้ง หากผิดอีกครั้งการชำระเงินจะถูกล็อก"
    ),
    "Not enough coin: you have {balance}.": "เหรียญไม่พอ คุณมี {balance}",
    "Not enough coin.": "เหรียญไม่พอ",
    "You have {balance}.": "คุณมี {balance}",
    "Top up coin": "เติมเหรียญ",
}
