"""One spreadsheet row read into a household and a person, with every check the
operations make (``households``' rules, ``person_values.checked_person``, the lawful
basis, the national ID's check digit, health data only under explicit consent), or the
problems that reject it — each with its row, its column and a code the report words in
Thai and English."""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from thungngoen import keys
from thungngoen.community.errors import CommunityError, OutsideAssignment, UnknownCommunity
from thungngoen.community.households import _checked as checked_household
from thungngoen.community.imports.fields import HOUSEHOLD_FIELDS, Mapping
from thungngoen.community.imports.values import BadValue, choice, day, satang, text, yes_no
from thungngoen.community.person_values import (
    SENSITIVE,
    Basis,
    checked_national_id,
    checked_person,
)
from thungngoen.community.tables import communities

PERSON_DEFAULTS: dict[str, Any] = {"wallet_member_id": None, "savings_member_id": None}
FLAGS = ("elderly_alone", "child_out_of_school")


@dataclass(frozen=True, slots=True)
class Problem:
    row: int
    column: str
    code: str
    message: str


@dataclass(slots=True)
class Parsed:
    row: int
    household: dict[str, Any]
    """``community_id`` and the household's fields."""
    person: dict[str, Any]
    """The person's fields, ``lawful_basis``, ``basis_reason`` and the national ID's
    ``national_id_digest`` and ``national_id_last4`` when the row gives one."""
    basis: Basis


class _Reject(Exception):
    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field, self.code = field, code


class RowReader:
    """Reads rows of one file under one mapping; knows the communities, the importer's
    scope (``None``: all), the default lawful basis and the database's lookup key."""

    def __init__(
        self,
        connection: Connection,
        headers: tuple[str, ...],
        mapping: Mapping,
        *,
        basis: Basis,
        scope: frozenset[int] | None,
        at: datetime,
    ) -> None:
        self.connection, self.basis, self.scope, self.at = connection, basis, scope, at
        self.columns = {field: headers.index(header) for field, header in mapping.items()}
        self.mapping = mapping
        self.key = keys.lookup_key(connection)
        self.by_id: dict[str, int] = {}
        names: dict[str, list[int]] = {}
        for community_id, name in connection.execute(select(communities.c.id, communities.c.name)):
            self.by_id[str(community_id)] = community_id
            self.by_id[f"community:{community_id}"] = community_id
            names.setdefault(name, []).append(community_id)
        self.by_name = names
        self._last_household: tuple[tuple[object, ...], dict[str, Any]] | None = None
        self._bases: dict[tuple[object, ...], Basis] = {}
        self._household_columns = [
            (field, index) for field, index in self.columns.items() if field in HOUSEHOLD_FIELDS
        ]
        self._person_columns = [
            (field, index) for field, index in self.columns.items() if field not in HOUSEHOLD_FIELDS
        ]

    def column(self, field: str) -> str:
        return self.mapping.get(field, field)

    def read(self, number: int, cells: tuple[object, ...]) -> Parsed | list[Problem]:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        width = len(cells)
        for field, index in self._person_columns:
            cell = cells[index] if index < width else None
            try:
                values[field] = _parse(field, cell)
            except BadValue as error:
                problems.append(Problem(number, self.column(field), "invalid_person", str(error)))
        household_cells = tuple(cells[i] if i < width else None for _, i in self._household_columns)
        last = self._last_household
        if last is not None and last[0] == household_cells:
            # The household's columns repeat on each of its persons' rows: read them once.
            if problems:
                return problems
            try:
                return self._checked(number, values, dict(last[1]))
            except _Reject as error:
                return [Problem(number, self.column(error.field), error.code, str(error))]
            except CommunityError as error:
                return [Problem(number, self.column(error.field), error.code, str(error))]
        for (field, _), cell in zip(self._household_columns, household_cells, strict=True):
            try:
                values[field] = _parse(field, cell)
            except BadValue as error:
                problems.append(
                    Problem(number, self.column(field), "invalid_household", str(error))
                )
        if problems:
            return problems
        try:
            household = self._household(values)
            self._last_household = (household_cells, household)
            return self._checked(number, values, dict(household))
        except _Reject as error:
            return [Problem(number, self.column(error.field), error.code, str(error))]
        except CommunityError as error:
            return [Problem(number, self.column(error.field), error.code, str(error))]

    def _community(self, value: str) -> int:
        found = self.by_id.get(value)
        if found is None:
            named = self.by_name.get(value, [])
            if len(named) > 1:
                raise UnknownCommunity(
                    f"{len(named)} communities are named {value!r}: write its id", "community"
                )
            if not named:
                raise UnknownCommunity(f"no community {value!r}", "community")
            found = named[0]
        if self.scope is not None and found not in self.scope:
            raise OutsideAssignment("this community is outside the places you may import to")
        return found

    def _household(self, values: dict[str, Any]) -> dict[str, Any]:
        try:
            community_id = self._community(values["community"])
        except OutsideAssignment as error:
            raise _Reject("community", error.code, str(error)) from None
        household = checked_household(
            {
                "house_number": values["house_number"],
                "address": values.get("address", ""),
                "house_registration_no": values.get("house_registration_no") or None,
                "tenure": values["tenure"],
                "income_month": values.get("income_month", 0),
                "debts": values.get("debts", 0),
                "wish_to_relocate": bool(values.get("wish_to_relocate")),
            }
        )
        household["community_id"] = community_id
        return household

    def _checked(self, number: int, values: dict[str, Any], household: dict[str, Any]) -> Parsed:
        basis = self._basis(values)
        person = {
            "name": values["name"],
            "birth_date": values["birth_date"],
            "sex": values["sex"],
            "relation": values["relation"],
            "phone": values.get("phone") or None,
            "occupation": values.get("occupation", ""),
            "education": values.get("education") or "unknown",
            **{key: values.get(key) for key in SENSITIVE},
            **{key: bool(values.get(key)) for key in FLAGS},
            **PERSON_DEFAULTS,
        }
        person = checked_person(self.connection, person, self.at)
        del person["wallet_member_id"], person["savings_member_id"]
        given = [key for key in SENSITIVE if person[key] is not None]
        if given and not basis.sensitive_consent:
            raise _Reject(
                given[0],
                "sensitive_consent_required",
                "health and disability data need the person's explicit consent (PDPA s.26)",
            )
        person["lawful_basis"], person["basis_reason"] = basis.kind, basis.reason
        if values.get("national_id"):
            digits = checked_national_id(values["national_id"])
            person["national_id_digest"] = hmac.new(
                self.key, b"national-id:" + digits.encode(), hashlib.sha256
            ).hexdigest()
            person["national_id_last4"] = digits[-4:]
        return Parsed(number, household, person, basis)

    def _basis(self, values: dict[str, Any]) -> Basis:
        key = (
            values.get("lawful_basis"),
            values.get("basis_reason"),
            values.get("sensitive_consent"),
        )
        known = self._bases.get(key)
        if known is None:
            if len(self._bases) > 1_000:
                self._bases.clear()
            known = self._bases[key] = self._new_basis(values)
        return known

    def _new_basis(self, values: dict[str, Any]) -> Basis:
        kind = values.get("lawful_basis") or self.basis.kind
        reason = values.get("basis_reason") or self.basis.reason
        sensitive = values.get("sensitive_consent")
        basis = Basis(
            kind,
            purpose=self.basis.purpose,
            notice_version=self.basis.notice_version,
            reason="" if kind == "consent" else reason,
            sensitive_consent=self.basis.sensitive_consent if sensitive is None else sensitive,
        )
        return basis.checked()


def _parse(field: str, cell: object) -> object:
    if field == "birth_date":
        return day(cell)
    if field in ("income_month", "debts"):
        return satang(cell)
    if field in (*SENSITIVE, *FLAGS, "wish_to_relocate", "sensitive_consent"):
        return yes_no(cell)
    if field == "national_id" and text(cell).lower().startswith("x"):
        return ""  # masked as an export writes it: the stored ID stays
    if field in ("tenure", "sex", "relation", "education", "lawful_basis"):
        return choice(field, cell) if text(cell) else ""
    return text(cell)
