"""The wallet's home: the balance, quick actions, the last few movements, and a nudge to
set the payment PIN (or the news that wrong PINs locked it)."""

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth import pins
from thungngoen.clock import utc_now
from thungngoen.wallet.pages.member.offline import offline_summary
from thungngoen.wallet.pages.member.statement import HistoryFilter, HistoryLine, history_page
from thungngoen.wallet.people import member_for_user
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import MemberPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

RECENT_LINES = 5


@dataclass(frozen=True, slots=True)
class WalletView:
    balance: int
    available: int
    recent: list[HistoryLine]
    pin_state: pins.PinStatus


def wallet_view(connection: Connection, user_id: int) -> WalletView:
    member = member_for_user(connection, user_id)
    account = ledger.get_account(connection, member.account_id)
    recent = history_page(connection, member.account_id, HistoryFilter(), RECENT_LINES)
    return WalletView(
        account.balance, account.available, recent.lines, pins.pin_status(connection, user_id)
    )


@router.get("/wallet")
async def home(request: Request, user: MemberPage) -> Response:
    view = await read(request, lambda c: wallet_view(c, user.id))
    offline = offline_summary(view.balance, view.recent, utc_now(), language_of(request))
    return render(request, "wallet/member/home.html", {"wallet": view, "offline": offline})
