"""SMS for people without smartphones, through an SMS gateway's HTTP API.

The adapter speaks one plain contract — ``POST <api>/messages`` with a bearer key and
``{"to", "text", "reference"}``, answered ``{"id": …}`` — which a thin proxy maps onto the
provider the network contracts (Thai gateways differ in form fields, not in substance).
The text is the title and the body, cut to three Thai SMS segments (UCS-2: 67 characters
each when joined); the ``reference`` is the delivery's idempotency key, which gateways use
to drop a repeat, so the channel counts as idempotent only if the gateway says it honours
it (``idempotent`` setting). The gateway reports what became of each message on
``POST /api/v1/sms/delivery-reports`` (``api/sms_reports.py``)."""

import httpx

from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.errors import ChannelRefused
from thungngoen.thai import normalize_phone

SEGMENT = 67
MAX_SEGMENTS = 3
TIMEOUT_SECONDS = 15.0


class SmsChannel:
    name = "sms"

    def __init__(
        self, api: str, key: str, per_second: float = 10.0, idempotent: bool = False
    ) -> None:
        self._client = httpx.Client(
            base_url=api, headers={"Authorization": f"Bearer {key}"}, timeout=TIMEOUT_SECONDS
        )
        self.per_second = per_second
        self.idempotent = idempotent

    def send(self, message: Outgoing) -> str:
        try:
            phone = normalize_phone(message.address)
        except ValueError as error:
            raise ChannelRefused(
                f"not a phone number: {message.address}", permanent=True
            ) from error
        body = {"to": phone, "text": sms_text(message), "reference": message.idempotency_key}
        try:
            answer = self._client.post("/messages", json=body)
        except httpx.HTTPError as error:
            raise ChannelRefused(f"SMS: {error}") from error
        if answer.status_code in (200, 201):
            return str(answer.json().get("id", ""))
        reason = f"SMS {answer.status_code}: {answer.text[:200]}"
        raise ChannelRefused(reason, permanent=answer.status_code in (400, 422))


def sms_text(message: Outgoing) -> str:
    """Title and body within three segments; the link only when it still fits."""
    most = SEGMENT * MAX_SEGMENTS
    text = f"{message.title}: {message.body}"
    if message.link and len(text) + 1 + len(message.link) <= most:
        text = f"{text} {message.link}"
    return text if len(text) <= most else text[: most - 1] + "…"
