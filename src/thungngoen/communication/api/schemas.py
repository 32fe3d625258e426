"""What the inbox API answers."""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from thungngoen.web.api_fields import ApiModel, AwareMoment


class MessageOut(BaseModel):
    id: int
    kind: str
    category: str
    title: str
    body: str
    link: str
    created_at: datetime
    read_at: datetime | None


class InboxOut(BaseModel):
    unread: int
    messages: list[MessageOut]
    next_before: int | None
    """Pass as ``before`` for the next (older) page; null on the last page."""


class MarkedOut(BaseModel):
    marked: int


OffPair = Annotated[str, StringConstraints(pattern=r"^[a-z]{1,20}:(email|line|sms|webpush)$")]
Address = Annotated[str, StringConstraints(min_length=3, max_length=320)]


class PreferencesBody(ApiModel):
    language: Literal["th", "en"]
    quiet_hours: bool
    """Nothing that can wait between 21:00 and 08:00 Thai time."""
    addresses: dict[Annotated[str, StringConstraints(max_length=10)], Address] = Field(max_length=3)
    """Where I am reached: ``{"email": "me@example.org"}``."""
    off: list[OffPair] = Field(max_length=30)
    """``category:channel`` pairs switched off, e.g. ``news:email``."""
    digest: Literal["weekly", "monthly", "never"] | None = None
    """How often my digest comes (balance, news, coming events); left out: unchanged."""


class LineCodeOut(BaseModel):
    code: str
    """Send it as a message to the network's LINE Official Account."""
    expires_at: datetime


class AnnouncementBody(ApiModel):
    title_th: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    body_th: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    title_en: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    body_en: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    audience: Annotated[str, StringConstraints(max_length=40)]
    audience_value: Annotated[str, StringConstraints(max_length=40)] = ""
    send_at: AwareMoment
    """When to send (now or later); it goes once approved and due."""


class AnnouncementOut(BaseModel):
    id: int
    title_th: str
    body_th: str
    title_en: str
    body_en: str
    audience: str
    audience_value: str
    status: str
    send_at: datetime
    written_by: int
    approved_by: int | None
    approved_at: datetime | None
    sent_at: datetime | None
    recipients: int | None


class AudienceOut(BaseModel):
    code: str
    label: str
    value_label: str


class AudienceCount(BaseModel):
    people: int


Base64Url = Annotated[str, StringConstraints(max_length=200)]


class PushKeys(ApiModel):
    p256dh: Base64Url
    """The browser's P-256 public key: 65 bytes (an uncompressed point) in base64url."""
    auth: Base64Url
    """The browser's auth secret: 16 bytes in base64url."""


class PushSubscriptionBody(ApiModel):
    """What ``PushSubscription.toJSON()`` gives in the browser."""

    endpoint: Annotated[str, StringConstraints(max_length=2000)]
    """The push service's https address for this browser (at most 500 characters)."""
    keys: PushKeys
    expirationTime: Annotated[int, Field(ge=0, le=2**53)] | None = None  # noqa: N815


class PushDeviceOut(BaseModel):
    id: int
    label: str
    """The browser and system it was turned on in, e.g. ``Chrome / Android``."""
    endpoint: str
    created_at: datetime
