"""A local HTTP server speaking the LINE Messaging API endpoints the adapter calls (push,
reply). It checks what it receives as LINE does — the channel token, JSON, a UUID retry
key on pushes, at most five text messages of at most 5,000 characters — answers 409 to a
retry key it has already accepted, and can be told to fail: a status to answer next, or
``lose_answer`` (accept the push, then answer 500 as a time-out would)."""

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN = "test-channel-token"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class LinePeer:
    url: str = ""
    pushed: list[dict[str, Any]] = field(default_factory=list)
    replies: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    accepted_keys: set[str] = field(default_factory=set)
    next_status: list[int] = field(default_factory=list)
    lose_answer: bool = False

    def answer(self, path: str, headers: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if headers.get("Authorization") != f"Bearer {TOKEN}":
            return 401, {"message": "Authentication failed"}
        if not headers.get("Content-Type", "").startswith("application/json"):
            return 400, {"message": "Content-Type must be JSON"}
        messages = body.get("messages")
        if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
            self.problems.append(f"messages: {messages!r}")
            return 400, {"message": "The request body has 1 error(s)"}
        for message in messages:
            if message.get("type") != "text" or not 0 < len(message.get("text", "")) <= 5000:
                self.problems.append(f"message: {message!r}")
                return 400, {"message": "Invalid message"}
        if path == "/v2/bot/message/reply":
            self.replies.append(body)
            return 200, {}
        return self._push(headers, body)

    def _push(self, headers: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = headers.get("X-Line-Retry-Key", "")
        if not _UUID.match(key):
            self.problems.append(f"retry key: {key!r}")
            return 400, {"message": "Invalid retry key"}
        if not str(body.get("to", "")).startswith("U"):
            return 400, {"message": "The property, 'to', in the request body is invalid"}
        if key in self.accepted_keys:
            return 409, {"message": "The retry key is already accepted"}
        if self.next_status:
            return self.next_status.pop(0), {"message": "scripted failure"}
        self.accepted_keys.add(key)
        self.pushed.append(body)
        if self.lose_answer:
            self.lose_answer = False
            return 500, {"message": "answer lost"}
        return 200, {"sentMessages": [{"id": str(len(self.pushed)), "quoteToken": "q"}]}


@contextmanager
def line_server() -> Iterator[LinePeer]:
    peer = LinePeer()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            try:
                body = json.loads(self.rfile.read(length))
            except ValueError:
                status, answer = 400, {"message": "not JSON"}
            else:
                status, answer = peer.answer(self.path, self.headers, body)
            payload = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    peer.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield peer
    finally:
        server.shutdown()
        server.server_close()
