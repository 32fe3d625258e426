"""Thai texts of the vouchers area (English source string → Thai): the operator's voucher
batches and printed sheets, the member's vouchers page; and of its rejection codes."""

THAI: dict[str, str] = {
    # Shared words
    "Batch": "ชุด",
    "Print": "พิมพ์",
    # Form checks (Python)
    "Pick a date.": "กรุณาเลือกวันที่",
    "A batch holds between 1 and {most} vouchers.": "คูปองหนึ่งชุดมีได้ 1 ถึง {most} ใบ",
    # Flashes (Python)
    "Batch issued: print the sheet now, the codes are shown only for a short while.": (
        "ออกคูปองแล้ว กรุณาพิมพ์ทันที รหัสจะแสดงเพียงช่วงเวลาสั้น ๆ"
    ),
    "Batch cancelled: its unredeemed value went back to the fund.": (
        "ยกเลิกชุดคูปองแล้ว มูลค่าที่ยังไม่ใช้คืนเข้ากองทุนแล้ว"
    ),
    # The operator's voucher batches and sheets
    "Voucher batches": "ชุดคูปอง",
    "Printed vouchers for people without smartphones. Each batch is paid for by a community"
    " fund; what is not redeemed goes back to it at expiry or cancellation.": (
        "คูปองกระดาษสำหรับผู้ที่ไม่มีสมาร์ตโฟน แต่ละชุดใช้เงินจากกองทุนชุมชน"
        " มูลค่าที่ไม่ได้ใช้จะคืนเข้ากองทุนเมื่อหมดอายุหรือถูกยกเลิก"
    ),
    "Value": "มูลค่า",
    "Issued": "ออกแล้ว",
    "Redeemed": "ใช้แล้ว",
    "Outstanding": "ยังไม่ใช้",
    "Last valid day": "ใช้ได้ถึงวันที่",
    "Cancelled": "ยกเลิกแล้ว",
    "Expired": "หมดอายุแล้ว",
    "Print sheet": "พิมพ์แผ่นคูปอง",
    "Cancel the batch": "ยกเลิกชุดคูปอง",
    "Why (for the audit log)": "เหตุผล (สำหรับบันทึกการตรวจสอบ)",
    "No batch yet.": "ยังไม่มีชุด",
    "Community funds": "กองทุนชุมชน",
    "Issue a batch": "ออกคูปองชุดใหม่",
    "The codes are shown once, on the sheet to print right after issuing; they are never"
    " stored.": "รหัสจะแสดงครั้งเดียวบนแผ่นสำหรับพิมพ์หลังออกคูปอง และไม่ถูกเก็บไว้ในระบบ",
    "What the batch is for (printed on each voucher)": "ชื่อชุดคูปอง (พิมพ์บนคูปองทุกใบ)",
    "Value of one voucher (coin)": "มูลค่าต่อใบ (เหรียญ)",
    "How many vouchers": "จำนวนใบ",
    "Fund paying the batch": "กองทุนที่จ่ายค่าคูปอง",
    "Issue and print": "ออกคูปองและพิมพ์",
    "Voucher sheet": "แผ่นคูปอง",
    "Print this sheet now on A4 and cut along the lines. The codes are not stored: once this"
    " page is gone, they are gone.": (
        "พิมพ์แผ่นนี้บนกระดาษ A4 ทันทีแล้วตัดตามเส้น รหัสไม่ถูกเก็บไว้ในระบบ เมื่อปิดหน้านี้จะไม่สามารถเรียกดูได้อีก"
    ),
    "The codes are no longer shown": "ไม่สามารถแสดงรหัสได้อีกแล้ว",
    "A batch's codes are shown once, to the operator who issued it, for a short while after"
    " issuing; they are never stored. If the printed sheet is lost, cancel the batch and issue"
    " a new one.": (
        "รหัสคูปองแสดงเพียงครั้งเดียวแก่ผู้ดูแลที่ออกคูปอง ในช่วงเวลาสั้น ๆ หลังออก"
        " และไม่ถูกเก็บไว้ในระบบ หากแผ่นคูปองหาย กรุณายกเลิกชุดนี้แล้วออกชุดใหม่"
    ),
    # The member's vouchers page
    "Got a printed voucher? Type its 12-digit code to put its value into your wallet.": (
        "มีคูปองกระดาษหรือไม่ พิมพ์รหัส 12 หลักเพื่อเติมมูลค่าเข้ากระเป๋าของคุณ"
    ),
    "Voucher code": "รหัสคูปอง",
    "Redeem into my wallet": "เติมเข้ากระเป๋าของฉัน",
    "Event allowances": "สิทธิ์ใช้จ่ายในกิจกรรม",
    "Open": "เปิดใช้",
    "Closed": "ปิดแล้ว",
    "Left to spend": "ใช้ได้อีก",
    "of": "จาก",
    "You hold no event allowance.": "คุณยังไม่มีสิทธิ์ใช้จ่ายในกิจกรรม",
    "Vouchers I redeemed": "คูปองที่ฉันใช้แล้ว",
    "None yet.": "ยังไม่มี",
    "The voucher's value is in your wallet.": "มูลค่าคูปองเข้ากระเป๋าของคุณแล้ว",
}

THAI_BY_CODE: dict[str, str] = {
    "voucher_unknown": "ไม่พบคูปองนี้",
    "voucher_expired": "คูปองหมดอายุแล้ว",
    "voucher_already_redeemed": "คูปองนี้ถูกใช้ไปแล้ว",
    "voucher_batch_cancelled": "ชุดคูปองถูกยกเลิกแล้ว",
    "voucher_batch_closed": "ชุดคูปองปิดแล้ว",
    "voucher_batch_exists": "มีชุดคูปองนี้อยู่แล้ว",
    "voucher_batch_unknown": "ไม่พบชุดคูปอง",
    "voucher_code_invalid": "รหัสคูปองไม่ถูกต้อง",
    "voucher_error": "ใช้คูปองไม่ได้",
    "voucher_fund_insufficient": "เงินกองทุนคูปองไม่พอ",
}
