"""LINE through the Messaging API of the network's LINE Official Account (LINE Notify
closed in 2025). A push per delivery, with ``X-Line-Retry-Key`` derived from the delivery,
so a push retried after a crash or a time-out is executed once: LINE answers 409 to a key
it has already accepted, which means sent. Replies (free) answer a person's message to the
account, such as the code that links their LINE to the app."""

import uuid
from typing import Any

import httpx

from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.errors import ChannelRefused

API = "https://api.line.me"
MAX_TEXT = 5_000
TIMEOUT_SECONDS = 15.0
_KEYS = uuid.UUID("6f1d0c52-3b7e-4d0a-9a49-5a5c1b0e7d21")


class LineChannel:
    name = "line"
    idempotent = True

    def __init__(self, token: str, api: str = API, per_second: float = 100.0) -> None:
        self._client = httpx.Client(
            base_url=api,
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT_SECONDS,
        )
        self.per_second = per_second

    def close(self) -> None:
        self._client.close()

    def send(self, message: Outgoing) -> str:
        retry_key = str(uuid.uuid5(_KEYS, message.idempotency_key))
        body = {"to": message.address, "messages": [text_message(message)]}
        answer = self._post("/v2/bot/message/push", body, {"X-Line-Retry-Key": retry_key})
        if answer.status_code == 409:
            return f"retry-key:{retry_key}"  # accepted before: it was sent
        sent = answer.json().get("sentMessages") or [{}]
        return str(sent[0].get("id", retry_key))

    def reply(self, reply_token: str, text: str) -> None:
        body = {"replyToken": reply_token, "messages": [{"type": "text", "text": text}]}
        self._post("/v2/bot/message/reply", body, {})

    def _post(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
        try:
            answer = self._client.post(path, json=body, headers=headers)
        except httpx.HTTPError as error:
            raise ChannelRefused(f"LINE: {error}") from error
        if answer.status_code in (200, 409):
            return answer
        reason = f"LINE {answer.status_code}: {answer.text[:200]}"
        raise ChannelRefused(reason, permanent=answer.status_code == 400)


def text_message(message: Outgoing) -> dict[str, str]:
    """The notification as one LINE text message: title, body, link, within 5,000."""
    parts = [message.title, message.body] + ([message.link] if message.link else [])
    text = "\n".join(parts)
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    return {"type": "text", "text": text}
