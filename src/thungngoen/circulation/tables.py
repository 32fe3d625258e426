"""Circulation rollups: aggregates of the ledger kept up to date by ``rollup.refresh``.

Only ``thungngoen.circulation.rollup`` writes these tables; they can be rebuilt from the
ledger at any time (empty them and refresh). Days are Thai calendar days (UTC+7) stored
as ISO text, ``YYYY-MM-DD`` (no conversion on the way in or out, and it sorts); a month
is stored as its first day. ``program_id`` 0 means "no program"; in
``circulation_activity`` it means "any program". Sub-district codes are ``''`` where a side
has no place (the mint, voucher floats). See docs/decisions/0011-circulation-measures.md.
"""

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from thungngoen.db.metadata import metadata
from thungngoen.ledger.tables import Id

PLACE = String(16)
DAY = String(10)

state = Table(
    "circulation_state",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
"""``watermark``: the last ledger transfer id the rollups include."""

holders = Table(
    "circulation_holders",
    metadata,
    Column("account_id", Id, primary_key=True, autoincrement=False),
    Column("holder_kind", String(12), nullable=False),
    Column("holder_id", BigInteger),
    Column("tambon_code", PLACE, nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("balance", BigInteger, nullable=False),
    Column("hop_mass", BigInteger, nullable=False),
    Column("pools", JSON(none_as_null=True)),
)
"""Every ledger account the rollups met: who holds it, where, and its tracing state."""

flows = Table(
    "circulation_flows",
    metadata,
    Column("grain", String(5), nullable=False),
    Column("day", DAY, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("origin", PLACE, nullable=False),
    Column("dest", PLACE, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("transfers", Integer, nullable=False),
    Column("hop_mass", BigInteger, nullable=False),
    PrimaryKeyConstraint("grain", "day", "kind", "program_id", "origin", "dest"),
)
"""Coin moved per day (``grain`` ``day``) or month (``month``, ``day`` its first day), kind
of flow, program and (origin, destination) sub-district; grain ``total``: per month for
the whole pilot (places ``*``), what a dashboard reads."""

rounds = Table(
    "circulation_rounds",
    metadata,
    Column("grain", String(5), nullable=False),
    Column("day", DAY, nullable=False),
    Column("round", String(6), nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("r1_tambon", PLACE, nullable=False),
    Column("from_tambon", PLACE, nullable=False),
    Column("to_tambon", PLACE, nullable=False),
    Column("amount", BigInteger, nullable=False),
    PrimaryKeyConstraint(
        "grain", "day", "round", "program_id", "r1_tambon", "from_tambon", "to_tambon"
    ),
)
"""Per day or month (as ``flows``), traced coin: ``r2``/``r3`` re-spent in round 2/3 of
LM3, ``leak1``/``leak2`` first- and second-round coin redeemed (``to_tambon`` ``''``)."""

holdings = Table(
    "circulation_holdings",
    metadata,
    Column("day", DAY, nullable=False),
    Column("holder_kind", String(12), nullable=False),
    Column("tambon_code", PLACE, nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("change", BigInteger, nullable=False),
    PrimaryKeyConstraint("day", "holder_kind", "tambon_code", "program_id"),
)
"""Net change of the coin held per day, kind of holder, place and program; holder kind
``reserve`` is the baht reserve (``thb:backing``), ``all`` all coin of the pilot
(place ``*``) by program."""

activity = Table(
    "circulation_activity",
    metadata,
    Column("holder_kind", String(12), nullable=False),
    Column("holder_id", BigInteger, nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("tambon_code", PLACE, nullable=False),
    Column("first_day", DAY, nullable=False),
    Column("days", Text, nullable=False),
    PrimaryKeyConstraint("holder_kind", "holder_id", "program_id"),
)
"""The days each member and merchant paid or was paid (in any program: 0, or in one):
a bit mask in hexadecimal, bit *n* for ``first_day`` + *n* days (``activity``)."""

active_months = Table(
    "circulation_active_months",
    metadata,
    Column("month", DAY, nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("tambon_code", PLACE, nullable=False),
    Column("holder_kind", String(12), nullable=False),
    Column("holders", Integer, nullable=False),
    PrimaryKeyConstraint("month", "program_id", "tambon_code", "holder_kind"),
)
"""How many members and merchants of each place were active in each month (from
``activity``, kept as days are added): a month's count without reading every mask."""

cell_wallets = Table(
    "circulation_cell_wallets",
    metadata,
    Column("month", DAY, nullable=False),
    Column("origin", PLACE, nullable=False),
    Column("dest", PLACE, nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("side", String(1), nullable=False),
    Column("member_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("month", "origin", "dest", "program_id", "side", "member_id"),
)
"""The members who paid (side ``p``) and were paid (``r``) in each monthly origin–
destination cell, in any program (0) and in each program: the public view shows a cell
only when enough different members are in it."""

cell_counts = Table(
    "circulation_cell_counts",
    metadata,
    Column("month", DAY, nullable=False),
    Column("origin", PLACE, nullable=False),
    Column("dest", PLACE, nullable=False),
    Column("program_id", Integer, nullable=False),
    Column("side", String(1), nullable=False),
    Column("members", Integer, nullable=False),
    PrimaryKeyConstraint("month", "origin", "dest", "program_id", "side"),
)
"""How many members each side of a monthly cell has (rows of ``cell_wallets``)."""

merchant_days = Table(
    "circulation_merchant_days",
    metadata,
    Column("day", DAY, nullable=False),
    Column("merchant_id", BigInteger, nullable=False),
    Column("purchases", BigInteger, nullable=False),
    Column("supplier_in", BigInteger, nullable=False),
    Column("respent", BigInteger, nullable=False),
    Column("redeemed", BigInteger, nullable=False),
    PrimaryKeyConstraint("day", "merchant_id"),
)
"""Per merchant and day: member purchases (net of refunds and cashback), coin from other
merchants, coin paid on to other members, coin redeemed."""

ROLLUPS = (
    state,
    holders,
    flows,
    rounds,
    holdings,
    activity,
    active_months,
    cell_wallets,
    cell_counts,
    merchant_days,
)
