"""Rejections of a whole import (a row's own problems go to the row report)."""

from thungngoen.community.errors import CommunityError


class InvalidMapping(CommunityError):
    """A column mapping naming no field, leaving a required field unmapped or naming a
    header the file does not have."""

    code = "invalid_import_mapping"


class MalformedFile(CommunityError):
    """Not a CSV or XLSX that can be read: a broken workbook, an unknown encoding, no
    header row, a file too large."""

    code = "malformed_import_file"


class UnknownSheet(CommunityError):
    code = "import_sheet_not_found"


class ImportHasErrors(CommunityError):
    """Rows were rejected and the user did not choose to import only the good ones:
    nothing is written."""

    code = "import_has_errors"

    def __init__(self, message: str, report: object) -> None:
        super().__init__(message, "file")
        self.report = report

    def details(self) -> dict[str, object]:  # type: ignore[override]
        as_json = getattr(self.report, "as_json", None)
        return {"field": "file", "report": as_json() if callable(as_json) else None}


class PreviewDone(Exception):
    """Raised at the end of a preview so its transaction rolls back."""

    def __init__(self, report: object) -> None:
        super().__init__("preview")
        self.report = report
