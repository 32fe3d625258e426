"""The headers every response carries (issue 12, finding 10): on pages (HTML) a
Content-Security-Policy they satisfy (no inline script or style; the browser tests fail
on any violation); on every response no framing, no MIME sniffing, no referrer outside
the site, and no caching of anything but the static files — pages and API answers hold
personal and money data.

The API explorer (``/api/docs``, FastAPI's Swagger UI page) starts itself with an
inline script: it alone gets ``'unsafe-inline'``; it shows no personal data."""

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
DOCS_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
)
ALWAYS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def headers_for(path: str) -> dict[str, str]:
    policy = DOCS_POLICY if path == "/api/docs" else PAGE_POLICY
    headers = {**ALWAYS, "Content-Security-Policy": policy}
    if not path.startswith("/static/"):
        headers["Cache-Control"] = "no-store"
    return headers


def _encoded(path: str) -> list[tuple[bytes, bytes]]:
    return [(name.lower().encode(), value.encode()) for name, value in headers_for(path).items()]


_FOR_PAGES = _encoded("/")
_FOR_STATIC = _encoded("/static/")
_FOR_DOCS = _encoded("/api/docs")
"""Encoded once: a payment adds its headers without building them again."""


def _extra_for(path: str) -> list[tuple[bytes, bytes]]:
    if path.startswith("/static/"):
        return _FOR_STATIC
    return _FOR_DOCS if path == "/api/docs" else _FOR_PAGES


class SecurityHeaders:
    """Pure ASGI (not ``BaseHTTPMiddleware``): it only adds headers to the response start,
    so streams (the till's live status) pass through and a payment pays no extra task."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _extra_for(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                present = {name.lower(): value for name, value in headers}
                html = present.get(b"content-type", b"").startswith(b"text/html")
                added = [
                    (name, value)
                    for name, value in extra
                    if name not in present and (html or name != b"content-security-policy")
                ]
                message["headers"] = [*headers, *added]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install_security_headers(app: FastAPI) -> None:
    app.add_middleware(SecurityHeaders)
