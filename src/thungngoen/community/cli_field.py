"""``thungngoen data field …``: what collectors' phones sent — the entries of a collector
with their outcomes, and the conflicts waiting for the office (decision 0046). Resolving
a conflict is the office's choice field by field, on ``/data/field/conflicts`` or
``POST /api/v1/data/field/conflicts/{id}/resolve``."""

from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import select

from thungngoen.auth.users import find_by_phone
from thungngoen.community import field
from thungngoen.community.collection_tables import field_entries
from thungngoen.community.errors import InvalidDuty
from thungngoen.db import read_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

app = typer.Typer(help="What collectors' phones sent: entries, outcomes, conflicts.")


@app.command("conflicts")
@fail_on_rejection
def conflicts(
    resolved: Annotated[bool, typer.Option(help="Include resolved conflicts.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Entries kept as conflicts: the phone's value beside the office's."""
    with read_transaction(engine_for(database_url)) as connection:
        found = field.conflicts(connection, None, open_only=not resolved)
    table = Table("id", "household", "person", "field", "phone", "office", "versions", "resolved")
    for conflict in found:
        for side in conflict.sides:
            table.add_row(
                str(conflict.id), f"{conflict.household_id} ({conflict.house_number})",
                str(conflict.person_id or ""), side.field, str(side.phone), str(side.office),
                f"{conflict.base_version} → {conflict.office_version}",
                conflict.resolution or "",
            )  # fmt: skip
    console.print(table)
    console.print(f"{len(found)} conflicts")


@app.command("entries")
@fail_on_rejection
def entries(
    phone: Annotated[str, typer.Option("--collector", help="The collector's login phone.")],
    database_url: DatabaseUrl = None,
) -> None:
    """A collector's entries as received, newest first (at most 200)."""
    with read_transaction(engine_for(database_url)) as connection:
        login = find_by_phone(connection, phone)
        if login is None:
            raise InvalidDuty(f"no login has the phone {phone}", "user_id")
        rows = connection.execute(
            select(field_entries)
            .where(field_entries.c.collector_id == login.id)
            .order_by(field_entries.c.id.desc())
            .limit(200)
        ).all()
    table = Table("id", "key", "kind", "household", "outcome", "reason", "received")
    for row in rows:
        table.add_row(
            str(row.id), row.idempotency_key[:8], row.kind, str(row.household_id or ""),
            row.outcome, row.reason, row.received_at.isoformat(timespec="seconds"),
        )  # fmt: skip
    console.print(table)
    console.print(f"{len(rows)} entries")
