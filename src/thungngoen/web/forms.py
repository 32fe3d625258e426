"""Reading posted forms without python-multipart: the pages only post urlencoded forms."""

from urllib.parse import parse_qsl

from fastapi import Request

MAX_FORM_BYTES = 64 * 1024


async def form_fields(request: Request) -> dict[str, str]:
    """The fields of an ``application/x-www-form-urlencoded`` body (last value wins);
    parsed once per request and kept on ``request.state``."""
    cached: dict[str, str] | None = getattr(request.state, "form_fields", None)
    if cached is not None:
        return cached
    body = await request.body()
    fields: dict[str, str] = {}
    if body and len(body) <= MAX_FORM_BYTES:
        fields = dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))
    request.state.form_fields = fields
    return fields
