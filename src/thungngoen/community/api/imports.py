"""``/api/v1/data/imports`` and ``/api/v1/data/export``: a spreadsheet posted as the
request's body (streamed to a temporary file, never held whole), checked and shown
(``mode=preview``), imported whole (``all``: refused with the row report, 422, when a
row is bad) or its good rows only (``good_rows``); the column mappings saved for the
importer's organisation; a place's export, masked unless a coordinator states a purpose
(each person then logged)."""

import os
import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from pydantic import Field
from sqlalchemy import Connection
from starlette.background import BackgroundTask

from thungngoen.auth.errors import Forbidden
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.api.places import actor
from thungngoen.community.imports import (
    ImportOptions,
    MalformedFile,
    import_file,
    import_scope,
    mapping_owner,
    parse_mapping,
    save_mapping,
    saved_mappings,
)
from thungngoen.community.imports.errors import ImportHasErrors
from thungngoen.community.imports.export import export_node
from thungngoen.community.nodes import parse_node
from thungngoen.community.person_values import Basis
from thungngoen.db import read_transaction, write_transaction
from thungngoen.exports import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE
from thungngoen.web.api_fields import ApiModel
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/data", tags=["community data"])
MAX_IMPORT_BYTES = 200 * 1024 * 1024
"""About 1,000,000 rows of a household survey."""
Short = Annotated[str, Query(max_length=300)]


async def _spooled(request: Request) -> Path:
    """The body to a temporary file, chunk by chunk, refused past ``MAX_IMPORT_BYTES``."""
    handle, name = tempfile.mkstemp(prefix="thungngoen-import-")
    size = 0
    with os.fdopen(handle, "wb") as file:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_IMPORT_BYTES:
                file.close()
                os.unlink(name)
                raise MalformedFile("the file is larger than 200 MB: split it", "file")
            file.write(chunk)
    return Path(name)


class MappingIn(ApiModel):
    mapping: dict[Annotated[str, Field(max_length=40)], Annotated[str, Field(max_length=200)]] = (
        Field(max_length=40)
    )


@router.post("/imports")
async def import_spreadsheet(
    request: Request,
    user: CurrentUser,
    engine: EngineDep,
    mode: Literal["preview", "all", "good_rows"] = "preview",
    file_name: Annotated[str, Query(max_length=200)] = "",
    mapping: Annotated[str | None, Query(max_length=4000)] = None,
    sheet: Annotated[str | None, Query(max_length=100)] = None,
    basis: Annotated[str, Query(max_length=20)] = "consent",
    purpose: Short = "",
    notice_version: Annotated[str, Query(max_length=20)] = "",
    reason: Short = "",
) -> dict[str, Any]:
    """The body is the CSV or XLSX file itself; the answer is the row report."""
    with read_transaction(engine) as connection:
        scope = import_scope(connection, user)
    chosen = None if mapping is None else parse_mapping(mapping)
    path = await _spooled(request)
    try:
        options = ImportOptions(
            chosen, Basis(basis, purpose, notice_version, reason), scope,
            good_rows_only=mode == "good_rows", sheet=sheet, file_name=file_name,
        )  # fmt: skip
        report = import_file(
            engine, path, options, actor=actor(user), at=utc_now(), dry_run=mode == "preview"
        )
    finally:
        path.unlink(missing_ok=True)
    if mode != "preview" and not report.written:
        raise ImportHasErrors(f"{report.rejected} rows have problems: nothing was imported", report)
    return report.as_json()


@router.get("/imports/mappings")
def list_mappings(user: CurrentUser, engine: EngineDep) -> dict[str, dict[str, str]]:
    with read_transaction(engine) as connection:
        return saved_mappings(connection, mapping_owner(connection, user))


@router.put("/imports/mappings/{name}", status_code=204)
def put_mapping(
    name: Annotated[str, PathParam(max_length=100)],
    body: MappingIn,
    user: CurrentUser,
    engine: EngineDep,
) -> None:
    at = utc_now()

    def work(connection: Connection) -> None:
        owner = mapping_owner(connection, user)
        save_mapping(connection, owner, name, dict(body.mapping), actor=actor(user), at=at)

    write_transaction(engine, work)


@router.get("/export")
def export(
    user: CurrentUser,
    engine: EngineDep,
    node: Annotated[str, Query(max_length=40)] = "province:90",
    file_format: Annotated[Literal["csv", "xlsx"], Query(alias="format")] = "csv",
    purpose: Annotated[str, Query(max_length=200)] = "",
) -> FileResponse:
    """Masked; with a ``purpose``, a coordinator's full export (each person logged)."""
    full, at, place = bool(purpose.strip()), utc_now(), parse_node(node)
    handle, name = tempfile.mkstemp(prefix="thungngoen-export-", suffix=f".{file_format}")
    os.close(handle)
    path = Path(name)

    def work(connection: Connection) -> int:
        scope = import_scope(connection, user)
        if full and not access.duties(connection, user).coordinator:
            raise Forbidden("a full export is for a network coordinator")
        return export_node(
            connection, place, path, file_format=file_format, scope=scope, full=full,
            purpose=purpose, reader=actor(user), at=at,
        )  # fmt: skip

    try:
        if full:
            write_transaction(engine, work)
        else:
            with read_transaction(engine) as connection:
                work(connection)
    except Exception:
        path.unlink(missing_ok=True)
        raise
    media = CSV_MEDIA_TYPE if file_format == "csv" else XLSX_MEDIA_TYPE
    download = f"households-{node.replace(':', '-')}.{file_format}"
    return FileResponse(
        path, media_type=media, filename=download, background=BackgroundTask(path.unlink)
    )
