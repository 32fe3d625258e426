"""The survey rounds' API bodies (strict, bounded: ``ApiModel``) and answers. The
operations check lists, ranges and each answer against the round's form."""

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from thungngoen.community.rounds.records import RoundRecord
from thungngoen.community.rounds.rounds import Round
from thungngoen.community.rounds.standard import Question
from thungngoen.web.api_fields import MAX_SATANG, ApiModel, BodyId, Day, Name, whole

Key = Annotated[str, Field(max_length=40)]
Choice = Annotated[str, Field(max_length=30)]
Count = Annotated[int, whole(1, 10, "Failed indicators that make a household deprived.")]
Number = Annotated[int, whole(-(10**12), 10**12, "A number answer.")]
Answer = Number | bool | Annotated[str, Field(max_length=500)] | list[Choice] | None
Label = Annotated[str, Field(max_length=300)]


class RoundIn(ApiModel):
    name: Name
    starts_on: Day
    ends_on: Day
    communities: list[BodyId] = Field(max_length=500)


class CollectorIn(ApiModel):
    community_id: BodyId
    user_id: BodyId


class QuestionIn(ApiModel):
    key: Key
    kind: Annotated[str, Field(max_length=12)]
    label_th: Label
    label_en: Label
    required: bool = False
    min_value: Number | None = None
    max_value: Number | None = None
    choices: list[list[Label]] | None = Field(None, max_length=20)


class RecordIn(ApiModel):
    household_id: BodyId
    answers: dict[Key, Answer] = Field(max_length=80)
    idempotency_key: Annotated[str, Field(min_length=8, max_length=64)]
    base_version: Annotated[int, whole(1, 2**31 - 1, "The record's version, or null.")] | None = (
        None
    )


class ThresholdsIn(ApiModel):
    income_line: Annotated[int, whole(0, MAX_SATANG, "Satang a person a year.")]
    income_failed: Count
    living_failed: Count
    health_failed: Count
    education_failed: Count
    services_failed: Count
    reason: Label


class RoundOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    starts_on: date
    ends_on: date
    questionnaire: str
    status: str
    opened_at: datetime | None
    closed_at: datetime | None


class QuestionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    key: str
    kind: str
    label_th: str
    label_en: str
    required: bool
    min_value: int | None
    max_value: int | None
    choices: list[tuple[str, str, str]]
    dimension: str


class RecordOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    round_id: int
    household_id: int
    collector_id: int
    answers: dict[str, Any]
    members: int
    tenure: str
    income_year: int
    income_per_person: int
    deprived: list[str]
    version: int
    updated_at: datetime


class HistoryOut(BaseModel):
    round: RoundOut
    record: RecordOut


class DeprivationOut(BaseModel):
    round_id: int
    node: str
    thresholds_version: int
    surveyed: int
    any_dimension: int
    by_dimension: dict[str, int]


class ThresholdsOut(BaseModel):
    version: int
    income_line: int
    failed: dict[str, int]
    reason: str


def round_out(found: Round) -> RoundOut:
    return RoundOut.model_validate(found)


def question_out(question: Question) -> QuestionOut:
    return QuestionOut.model_validate(question)


def record_out(record: RoundRecord, deprived: list[str]) -> RecordOut:
    values = {slot: getattr(record, slot) for slot in RecordOut.model_fields if slot != "deprived"}
    return RecordOut(**values, deprived=deprived)
