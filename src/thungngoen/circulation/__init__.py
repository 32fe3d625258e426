"""Circulation: whether the coin stays and circulates in Songkhla, measured from the ledger.

- ``classify``: what each account (holder) and coin transfer (flow kind) is;
- ``tracing``: the proportional tracing of coin rounds (LM3) and hops;
- ``rollup``: the incremental rollups (``refresh``) and ``horizon``: how far they may go;
- ``measures``: the one operations module, ``circulation_report`` → ``CirculationReport``;
- ``public``: the public summary (aggregates only, small cells suppressed);
- ``cli`` (``thungngoen report circulation``), ``api`` (``/api/v1/circulation/…``).

See docs/decisions/0011-circulation-measures.md.
"""

from thungngoen.circulation.public import THRESHOLD, PublicSummary, public_summary

__all__ = ["THRESHOLD", "PublicSummary", "public_summary"]
