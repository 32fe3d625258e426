"""What a person record may hold, checked before anything is written: names, dates,
lists, the national ID's check digit, the phone, the links to the wallet and savings, and
the lawful basis the record rests on (PDPA sections 19, 24 and 26)."""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from thungngoen import keys, savings, wallet
from thungngoen.community.errors import (
    BirthDateInFuture,
    InvalidNationalId,
    InvalidPerson,
    MissingLawfulBasis,
)
from thungngoen.community.tables import EDUCATION, LAWFUL_BASES, RELATIONS, SEXES
from thungngoen.thai import InvalidIdentifier, normalize_phone, thai_day, validate_national_id

SENSITIVE = ("chronic_illness", "disability", "bedridden")
"""Health and disability data (section 26): kept only with explicit consent. Being
bedridden is a health condition, so it is here, not among the other vulnerabilities."""
ELDERLY_AGE = 60
SCHOOL_AGES = range(6, 18)
FIELDS = (
    "name",
    "birth_date",
    "sex",
    "relation",
    "phone",
    "occupation",
    "education",
    *SENSITIVE,
    "elderly_alone",
    "child_out_of_school",
    "wallet_member_id",
    "savings_member_id",
)


@dataclass(frozen=True, slots=True)
class Basis:
    """The lawful basis a person record rests on, as the collector records it.

    ``consent`` needs the ``purpose`` told and the privacy ``notice_version`` shown; any
    other basis of section 24 needs its ``reason``. ``sensitive_consent`` is the separate,
    explicit consent of section 26 to health and disability data (purpose and notice
    version as for consent)."""

    kind: str
    purpose: str = ""
    notice_version: str = ""
    reason: str = ""
    sensitive_consent: bool = False

    def checked(self) -> "Basis":
        if self.kind not in LAWFUL_BASES:
            raise MissingLawfulBasis(f"a lawful basis is one of {', '.join(LAWFUL_BASES)}", "basis")
        purpose, notice, reason = (
            " ".join(t.split()) for t in (self.purpose, self.notice_version, self.reason)
        )
        if (self.kind == "consent" or self.sensitive_consent) and not (purpose and notice):
            raise MissingLawfulBasis(
                "consent needs its purpose and the notice version shown", "purpose"
            )
        if self.kind != "consent" and not reason:
            raise MissingLawfulBasis("a basis other than consent needs its reason", "reason")
        if len(purpose) > 300 or len(reason) > 300 or len(notice) > 20:
            raise MissingLawfulBasis(
                "purpose and reason up to 300, notice version up to 20", "purpose"
            )
        return Basis(self.kind, purpose, notice, reason, self.sensitive_consent)


def national_id_digest(connection: Connection, digits: str) -> str:
    """The wallet's keyed hash of a national ID (``wallet.people``), so a person and their
    wallet member can be matched without either storing the ID."""
    key = keys.lookup_key(connection)
    return hmac.new(key, b"national-id:" + digits.encode(), hashlib.sha256).hexdigest()


def checked_national_id(text: str) -> str:
    try:
        return validate_national_id(text)
    except InvalidIdentifier as error:
        raise InvalidNationalId(str(error), "national_id") from None


def _choice(values: dict[str, Any], key: str, allowed: tuple[str, ...]) -> None:
    if values[key] not in allowed:
        raise InvalidPerson(f"{key} is one of {', '.join(allowed)}", key)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def checked_person(connection: Connection, values: dict[str, Any], at: datetime) -> dict[str, Any]:
    """``values`` (every field of ``FIELDS``) cleaned, or the first rejection."""
    for key in ("name", "occupation"):
        if not isinstance(values[key], str):
            raise InvalidPerson(f"{key} is text", key)
    values["name"] = " ".join(values["name"].split())
    if not values["name"] or len(values["name"]) > 200:
        raise InvalidPerson("a person needs a name of 1-200 characters", "name")
    born = values["birth_date"]
    today = thai_day(at)
    if not isinstance(born, date) or isinstance(born, datetime):
        raise InvalidPerson("a birth date is a day", "birth_date")
    if born > today:
        raise BirthDateInFuture(f"the birth date {born.isoformat()} is in the future", "birth_date")
    if born.year < 1890:
        raise InvalidPerson("a birth date before 1890 is a typing slip", "birth_date")
    _choice(values, "sex", SEXES)
    _choice(values, "relation", RELATIONS)
    _choice(values, "education", EDUCATION)
    values["occupation"] = " ".join(values["occupation"].split())
    if len(values["occupation"]) > 100:
        raise InvalidPerson("an occupation has at most 100 characters", "occupation")
    if values["phone"]:
        try:
            values["phone"] = normalize_phone(values["phone"])
        except InvalidIdentifier:
            raise InvalidPerson("not a Thai mobile number", "phone") from None
    else:
        values["phone"] = None
    age = _age(born, today)
    if values["elderly_alone"] and age < ELDERLY_AGE:
        raise InvalidPerson(f"an elderly person is {ELDERLY_AGE} or older", "elderly_alone")
    if values["child_out_of_school"] and age not in SCHOOL_AGES:
        raise InvalidPerson("a child out of school is 6 to 17 years old", "child_out_of_school")
    for key in (*SENSITIVE, "elderly_alone", "child_out_of_school"):
        if values[key] is not None and not isinstance(values[key], bool):
            raise InvalidPerson(f"{key} is yes or no", key)
    if values["wallet_member_id"] is not None:
        wallet.get_member(connection, values["wallet_member_id"])
    if values["savings_member_id"] is not None:
        savings.get_member(connection, values["savings_member_id"])
    return values


ERASED = "ลบตามคำขอ"
"""The name an erased record carries: ``ลบตามคำขอ #<request id>`` (erased on request,
decision 0049)."""
