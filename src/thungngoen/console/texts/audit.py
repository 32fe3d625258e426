"""Thai of the audit log page and of each audit action's sentence
(``console/pages/audit_sentences.py``); ``{name}`` stays as it is, the page fills it."""

THAI: dict[str, str] = {
    "Raw entry": "ข้อมูลดิบ",
    "web log-in": "การเข้าสู่ระบบทางเว็บ",
    "member": "สมาชิก",
    "shop": "ร้านค้า",
    "agent": "ตัวแทน",
    "operator": "ผู้ดูแลระบบ",
    "auditor": "ผู้ตรวจสอบ",
    "Login created for {name} ({role})": "สร้างบัญชีเข้าใช้ให้ {name} ({role})",
    "Password changed": "เปลี่ยนรหัสผ่านแล้ว",
    "Access token “{name}” issued": "ออกโทเค็นเข้าถึง “{name}” แล้ว",
    "Access token revoked": "ยกเลิกโทเค็นเข้าถึงแล้ว",
    "{revoked} sessions and access tokens ended": "ยุติการเข้าใช้และโทเค็น {revoked} รายการ",
    "PIN set": "ตั้ง PIN แล้ว",
    "PIN locked after {failed_attempts} wrong tries": "ล็อก PIN หลังใส่ผิด {failed_attempts} ครั้ง",
    "Announcement “{title}” approved for sending": "อนุมัติให้ส่งประกาศ “{title}” แล้ว",
    "Announcement “{title}” cancelled": "ยกเลิกประกาศ “{title}” แล้ว",
    "Notification delivery {subject} queued again after it failed": (
        "ส่งการแจ้งเตือนรายการที่ {subject} ใหม่อีกครั้งหลังส่งไม่สำเร็จ"
    ),
    "PIN reset": "รีเซ็ต PIN แล้ว",
    "Member registered": "ลงทะเบียนสมาชิกแล้ว",
    "Shop “{business_name}” applied": "ร้าน “{business_name}” สมัครเข้าร่วม",
    "Shop approved": "อนุมัติร้านค้าแล้ว",
    "Shop suspended or rejected": "ระงับหรือไม่อนุมัติร้านค้า",
    "Agent “{name}” registered": "ลงทะเบียนตัวแทน “{name}” แล้ว",
    "Agent's float limit set to {float_limit}": "กำหนดวงเงินสดของตัวแทนเป็น {float_limit}",
    "Agent's cash hand-over recorded: {counted} counted, {expected} expected": (
        "บันทึกการนำส่งเงินสดของตัวแทน: นับได้ {counted} ควรมี {expected}"
    ),
    "Wallet frozen": "ระงับกระเป๋าเงินแล้ว",
    "Wallet unfrozen": "ยกเลิกการระงับกระเป๋าเงินแล้ว",
    "Program “{name}” created": "สร้างโครงการ “{name}” แล้ว",
    "Program “{name}” changed": "แก้ไขโครงการ “{name}” แล้ว",
    "Program “{name}” stopped": "หยุดโครงการ “{name}” แล้ว",
    "Shop {merchant_id} added to the program": "เพิ่มร้านค้า {merchant_id} เข้าโครงการแล้ว",
    "Member registered in the program with {allowance}": (
        "ลงทะเบียนสมาชิกเข้าโครงการ ได้รับสิทธิ์ {allowance}"
    ),
    "Program closed, {returned} returned": "ปิดโครงการแล้ว คืนเงิน {returned}",
    "Payment refunded ({refunded} refunded in all)": "คืนเงินการชำระแล้ว (คืนรวม {refunded})",
    "Shop promotion created": "สร้างโปรโมชันของร้านค้าแล้ว",
    "Shop promotion ended": "จบโปรโมชันของร้านค้าแล้ว",
    "{size} vouchers issued, {total} in all": "ออกบัตรกำนัล {size} ใบ รวม {total}",
    "Voucher batch cancelled: {vouchers} unused, {returned} back to the fund": (
        "ยกเลิกชุดบัตรกำนัลแล้ว: ยังไม่ใช้ {vouchers} ใบ คืนกองทุน {returned}"
    ),
    "Voucher batch expired: {vouchers} unused, {returned} back to the fund": (
        "ชุดบัตรกำนัลหมดอายุ: ยังไม่ใช้ {vouchers} ใบ คืนกองทุน {returned}"
    ),
    "Payout batch to shops created, total {total}": "สร้างชุดเงินโอนคืนร้านค้าแล้ว รวม {total}",
    "Payout batch to shops paid, total {total}": "จ่ายชุดเงินโอนคืนร้านค้าแล้ว รวม {total}",
    "Donation of {amount} from {donor} into fund {fund}": (
        "รับเงินบริจาค {amount} จาก {donor} เข้ากองทุน {fund}"
    ),
    "Grant of {amount} from {donor} into fund {fund}": (
        "รับเงินอุดหนุน {amount} จาก {donor} เข้ากองทุน {fund}"
    ),
    "Redemption rule of tier {subject} set": "กำหนดเกณฑ์แลกคืนของระดับ {subject} แล้ว",
    "Shop redeemed {amount}, {net} to pay out": "ร้านค้าแลกคืน {amount} จะได้รับโอน {net}",
    "Top-up of {amount} requested": "ขอเติมเงิน {amount}",
    "Top-up request expired": "คำขอเติมเงินหมดอายุ",
    "Bank statement imported: {new} new lines, {duplicate} seen before": (
        "นำเข้ารายการเดินบัญชีแล้ว: ใหม่ {new} รายการ ซ้ำ {duplicate} รายการ"
    ),
    "Bank transfer of {amount} matched to a top-up": "จับคู่เงินโอน {amount} กับการเติมเงินแล้ว",
    "Bank transfer of {amount} set to be refunded": "ตั้งให้คืนเงินโอน {amount}",
    "Savings group “{name}” created": "ตั้งกลุ่มออมทรัพย์ “{name}” แล้ว",
    "Community enterprise “{name}” registered": "ลงทะเบียนวิสาหกิจชุมชน “{name}” แล้ว",
    "Savings group rules set from {effective_from}": "กำหนดระเบียบกลุ่มออมทรัพย์ตั้งแต่ {effective_from}",
    "Savings member no. {number} added": "เพิ่มสมาชิกกลุ่มออมทรัพย์ เลขที่ {number}",
    "Savings group officer appointed": "แต่งตั้งกรรมการกลุ่มออมทรัพย์แล้ว",
    "Meeting no. {number} recorded": "บันทึกการประชุมครั้งที่ {number} แล้ว",
    "Savings meeting planned for {meets_on} at {place}": (
        "นัดประชุมกลุ่มออมทรัพย์วันที่ {meets_on} ที่ {place}"
    ),
    "Savings meeting moved to {meets_on} at {place}": (
        "เลื่อนประชุมกลุ่มออมทรัพย์เป็นวันที่ {meets_on} ที่ {place}"
    ),
    "Savings meeting of {meets_on} cancelled": "ยกเลิกประชุมกลุ่มออมทรัพย์วันที่ {meets_on}",
    "Savings member left the group on {left_on}": "สมาชิกออกจากกลุ่มออมทรัพย์เมื่อวันที่ {left_on}",
    "Share-out recorded": "บันทึกการปันผลแล้ว",
    "Loan of {principal} applied for": "ยื่นขอกู้ {principal}",
    "Loan approved ({approvals} approvals)": "อนุมัติเงินกู้แล้ว ({approvals} ผู้อนุมัติ)",
    "Loan rejected": "ไม่อนุมัติเงินกู้",
    "Loan rescheduled over {months} months": "ปรับโครงสร้างหนี้เป็น {months} เดือน",
    "Loan written off: {principal}": "ตัดหนี้สูญ {principal}",
    "Municipality “{name}” added to the places": "เพิ่มเทศบาล “{name}” ในผังพื้นที่แล้ว",
    "Community “{name}” added": "เพิ่มชุมชน “{name}” แล้ว",
    "Community {subject} changed": "แก้ไขข้อมูลชุมชนรายการที่ {subject} แล้ว",
    "Savings group {savings_group_id} linked to its community": (
        "เชื่อมกลุ่มออมทรัพย์รายการที่ {savings_group_id} กับชุมชนแล้ว"
    ),
    "Organisation “{name}” added": "เพิ่มองค์กร “{name}” แล้ว",
    "Organisation “{name}” changed": "แก้ไขข้อมูลองค์กร “{name}” แล้ว",
    "A duty in the network's data granted": "มอบหน้าที่ในระบบข้อมูลเครือข่ายแล้ว",
    "A duty in the network's data ended": "สิ้นสุดหน้าที่ในระบบข้อมูลเครือข่ายแล้ว",
    "Household {subject} recorded": "บันทึกครัวเรือนรายการที่ {subject} แล้ว",
    "Household {subject} changed (version {version})": (
        "แก้ไขครัวเรือนรายการที่ {subject} แล้ว (ฉบับที่ {version})"
    ),
    "Person {subject} recorded with the lawful basis of the record": (
        "บันทึกบุคคลรายการที่ {subject} พร้อมฐานทางกฎหมายของการเก็บข้อมูลแล้ว"
    ),
    "Person {subject} changed": "แก้ไขข้อมูลบุคคลรายการที่ {subject} แล้ว",
    "Consent recorded under privacy notice {notice_version}": (
        "บันทึกความยินยอมแล้ว ตามประกาศความเป็นส่วนตัวฉบับ {notice_version}"
    ),
    "Consent withdrawn: the data it covered emptied": "ถอนความยินยอมแล้ว ลบข้อมูลที่เกี่ยวข้องออก",
    "Relocation request registered for household {household_id}": (
        "ลงทะเบียนคำขอย้ายที่อยู่ของครัวเรือน {household_id}"
    ),
    "Relocation request {subject} moved to {status}": "คำขอย้ายที่อยู่ {subject} เปลี่ยนเป็น {status}",
    "Proposal to CODI “{name}” created": "สร้างโครงการเสนอ พอช. “{name}”",
    "Survey round “{name}” created": "สร้างรอบสำรวจ “{name}” แล้ว",
    "Survey round {subject} is now {status}": "รอบสำรวจรายการที่ {subject} เปลี่ยนสถานะเป็น {status}",
    "Community {community_id} added to survey round {subject}": (
        "เพิ่มชุมชนรายการที่ {community_id} ในรอบสำรวจรายการที่ {subject} แล้ว"
    ),
    "A collector assigned in survey round {subject}": (
        "มอบหมายผู้เก็บข้อมูลในรอบสำรวจรายการที่ {subject} แล้ว"
    ),
    "Question “{key}” added to survey round {subject}": (
        "เพิ่มคำถาม “{key}” ในรอบสำรวจรายการที่ {subject} แล้ว"
    ),
    "Survey record of household {subject} saved (version {version})": (
        "บันทึกผลสำรวจครัวเรือนรายการที่ {subject} แล้ว (ฉบับที่ {version})"
    ),
    "Deprivation thresholds version {version} set, income line {income_line} a year": (
        "กำหนดเกณฑ์ความขัดสนฉบับที่ {version} แล้ว เส้นรายได้ {income_line} ต่อคนต่อปี"
    ),
    "Conflict of field entry {entry} resolved: {resolution}": (
        "แก้ไขความขัดแย้งของรายการภาคสนาม {entry} แล้ว: {resolution}"
    ),
    "Spreadsheet imported: {households_created} households and {persons_created} persons"
    " added, {persons_updated} persons changed": (
        "นำเข้าตารางข้อมูลแล้ว: เพิ่ม {households_created} ครัวเรือน {persons_created} คน"
        " แก้ไข {persons_updated} คน"
    ),
    "Personal data of {persons} persons exported: {purpose}": (
        "ส่งออกข้อมูลส่วนบุคคลของ {persons} คน เพื่อ {purpose}"
    ),
    "Privacy notice {version} published": "เผยแพร่ประกาศความเป็นส่วนตัวฉบับ {version} แล้ว",
    "Data-subject request {subject} received ({kind})": (
        "รับคำขอของเจ้าของข้อมูลรายการที่ {subject} แล้ว ({kind})"
    ),
    "Data-subject request {subject} is now {status}": (
        "คำขอของเจ้าของข้อมูลรายการที่ {subject} เปลี่ยนสถานะเป็น {status}"
    ),
    "Person {subject} erased on request {request_id}": (
        "ลบข้อมูลบุคคลรายการที่ {subject} ตามคำขอที่ {request_id} แล้ว"
    ),
    "Personal-data breach {subject} recorded": "บันทึกเหตุละเมิดข้อมูลส่วนบุคคลรายการที่ {subject} แล้ว",
    "Breach {subject}: notification recorded ({whom})": (
        "เหตุละเมิดรายการที่ {subject}: บันทึกการแจ้งแล้ว ({whom})"
    ),
}
