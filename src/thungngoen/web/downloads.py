"""A spreadsheet to save: the CSV (with the BOM when it is for people) or the XLSX of the
same rows, named for the disk."""

from collections.abc import Iterable

from fastapi.responses import Response

from thungngoen.exports import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, Row, csv_text, xlsx_bytes


def _saved_as(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}


def csv_download(text: str, name: str) -> Response:
    """``text`` (already CSV) as the file ``name``."""
    return Response(text, media_type=CSV_MEDIA_TYPE, headers=_saved_as(name))


def csv_rows_download(rows: Iterable[Row], name: str) -> Response:
    """The rows as a CSV for people (BOM first) named ``name``."""
    return csv_download(csv_text(rows), name)


def xlsx_download(rows: Iterable[Row], name: str, sheet: str) -> Response:
    """The rows as the XLSX ``name``, one worksheet ``sheet``."""
    return Response(xlsx_bytes(rows, sheet), media_type=XLSX_MEDIA_TYPE, headers=_saved_as(name))


def spreadsheet_download(rows: Iterable[Row], stem: str, kind: str, sheet: str) -> Response:
    """The rows as ``stem.csv`` (for people) or ``stem.xlsx`` as ``kind`` says."""
    if kind == "xlsx":
        return xlsx_download(rows, f"{stem}.xlsx", sheet)
    return csv_rows_download(rows, f"{stem}.csv")
