"""Cells as the network's spreadsheets write them, read into field values: Buddhist-era
dates (``15/03/2510``) and ISO ones, yes and no in Thai and English, amounts in baht,
the lists' codes, their English labels or Thai words."""

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from thungngoen.community.tables import EDUCATION, LAWFUL_BASES, RELATIONS, SEXES, TENURES
from thungngoen.community.texts import THAI
from thungngoen.community.texts.labels import (
    BASIS_LABELS,
    EDUCATION_LABELS,
    RELATION_LABELS,
    SEX_LABELS,
    TENURE_LABELS,
)

BE_OFFSET = 543
YES = {"yes", "y", "true", "1", "ใช่", "มี", "x", "✓", "/"}
NO = {"no", "n", "false", "0", "ไม่ใช่", "ไม่มี", "ไม่", "-"}
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class BadValue(ValueError):
    """A cell that is not a value of its field."""


def text(cell: object) -> str:
    if cell is None:
        return ""
    if type(cell) is str:
        plain = cell.strip()
        if "  " not in plain and "\n" not in plain and "\t" not in plain and "\r" not in plain:
            return plain
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


def day(cell: object) -> date:
    """``15/03/2510`` (day/month/Buddhist year, as Thai spreadsheets write it), a
    Christian-era ``15/03/1967``, ISO ``1967-03-15``, or a spreadsheet's date cell."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    value = text(cell)
    found = _ISO.fullmatch(value)
    if found:
        year, month, mday = (int(part) for part in found.groups())
    elif found := _DMY.fullmatch(value):
        mday, month, year = (int(part) for part in found.groups())
    else:
        raise BadValue("a date is day/month/year (Buddhist era, 15/03/2510) or 1967-03-15")
    if year > 2400:
        year -= BE_OFFSET
    try:
        return date(year, month, mday)
    except ValueError:
        raise BadValue(f"{value} is not a day of the calendar") from None


def yes_no(cell: object) -> bool | None:
    """``None`` for an empty cell."""
    if isinstance(cell, bool):
        return cell
    value = text(cell).lower()
    if not value:
        return None
    if value in YES:
        return True
    if value in NO:
        return False
    raise BadValue("write yes or no (ใช่ / ไม่ใช่)")


def satang(cell: object) -> int:
    """Baht (``12,500.50``) as satang; an empty cell is 0."""
    value = text(cell).replace(",", "").replace("บาท", "").strip()
    if not value:
        return 0
    try:
        amount = Decimal(value) * 100
    except InvalidOperation:
        raise BadValue("an amount is baht, like 12500 or 12,500.50") from None
    if amount != amount.to_integral_value() or amount < 0:
        raise BadValue("an amount is baht with at most two decimals, 0 or more")
    return int(amount)


def _words(codes: tuple[str, ...], labels: dict[str, str]) -> dict[str, str]:
    words = {code.lower(): code for code in codes}
    words |= {labels[code].lower(): code for code in codes if code in labels}
    words |= {THAI[labels[code]]: code for code in codes if labels.get(code) in THAI}
    return words


CHOICES: dict[str, dict[str, str]] = {
    "tenure": _words(TENURES, TENURE_LABELS)
    | {"เจ้าของ": "own", "บ้านตนเอง": "own", "เช่า": "rent", "ที่ดินรถไฟ": "railway_land"}
    | {"บุกรุก": "public_land", "ที่สาธารณะ": "public_land", "บ้านมั่นคง": "baan_mankong"},
    "sex": _words(SEXES, SEX_LABELS) | {"หญิง": "female", "ชาย": "male", "ญ": "female", "ช": "male"},
    "relation": _words(RELATIONS, RELATION_LABELS)
    | {"หัวหน้าครัวเรือน": "head", "หัวหน้า": "head", "ภรรยา": "spouse", "สามี": "spouse"}
    | {"บุตร": "child", "ลูก": "child", "บิดา": "parent", "มารดา": "parent", "หลาน": "grandchild"},
    "education": _words(EDUCATION, EDUCATION_LABELS)
    | {"ประถม": "primary", "ม.ต้น": "lower_secondary", "ม.ปลาย": "upper_secondary"}
    | {"ปวช.": "vocational", "ปวส.": "vocational", "ปริญญาตรี": "bachelor"},
    "lawful_basis": _words(LAWFUL_BASES, BASIS_LABELS) | {"ความยินยอม": "consent"},
}


def choice(field: str, cell: object) -> str:
    value = text(cell)
    found = CHOICES[field].get(value.lower()) or CHOICES[field].get(value)
    if found is None:
        allowed = ", ".join(sorted(set(CHOICES[field].values())))
        raise BadValue(f"{value!r} is not a {field.replace('_', ' ')}: one of {allowed}")
    return found
