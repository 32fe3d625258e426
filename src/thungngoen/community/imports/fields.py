"""The fields an import row may carry, the header names that suggest each (Thai and
English, as the network's spreadsheets write them), and the column mapping.

A row is **one person** with their household's columns repeated (decision 0047): the
spreadsheets of CODI's surveys and the municipality's lists have one line per member."""

import json
import re
from collections.abc import Sequence

from thungngoen.community.imports.errors import InvalidMapping

HOUSEHOLD_FIELDS = (
    "community",
    "house_number",
    "address",
    "house_registration_no",
    "tenure",
    "income_month",
    "debts",
    "wish_to_relocate",
)
PERSON_FIELDS = (
    "name",
    "birth_date",
    "sex",
    "relation",
    "national_id",
    "phone",
    "occupation",
    "education",
    "chronic_illness",
    "disability",
    "bedridden",
    "elderly_alone",
    "child_out_of_school",
    "lawful_basis",
    "basis_reason",
    "sensitive_consent",
)
FIELDS = HOUSEHOLD_FIELDS + PERSON_FIELDS
REQUIRED = ("community", "house_number", "tenure", "name", "birth_date", "sex", "relation")
ALIASES: dict[str, tuple[str, ...]] = {
    "community": ("community", "ชุมชน", "ชื่อชุมชน", "community name", "community id"),
    "house_number": ("house number", "house no", "บ้านเลขที่", "เลขที่บ้าน", "เลขที่"),
    "address": ("address", "ที่อยู่", "ซอย", "ถนน"),
    "house_registration_no": (
        "house registration no",
        "house registration",
        "รหัสบ้าน",
        "เลขรหัสประจำบ้าน",
    ),
    "tenure": ("tenure", "housing tenure", "การถือครอง", "สถานะที่อยู่อาศัย", "กรรมสิทธิ์"),
    "income_month": ("income", "income a month", "รายได้", "รายได้ต่อเดือน", "รายได้ครัวเรือน"),
    "debts": ("debts", "debt", "หนี้สิน", "หนี้"),
    "wish_to_relocate": ("wish to relocate", "relocate", "ต้องการย้าย", "ประสงค์ย้ายที่อยู่"),
    "name": ("name", "full name", "ชื่อ", "ชื่อสกุล", "ชื่อ-สกุล", "ชื่อ นามสกุล"),
    "birth_date": ("birth date", "date of birth", "born", "วันเกิด", "วันเดือนปีเกิด"),
    "sex": ("sex", "gender", "เพศ"),
    "relation": ("relation", "relation to head", "ความสัมพันธ์", "ความเกี่ยวพันกับหัวหน้า"),
    "national_id": ("national id", "id card", "citizen id", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน"),
    "phone": ("phone", "mobile", "telephone", "โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์"),
    "occupation": ("occupation", "job", "อาชีพ"),
    "education": ("education", "การศึกษา", "ระดับการศึกษา"),
    "chronic_illness": ("chronic illness", "โรคเรื้อรัง", "ผู้ป่วยโรคเรื้อรัง"),
    "disability": ("disability", "disabled", "ความพิการ", "ผู้พิการ", "คนพิการ"),
    "bedridden": ("bedridden", "ติดเตียง", "ผู้ป่วยติดเตียง"),
    "elderly_alone": ("elderly alone", "elderly living alone", "ผู้สูงอายุอยู่ลำพัง"),
    "child_out_of_school": ("child out of school", "เด็กนอกระบบการศึกษา", "เด็กไม่ได้เรียน"),
    "lawful_basis": ("lawful basis", "basis", "ฐานทางกฎหมาย", "ฐานการประมวลผล"),
    "basis_reason": ("basis reason", "reason", "เหตุผลของฐาน", "เหตุผล"),
    "sensitive_consent": ("sensitive consent", "health consent", "ยินยอมข้อมูลสุขภาพ"),
}
Mapping = dict[str, str]
"""Field → the file's header."""


def _plain(text: str) -> str:
    return re.sub(r"[\s_\-./()]+", " ", text.strip().lower()).strip()


_BY_ALIAS = {_plain(alias): field for field, names in ALIASES.items() for alias in names}
_BY_ALIAS |= {_plain(field): field for field in FIELDS}


def suggest_mapping(headers: Sequence[str]) -> Mapping:
    """The fields the headers name, each to the first header naming it."""
    found: Mapping = {}
    for header in headers:
        field = _BY_ALIAS.get(_plain(header))
        if field is not None and field not in found:
            found[field] = header
    return found


def checked_mapping(mapping: Mapping, headers: Sequence[str]) -> Mapping:
    """The mapping, every required field mapped to a header the file has."""
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise InvalidMapping(f"not an import field: {', '.join(unknown)}", "mapping")
    missing = [field for field in REQUIRED if not mapping.get(field)]
    if missing:
        raise InvalidMapping(f"map a column to: {', '.join(missing)}", missing[0])
    absent = [header for header in mapping.values() if header and header not in headers]
    if absent:
        raise InvalidMapping(f"the file has no column {absent[0]!r}", "mapping")
    return {field: header for field, header in mapping.items() if header}


def parse_mapping(text: str) -> Mapping:
    """A mapping written as JSON (``{"name": "ชื่อ-สกุล", …}``)."""
    try:
        value = json.loads(text)
    except ValueError:
        raise InvalidMapping("a mapping is a JSON object of field → header", "mapping") from None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) <= 200 for k, v in value.items()
    ):
        raise InvalidMapping("a mapping is a JSON object of field → header", "mapping")
    return value
