"""The wallet home leaves the offline page what it showed: the balance, the latest
movements and the moment it read them, in the member's language, as a JSON data block
(never a script that runs); other pages carry none (decision 0036)."""

import json
import re

from fastapi.testclient import TestClient

from tests.web.conftest import DemoSite
from thungngoen.wallet.demo import MEMBERS

SOMSRI = MEMBERS[0]
BLOCK = re.compile(r'<script type="application/json" id="offline-summary">(.*?)</script>', re.S)


def _summary(client: TestClient) -> dict[str, object]:
    page = client.get("/wallet").text
    assert page.count('id="offline-summary"') == 1
    assert "offline-summary" not in page.split("</title>")[0]
    found = BLOCK.search(page)
    assert found, "no offline summary on the wallet home"
    summary: dict[str, object] = json.loads(found.group(1))
    balance = re.search(r'id="balance">([^<]+)<', page)
    assert balance
    assert summary["balance"] == balance.group(1)
    rows = len(re.findall(r"<tr data-transfer=", page))
    assert isinstance(summary["lines"], list)
    assert len(summary["lines"]) == rows > 0
    return summary


def test_the_home_page_carries_its_balance_for_the_offline_page(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    summary = _summary(client)
    assert summary["lang"] == "th"
    assert re.fullmatch(r"\d{1,2} \S+ 25\d\d \d\d:\d\d", str(summary["as_of"]))
    assert isinstance(summary["labels"], list)
    assert summary["labels"][0] == "ยอดเงินล่าสุดที่ทราบ"
    assert summary["labels"][2].startswith("ยอดนี้อาจไม่ใช่ยอดปัจจุบัน")
    line = summary["lines"][0]  # type: ignore[index]
    assert set(line) == {"when", "what", "amount"}
    assert re.fullmatch(r"\d{1,2} \S+ 25\d\d \d\d:\d\d", line["when"])

    client.get("/lang/en?next=/wallet")
    english = _summary(client)
    assert english["lang"] == "en"
    assert english["labels"][0] == "Last known balance"  # type: ignore[index]
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} 20\d\d \d\d:\d\d", str(english["as_of"]))


def test_no_other_page_carries_it(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    for path in ("/wallet/history", "/wallet/settings"):
        assert 'id="offline-summary"' not in client.get(path).text
    assert 'id="offline-summary"' not in demo_site.client(None).get("/login").text
