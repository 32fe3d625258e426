"""The demo's programs, so that a visitor sees programs combine (decision 0032):
- the old-town pilot governs the shops of Bo Yang (บ่อยาง): 5,000 coin a day, no alcohol,
  tobacco or lottery;
- the Khao Rup Chang community market (เขารูปช้าง) governs its own sub-district: 200 coin a
  day. Its fruit stall is outside the pilot's area yet takes coin under the market's
  program: a member pays it 150 coin, and is refused 60 more by the market's limit (the
  refusal names the market's program, its limit and the 150 spent today).
Everything goes through the real operations. (No event is loaded: its grant into the
Citizens' Day fund would change the demo's fund and reserve figures other pages show.)"""

from datetime import timedelta

from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.wallet import programs

ACTOR = "demo"
OLD_TOWN, KHAO_RUP_CHANG = "900101", "900102"
PILOT = "old-town-pilot"
MARKET = "khao-rup-chang-market"


def load_pilot(connection: Connection) -> None:
    """The pilot and the market's program, before anyone pays."""
    since = utc_now() - timedelta(days=1)
    pilot = programs.ProgramTerms(
        name="ถุงเงินสงขลา นำร่องเมืองเก่า",
        valid_from=since,
        allowed_tambons=(OLD_TOWN,),
        excluded_categories=("alcohol", "tobacco", "lottery"),
        daily_limit=500_000,
    )
    market = programs.ProgramTerms(
        name="ตลาดชุมชนเขารูปช้าง",
        valid_from=since,
        allowed_tambons=(KHAO_RUP_CHANG,),
        daily_limit=20_000,
    )
    for code, terms in ((PILOT, pilot), (MARKET, market)):
        programs.create_program(connection, code=code, kind="sandbox", terms=terms, actor=ACTOR)
