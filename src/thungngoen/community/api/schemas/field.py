"""The bodies and answers of field collection (API and the phone page's script share
them). An entry whose shape is wrong — no UUID key, a kind without its record, fields of
another kind — refuses the whole batch (422) before anything is written; an entry whose
values an operation refuses gets its own ``refused`` outcome."""

import re
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from thungngoen import community
from thungngoen.community.api.schemas.requests import BasisIn, BirthDay, Money, Version, Word
from thungngoen.community.field import Entry, Outcome
from thungngoen.web.api_fields import ApiModel, AwareMoment, Name

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
Occupation = Field(None, max_length=100)


class HouseholdChanges(ApiModel):
    tenure: Word | None = None
    income_month: Money | None = None
    debts: Money | None = None
    wish_to_relocate: bool | None = None


class PersonChanges(ApiModel):
    occupation: str | None = Occupation
    education: Word | None = None
    elderly_alone: bool | None = None
    child_out_of_school: bool | None = None
    bedridden: bool | None = None


class NewPerson(ApiModel):
    name: Name
    birth_date: BirthDay
    sex: Word
    relation: Word
    occupation: str = Field("", max_length=100)
    education: Word = "unknown"
    elderly_alone: bool = False
    child_out_of_school: bool = False
    basis: BasisIn


class EntryIn(ApiModel):
    key: str = Field(max_length=36, description="A UUID the phone made for this entry.")
    kind: Literal["household", "person", "new_person"]
    made_at: AwareMoment
    household_id: int | None = Field(None, strict=True, ge=1, le=2**63 - 1)
    person_id: int | None = Field(None, strict=True, ge=1, le=2**63 - 1)
    base_version: Version | None = None
    household: HouseholdChanges | None = None
    person: PersonChanges | None = None
    new_person: NewPerson | None = None

    @model_validator(mode="after")
    def _coherent(self) -> "EntryIn":
        if not UUID.fullmatch(self.key):
            raise ValueError("key: a lowercase UUID made on the phone")
        given = {"household": self.household, "person": self.person,
                 "new_person": self.new_person}  # fmt: skip
        if [k for k, v in given.items() if v is not None] != [self.kind]:
            raise ValueError(f"a {self.kind} entry carries {self.kind} and nothing else")
        needs_household = self.kind != "person"
        if needs_household != (self.household_id is not None):
            raise ValueError("household_id names the household of a household or new person")
        if (self.kind == "person") != (self.person_id is not None):
            raise ValueError("person_id names the person of a person entry")
        if (self.kind != "new_person") != (self.base_version is not None):
            raise ValueError("base_version: the version the change was made on")
        return self

    def entry(self) -> Entry:
        basis = None
        if self.kind == "household" and self.household is not None:
            values = self.household.model_dump(exclude_none=True)
        elif self.kind == "person" and self.person is not None:
            values = self.person.model_dump(exclude_none=True)
        else:
            assert self.new_person is not None
            values = self.new_person.model_dump(exclude={"basis"})
            basis = community.Basis(**self.new_person.basis.model_dump())
        return Entry(
            key=self.key, kind=self.kind, made_at=self.made_at,
            household_id=self.household_id, person_id=self.person_id,
            base_version=self.base_version, values=values, basis=basis,
        )  # fmt: skip


class BatchIn(ApiModel):
    entries: list[EntryIn] = Field(min_length=1, max_length=100)


class OutcomeOut(BaseModel):
    key: str
    kind: str
    outcome: str
    reason: str
    message: str
    message_th: str
    household_id: int | None
    person_id: int | None
    version: int | None
    entry_id: int
    replay: bool
    resolution: str | None

    @classmethod
    def of(cls, outcome: Outcome, message_th: str) -> "OutcomeOut":
        values = {slot: getattr(outcome, slot) for slot in outcome.__slots__}
        return cls.model_validate(values | {"message_th": message_th})


class AssignmentsOut(BaseModel):
    user_id: int
    fetched_at: datetime
    keep_until: datetime
    communities: list[dict[str, Any]]
    households: list[dict[str, Any]]


class SideOut(BaseModel):
    field: str
    phone: Any
    office: Any


class ConflictOut(BaseModel):
    id: int
    key: str
    kind: str
    household_id: int
    person_id: int | None
    house_number: str
    community_id: int
    base_version: int
    office_version: int
    received_at: datetime
    sides: list[SideOut]
    resolution: str | None
    resolved_by: str | None

    @classmethod
    def of(cls, conflict: Any) -> "ConflictOut":
        values = {slot: getattr(conflict, slot) for slot in conflict.__slots__}
        values["sides"] = [SideOut(field=s.field, phone=s.phone, office=s.office)
                           for s in conflict.sides]  # fmt: skip
        return cls.model_validate(values)


class ResolveIn(ApiModel):
    take_from_phone: list[Word] = Field(
        default_factory=list, max_length=10, description="The fields that take the phone's value."
    )
