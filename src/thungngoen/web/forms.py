"""Reading posted forms: urlencoded ones with our own small parser, multipart ones (a file
upload) with Starlette's, which runs python-multipart (docs/decisions/0009)."""

from dataclasses import dataclass
from urllib.parse import parse_qsl

from fastapi import HTTPException, Request
from starlette.datastructures import UploadFile

MAX_FORM_BYTES = 64 * 1024
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
"""A whole multipart form, its file included."""
UPLOAD_TOO_LARGE = "upload_too_large"


@dataclass(frozen=True, slots=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


async def form_fields(request: Request) -> dict[str, str]:
    """The text fields of the posted form (last value wins); parsed once per request and
    kept on ``request.state``, a multipart form's file beside them (``uploaded_file``)."""
    cached: dict[str, str] | None = getattr(request.state, "form_fields", None)
    if cached is not None:
        return cached
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        fields = await _multipart_fields(request)
    else:
        body = await request.body()
        fields = {}
        if body and len(body) <= MAX_FORM_BYTES:
            text = body.decode("utf-8", errors="replace")
            fields = dict(parse_qsl(text, keep_blank_values=True))
    request.state.form_fields = fields
    return fields


def uploaded_file(request: Request, name: str) -> UploadedFile | None:
    """The file posted as ``name`` with the form (read by ``form_fields``), if any."""
    files: dict[str, UploadedFile] = getattr(request.state, "form_files", {})
    return files.get(name)


async def _multipart_fields(request: Request) -> dict[str, str]:
    """Refused unannounced or above ``MAX_UPLOAD_BYTES`` before a byte is read (browsers
    always send the length of a form); the server stops the body at that length."""
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail=UPLOAD_TOO_LARGE)
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    async with request.form(max_files=1, max_fields=100) as form:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                files[name] = UploadedFile(value.filename or "", value.content_type or "", data)
            else:
                fields[name] = value
    request.state.form_files = files
    return fields
