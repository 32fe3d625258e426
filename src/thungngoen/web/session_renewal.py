"""Sets the cookie of a session renewed during the request (``web.sessions``), whatever
response the route built; a route that set ``tn_session`` itself (log-in, log-out, a
password change) keeps its own."""

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from thungngoen.auth.sessions import NewSession
from thungngoen.web.cookies import SESSION_COOKIE, set_private_cookie
from thungngoen.web.sessions import RENEWED


class SessionRenewal:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_cookie(message: Message) -> None:
            renewed = scope.get("state", {}).get(RENEWED)
            if message["type"] == "http.response.start" and renewed is not None:
                _add_cookie(scope, MutableHeaders(scope=message), renewed)
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _add_cookie(scope: Scope, headers: MutableHeaders, renewed: NewSession) -> None:
    prefix = f"{SESSION_COOKIE}="
    if any(value.startswith(prefix) for value in headers.getlist("set-cookie")):
        return
    carrier = Response()
    set_private_cookie(Request(scope), carrier, SESSION_COOKIE, renewed.token, renewed.max_age)
    for name, value in carrier.raw_headers:
        if name == b"set-cookie":
            headers.append("set-cookie", value.decode("latin-1"))
