"""Thai texts of the console dashboard (English source string → Thai)."""

THAI: dict[str, str] = {
    "Proof of reserve": "หลักฐานเงินหนุนเหรียญ",
    "Coin outstanding": "เหรียญหมุนเวียน",
    "Baht backing": "เงินบาทหนุนเหรียญ",
    "Balanced: every coin is backed by a baht": "สมดุล: ทุกเหรียญมีเงินบาทหนุนครบ",
    "Not balanced: check the books now": "ไม่สมดุล: ตรวจสอบบัญชีทันที",
    "Difference": "ส่วนต่าง",
    "Legal guard": "เกณฑ์ตามกฎหมาย",
    "The e-money exemption holds while the average coin outstanding over 182 days stays "
    "below the limit.": (
        "การยกเว้นตามกฎหมายระบบการชำระเงินยังคงอยู่ ตราบที่ยอดเหรียญหมุนเวียนเฉลี่ย 182 วันต่ำกว่าเพดาน"
    ),
    "182-day average": "ค่าเฉลี่ย 182 วัน",
    "Limit": "เพดาน",
    "Share of the limit": "สัดส่วนของเพดาน",
    "Coin outstanding now": "เหรียญหมุนเวียนขณะนี้",
    "Warning: the average has reached {percent} % of the limit": (
        "คำเตือน: ค่าเฉลี่ยถึง {percent} % ของเพดานแล้ว"
    ),
    "Below the warning level ({percent} %)": "ต่ำกว่าระดับเตือน ({percent} %)",
    "Window": "ช่วงเวลา",
    "Agents' cash floats": "เงินสดหมุนเวียนของตัวแทน",
    "Cash held by agents for Songkhla Wallet": "เงินสดที่ตัวแทนถือไว้แทนถุงเงินสงขลา",
    "Agent": "ตัวแทน",
    "Cash held": "เงินสดที่ถือ",
    "No agents yet.": "ยังไม่มีตัวแทน",
    "Waiting for a decision": "รอการพิจารณา",
    "Shops waiting for approval": "ร้านค้ารออนุมัติ",
    "Open PromptPay top-ups": "คำขอเติมเงินพร้อมเพย์ที่รอชำระ",
    "Users": "ผู้ใช้",
    "Members": "สมาชิก",
    "Shops": "ร้านค้า",
    "Agents": "ตัวแทน",
}

THAI_BY_CODE: dict[str, str] = {}
