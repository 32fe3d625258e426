"""Who may import and export (decision 0047): a network coordinator, anywhere; an
organisation's editor, in the places their organisation covers. A collector or a leader
does not: they write household by household on the field form, where every entry is
theirs; a file of hundreds of households is the office's work."""

from sqlalchemy import Connection, select

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community.access import duties
from thungngoen.community.nodes import communities_under, parse_node
from thungngoen.community.tables import organisation_places


def import_scope(connection: Connection, user: User | None) -> frozenset[int] | None:
    """The communities ``user`` may import to and export from; ``None`` for all."""
    if user is None:
        raise Forbidden("log in first")
    held = duties(connection, user)
    if held.coordinator:
        return None
    if not held.organisations:
        raise Forbidden("files are imported by a network coordinator or an organisation's editor")
    nodes = connection.execute(
        select(organisation_places.c.node).where(
            organisation_places.c.organisation_id.in_(held.organisations)
        )
    ).scalars()
    found: set[int] = set()
    for node in nodes:
        found.update(communities_under(connection, parse_node(node)))
    return frozenset(found)


def mapping_owner(connection: Connection, user: User | None) -> str:
    """Whose saved mappings ``user`` uses: the network's (a coordinator) or their
    organisation's (its editor; the first if several)."""
    if user is None:
        raise Forbidden("log in first")
    held = duties(connection, user)
    if held.coordinator:
        return "network"
    if held.organisations:
        return f"organisation:{min(held.organisations)}"
    raise Forbidden("files are imported by a network coordinator or an organisation's editor")
