"""``thungngoen notify devices PHONE``: the browsers a person gets Web Push on, and
``--remove N`` to stop one (a lost phone)."""

from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen.auth.users import User, find_by_phone
from thungngoen.communication.errors import UnknownPerson
from thungngoen.communication.push_subscriptions import devices, unsubscribe
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import normalize_phone


@fail_on_rejection
def push_devices(
    phone: Annotated[str, typer.Argument(help="The person's phone number.")],
    remove: Annotated[int | None, typer.Option(help="Remove this device (its #).")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """A person's devices that get notifications by Web Push (and remove one)."""
    engine = engine_for(database_url)
    if remove is not None:

        def forget(connection: Connection) -> None:
            unsubscribe(connection, _person(connection, phone).id, number=remove)

        write_transaction(engine, forget)
        console.print(f"[green]device {remove} removed[/green]")
    with read_transaction(engine) as connection:
        user = _person(connection, phone)
        found = devices(connection, user.id)
    table = Table("#", "device", "since", "push service", title=f"{user.name}: Web Push")
    for row in found:
        service = row.endpoint.split("/")[2]
        table.add_row(str(row.id), row.label, row.created_at.isoformat(timespec="minutes"), service)
    console.print(table)


def _person(connection: Connection, phone: str) -> User:
    user = find_by_phone(connection, normalize_phone(phone))
    if user is None:
        raise UnknownPerson("no one has this phone number")
    return user
