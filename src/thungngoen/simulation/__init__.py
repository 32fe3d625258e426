"""The pilot economy simulator (``thungngoen simulate``): a synthetic but plausible
Songkhla economy built through the real wallet operations, deterministic for a seed.

- ``categories``, ``areas``, ``names``: the behaviour of each kind of shop, where people
  live (weighted to the pilot area), synthetic names and phone numbers;
- ``population``, ``merchants``, ``ties``, ``event``: planning who is who and who deals
  with whom;
- ``registration``: registering them through the wallet's operations;
- ``behaviour``: planning each day; ``member_flows``, ``merchant_flows``, ``event``:
  carrying the plan out through the wallet's operations;
- ``world``: the plan and the state that runs it; ``runner``: the whole run; ``cli``.

The behaviour model and its figures: docs/decisions/0010-simulator.md.
"""
