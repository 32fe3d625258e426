"""Spreadsheets to import, written as the network's files are: Thai headers, Buddhist-era
dates, one row per person."""

import csv
from pathlib import Path

from openpyxl import Workbook

HEADERS = [
    "ชุมชน",
    "บ้านเลขที่",
    "ที่อยู่",
    "การถือครอง",
    "รายได้ต่อเดือน",
    "หนี้สิน",
    "ชื่อ-สกุล",
    "วันเกิด",
    "เพศ",
    "ความสัมพันธ์",
    "เลขประจำตัวประชาชน",
    "เบอร์โทร",
    "ผู้สูงอายุอยู่ลำพัง",
]


def row(community: str, house: str, name: str, **more: str) -> list[str]:
    values = {
        "ชุมชน": community,
        "บ้านเลขที่": house,
        "ที่อยู่": "ซอย 3",
        "การถือครอง": "เช่า",
        "รายได้ต่อเดือน": "9,500",
        "หนี้สิน": "0",
        "ชื่อ-สกุล": name,
        "วันเกิด": "15/03/2510",
        "เพศ": "หญิง",
        "ความสัมพันธ์": "หัวหน้าครัวเรือน",
        "เลขประจำตัวประชาชน": "",
        "เบอร์โทร": "",
        "ผู้สูงอายุอยู่ลำพัง": "",
    } | more
    return [values[header] for header in HEADERS]


def write_csv(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path, rows: list[list[str]], headers: list[str] = HEADERS, sheet: str = "ครัวเรือน"
) -> Path:
    book = Workbook()
    worksheet = book.active
    assert worksheet is not None
    worksheet.title = sheet
    worksheet.append(headers)
    for line in rows:
        worksheet.append(line)
    book.save(path)
    return path
