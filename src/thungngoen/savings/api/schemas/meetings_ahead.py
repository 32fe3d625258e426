"""A group's meetings ahead: one to plan or move, or a monthly day for the next months."""

from datetime import date, time
from typing import Annotated

from pydantic import BaseModel, Field, PlainSerializer, WithJsonSchema

from thungngoen.savings.api.schemas.groups import ByAttributes
from thungngoen.web.api_fields import ApiModel, Day, Name, whole

HOUR_MINUTE = {
    "type": "string",
    "pattern": "^[0-2][0-9]:[0-5][0-9]$",
    "description": "Thai time, 06:00 to 20:00, on the minute: 09:30.",
}
"""Said as it is: a wall-clock time in Thailand with no zone, which OpenAPI's ``time``
format (RFC 3339, with an offset) would not describe."""

MeetingTime = Annotated[time, Field(strict=False), WithJsonSchema(HOUR_MINUTE)]
ShownTime = Annotated[
    time,
    PlainSerializer(lambda moment: moment.strftime("%H:%M"), return_type=str),
    WithJsonSchema(HOUR_MINUTE),
]


class PlannedMeetingIn(ApiModel):
    meets_on: Day
    starts_at: MeetingTime
    place: Name


class MonthlyMeetingsIn(ApiModel):
    day: int = whole(1, 31, "Day of the month; a group meets on day 1 to 28.")
    months: int = whole(1, 12, "How many months ahead, from this month.")
    starts_at: MeetingTime
    place: Name


class PlannedMeetingOut(BaseModel):
    model_config = ByAttributes

    id: int
    group_id: int
    meets_on: date
    starts_at: ShownTime
    place: str
