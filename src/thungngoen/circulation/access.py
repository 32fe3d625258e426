"""Who may read what of the circulation figures. The API and the pages ask here.

- anyone, logged in or not, reads the public dashboard (``/circulation``) and the API's
  public summary and series: whole Thai months, aggregates only, small areas and cells
  withheld, nothing that identifies a member (``circulation.public``);
- the staff (the operator and the auditors) read the full report for any days, program
  and area, with every flow and the shops by name, its CSV, the merchant table and one
  shop's drill-down (``/console/circulation…``, ``/api/v1/circulation/report|merchants…``);
- the command line is the operator's desk: it has no login (whoever runs it holds the
  database).

Nobody writes here: the figures are rollups of the ledger. Each door checks in a
dependency, before anything is read: the API answers a 403 rejection in JSON, a page the
403 page (a visitor is sent to log in first).
"""

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.tables import STAFF as STAFF
from thungngoen.auth.users import User

"""Read the full report, the merchant table and one shop's figures."""


def may_read_report(user: User) -> bool:
    """The full report (and its CSV), the merchant table and a shop's drill-down."""
    return user.role in STAFF


def require_report_reader(user: User) -> User:
    """``user`` if they may read the full report and the shops' figures, else
    ``Forbidden``."""
    if not may_read_report(user):
        raise Forbidden(f"this needs the role {' or '.join(STAFF)}")
    return user
