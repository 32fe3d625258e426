"""Column mappings saved for reuse, per organisation (or for the network's coordinators):
the next file from the same survey is mapped in one click."""

import json
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from thungngoen.community.collection_tables import import_mappings
from thungngoen.community.imports.errors import InvalidMapping
from thungngoen.community.imports.fields import FIELDS, Mapping


def save_mapping(
    connection: Connection, owner: str, name: str, mapping: Mapping, *, actor: str, at: datetime
) -> None:
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise InvalidMapping("a saved mapping needs a name of 1-100 characters", "name")
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise InvalidMapping(f"not an import field: {', '.join(unknown)}", "mapping")
    text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    if len(text) > 4000:
        raise InvalidMapping("the mapping is too long", "mapping")
    done = connection.execute(
        update(import_mappings)
        .where(import_mappings.c.owner == owner, import_mappings.c.name == name)
        .values(mapping=text, saved_by=actor, updated_at=at)
    )
    if done.rowcount == 0:
        connection.execute(
            insert(import_mappings).values(
                owner=owner, name=name, mapping=text, saved_by=actor, created_at=at, updated_at=at
            )
        )


def saved_mappings(connection: Connection, owner: str) -> dict[str, Mapping]:
    query = select(import_mappings.c.name, import_mappings.c.mapping).where(
        import_mappings.c.owner == owner
    )
    rows = connection.execute(query.order_by(import_mappings.c.name))
    return {name: json.loads(text) for name, text in rows}
