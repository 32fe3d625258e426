"""``thungngoen simulate``: build a synthetic Songkhla pilot economy through the real
wallet operations, with a progress bar, and summarise it."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from thungngoen.db.migrate import upgrade
from thungngoen.money import format_money
from thungngoen.simulation.runner import Summary
from thungngoen.simulation.runner import simulate as run_simulation
from thungngoen.simulation.world import SimulationConfig
from thungngoen.terminal import DatabaseUrl, console, engine_for
from thungngoen.thai import THAI_TIME


class Bar:
    """The runner's progress shown as one Rich bar per phase (setup, then days)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = TaskID(-1)

    def phase(self, name: str, total: int) -> None:
        self.task = self.progress.add_task(name, total=total)

    def advance(self, steps: int) -> None:
        self.progress.advance(self.task, steps)


@contextmanager
def progress_bar(shown_on: Console) -> Iterator[Bar]:
    columns = (
        TextColumn("{task.description:>6}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=shown_on) as progress:
        yield Bar(progress)


def simulate(
    members: Annotated[int, typer.Option(min=10, help="Members (residents with a wallet).")] = 300,
    merchants: Annotated[int, typer.Option(min=6, help="Network shops, every category.")] = 30,
    days: Annotated[int, typer.Option(min=1, max=3660, help="Days to simulate.")] = 30,
    seed: Annotated[int, typer.Option(help="The same seed and start build the same ledger.")] = 7,
    start: Annotated[
        str | None,
        typer.Option(help="First simulated day, YYYY-MM-DD (default: DAYS days before today)."),
    ] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Simulate a pilot economy (once per database): members, shops, agents, top-ups,
    purchases, wages and supplier payments in coin, redemptions, a Citizens' Day."""
    first = _first_day(start, days)
    config = SimulationConfig(members, merchants, days, seed, first)
    engine = engine_for(database_url)
    upgrade(engine)
    with progress_bar(console) as bar:
        summary = run_simulation(engine, config, bar)
    if summary is None:
        console.print("a simulation is already there: nothing done")
        return
    console.print(summary_table(summary, config))


def _first_day(start: str | None, days: int) -> date:
    if start is None:
        return datetime.now(THAI_TIME).date() - timedelta(days=days)
    try:
        return date.fromisoformat(start)
    except ValueError:
        raise typer.BadParameter("use YYYY-MM-DD", param_hint="--start") from None


def summary_table(summary: Summary, config: SimulationConfig) -> Table:
    last = config.start + timedelta(days=config.days - 1)
    table = Table(title=f"simulated pilot, {config.start} … {last} (seed {config.seed})")
    table.add_column("what")
    table.add_column("how many", justify="right")
    shops = ", ".join(f"{code} {count}" for code, count in summary.merchants.items())
    rows = [
        ("members", f"{summary.members:,}"),
        ("merchants", f"{sum(summary.merchants.values()):,} ({shops})"),
        ("agents", f"{summary.agents:,}"),
        *((what, f"{count:,}") for what, count in summary.counts.items()),
        ("transfers", f"{summary.transfers:,}"),
        ("coin outstanding", format_money(summary.coin_outstanding, "SKC")),
        ("baht backing it", format_money(summary.baht_backing, "THB")),
        (
            "elapsed",
            f"{summary.seconds:,.1f} s ({summary.transfers / summary.seconds:,.0f} transfers/s)",
        ),
    ]
    for what, value in rows:
        table.add_row(what, value)
    return table
