"""Bodies and answers of the PDPA API (``/api/v1/data/pdpa``): bodies strict and bounded
(``ApiModel``); the operations check the lists and answer in Thai and English."""

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from thungngoen.web.api_fields import ApiModel, AwareMoment, BodyId, Day, whole

ByAttributes = ConfigDict(from_attributes=True)
Word = Annotated[str, Field(max_length=20)]


class NoticeIn(ApiModel):
    version: Annotated[str, Field(max_length=20)]
    effective_on: Day
    text_th: Annotated[str, Field(max_length=20000)]
    text_en: Annotated[str, Field(max_length=20000)]


class NoticeOut(BaseModel):
    model_config = ByAttributes
    version: str
    effective_on: date
    text_th: str
    text_en: str
    published_by: str
    published_at: datetime


class RequestIn(ApiModel):
    person_id: BodyId
    kind: Word = Field(description="access, correction, erasure, objection or restriction.")
    detail: Annotated[str, Field(max_length=1000)] = ""
    received_at: AwareMoment | None = Field(default=None, description="Default: now.")


class OwnRequestIn(ApiModel):
    kind: Word
    detail: Annotated[str, Field(max_length=1000)] = ""


class MoveIn(ApiModel):
    status: Word = Field(description="in_progress, done or refused.")
    reason: Annotated[str, Field(max_length=1000)] = ""


class RequestOut(BaseModel):
    model_config = ByAttributes
    id: int
    person_id: int
    kind: str
    detail: str
    received_at: datetime
    received_by: str
    due_at: datetime
    status: str
    reason: str
    closed_at: datetime | None
    overdue: bool


class BreachIn(ApiModel):
    discovered_at: AwareMoment
    description: Annotated[str, Field(max_length=2000)]
    data_affected: Annotated[str, Field(max_length=1000)]
    people_affected: Annotated[int, whole(0, 10_000_000)]
    risk: Word = Field(description="low or high.")


class NotifyIn(ApiModel):
    whom: Word = Field(description="office or people.")
    notified_at: AwareMoment | None = Field(default=None, description="Default: now.")


class BreachOut(BaseModel):
    model_config = ByAttributes
    id: int
    discovered_at: datetime
    description: str
    data_affected: str
    people_affected: int
    risk: str
    deadline: datetime
    hours_left: int | None
    overdue: bool
    office_notified_at: datetime | None
    people_notified_at: datetime | None


class ReadOut(BaseModel):
    model_config = ByAttributes
    person_id: int
    reader: str
    what: str
    purpose: str
    read_at: datetime


class OwnReadOut(BaseModel):
    """A read as the person sees it: by duty, not by the staff member's name."""

    model_config = ByAttributes
    reader_role: str
    what: str
    purpose: str
    read_at: datetime
