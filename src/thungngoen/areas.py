"""The areas of the platform, each declared once: what it owns and where each part lives.

The app, the CLI, the shared metadata, ``thungngoen verify``, the Thai catalogue, the
template loader, the static files and the menus loop over ``AREAS``; nothing else lists
the areas. Adding an area is a new package in the shape of ``docs/ARCHITECTURE.md`` plus
one entry here (``tests/test_area_shape.py`` checks both).

A part is named ``"module"`` or ``"module:attribute"`` and loaded only when asked for, so
reading this module imports no area: the migrations load the tables without the web app,
the CLI loads no page.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from importlib.resources import files
from pathlib import Path
from typing import Any

CORE_TABLES = (
    "thungngoen.ledger.tables",
    "thungngoen.auth.tables",
    "thungngoen.audit.tables",
    "thungngoen.db.health",
    "thungngoen.keys.tables",
    "thungngoen.notify.tables",
)
CORE_CHECKS = ("thungngoen.ledger.verify:LEDGER_CHECKS", "thungngoen.audit.verify:CHECKS")


@dataclass(frozen=True)
class CliMount:
    """A Typer app (or one command, when ``path`` names a command) and where it hangs in
    ``thungngoen …``: ``("savings",)``, ``("wallet", "vouchers")``."""

    path: tuple[str, ...]
    target: str
    help: str | None = None
    """The help of a group this mount creates on the way (``thungngoen report``)."""


@dataclass(frozen=True)
class NavLink:
    """One entry of a role's menu; ``position`` orders the entries of all areas."""

    role: str
    position: int
    path: str
    label: str


@dataclass(frozen=True)
class Area:
    name: str
    """The package under ``thungngoen``, the template folder and the ``/static/<name>`` URL."""
    texts: str
    """Its Thai catalogue: a module with ``THAI`` (page texts) and ``THAI_BY_CODE``
    (its rejection codes)."""
    access: str
    """Who may do what in the area: every door asks this module."""
    tables: str | None = None
    api: str | None = None
    pages: str | None = None
    cli: tuple[CliMount, ...] = ()
    checks: str | None = None
    """Its invariants for ``thungngoen verify``: a list of ``ledger.verify.Check``."""
    navigation: tuple[NavLink, ...] = ()
    demo: str | None = None
    """Loads the area's part of the demo pilot (``thungngoen demo``); once only."""
    notifications: str | None = None
    """The notification kinds its operations raise: a tuple of ``notify.NotificationKind``."""
    audiences: str | None = None
    """Who announcements can be sent to among its people: a tuple of ``notify.Audience``."""
    scheduled: str | None = None
    """Notifications raised by time (reminders, digests): a tuple of ``notify.Scheduled``."""
    digest: str | None = None
    """What it says in a person's weekly or monthly digest: a tuple of
    ``notify.DigestSection``."""

    @property
    def package(self) -> str:
        return f"thungngoen.{self.name}"

    def directory(self) -> Path:
        return Path(str(files(self.package)))


def load(part: str) -> Any:
    """``"module"`` → the module; ``"module:attribute"`` → the attribute."""
    module, _, attribute = part.partition(":")
    loaded = import_module(module)
    return getattr(loaded, attribute) if attribute else loaded


def _nav(role: str, *links: tuple[int, str, str]) -> tuple[NavLink, ...]:
    return tuple(NavLink(role, position, path, label) for position, path, label in links)


WALLET = Area(
    "wallet",
    texts="thungngoen.wallet.texts",
    access="thungngoen.wallet.access",
    tables="thungngoen.wallet.tables",
    api="thungngoen.wallet.api:router",
    pages="thungngoen.wallet.pages:router",
    cli=(CliMount(("wallet",), "thungngoen.wallet.cli:app"),),
    checks="thungngoen.wallet.reserve:CHECKS",
    navigation=_nav(
        "member",
        (10, "/wallet", "My wallet"),
        (20, "/wallet/scan", "Pay"),
        (30, "/wallet/send", "Send"),
        (40, "/wallet/history", "History"),
        (60, "/wallet/paycode", "My pay code"),
        (80, "/wallet/settings", "Settings"),
    )
    + _nav(
        "merchant",
        (10, "/shop", "Shop till"),
        (20, "/shop/takings", "Takings"),
        (30, "/shop/refunds", "Refunds"),
        (40, "/shop/promotions", "Promotions"),
        (60, "/shop/poster", "QR poster"),
    )
    + _nav(
        "agent",
        (10, "/agent", "Agent counter"),
        (20, "/agent/float", "Cash float"),
        (30, "/agent/closing", "Daily closing"),
    )
    + _nav(
        "operator",
        (40, "/console/programs", "Programs"),
        (45, "/console/funds", "Community funds"),
    ),
    demo="thungngoen.wallet.demo:load_demo",
    notifications="thungngoen.wallet.notifications:KINDS",
    audiences="thungngoen.wallet.audiences:AUDIENCES",
    scheduled="thungngoen.wallet.reminders:SCHEDULED",
    digest="thungngoen.wallet.digest:SECTIONS",
)

TOPUPS = Area(
    "topups",
    texts="thungngoen.topups.texts",
    access="thungngoen.topups.access",
    tables="thungngoen.topups.tables",
    api="thungngoen.topups.api:router",
    pages="thungngoen.topups.pages:router",
    cli=(CliMount(("wallet", "promptpay"), "thungngoen.topups.cli:app"),),
    navigation=_nav("member", (50, "/wallet/topup", "Top up"))
    + _nav("operator", (60, "/console/statements", "Bank statements")),
)

VOUCHERS = Area(
    "vouchers",
    texts="thungngoen.vouchers.texts",
    access="thungngoen.vouchers.access",
    tables="thungngoen.vouchers.tables",
    api="thungngoen.vouchers.api:router",
    pages="thungngoen.vouchers.pages:router",
    cli=(CliMount(("wallet", "vouchers"), "thungngoen.vouchers.cli:app"),),
    navigation=_nav("member", (70, "/wallet/vouchers", "My vouchers"))
    + _nav("operator", (50, "/console/vouchers", "Vouchers")),
)

REDEMPTION = Area(
    "redemption",
    texts="thungngoen.redemption.texts",
    access="thungngoen.redemption.access",
    tables="thungngoen.redemption.tables",
    api="thungngoen.redemption.api:router",
    pages="thungngoen.redemption.pages:router",
    cli=(CliMount(("wallet", "redemption"), "thungngoen.redemption.cli:app"),),
    navigation=_nav("merchant", (45, "/shop/respend", "Re-spend"), (50, "/shop/redeem", "Redeem"))
    + _nav("operator", (70, "/console/payouts", "Payouts")),
)

CONSOLE = Area(
    "console",
    texts="thungngoen.console.texts",
    access="thungngoen.console.access",
    api="thungngoen.console.api:router",
    pages="thungngoen.console.pages:router",
    navigation=_nav(
        "operator",
        (10, "/console", "Dashboard"),
        (20, "/console/merchants", "Merchants"),
        (25, "/console/agents", "Agents"),
        (30, "/console/people", "People"),
        (80, "/console/audit", "Audit log"),
    ),
)

SAVINGS = Area(
    "savings",
    texts="thungngoen.savings.texts",
    access="thungngoen.savings.access",
    tables="thungngoen.savings.tables",
    api="thungngoen.savings.api:router",
    pages="thungngoen.savings.pages:router",
    cli=(CliMount(("savings",), "thungngoen.savings.cli:app"),),
    checks="thungngoen.savings.verify:SAVINGS_CHECKS",
    navigation=_nav("member", (90, "/savings", "My savings"))
    + _nav("operator", (100, "/savings/federation", "Savings groups")),
    demo="thungngoen.savings.demo:load_savings_demo",
    notifications="thungngoen.savings.notifications:KINDS",
    audiences="thungngoen.savings.audiences:AUDIENCES",
    scheduled="thungngoen.savings.reminders:SCHEDULED",
    digest="thungngoen.savings.digest:SECTIONS",
)

COMMUNICATION = Area(
    "communication",
    texts="thungngoen.communication.texts",
    access="thungngoen.communication.access",
    tables="thungngoen.communication.tables",
    notifications="thungngoen.communication.notifications:KINDS",
    scheduled="thungngoen.communication.digests:SCHEDULED",
    digest="thungngoen.communication.digest_news:SECTIONS",
    demo="thungngoen.communication.demo:load_digest_demo",
    api="thungngoen.communication.api:router",
    pages="thungngoen.communication.pages:router",
    cli=(
        CliMount(("notify",), "thungngoen.communication.cli:app"),
        CliMount(("worker",), "thungngoen.communication.cli:work"),
    ),
    navigation=_nav(
        "operator",
        (84, "/notify/announcements", "Announcements"),
        (85, "/notify/deliveries", "Message deliveries"),
    ),
)

CIRCULATION = Area(
    "circulation",
    texts="thungngoen.circulation.texts",
    access="thungngoen.circulation.access",
    tables="thungngoen.circulation.tables",
    api="thungngoen.circulation.api:router",
    pages="thungngoen.circulation.pages:router",
    cli=(
        CliMount(("report", "circulation"), "thungngoen.circulation.cli:report", "Reports."),
        CliMount(("circulation",), "thungngoen.circulation.cli:app"),
    ),
    navigation=_nav("operator", (90, "/console/circulation", "Circulation")),
    digest="thungngoen.circulation.digest:SECTIONS",
)

COMMUNITY = Area(
    "community",
    texts="thungngoen.community.texts",
    access="thungngoen.community.access",
    tables="thungngoen.community.tables",
    api="thungngoen.community.api:router",
    pages="thungngoen.community.pages:router",
    cli=(CliMount(("data",), "thungngoen.community.cli:app"),),
    demo="thungngoen.community.demo:load_community_demo",
    audiences="thungngoen.community.audiences:AUDIENCES",
    navigation=_nav("member", (95, "/data", "Community data"))
    + _nav("operator", (95, "/data", "Community data")),
)

AREAS: tuple[Area, ...] = (
    WALLET,
    VOUCHERS,
    TOPUPS,
    REDEMPTION,
    CONSOLE,
    SAVINGS,
    CIRCULATION,
    COMMUNICATION,
    COMMUNITY,
)


def parts(attribute: str) -> Iterator[Any]:
    """The loaded ``attribute`` part of every area that has one, in the registry's order."""
    for area in AREAS:
        part = getattr(area, attribute)
        if part is not None:
            yield load(part)


def load_all_tables() -> None:
    """Every table of the core and the areas joins the shared metadata."""
    for module in CORE_TABLES:
        load(module)
    for _ in parts("tables"):
        pass
