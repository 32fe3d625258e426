"""``/data/import``: upload a spreadsheet (a form's 2 MB; larger files through the API or
``thungngoen data import``), see the columns mapped and the first rows, the report of
every bad row in Thai and English, then import all (only when clean) or only the good
rows; and ``/data/export``, a place's data as CSV or XLSX (masked unless a coordinator
states why). The uploaded file waits in a temporary folder, named for its uploader, until
it is imported."""

import os
import re
import secrets
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import Connection
from starlette.background import BackgroundTask

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.errors import CommunityError
from thungngoen.community.imports import ImportOptions, import_scope, mapping_owner
from thungngoen.community.imports import run as runs
from thungngoen.community.imports.errors import ImportHasErrors, PreviewDone
from thungngoen.community.imports.export import export_node
from thungngoen.community.imports.fields import FIELDS, REQUIRED
from thungngoen.community.imports.mappings import save_mapping, saved_mappings
from thungngoen.community.nodes import parse_node
from thungngoen.community.pages.common import LABELS, Visitor, checked_read
from thungngoen.community.person_values import Basis
from thungngoen.community.tables import LAWFUL_BASES
from thungngoen.community.texts import THAI_BY_CODE
from thungngoen.exports import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.forms import MAX_UPLOAD_BYTES, uploaded_file
from thungngoen.web.page_ops import read, write
from thungngoen.web.sessions import actor_of
from thungngoen.web.templating import render

router = APIRouter()
FOLDER = Path(tempfile.gettempdir()) / "thungngoen-imports"
TOKEN = re.compile(r"[A-Za-z0-9_-]{16,40}")
FIELD_NAMES = {
    "community": "Community (name or id)", "house_number": "House number",
    "address": "Household address", "house_registration_no": "House registration no.",
    "tenure": "Housing tenure", "income_month": "Income a month (baht)",
    "debts": "Debts (baht)", "wish_to_relocate": "Wishes to relocate", "name": "Name",
    "birth_date": "Date of birth", "sex": "Sex", "relation": "Relation to the head",
    "national_id": "National ID", "phone": "Phone", "occupation": "Occupation",
    "education": "Education", "chronic_illness": "Chronic illness",
    "disability": "Has a disability", "bedridden": "Bedridden",
    "elderly_alone": "Elderly living alone", "child_out_of_school": "Child out of school",
    "lawful_basis": "Lawful basis of the record", "basis_reason": "Reason for the basis",
    "sensitive_consent": "Explicit consent to health data",
}  # fmt: skip


def _login(user: User | None) -> User:
    if user is None:
        raise HTTPException(status_code=403)
    return user


def _stored(user: User, token: str) -> Path:
    if not TOKEN.fullmatch(token):
        raise HTTPException(status_code=404)
    path = FOLDER / f"{user.id}-{token}"
    if not path.is_file():
        raise HTTPException(status_code=404)
    return path


async def _screen(request: Request, user: User, **more: Any) -> Response:
    def work(connection: Connection) -> dict[str, Any]:
        import_scope(connection, user)
        return {
            "mappings": saved_mappings(connection, mapping_owner(connection, user)),
            "coordinator": access.duties(connection, user).coordinator,
        }

    found = await checked_read(request, work)
    context = {
        **LABELS, **found, "fields": FIELDS, "required": REQUIRED, "field_names": FIELD_NAMES,
        "bases": LAWFUL_BASES, "report": None, "token": "", "error": "", "form": {},
        "max_megabytes": MAX_UPLOAD_BYTES // (1024 * 1024), "thai_by_code": THAI_BY_CODE,
    } | more  # fmt: skip
    status = 422 if more.get("error") else 200
    return render(request, "community/import.html", context, status_code=status)


@router.get("/data/import")
async def import_page(request: Request, visitor: Visitor) -> Response:
    return await _screen(request, _login(visitor))


@router.post("/data/import")
async def import_post(request: Request, visitor: Visitor, form: CheckedForm) -> Response:
    user = _login(visitor)
    scope = await checked_read(request, lambda c: import_scope(c, user))
    upload = uploaded_file(request, "file")
    if upload is not None and upload.data:
        FOLDER.mkdir(mode=0o700, exist_ok=True)
        token = secrets.token_urlsafe(18)
        path = FOLDER / f"{user.id}-{token}"
        path.write_bytes(upload.data)
        name = upload.filename
    else:
        token = form.get("token", "")
        path, name = _stored(user, token), form.get("file_name", "")
    mode = form.get("mode", "preview")
    chosen = {f: form[f"map-{f}"] for f in FIELDS if form.get(f"map-{f}")}
    if not chosen and form.get("saved"):
        mappings = await read(request, lambda c: saved_mappings(c, mapping_owner(c, user)))
        chosen = mappings.get(form["saved"], {})
    basis = Basis(form.get("basis", "consent"), form.get("purpose", ""),
                  form.get("notice_version", ""), form.get("reason", ""))  # fmt: skip
    options = ImportOptions(
        chosen or None, basis, scope, good_rows_only=mode == "good_rows", file_name=name[:200]
    )
    at, actor = utc_now(), actor_of(user)

    def work(connection: Connection) -> runs.ImportReport:
        report = runs.run_import(
            connection, path, options, actor=actor, at=at, dry_run=mode not in ("all", "good_rows")
        )
        if form.get("save_as"):
            owner = mapping_owner(connection, user)
            save_mapping(connection, owner, form["save_as"], report.mapping, actor=actor, at=at)
        return report

    keep = {"token": token, "form": form | {"file_name": name}}
    try:
        report = await write(request, work)
    except (ImportHasErrors, PreviewDone) as stopped:
        report = stopped.report  # type: ignore[assignment]
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except CommunityError as error:
        return await _screen(request, user, error=rejection(request, error), **keep)
    if report.written:
        path.unlink(missing_ok=True)
        keep["token"] = ""
    return await _screen(request, user, report=report, **keep)


@router.get("/data/export")
async def export_page(
    request: Request, visitor: Visitor, node: str = "province:90", format: str = "csv",
    purpose: str = "",
) -> Response:  # fmt: skip
    user, full = _login(visitor), bool(purpose.strip())
    if format not in ("csv", "xlsx") or len(node) > 40 or len(purpose) > 200:
        raise HTTPException(status_code=404)
    handle, name = tempfile.mkstemp(prefix="thungngoen-export-", suffix=f".{format}")
    os.close(handle)
    path, at, place = Path(name), utc_now(), parse_node(node)

    def work(connection: Connection) -> int:
        scope = import_scope(connection, user)
        if full and not access.duties(connection, user).coordinator:
            raise Forbidden("a full export is for a network coordinator")
        return export_node(
            connection, place, path, file_format=format, scope=scope, full=full,
            purpose=purpose, reader=actor_of(user), at=at,
        )  # fmt: skip

    try:
        await (write(request, work) if full else checked_read(request, work))
    except Forbidden:
        path.unlink(missing_ok=True)
        raise HTTPException(status_code=403) from None
    media = CSV_MEDIA_TYPE if format == "csv" else XLSX_MEDIA_TYPE
    return FileResponse(
        path, media_type=media, filename=f"households-{node.replace(':', '-')}.{format}",
        background=BackgroundTask(path.unlink),
    )  # fmt: skip
