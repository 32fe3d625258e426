"""Thai of the import and export (decision 0047): its pages and its rejection codes."""

THAI_BY_CODE: dict[str, str] = {
    ("invalid_import_mapping"): ("การจับคู่คอลัมน์ไม่ถูกต้อง: ต้องจับคู่ช่องที่จำเป็นกับหัวคอลัมน์ที่มีในไฟล์"),
    "malformed_import_file": "อ่านไฟล์ไม่ได้: ต้องเป็นไฟล์ CSV หรือ XLSX ที่แถวแรกเป็นหัวคอลัมน์",
    "import_sheet_not_found": "ไม่พบแผ่นงานนี้ในไฟล์",
    "import_has_errors": "มีแถวที่ไม่ถูกต้อง จึงยังไม่ได้นำเข้าข้อมูลใด ๆ",
}
THAI: dict[str, str] = {
    "Household address": "ที่อยู่ของครัวเรือน",
    "Date of birth": "วันเดือนปีเกิด",
    (
        "CSV or XLSX, one row per person with their household's columns. Nothing is"
        " written until you choose to import."
    ): ("ไฟล์ CSV หรือ XLSX หนึ่งแถวต่อหนึ่งคน พร้อมคอลัมน์ของครัวเรือน ระบบจะยังไม่บันทึกอะไรจนกว่าคุณเลือกนำเข้า"),
    "Check the file": "ตรวจไฟล์",
    "Checked: nothing written yet": "ตรวจแล้ว: ยังไม่ได้บันทึกข้อมูล",
    "Child out of school": "เด็กนอกระบบการศึกษา",
    "File column": "คอลัมน์ในไฟล์",
    "Columns of the file": "การจับคู่คอลัมน์ของไฟล์",
    "Community (name or id)": "ชุมชน (ชื่อหรือรหัส)",
    "Debts (baht)": "หนี้สิน (บาท)",
    "Has a disability": "มีความพิการ",
    "Explicit consent to health data": "ยินยอมโดยชัดแจ้งให้เก็บข้อมูลสุขภาพ",
    "Export households and persons": "ส่งออกข้อมูลครัวเรือนและบุคคล",
    "Export with personal data": "ส่งออกพร้อมข้อมูลส่วนบุคคล",
    "Uploaded file": "ไฟล์ที่อัปโหลด",
    "File type": "ชนิดไฟล์",
    "House registration no.": "รหัสประจำบ้าน",
    (
        "Households: {added} added, {changed} changed. Persons: {padded} added,"
        " {pchanged} changed, {same} unchanged."
    ): ("ครัวเรือน: เพิ่ม {added} แก้ไข {changed} · บุคคล: เพิ่ม {padded} แก้ไข {pchanged} ไม่เปลี่ยน {same}"),
    "Housing tenure": "การถือครองที่อยู่อาศัย",
    "Import a household spreadsheet": "นำเข้าตารางข้อมูลครัวเรือน",
    "Import all rows": "นำเข้าทุกแถว",
    "Import only the good rows": "นำเข้าเฉพาะแถวที่ถูกต้อง",
    "The import is done": "นำเข้าเรียบร้อยแล้ว",
    "Income a month (baht)": "รายได้ต่อเดือน (บาท)",
    "Lawful basis of the record": "ฐานทางกฎหมายของข้อมูล",
    "Lawful basis of rows that state none": "ฐานทางกฎหมายของแถวที่ไม่ได้ระบุ",
    "Names, birth dates and phones are masked.": "ชื่อ วันเกิด และเบอร์โทรศัพท์ถูกปิดบังไว้",
    "Privacy notice version shown": "ฉบับของประกาศความเป็นส่วนตัวที่แจ้ง",
    "What is wrong": "สิ่งที่ไม่ถูกต้อง",
    "Purpose told to the people (consent)": "วัตถุประสงค์ที่แจ้งเจ้าของข้อมูล (กรณีความยินยอม)",
    "Reason (a basis other than consent)": "เหตุผล (กรณีฐานอื่นที่ไม่ใช่ความยินยอม)",
    "Reason for the basis": "เหตุผลของฐานทางกฎหมาย",
    "Row no.": "แถวที่",
    "Save this mapping as": "บันทึกการจับคู่นี้ในชื่อ",
    "Saved column mapping": "การจับคู่คอลัมน์ที่บันทึกไว้",
    (
        "Spreadsheet (CSV or XLSX, at most {mb} MB; larger files through the API or"
        " the command line)"
    ): ("ไฟล์ตาราง (CSV หรือ XLSX ไม่เกิน {mb} MB ไฟล์ที่ใหญ่กว่านี้นำเข้าผ่าน API หรือคำสั่ง)"),
    "Suggest from the headers": "ให้ระบบจับคู่จากหัวคอลัมน์",
    "The first rows as mapped": "แถวแรก ๆ ตามการจับคู่",
    ("Why the full data is needed (each person's export is logged)"): (
        "เหตุผลที่ต้องใช้ข้อมูลเต็ม (การส่งออกของแต่ละคนถูกบันทึกไว้)"
    ),
    "{rows} rows, {rejected} with problems.": "{rows} แถว มีปัญหา {rejected} แถว",
}
