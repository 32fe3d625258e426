"""One interface for every channel: the worker hands it a rendered message, it sends
it and answers the provider's reference, or raises ``ChannelRefused``."""

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Outgoing:
    delivery_id: int
    address: str
    title: str
    body: str
    link: str
    """An absolute address on the platform, or empty."""
    language: str
    idempotency_key: str
    unsubscribe: str
    """The absolute one-click unsubscribe address of this message's category."""
    html: str = ""
    plain: str = ""
    """The whole message (a digest) for a channel that shows a long one (email), as an
    HTML page and as text; empty: the title, body and link are the message."""


class Channel(Protocol):
    name: str
    per_second: float
    """The provider's rate limit: the worker sends no faster."""
    idempotent: bool
    """Whether the provider honours ``idempotency_key`` (a message re-sent after a crash
    arrives once), or may deliver it twice."""

    def send(self, message: Outgoing) -> str: ...
