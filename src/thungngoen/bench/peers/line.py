"""A local HTTP server speaking the LINE Messaging API endpoints the adapter calls (push,
multicast, reply). It checks what it receives as LINE does — the channel token, JSON, a
UUID retry key on pushes and multicasts, 1 to 500 user ids a multicast, the message
objects (``line_checks``) — answers 409 to a retry key it has already accepted (executing
nothing, counting nothing), and can be told to fail: a status to answer next,
``lose_answer`` (accept, then answer 500 as a time-out would), or ``stall_after`` (accept
that many requests, then accept the next and never answer: the worker can be killed
while it waits)."""

import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from thungngoen.bench.peers.line_checks import message_problem

TOKEN = "test-channel-token"
MULTICAST_MAX = 500
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class LinePeer:
    url: str = ""
    pushed: list[dict[str, Any]] = field(default_factory=list)
    multicasts: list[dict[str, Any]] = field(default_factory=list)
    replies: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    accepted_keys: set[str] = field(default_factory=set)
    received: Counter[str] = field(default_factory=Counter)
    """How many messages each user id was sent (accepted requests only)."""
    conflicts: int = 0
    accepted_at: list[float] = field(default_factory=list)
    """``time.monotonic()`` of each accepted push or multicast."""
    next_status: list[int] = field(default_factory=list)
    lose_answer: bool = False
    stall_after: int | None = None
    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str, headers: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if headers.get("Authorization") != f"Bearer {TOKEN}":
            return 401, {"message": "Authentication failed"}
        if not headers.get("Content-Type", "").startswith("application/json"):
            return 400, {"message": "Content-Type must be JSON"}
        problem = message_problem(body.get("messages"))
        if problem:
            self.problems.append(problem)
            return 400, {"message": "The request body has 1 error(s)"}
        if path == "/v2/bot/message/reply":
            self.replies.append(body)
            return 200, {}
        with self.lock:
            status, answer = self._send(path, headers, body)
        if status == 0:  # accepted, and never answered while the test holds it
            self.stalled.set()
            self.release.wait()
            return 500, {"message": "stalled"}
        return status, answer

    def _send(self, path: str, headers: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = headers.get("X-Line-Retry-Key", "")
        if not _UUID.match(key):
            self.problems.append(f"retry key: {key!r}")
            return 400, {"message": "Invalid retry key"}
        to = body.get("to")
        targets = [to] if path == "/v2/bot/message/push" else to
        if not isinstance(targets, list) or not 1 <= len(targets) <= MULTICAST_MAX:
            self.problems.append(f"to: {len(targets) if isinstance(targets, list) else to!r}")
            return 400, {"message": "Size must be between 1 and 500"}
        if not all(str(user).startswith("U") for user in targets):
            return 400, {"message": "The property, 'to', in the request body is invalid"}
        if key in self.accepted_keys:
            self.conflicts += 1
            return 409, {"message": "The retry key is already accepted"}
        if self.next_status:
            return self.next_status.pop(0), {"message": "scripted failure"}
        self.accepted_keys.add(key)
        self.accepted_at.append(time.monotonic())
        self.received.update(targets)
        (self.pushed if path == "/v2/bot/message/push" else self.multicasts).append(body)
        if self.stall_after is not None and len(self.accepted_keys) > self.stall_after:
            return 0, {}
        if self.lose_answer:
            self.lose_answer = False
            return 500, {"message": "answer lost"}
        if path == "/v2/bot/message/multicast":
            return 200, {}
        return 200, {"sentMessages": [{"id": str(len(self.pushed)), "quoteToken": "q"}]}

    def pace(self) -> float:
        """Requests a second between the first accepted and the last (their starts)."""
        times = self.accepted_at
        return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0

    def most_in_one_second(self) -> int:
        """The most requests accepted in any one second (the rate the sender kept)."""
        times, most, start = self.accepted_at, 0, 0
        for end, moment in enumerate(times):
            while moment - times[start] >= 1.0:
                start += 1
            most = max(most, end - start + 1)
        return most


@contextmanager
def line_server() -> Iterator[LinePeer]:
    peer = LinePeer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: one connection for a worker's requests
        disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms wait)

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
            with suppress(BrokenPipeError, ConnectionResetError):  # a sender killed waiting
                self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    peer.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield peer
    finally:
        peer.release.set()
        server.shutdown()
        server.server_close()
