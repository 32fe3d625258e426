"""Thai of the member's and the network's savings pages: my savings, the federation,
founding a group."""

THAI: dict[str, str] = {
    "Savings group": "กลุ่มสัจจะออมทรัพย์",
    "Savings groups": "กลุ่มสัจจะออมทรัพย์",
    "member no.": "สมาชิกเลขที่",
    "Commitment saving not yet paid": "เงินสัจจะค้างส่ง",
    "Loan": "เงินกู้",
    "My passbook": "สมุดบัญชีของฉัน",
    "Group books": "บัญชีของกลุ่ม",
    "Meeting sheet": "ใบบันทึกการประชุม",
    "Loans": "เงินกู้",
    (
        "You are not a member of a savings group yet. Ask your community's group to enrol you "
        "with your wallet's phone number."
    ): ("คุณยังไม่ได้เป็นสมาชิกกลุ่มออมทรัพย์ ติดต่อกลุ่มในชุมชนของคุณเพื่อสมัครด้วยหมายเลขโทรศัพท์ของกระเป๋าเงิน"),
    "The network's savings groups": "กลุ่มออมทรัพย์ในเครือข่าย",
    "Savings passbook": "สมุดบัญชีเงินออม",
    "Statement for a period": "รายการเดินบัญชีตามช่วงเวลา",
    "Savings groups of the network": "กลุ่มสัจจะออมทรัพย์ของเครือข่าย",
    "As of": "ข้อมูล ณ วันที่",
    "Groups": "กลุ่ม",
    "Forming": "กำลังจัดตั้ง",
    "Closed": "ปิดแล้ว",
    "Savings": "เงินออม",
    "Loans outstanding": "เงินกู้คงค้าง",
    "Overdue": "ค้างชำระ",
    "Members in arrears": "สมาชิกที่ค้างชำระ",
    "Growth, last 90 days": "เงินออมเพิ่มขึ้นใน 90 วัน",
    "Group": "กลุ่ม",
    "Last meeting": "ประชุมครั้งล่าสุด",
    "No savings group yet.": "ยังไม่มีกลุ่มออมทรัพย์",
    "Found a group": "จัดตั้งกลุ่มใหม่",
    "Code (letters, digits, dashes)": "รหัสกลุ่ม (อักษรอังกฤษตัวเล็ก ตัวเลข ขีด)",
    "Group name": "ชื่อกลุ่ม",
    "Founded on": "ก่อตั้งเมื่อ",
    "Community enterprise code (optional)": "รหัสวิสาหกิจชุมชน (ไม่บังคับ)",
    "Found the group": "จัดตั้งกลุ่ม",
    "Active groups": "กลุ่มที่ดำเนินการอยู่",
    "Show the figures as of": "แสดงข้อมูล ณ วันที่",
    "The books as they stood at the end of that day; not after today.": (
        "ยอดตามบัญชี ณ สิ้นวันนั้น เลือกได้ไม่เกินวันนี้"
    ),
    "Show": "แสดง",
    "The figures below are today's.": "ตัวเลขด้านล่างเป็นข้อมูลของวันนี้",
    (
        "Groups: every group founded by that day, active, forming or closed; the API counts "
        "groups the same way."
    ): "กลุ่ม: ทุกกลุ่มที่ก่อตั้งภายในวันนั้น ทั้งที่ดำเนินการอยู่ กำลังจัดตั้ง และปิดแล้ว API นับจำนวนกลุ่มแบบเดียวกัน",
}
