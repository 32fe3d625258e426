"""Thai of the meetings-ahead page and of what a member's page says of the next meeting."""

THAI: dict[str, str] = {
    "Meetings ahead": "นัดประชุมกลุ่ม",
    "Members with a wallet are reminded at 08:00 the day before each meeting.": (
        "สมาชิกที่มีกระเป๋าเงินจะได้รับการแจ้งเตือนเวลา 08:00 น. ของวันก่อนประชุม"
    ),
    "Next meetings": "นัดประชุมครั้งต่อไป",
    "Next meeting": "ประชุมครั้งต่อไป",
    "Date": "วันที่",
    "Time": "เวลา",
    "Place": "สถานที่",
    "Change": "แก้ไข",
    "Move or cancel": "เลื่อนหรือยกเลิก",
    "Save the change": "บันทึกการแก้ไข",
    "Cancel this meeting": "ยกเลิกนัดประชุมนี้",
    "No meeting planned yet.": "ยังไม่มีนัดประชุม",
    "Meet every month": "ประชุมทุกเดือน",
    "Day of the month (1–28)": "วันที่ของเดือน (1–28)",
    "For how many months": "นัดล่วงหน้ากี่เดือน",
    "Plan these meetings": "บันทึกนัดประชุม",
    "One meeting": "นัดประชุมครั้งเดียว",
    "Plan the meeting": "บันทึกนัดประชุม",
    "Type a time like 09:30.": "กรอกเวลา เช่น 09:30",
    "Meetings planned.": "บันทึกนัดประชุมแล้ว",
    "at": "ที่",
    "No meeting planned": "ยังไม่มีนัดประชุม",
}
