"""Thai texts of the operator's program pages: sandbox programs and events with their
allowances (English source string → Thai), and of the programs' rejection codes."""

THAI: dict[str, str] = {
    # Shared words
    "Active": "ใช้งานได้",
    "Closed": "ปิดแล้ว",
    "Code": "รหัส",
    "Inactive": "ไม่ใช้งาน",
    "Kind": "ประเภท",
    "Member": "สมาชิก",
    "Status": "สถานะ",
    "Valid until": "ใช้ได้ถึง",
    # Flashes (Python)
    "Program created.": "สร้างโครงการแล้ว",
    "Program updated.": "บันทึกกติกาของโครงการแล้ว",
    "Program deactivated.": "หยุดใช้โครงการแล้ว",
    "Participant registered: the allowance is credited.": (
        "ลงทะเบียนผู้เข้าร่วมแล้ว โอนสิทธิ์การใช้จ่ายให้แล้ว"
    ),
    "The shop now takes this event's allowance.": "ร้านนี้รับสิทธิ์การใช้จ่ายของกิจกรรมนี้แล้ว",
    "Event closed: what was left of the allowances went back to the fund.": (
        "ปิดกิจกรรมแล้ว สิทธิ์ที่เหลือคืนเข้ากองทุนแล้ว"
    ),
    # Programs
    "Sandbox (area and limits)": "แซนด์บ็อกซ์ (พื้นที่และวงเงิน)",
    "Event (allowances)": "กิจกรรม (สิทธิ์การใช้จ่าย)",
    "Food": "อาหาร",
    "Grocery": "ของชำ",
    "Market stall": "แผงตลาด",
    "Services": "บริการ",
    "Producer": "ผู้ผลิต",
    "Wholesale": "ค้าส่ง",
    "Crafts": "งานหัตถกรรม",
    "Alcohol": "เครื่องดื่มแอลกอฮอล์",
    "Tobacco": "ยาสูบ",
    "Lottery": "สลากกินแบ่ง",
    "Where and how coin may be spent: the sandbox area and its limits, and events with their"
    " allowances.": ("เหรียญใช้ได้ที่ไหนและอย่างไร: พื้นที่แซนด์บ็อกซ์และวงเงิน และกิจกรรมพร้อมสิทธิ์การใช้จ่าย"),
    "Program": "โครงการ",
    "Program name": "ชื่อโครงการ",
    "Valid": "ช่วงเวลาที่ใช้ได้",
    "Area": "พื้นที่",
    "Excluded categories": "ประเภทร้านที่ไม่รับ",
    "Per day": "ต่อวัน",
    "Per month": "ต่อเดือน",
    "No program yet.": "ยังไม่มีโครงการ",
    "New program": "โครงการใหม่",
    "Create the program": "สร้างโครงการ",
    "Lowercase letters, digits and dashes, e.g. old-town-2026": (
        "ตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข และขีด เช่น old-town-2026"
    ),
    "Valid from": "เริ่มใช้",
    "Empty: no end (sandbox only); an event's expiry": (
        "เว้นว่าง: ไม่มีวันสิ้นสุด (เฉพาะแซนด์บ็อกซ์) สำหรับกิจกรรมคือวันหมดอายุ"
    ),
    "Area: the sub-districts whose shops take part": "พื้นที่: ตำบลที่ร้านค้าเข้าร่วมได้",
    "None chosen: anywhere in Songkhla.": "ไม่เลือก: ทุกพื้นที่ในจังหวัดสงขลา",
    "Excluded shop categories": "ประเภทร้านค้าที่ไม่รับ",
    "Limit per member per day (coin)": "วงเงินต่อสมาชิกต่อวัน (เหรียญ)",
    "Limit per member per month (coin)": "วงเงินต่อสมาชิกต่อเดือน (เหรียญ)",
    "Empty: no limit": "เว้นว่าง: ไม่จำกัด",
    "Events only": "เฉพาะกิจกรรม",
    "Fund paying the allowances": "กองทุนที่จ่ายสิทธิ์การใช้จ่าย",
    "Allowance per participant (coin)": "สิทธิ์ต่อผู้เข้าร่วม (เหรียญ)",
    "Anywhere": "ทุกพื้นที่",
    "No limit": "ไม่จำกัด",
    "no end": "ไม่มีวันสิ้นสุด",
    "Limit per member per day": "วงเงินต่อสมาชิกต่อวัน",
    "Limit per member per month": "วงเงินต่อสมาชิกต่อเดือน",
    "Allowance per participant": "สิทธิ์ต่อผู้เข้าร่วม",
    "Deactivate the program": "หยุดใช้โครงการ",
    "It stops applying; its history stays.": "กติกาจะหยุดใช้ ประวัติยังอยู่ครบ",
    "Participants": "ผู้เข้าร่วม",
    "Allowance": "สิทธิ์การใช้จ่าย",
    "Returned to the fund": "คืนเข้ากองทุน",
    "Nobody is registered yet.": "ยังไม่มีผู้ลงทะเบียน",
    "Register a member by phone number": "ลงทะเบียนสมาชิกด้วยหมายเลขโทรศัพท์",
    "Their allowance is credited from the fund, once per member.": (
        "สิทธิ์การใช้จ่ายจะโอนจากกองทุน สมาชิกละหนึ่งครั้ง"
    ),
    "Register": "ลงทะเบียน",
    "Shops taking the allowance": "ร้านค้าที่รับสิทธิ์การใช้จ่าย",
    "No shop yet.": "ยังไม่มีร้านค้า",
    "Add an approved shop": "เพิ่มร้านค้าที่ได้รับอนุมัติแล้ว",
    "Add the shop": "เพิ่มร้านค้า",
    "Close the event": "ปิดกิจกรรม",
    "After its expiry: what is left of every allowance goes back to the fund.": (
        "หลังหมดอายุ: สิทธิ์ที่เหลือของทุกคนจะคืนเข้ากองทุน"
    ),
    "Change the rules": "แก้ไขกติกา",
    "Save the rules": "บันทึกกติกา",
}

THAI_BY_CODE: dict[str, str] = {
    "allowance_closed": "สิทธิ์การใช้จ่ายของกิจกรรมนี้ปิดแล้ว",
    "duplicate_program": "มีโครงการชื่อนี้อยู่แล้ว",
    "event_not_over": "กิจกรรมยังไม่สิ้นสุด",
    "fund_too_low": "เงินในกองทุนไม่พอ",
    "invalid_program": "ข้อมูลโครงการไม่ถูกต้อง",
    "not_participant": "คุณไม่ได้เป็นผู้เข้าร่วมโครงการนี้",
    "program_error": "ไม่สามารถทำรายการในโครงการนี้ได้",
    "program_rule": "รายการนี้ขัดกับกติกาของโครงการ",
    "unknown_program": "ไม่พบโครงการ",
    "daily_limit": "เกินวงเงินต่อวันของโครงการ",
    "monthly_limit": "เกินวงเงินต่อเดือนของโครงการ",
    "allowance_too_low": "สิทธิ์การใช้จ่ายของกิจกรรมเหลือไม่พอ",
    "not_event_merchant": "ร้านนี้ไม่ได้ร่วมกิจกรรมนี้",
    "outside_area": "ร้านนี้อยู่นอกพื้นที่ของโครงการ",
    "excluded_category": "โครงการนี้ไม่รับร้านประเภทนี้",
    "event_not_open": "กิจกรรมยังไม่เปิดหรือปิดแล้ว",
}
