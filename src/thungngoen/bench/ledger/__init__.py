"""Benchmarks of the ledger: ``thungngoen bench ledger`` and ``thungngoen bench reads``.

Modules: ``database`` (fresh bench databases), ``population`` (funded wallets),
``workload`` and ``clients`` (the timed loop, in K spawned processes), ``baseline`` (the raw
sqlite3 loop), ``transfers`` (the ledger benchmark), ``fill`` and ``reads`` (the read
benchmark), ``verification`` (lost updates and invariants), ``stats``, ``report``,
``targets`` (the targets that ``bench/run_all.py`` checks) and ``cli``.
"""
