"""Thai of the relocation requests (decision 0048): labels, pages, the profile's sections
and the rejection codes."""

STATUS_LABELS = {
    "registered": "Registered, awaiting verification",
    "verified": "Verified by the network",
    "proposed": "In a proposal to CODI",
    "approved": "Approved by CODI",
    "moved": "Moved to the new home",
    "withdrawn": "Request withdrawn",
}
REASON_LABELS = {
    "eviction": "Facing eviction",
    "railway_land": "Living on railway land",
    "crowded": "Crowded or run-down housing",
    "rent_burden": "Rent too high for the household",
    "unsafe": "Unsafe place (flooding, fire, erosion)",
    "other": "Another reason",
}
SAVINGS_SOURCES = {
    "savings_group": "from the savings group's books",
    "declared": "declared by the household",
    "none": "no savings recorded",
}
OTHER_ACTORS = {"cli": "The operator, from the command line", "demo": "The demo's loader"}

THAI: dict[str, str] = {
    "The operator, from the command line": "ผู้ดูแลระบบ ผ่านบรรทัดคำสั่ง",
    "The demo's loader": "ข้อมูลตัวอย่างของระบบ",
    "Someone else": "ผู้อื่น",
    "All relocation requests": "คำขอย้ายที่อยู่ทั้งหมด",
    "Registered, awaiting verification": "ลงทะเบียนแล้ว รอตรวจสอบ",
    "Verified by the network": "เครือข่ายตรวจสอบแล้ว",
    "In a proposal to CODI": "อยู่ในโครงการที่เสนอ พอช.",
    "Approved by CODI": "พอช. อนุมัติแล้ว",
    "Moved to the new home": "ย้ายเข้าบ้านใหม่แล้ว",
    "Request withdrawn": "ถอนคำขอแล้ว",
    "Facing eviction": "ถูกไล่รื้อ",
    "Living on railway land": "อยู่ในที่ดินการรถไฟ",
    "Crowded or run-down housing": "บ้านแออัดหรือทรุดโทรม",
    "Rent too high for the household": "ค่าเช่าสูงเกินกำลังของครัวเรือน",
    "Unsafe place (flooding, fire, erosion)": "พื้นที่ไม่ปลอดภัย (น้ำท่วม ไฟไหม้ กัดเซาะ)",
    "Another reason": "เหตุผลอื่น",
    "from the savings group's books": "จากสมุดบัญชีกลุ่มออมทรัพย์",
    "declared by the household": "ครัวเรือนแจ้งเอง",
    "no savings recorded": "ยังไม่มีข้อมูลเงินออม",
    "10 % of the loan": "ร้อยละ 10 ของวงเงินกู้",
    "10 % reached": "เงินออมถึงร้อยละ 10",
    "All communities": "ทุกชุมชนรวมกัน",
    "Coin received by its shops (coin)": "เหรียญที่ร้านค้าในตำบลได้รับ (เหรียญ)",
    "Coin spent in the sub-district (coin)": "เหรียญที่ใช้จ่ายในตำบล (เหรียญ)",
    "Create the proposal": "สร้างโครงการที่จะเสนอ",
    "Download the PDF for CODI": "ดาวน์โหลดเอกสาร PDF สำหรับ พอช.",
    "Every status": "ทุกสถานะ",
    "Figures withheld: members active there fewer than": (
        "ไม่แสดงตัวเลข เพราะสมาชิกที่ใช้เหรียญในตำบลมีน้อยกว่า"
    ),
    "History of the request": "ประวัติของคำขอ",
    "Households asking CODI for new housing under Baan Mankong. Savings must reach 10 % of "
    "the loan before CODI lends.": (
        "ครัวเรือนที่ขอที่อยู่อาศัยใหม่จาก พอช. ตามโครงการบ้านมั่นคง ต้องมีเงินออมถึงร้อยละ 10 ของวงเงินกู้ก่อน พอช. ให้กู้"
    ),
    "Households in the proposal": "ครัวเรือนในโครงการ",
    "Households moved": "ครัวเรือนที่ย้ายแล้ว",
    "Leave empty when a member saves in a savings group: the group's books count.": (
        "เว้นว่างไว้ถ้ามีสมาชิกในบ้านออมกับกลุ่มออมทรัพย์ ระบบจะใช้ยอดจากสมุดบัญชีกลุ่ม"
    ),
    "Loan asked of CODI": "วงเงินกู้ที่ขอจาก พอช.",
    "Loan asked of CODI (baht)": "วงเงินกู้ที่ขอจาก พอช. (บาท)",
    "Mark as": "เปลี่ยนเป็น",
    "Members active in the sub-district": "สมาชิกที่ใช้เหรียญในตำบล",
    "Name of the proposal": "ชื่อโครงการ",
    "Next step": "ขั้นตอนถัดไป",
    "No proposal yet.": "ยังไม่มีโครงการที่เสนอ",
    "No relocation request here.": "ยังไม่มีคำขอย้ายที่อยู่ในพื้นที่นี้",
    "No request in this proposal yet.": "ยังไม่มีคำขอในโครงการนี้",
    "No step yet.": "ยังไม่มีขั้นตอน",
    "Note to CODI": "หมายเหตุถึง พอช.",
    "Persons": "จำนวนคน",
    "Proposal": "โครงการที่เสนอ",
    "Proposal to CODI": "โครงการที่เสนอ พอช.",
    "Proposals to CODI": "โครงการที่เสนอ พอช. ทั้งหมด",
    "Register a relocation request": "ลงทะเบียนคำขอย้ายที่อยู่",
    "Register the request": "ลงทะเบียนคำขอ",
    "Relocation request": "คำขอย้ายที่อยู่",
    "Relocation requests": "คำขอย้ายที่อยู่",
    "Relocation requests to CODI": "คำขอย้ายที่อยู่ถึง พอช.",
    "Requests approved by CODI": "คำขอที่ พอช. อนุมัติ",
    "Requests in a proposal to CODI": "คำขอที่อยู่ในโครงการเสนอ พอช.",
    "Requests registered, not yet verified": "คำขอที่ลงทะเบียนแล้ว ยังไม่ได้ตรวจสอบ",
    "Requests shown": "จำนวนคำขอที่แสดง",
    "Requests verified": "คำขอที่ตรวจสอบแล้ว",
    "Requests whose savings reach 10 % of the loan": "คำขอที่มีเงินออมถึงร้อยละ 10 ของวงเงินกู้",
    "Requests withdrawn": "คำขอที่ถอนแล้ว",
    "Savings declared by the household (baht)": "เงินออมที่ครัวเรือนแจ้ง (บาท)",
    "Shop taking the coin": "ร้านค้าที่รับเหรียญ",
    "Shops are placed by sub-district only; the figures are the sub-district's": (
        "ร้านค้าบันทึกไว้ตามตำบลเท่านั้น ตัวเลขนี้จึงเป็นของทั้งตำบล"
    ),
    "Shops taking the coin and coin circulating": "ร้านค้าที่รับเหรียญและเหรียญที่หมุนเวียน",
    "Shops taking the coin in the sub-district": "ร้านค้าที่รับเหรียญในตำบล",
    "Summary by community": "สรุปตามชุมชน",
    "The PDF names the head of each household: downloading it is logged as an export of "
    "personal data.": ("เอกสาร PDF มีชื่อหัวหน้าครัวเรือน การดาวน์โหลดจะถูกบันทึกเป็นการส่งออกข้อมูลส่วนบุคคล"),
    "The step is recorded.": "บันทึกขั้นตอนแล้ว",
    "The relocation request is registered.": "ลงทะเบียนคำขอย้ายที่อยู่แล้ว",
    "The proposal is created.": "สร้างโครงการแล้ว",
    "Request relocation": "ขอย้ายที่อยู่",
}

THAI_BY_CODE: dict[str, str] = {
    "unknown_relocation_request": "ไม่พบคำขอย้ายที่อยู่นี้",
    "unknown_relocation_proposal": "ไม่พบโครงการที่เสนอ พอช. นี้",
    "invalid_relocation_request": "ข้อมูลคำขอย้ายที่อยู่หรือโครงการไม่ถูกต้อง",
    "duplicate_relocation_request": "ครัวเรือนนี้มีคำขอย้ายที่อยู่แล้ว หรือมีโครงการชื่อนี้แล้ว",
    "invalid_relocation_step": "คำขอในสถานะนี้เปลี่ยนไปเป็นสถานะที่เลือกไม่ได้",
}
