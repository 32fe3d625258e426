"""Thai of the import and export (decision 0047): its pages and its rejection codes."""

THAI_BY_CODE: dict[str, str] = {
    "invalid_import_mapping": "การจับคู่คอลัมน์ไม่ถูกต้อง: ต้องจับคู่ช่องที่จำเป็นกับหัวคอลัมน์ที่มีในไฟล์",
    "malformed_import_file": "อ่านไฟล์ไม่ได้: ต้องเป็นไฟล์ CSV หรือ XLSX ที่แถวแรกเป็นหัวคอลัมน์",
    "import_sheet_not_found": "ไม่พบแผ่นงานนี้ในไฟล์",
    "import_has_errors": "มีแถวที่ไม่ถูกต้อง จึงยังไม่ได้นำเข้าข้อมูลใด ๆ",
}
THAI: dict[str, str] = {}
