"""The performance targets and the summary table that compares each figure with its target."""

from dataclasses import dataclass
from typing import Any, Literal

from rich.table import Table

Verdict = Literal["met", "MISSED", "skipped", "FAILED", "reported"]
"""``reported``: a figure shown for comparison, judged against no target."""


@dataclass(frozen=True, slots=True)
class Figure:
    scenario: str
    name: str
    measured: str
    target: str
    verdict: Verdict
    note: str = ""


def at_least(scenario: str, name: str, value: float | None, goal: float, fmt: str) -> Figure:
    if value is None:
        return Figure(scenario, name, "–", f">= {goal:{fmt}}", "FAILED", "no figure")
    verdict: Verdict = "met" if value >= goal else "MISSED"
    return Figure(scenario, name, f"{value:{fmt}}", f">= {goal:{fmt}}", verdict)


def reported(scenario: str, name: str, value: float | None, fmt: str) -> Figure:
    if value is None:
        return Figure(scenario, name, "–", "(not judged)", "FAILED", "no figure")
    return Figure(scenario, name, f"{value:{fmt}}", "(not judged)", "reported")


def below(scenario: str, name: str, value: float | None, goal: float, unit: str = "ms") -> Figure:
    if value is None:
        return Figure(scenario, name, "–", f"< {goal:g} {unit}", "FAILED", "no figure")
    verdict: Verdict = "met" if value < goal else "MISSED"
    return Figure(scenario, name, f"{value:.3f} {unit}", f"< {goal:g} {unit}", verdict)


def ledger_figures(scenario: str, data: dict[str, Any]) -> list[Figure]:
    """The soundness row of a ledger scenario (a failure here is not a miss, it is a bug)."""
    lost, violations = int(data["lost_updates"]), int(data["invariant_violations"])
    sound = lost == 0 and violations == 0 and data["balance_sum_conserved"]
    notes = [] if data["balance_sum_conserved"] else ["balance sum not conserved"]
    if not data["durable"]:
        notes.append(f"not durable: {data['synchronous']}")
    verdict: Verdict = "met" if sound and data["durable"] else "FAILED"
    measured = f"{lost} / {violations}"
    row = Figure(
        scenario, "lost updates / violations", measured, "0 / 0", verdict, "; ".join(notes)
    )
    return [row]


_STYLE = {
    "met": "green",
    "MISSED": "red",
    "skipped": "yellow",
    "FAILED": "red bold",
    "reported": "cyan",
}


def summary_table(figures: list[Figure], title: str) -> Table:
    table = Table(title=title)
    for column in ("scenario", "figure", "measured", "target", "verdict", "note"):
        table.add_column(column, justify="right" if column in ("measured", "target") else "left")
    previous = None
    for f in figures:
        style = _STYLE[f.verdict]
        shown = "" if f.scenario == previous else f.scenario  # name each scenario once
        previous = f.scenario
        table.add_row(
            shown, f.name, f.measured, f.target, f"[{style}]{f.verdict}[/{style}]", f.note
        )
    return table
