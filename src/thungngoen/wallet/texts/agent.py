"""Thai texts of the agent pages (English source string → Thai)."""

THAI: dict[str, str] = {
    # The counter
    "Ask the member for their phone number and look them up.": ("ขอหมายเลขโทรศัพท์ของสมาชิก แล้วค้นหา"),
    "Member's phone number": "หมายเลขโทรศัพท์ของสมาชิก",
    "Find the member": "ค้นหาสมาชิก",
    "Wallet": "กระเป๋าเงิน",
    "Active": "ใช้งานได้",
    "Frozen": "ถูกระงับ",
    "Closed": "ปิดแล้ว",
    "Cash received (baht)": "รับเงินสด (บาท)",
    "The member gets the same number of coins.": "สมาชิกจะได้รับเหรียญเท่ากับจำนวนเงิน",
    "Top up the wallet": "เติมเงินเข้ากระเป๋า",
    "This wallet cannot be topped up. Ask the member to contact Songkhla Wallet.": (
        "กระเป๋าเงินนี้เติมเงินไม่ได้ กรุณาแนะนำให้สมาชิกติดต่อถุงเงินสงขลา"
    ),
    "Type an amount in baht, for example 500.": "กรุณากรอกจำนวนเงินเป็นบาท เช่น 500",
    "Cash top-up recorded.": "บันทึกการเติมเงินสดแล้ว",
    # The receipt
    "Receipt": "ใบเสร็จ",
    "Cash top-up receipt": "ใบเสร็จรับเงินเติมเงินสด",
    "Receipt no.": "เลขที่ใบเสร็จ",
    "Date and time": "วันที่และเวลา",
    "Agent": "ตัวแทน",
    "Member": "สมาชิก",
    "Cash received": "รับเงินสด",
    "The same number of coins is now in the member's wallet.": (
        "เหรียญจำนวนเท่ากันเข้ากระเป๋าเงินของสมาชิกแล้ว"
    ),
    "Print": "พิมพ์",
    "Next member": "สมาชิกคนถัดไป",
    # The float
    "Cash you hold for Songkhla Wallet": "เงินสดที่คุณถือไว้แทนถุงเงินสงขลา",
    "Every cash top-up you make adds the cash you took to this figure: it belongs to "
    "Songkhla Wallet and you owe it until you hand it over.": (
        "ทุกครั้งที่เติมเงินสด เงินที่รับไว้จะรวมอยู่ในยอดนี้ เงินนี้เป็นของถุงเงินสงขลา คุณต้องรับผิดชอบจนกว่าจะนำส่ง"
    ),
    "Your float limit": "วงเงินสดที่ถือได้",
    "Room for top-ups": "ยอดที่ยังรับเติมเงินได้",
    "You have reached your float limit: hand the cash over to Songkhla Wallet before the next "
    "top-up.": "เงินสดที่คุณถือครบวงเงินแล้ว กรุณานำส่งเงินสดให้ถุงเงินสงขลาก่อนเติมเงินครั้งถัดไป",
    "Songkhla Wallet sets the limit. Hand the cash over to free room for more top-ups.": (
        "ถุงเงินสงขลาเป็นผู้กำหนดวงเงิน นำส่งเงินสดเพื่อให้รับเติมเงินได้อีก"
    ),
    "Cash handed over": "นำส่งเงินสดแล้ว",
    "Today": "วันนี้",
    "Cash top-ups": "รายการเติมเงินสด",
    "Total taken today": "ยอดรับวันนี้",
    "Time": "เวลา",
    "Amount": "จำนวนเงิน",
    "No cash top-ups yet today.": "วันนี้ยังไม่มีรายการเติมเงินสด",
    "Tap a time to see its receipt again.": "แตะที่เวลาเพื่อดูใบเสร็จอีกครั้ง",
    # The closing
    "Cash expected": "เงินสดที่ควรมี",
    "Count the cash taken for top-ups today, without your own change money.": (
        "นับเฉพาะเงินสดที่รับจากการเติมเงินวันนี้ ไม่รวมเงินทอนของคุณเอง"
    ),
    "Cash counted (baht)": "เงินสดที่นับได้ (บาท)",
    "Record the closing": "บันทึกการปิดยอด",
    "Type the cash you counted in baht, for example 1250.": ("กรุณากรอกเงินสดที่นับได้เป็นบาท เช่น 1250"),
    "Closing recorded.": "บันทึกการปิดยอดแล้ว",
    "Daily closing sheet": "ใบปิดยอดประจำวัน",
    "Day": "วันที่",
    "Recorded at": "บันทึกเมื่อ",
    "Cash counted": "เงินสดที่นับได้",
    "Difference": "ส่วนต่าง",
    "Over": "เงินเกิน",
    "Short": "เงินขาด",
    "Balanced": "ยอดตรง",
    "Agent's signature": "ลงชื่อตัวแทน",
    "Received by": "ลงชื่อผู้รับเงิน",
    "Print the closing sheet": "พิมพ์ใบปิดยอด",
    "Earlier counts today": "การนับก่อนหน้าในวันนี้",
}

THAI_BY_CODE: dict[str, str] = {}
"""DomainError codes first raised by the agent pages' operations, in Thai."""
