"""Benchmarks, kept out of the production packages: ``thungngoen bench ledger|reads|api``
and the figures ``bench/run_all.py`` gathers for ``make bench``."""
