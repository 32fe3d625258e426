"""One interface for every channel: the worker hands it a rendered message, it sends
it and answers the provider's reference, or raises ``ChannelRefused``.

A channel that can send one message to many people in one request (LINE's multicast) is
also a ``BatchChannel``: the worker hands it a ``Batch`` fixed when it was claimed, whose
key is the request's idempotency key on every attempt (decision 0043)."""

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from thungngoen.notify import ReceiptCard


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
    receipt: ReceiptCard | None = None
    """The kind's rich form, for the channels that draw one."""


@dataclass(frozen=True, slots=True)
class Batch:
    """One message to ``addresses`` in one request: the message is the same for all."""

    key: str
    """A UUID fixed at the first claim: the request's idempotency key on every attempt."""
    message: Outgoing
    addresses: tuple[str, ...]


class Channel(Protocol):
    name: str
    per_second: float
    """The provider's rate limit: the worker sends no faster."""
    idempotent: bool
    """Whether the provider honours ``idempotency_key`` (a message re-sent after a crash
    arrives once), or may deliver it twice."""

    def send(self, message: Outgoing) -> str: ...


@runtime_checkable
class BatchChannel(Channel, Protocol):
    batch_size: int
    """The most addresses one request takes."""
    batch_per_second: float
    """The provider's rate limit for requests of more than one address; ``per_second``
    stays the limit for those of one."""

    def send_batch(self, batch: Batch) -> str: ...
