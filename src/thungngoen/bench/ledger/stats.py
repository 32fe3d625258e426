"""Latency summaries: nearest-rank percentiles in milliseconds."""

import math
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of already sorted values (``share`` in 0..100)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(share / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass(frozen=True, slots=True)
class Latency:
    """Latencies of one kind of operation, in milliseconds."""

    count: int
    p50_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float

    @classmethod
    def of(cls, seconds: Sequence[float], sizes: Sequence[int] | None = None) -> "Latency":
        """Summarise durations in seconds; with ``sizes``, each per item (e.g. per transfer
        of a batch: the batch's time divided by its size)."""
        divisors = sizes if sizes is not None else [1] * len(seconds)
        values = sorted(s * 1000 / n for s, n in zip(seconds, divisors, strict=True))
        if not values:
            return cls(0, math.nan, math.nan, math.nan, math.nan)
        return cls(
            count=len(values),
            p50_ms=percentile(values, 50),
            p99_ms=percentile(values, 99),
            mean_ms=sum(values) / len(values),
            max_ms=values[-1],
        )

    def as_dict(self, prefix: str = "") -> dict[str, float | int]:
        return {
            f"{prefix}count": self.count,
            f"{prefix}p50_ms": round(self.p50_ms, 4),
            f"{prefix}p99_ms": round(self.p99_ms, 4),
            f"{prefix}mean_ms": round(self.mean_ms, 4),
            f"{prefix}max_ms": round(self.max_ms, 4),
        }
