"""LINE through the Messaging API of the network's LINE Official Account (LINE Notify
closed in 2025).

The worker hands LINE batches fixed at claim time (``BatchChannel``): one address goes as
a push, more (the same message, at most 500 addresses) as one multicast. Each request
carries ``X-Line-Retry-Key``, the batch's key, so a request retried after a crash or a
time-out is executed once: LINE answers 409 to a key it has already accepted, which means
sent. A receipt goes as a Flex Message (``line_flex``). Replies (free) answer a person's
message to the account, such as the code that links their LINE to the app.

Rate limits are LINE's per endpoint and channel: push 2,000 requests a second, multicast
200 (decision 0043 cites them)."""

import uuid
from typing import Any

import httpx

from thungngoen.communication.channels.base import Batch, Outgoing
from thungngoen.communication.channels.line_flex import line_message
from thungngoen.communication.errors import ChannelRefused

API = "https://api.line.me"
MULTICAST_MAX = 500
PUSH_PER_SECOND = 2_000.0
MULTICAST_PER_SECOND = 200.0
TIMEOUT_SECONDS = 15.0
_KEYS = uuid.UUID("6f1d0c52-3b7e-4d0a-9a49-5a5c1b0e7d21")


class LineChannel:
    name = "line"
    idempotent = True
    batch_size = MULTICAST_MAX

    def __init__(
        self,
        token: str,
        api: str = API,
        per_second: float = PUSH_PER_SECOND,
        batch_per_second: float = MULTICAST_PER_SECOND,
    ) -> None:
        self._client = httpx.Client(
            base_url=api,
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT_SECONDS,
        )
        self.per_second = per_second
        self.batch_per_second = batch_per_second

    def close(self) -> None:
        self._client.close()

    def send(self, message: Outgoing) -> str:
        """One push, its retry key derived from the delivery's idempotency key."""
        retry_key = str(uuid.uuid5(_KEYS, message.idempotency_key))
        return self._push(message, message.address, retry_key)

    def send_batch(self, batch: Batch) -> str:
        if len(batch.addresses) > MULTICAST_MAX:
            raise ChannelRefused(f"a multicast takes {MULTICAST_MAX} addresses", permanent=True)
        if len(batch.addresses) == 1:
            return self._push(batch.message, batch.addresses[0], batch.key)
        body = {"to": list(batch.addresses), "messages": [line_message(batch.message)]}
        answer = self._post("/v2/bot/message/multicast", body, {"X-Line-Retry-Key": batch.key})
        if answer.status_code == 409:
            return f"retry-key:{batch.key}"  # accepted before: it was sent
        return f"multicast:{batch.key}"

    def reply(self, reply_token: str, text: str) -> None:
        body = {"replyToken": reply_token, "messages": [{"type": "text", "text": text}]}
        self._post("/v2/bot/message/reply", body, {})

    def _push(self, message: Outgoing, to: str, retry_key: str) -> str:
        body = {"to": to, "messages": [line_message(message)]}
        answer = self._post("/v2/bot/message/push", body, {"X-Line-Retry-Key": retry_key})
        if answer.status_code == 409:
            return f"retry-key:{retry_key}"  # accepted before: it was sent
        sent = answer.json().get("sentMessages") or [{}]
        return str(sent[0].get("id", retry_key))

    def _post(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
        try:
            answer = self._client.post(path, json=body, headers=headers)
        except httpx.HTTPError as error:
            raise ChannelRefused(f"LINE: {error}") from error
        if answer.status_code in (200, 409):
            return answer
        reason = f"LINE {answer.status_code}: {answer.text[:200]}"
        raise ChannelRefused(reason, permanent=answer.status_code == 400)
