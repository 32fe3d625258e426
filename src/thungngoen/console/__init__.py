"""The operator's console (``/console``): the platform pages of the network's staff.

- the dashboard: proof of reserve, the agents' cash floats, the legal float guard, what
  waits for a decision and how many people use the wallet;
- the shops: applications and the operator's decisions (approve in a tier, reject,
  suspend);
- people: search by name, shop name or phone, one person's page, and the operator's
  actions on them (freeze or unfreeze a wallet, reset a PIN);
- the audit log viewer and its hash-chain check.

The console owns no tables, no JSON API and no CLI: its pages read and act through the
operations of the wallet and the other areas. ``access`` says who may open and act. The
money pages under ``/console`` (programs, vouchers, bank statements, payouts, the
circulation report) belong to their own areas.
"""
