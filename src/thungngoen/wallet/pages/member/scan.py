"""Pay a shop: scan its QR with the phone's camera (``member.js`` with the vendored jsQR),
or type the shop number the till and the poster show, or paste a payment link.

Only a path on this site is ever followed: ``/pay/<token>`` (a till's request) or
``/pay/shop/<number>`` (a poster), whatever origin the scanned or pasted link names.
"""

import re
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.wallet.pages.member.common import FormState, render_state
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage

router = APIRouter(include_in_schema=False)

PAY_PATH = re.compile(r"/pay/(?:shop/[0-9]{1,12}|[A-Za-z0-9_.\-]{1,400})")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
NOT_A_CODE = "Type the shop number shown on the till or the poster, or paste a payment link."


def pay_path(typed: str) -> str | None:
    """Where a typed shop number or a pasted payment link leads on this site, if anywhere."""
    text = typed.strip().translate(THAI_DIGITS)
    if re.fullmatch(r"[0-9]{1,12}", text):
        return f"/pay/shop/{int(text)}"
    path = urlsplit(text).path
    return path if PAY_PATH.fullmatch(path) else None


def _page(request: Request, state: FormState) -> Response:
    return render_state(request, "wallet/member/scan.html", state)


@router.get("/wallet/scan")
async def scan_page(request: Request, user: MemberPage) -> Response:
    return _page(request, FormState({"code": ""}))


@router.post("/wallet/scan")
async def typed_code(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    state = FormState.posted(form, ("code",))
    target = pay_path(state.values["code"])
    if target is None:
        state.reject(request, "code", NOT_A_CODE)
        return _page(request, state)
    return see_other(request, target)
