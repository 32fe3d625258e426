"""The top-up QR as a PNG: the member's own open request only; refused when the
operator's PromptPay ID is not configured."""

import io
import re

import pytest
import segno
from PIL import Image

from tests.topups.test_qr_image import read_modules
from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from thungngoen import topups
from thungngoen.wallet.demo import MEMBERS
from thungngoen.wallet.promptpay import parse_emv

SOMSRI, ANAN = MEMBERS[0], MEMBERS[1]


def ask(demo_site: DemoSite, amount: str = "150") -> str:
    asked = submit(demo_site.client(SOMSRI), "/wallet/topup", {"amount": amount})
    assert asked.status_code == 303, asked.text
    location: str = asked.headers["location"]
    return location


def test_the_png_is_the_pages_payload_as_a_qr(demo_site: DemoSite) -> None:
    location = ask(demo_site)
    client = demo_site.client(SOMSRI)
    found = re.search(r'data-payload="([0-9A-Z.]+)"', client.get(location).text)
    assert found is not None
    payload = found.group(1)
    assert parse_emv(payload)["54"].startswith("150.")
    picture = client.get(f"{location}/qr.png")
    assert picture.status_code == 200
    assert picture.headers["content-type"] == "image/png"
    assert "no-store" in picture.headers["cache-control"]
    assert Image.open(io.BytesIO(picture.content)).format == "PNG"
    expected = [[bool(bit) for bit in row] for row in segno.make_qr(payload, error="m").matrix]
    assert read_modules(picture.content, payload) == expected


def test_another_members_or_an_unknown_picture_is_not_found(demo_site: DemoSite) -> None:
    location = ask(demo_site, "20")
    assert demo_site.client(ANAN).get(f"{location}/qr.png").status_code == 404
    assert demo_site.client(SOMSRI).get("/wallet/topup/999999/qr.png").status_code == 404


def test_without_the_operators_promptpay_id_top_ups_are_refused(
    demo_site: DemoSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = ask(demo_site, "30")
    monkeypatch.delenv(topups.OPERATOR_PROMPTPAY_ENV)
    client = demo_site.client(SOMSRI)
    page = client.get("/wallet/topup")
    assert page.status_code == 200
    assert 'id="topup-unavailable"' in page.text
    assert "ยังเติมเงินผ่านพร้อมเพย์ไม่ได้" in page.text
    assert 'id="topup-form"' not in page.text
    refused = submit(client, "/wallet/topup", {"amount": "40"})
    assert refused.status_code == 422
    assert 'id="topup-unavailable"' in refused.text
    assert client.get(f"{location}/qr.png").status_code == 503
    shown = client.get(location, follow_redirects=False)
    assert shown.status_code == 303
    assert shown.headers["location"] == "/wallet/topup"
