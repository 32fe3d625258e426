"""Thai texts of circulation (English source string → Thai; rejection code → Thai)."""

from thungngoen.circulation.meanings import THAI as MEANINGS_THAI

THAI: dict[str, str] = {
    "Circulation": "การหมุนเวียนของเงิน",
    "See how money circulates in Songkhla": "ดูการหมุนเวียนของเงินในสงขลา",
    "Money circulating in Songkhla": "เงินหมุนเวียนในสงขลา",
    "Figures from the wallet's own ledger, by month. No member can be identified: an area "
    "or flow with fewer than 5 active members is withheld.": (
        "ตัวเลขจากบัญชีแยกประเภทของกระเป๋าเงินเอง รายเดือน ไม่มีข้อมูลที่ระบุตัวสมาชิกได้:"
        " พื้นที่หรือกระแสเงินที่มีสมาชิกใช้งานน้อยกว่า 5 คนจะไม่แสดง"
    ),
    "Area": "พื้นที่",
    "Whole pilot": "ทั้งโครงการ",
    "Whole pilot so far": "ตลอดโครงการจนถึงปัจจุบัน",
    "Every coin is backed by a baht held in the reserve account.": (
        "ทุกเหรียญมีเงินบาทหนุนหลังในบัญชีเงินสำรอง"
    ),
    "Trends by month": "แนวโน้มรายเดือน",
    "Coin in circulation": "เหรียญที่หมุนเวียนอยู่",
    "Coin supply at the end": "ปริมาณเหรียญ ณ สิ้นงวด",
    "Baht reserve": "เงินบาทสำรอง",
    "Active wallets": "กระเป๋าเงินที่ใช้งาน",
    "Active shops": "ร้านค้าที่ใช้งาน",
    "Spending": "ยอดใช้จ่าย",
    "Velocity": "ความเร็วการหมุนเวียน",
    "Leakage (redeemed to baht)": "เงินรั่วไหล (แลกคืนเป็นเงินบาท)",
    "Shops' local re-spend": "ร้านค้านำไปใช้ต่อในท้องถิ่น",
    "Local multiplier (LM3)": "ตัวคูณท้องถิ่นสามรอบ",
    "Round 1 (R1)": "รอบที่ 1 (R1)",
    "Round 2 (R2)": "รอบที่ 2 (R2)",
    "Round 3 (R3)": "รอบที่ 3 (R3)",
    "Average hops before redemption": "จำนวนทอดเฉลี่ยก่อนแลกคืน",
    "Withheld: fewer than {n} members were active here.": (
        "ไม่แสดง: มีสมาชิกใช้งานในพื้นที่นี้น้อยกว่า {n} คน"
    ),
    "Biggest flows between sub-districts": "กระแสเงินระหว่างตำบลที่ใหญ่ที่สุด",
    "From sub-district": "จากตำบล",
    "To sub-district": "ไปตำบล",
    "Coin": "เหรียญ",
    "Number of payments": "จำนวนรายการ",
    "No flows between sub-districts yet.": "ยังไม่มีกระแสเงินระหว่างตำบล",
    "{n} small flows are withheld.": "ไม่แสดงกระแสเงินขนาดเล็ก {n} รายการ",
    "Program": "โครงการ",
    "All coin": "เหรียญทั้งหมด",
    "Up to transfer": "ถึงรายการโอนที่",
    "These figures are as of transfer": "ตัวเลขเหล่านี้นับถึงรายการโอนที่",
    "The ledger now holds transfer": "ขณะนี้บัญชีแยกประเภทมีรายการโอนถึงที่",
    "Refresh the figures": "ปรับตัวเลขให้เป็นปัจจุบัน",
    "The figures now include every transfer.": "ตัวเลขนับรวมทุกรายการโอนแล้ว",
    "Download CSV": "ดาวน์โหลด CSV",
    "Download Excel (XLSX)": "ดาวน์โหลดไฟล์ Excel (XLSX)",
    "Whole pilot, all coin": "ทั้งโครงการ เหรียญทั้งหมด",
    "Measures": "ตัวชี้วัด",
    "By program": "ตามโครงการ",
    "Shops by local re-spend": "ร้านค้าตามยอดนำไปใช้ต่อในท้องถิ่น",
    "No shop figures for this choice.": "ไม่มีตัวเลขร้านค้าสำหรับตัวเลือกนี้",
    "Coin received": "รับเข้า",
    "Re-spent locally": "นำไปใช้ต่อในท้องถิ่น",
    "Share": "สัดส่วน",
    "Redeemed to baht": "แลกคืนเป็นเงินบาท",
    "Flows between the busiest sub-districts": "กระแสเงินระหว่างตำบลที่เงินหมุนเวียนมากที่สุด",
    "Rows: the payers' sub-district; columns: the payees' sub-district.": (
        "แถว: ตำบลของผู้จ่าย คอลัมน์: ตำบลของผู้รับ"
    ),
    "From ↓ to →": "จาก ↓ ไป →",
    "Total": "รวม",
    "Small flows are withheld and not shown: the totals add up the flows shown only.": (
        "ไม่แสดงกระแสเงินขนาดเล็กที่ถูกปกปิด ยอดรวมนับเฉพาะกระแสเงินที่แสดง"
    ),
    "A shop's circulation": "การหมุนเวียนของเงินของร้านค้า",
    "Back to the circulation report": "กลับไปที่รายงานการหมุนเวียนของเงิน",
    "Shop record": "ข้อมูลร้านค้า",
    "Totals for the period": "ยอดรวมของช่วงเวลา",
    "Members' purchases, less refunds and cashback": "ยอดซื้อของสมาชิก หักคืนเงินและเงินคืน",
    "Coin from other shops": "เหรียญจากร้านค้าอื่น",
    "Re-spent to suppliers and in wages": "นำไปจ่ายร้านค้าอื่นและค่าจ้าง",
    "Share re-spent": "สัดส่วนที่นำไปใช้ต่อ",
    "By day": "รายวัน",
    "By month": "รายเดือน",
    "Month": "เดือน",
    "Purchases": "ยอดซื้อ",
    "From shops": "จากร้านค้า",
    "Re-spent": "นำไปใช้ต่อ",
    **MEANINGS_THAI,
}

THAI_BY_CODE: dict[str, str] = {
    "invalid_period": "ช่วงเวลาไม่ถูกต้อง: วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด",
    "unknown_area": "ไม่พบอำเภอหรือตำบลนี้ในจังหวัดสงขลา",
}
