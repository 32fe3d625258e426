"""Scenario (p) of ``bench/run_all.py``: the network's central data at the size of a
province (500,000 households, about 1,500,000 persons over Songkhla's 127 sub-districts),
its community profile page and its search, through the app's doors (decision 0050)."""
