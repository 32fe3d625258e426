"""Places as one tree, like DHIS2's organisation units, so every figure and page can be
scoped to any node of it (decision 0044).

A node id is ``<level>:<key>``:

- ``province:90`` — Songkhla, the root;
- ``amphoe:9001`` — a district, by its code in the packaged registry;
- ``tambon:900101`` — a sub-district, by its registry key (``900799/9008`` for the
  second Sakom, see decision 0005);
- ``municipality:<id>``, ``community:<id>``, ``household:<id>``, ``person:<id>`` — rows of
  this area's tables.

The path of a community runs province → district → sub-district → municipality (when one
applies) → community; a household and a person hang below their community. A municipality
covers sub-districts of one district, so its own path is province → district →
municipality. The steps of a path name places only: a household is its house number and
a person has no name in a path (a path is shown where personal data is not).
"""

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, false, select, true

from thungngoen.community.errors import UnknownNode
from thungngoen.community.tables import communities, households, municipalities, persons
from thungngoen.registry.places import amphoes, tambons

PROVINCE_CODE = "90"
PROVINCE_NAME = "สงขลา"
LEVELS = ("province", "amphoe", "tambon", "municipality", "community", "household", "person")
ROW_LEVELS = {"municipality", "community", "household", "person"}


@dataclass(frozen=True, slots=True)
class Node:
    level: str
    key: str

    def __str__(self) -> str:
        return f"{self.level}:{self.key}"


ROOT = Node("province", PROVINCE_CODE)


@dataclass(frozen=True, slots=True)
class Step:
    """One node of a path, with the name a page shows."""

    node: str
    level: str
    name: str


def parse_node(text: str) -> Node:
    """A node from its id; refuses a malformed id or a place the registry does not know
    (rows are checked when they are read)."""
    level, _, key = text.strip().partition(":")
    if level not in LEVELS or not key:
        raise UnknownNode(f"{text!r} is not a node id (level:key, e.g. tambon:900101)")
    if level == "province" and key != PROVINCE_CODE:
        raise UnknownNode(f"the tree's root is province:{PROVINCE_CODE}")
    if level == "amphoe" and key not in amphoes():
        raise UnknownNode(f"{key!r} is not a district of Songkhla")
    if level == "tambon" and key not in tambons():
        raise UnknownNode(f"{key!r} is not a sub-district of Songkhla")
    if level in ROW_LEVELS and not (key.isascii() and key.isdigit() and 0 < int(key) < 2**53):
        raise UnknownNode(f"a {level} node is {level}:<number>")
    return Node(level, key)


def _row(connection: Connection, node: Node) -> dict[str, object]:
    table = {
        "municipality": municipalities,
        "community": communities,
        "household": households,
        "person": persons,
    }[node.level]
    row = connection.execute(select(table).where(table.c.id == int(node.key))).first()
    if row is None:
        raise UnknownNode(f"{node} does not exist")
    return dict(row._mapping)


def node_path(connection: Connection, node: Node) -> list[Step]:
    """Root first, ending with ``node`` itself."""
    root = Step(str(ROOT), "province", PROVINCE_NAME)
    if node.level == "province":
        return [root]
    if node.level == "amphoe":
        return [root, Step(str(node), "amphoe", amphoes()[node.key])]
    if node.level == "tambon":
        place = tambons()[node.key]
        return [*node_path(connection, Node("amphoe", place.amphoe_code)), _tambon(node.key)]
    row = _row(connection, node)
    if node.level == "municipality":
        above = node_path(connection, Node("amphoe", str(row["amphoe_code"])))
        return [*above, Step(str(node), "municipality", str(row["name"]))]
    if node.level == "community":
        above = node_path(connection, Node("tambon", str(row["tambon_code"])))
        if row["municipality_id"] is not None:
            town = Node("municipality", str(row["municipality_id"]))
            above.append(Step(str(town), "municipality", str(_row(connection, town)["name"])))
        return [*above, Step(str(node), "community", str(row["name"]))]
    if node.level == "household":
        above = node_path(connection, Node("community", str(row["community_id"])))
        return [*above, Step(str(node), "household", str(row["house_number"]))]
    above = node_path(connection, Node("household", str(row["household_id"])))
    return [*above, Step(str(node), "person", "")]


def _tambon(code: str) -> Step:
    return Step(f"tambon:{code}", "tambon", tambons()[code].name)


def is_under(connection: Connection, node: Node, ancestor: Node) -> bool:
    """Whether ``ancestor`` is on ``node``'s path (a node is under itself)."""
    return any(step.node == str(ancestor) for step in node_path(connection, node))


def community_scope(connection: Connection, node: Node) -> ColumnElement[bool]:
    """A condition on ``community_communities`` selecting the communities under ``node``
    (a household or a person scopes to its community)."""
    column = communities.c
    if node.level == "province":
        return true()
    if node.level == "amphoe":
        codes = [code for code, place in tambons().items() if place.amphoe_code == node.key]
        return column.tambon_code.in_(codes) if codes else false()
    if node.level == "tambon":
        return column.tambon_code == node.key
    row = _row(connection, node)
    if node.level == "municipality":
        return column.municipality_id == int(node.key)
    if node.level == "community":
        return column.id == int(node.key)
    if node.level == "household":
        return column.id == row["community_id"]
    household = _row(connection, Node("household", str(row["household_id"])))
    return column.id == household["community_id"]


def communities_under(connection: Connection, node: Node) -> list[int]:
    """The ids of every community under ``node``, in id order."""
    query = select(communities.c.id).where(community_scope(connection, node))
    return list(connection.execute(query.order_by(communities.c.id)).scalars())
