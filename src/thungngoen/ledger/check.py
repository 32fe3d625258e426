"""What a ``verify`` check returns."""

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection

SAMPLE = 20
"""Violations listed per check at most."""


@dataclass
class CheckResult:
    name: str
    description: str
    violations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations

    def add(self, violation: str) -> None:
        """Record ``violation`` if fewer than ``SAMPLE`` are listed already."""
        if len(self.violations) < SAMPLE:
            self.violations.append(violation)


Check = Callable[[Connection], CheckResult]
