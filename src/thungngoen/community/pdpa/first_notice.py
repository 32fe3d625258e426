"""The first privacy notice (version ``2026-1``), the one the area's consents were taken
under before notices were versioned. Migration 0031 stores the same text (its own copy,
as a migration must not change when this file does)."""

from datetime import UTC, date, datetime

VERSION = "2026-1"
EFFECTIVE_ON = date(2026, 6, 1)
PUBLISHED_AT = datetime(2026, 6, 1, tzinfo=UTC)
TEXT_TH = (
    "มูลนิธิและเครือข่ายพลเมืองสงขลาเก็บข้อมูลครัวเรือนและสมาชิกครัวเรือน"
    " (ชื่อ วันเกิด เพศ ความสัมพันธ์ เลขประจำตัวประชาชนในรูปที่ถอดกลับไม่ได้ โทรศัพท์"
    " อาชีพ การศึกษา และความเปราะบาง) เพื่อวางแผนและช่วยเหลือชุมชน"
    " ข้อมูลสุขภาพและความพิการเก็บเฉพาะเมื่อท่านยินยอมโดยชัดแจ้ง (มาตรา 26)"
    " ผู้อ่านข้อมูลมีเฉพาะผู้ที่มีหน้าที่ในชุมชนของท่าน ทุกการอ่านถูกบันทึก"
    " ท่านขอดูบันทึกผู้อ่าน ขอสำเนา แก้ไข ลบ คัดค้าน หรือระงับการใช้ข้อมูล"
    " และถอนความยินยอมได้ทุกเมื่อ เราตอบคำขอภายใน 30 วัน"
)
TEXT_EN = (
    "The foundation and the Songkhla citizens' network keep data on households and their"
    " members (name, birth date, sex, relation, the national ID as an irreversible digest,"
    " phone, occupation, education and vulnerability) to plan and help the communities."
    " Health and disability data are kept only with your explicit consent (section 26)."
    " Only those with a duty in your community read your data, and every read is logged."
    " You may see who read it, ask for a copy, correction, erasure, objection or"
    " restriction, and withdraw your consent at any time. We answer within 30 days."
)
