"""The audit log viewer: newest first, filters, pages, the chain check, nothing secret."""

from datetime import timedelta

from sqlalchemy import Connection

from tests.web.conftest import DemoSite
from tests.web.helpers import apply_for_shop, member_of, post_form
from thungngoen import audit
from thungngoen.auth import pins
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.thai import in_thai_time, national_id_check_digit
from thungngoen.wallet import people
from thungngoen.wallet.demo import MEMBERS, OLD_TOWN, OPERATOR

AUDIT = "/console/audit"


def _entries(html: str) -> list[str]:
    """The entries of the page, newest first (each one's HTML)."""
    log = html.split('id="audit-log"')[1].split("</ol>")[0]
    return log.split('class="card audit-entry"')[1:]


def _entry_id(entry: str) -> int:
    return int(entry.split('id="audit-', 1)[1].split('"', 1)[0])


def _act(demo_site: DemoSite) -> tuple[int, int]:
    """The operator approves a shop and freezes Somsri's wallet through the pages."""
    shop = apply_for_shop(demo_site.engine)
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    operator = demo_site.client(OPERATOR)
    post_form(
        operator,
        f"/console/merchants/{shop}/decision",
        {"decision": "approve", "tier": "large"},
        page="/console/merchants",
    )
    page = f"/console/people/member/{somsri.id}"
    post_form(operator, f"{page}/wallet", {"status": "frozen", "reason": "แจ้งทุจริต"}, page=page)
    return shop, somsri.account_id


def test_the_actions_just_taken_come_first(demo_site: DemoSite) -> None:
    shop, account = _act(demo_site)
    html = demo_site.client(OPERATOR).get(AUDIT).text
    entries = _entries(html)
    ids = [_entry_id(entry) for entry in entries]
    assert ids == sorted(ids, reverse=True)
    mine = [entry for entry in entries if "account.frozen" in entry or "merchant.approved" in entry]
    newest, second = mine[:2]  # after them only the auditor's and operator's log-ins
    assert "account.frozen" in newest
    assert f"account {account}" in newest
    assert "แจ้งทุจริต" in newest  # the reason
    assert "มูลนิธิชุมชนสงขลา (SK)" in newest  # the operator's name beside user:N
    assert "merchant.approved" in second
    assert f'href="/console/people/merchant/{shop}"' in second
    for shown in ("pending", "approved", "large"):  # before and after, side by side
        assert shown in second


def test_each_entry_reads_as_a_sentence_with_its_raw_form_behind_a_click(
    demo_site: DemoSite,
) -> None:
    _act(demo_site)
    operator = demo_site.client(OPERATOR)
    approved = _entries(operator.get(f"{AUDIT}?action=merchant.approved").text)[0]
    headline = approved.split("</header>")[0]
    assert '<strong class="action">อนุมัติร้านค้าแล้ว</strong>' in headline
    assert "merchant.approved" not in headline.split('data-action="merchant.approved"')[1]
    raw = approved.split('<details class="raw-entry">')[1].split("</details>")[0]
    assert '<code class="action-code">merchant.approved</code>' in raw
    assert "&#34;status&#34;: &#34;approved&#34;" in raw  # the JSON, escaped
    operator.cookies.set("tn_lang", "en")
    in_english = _entries(operator.get(f"{AUDIT}?action=merchant.approved").text)[0]
    assert '<strong class="action">Shop approved</strong>' in in_english


def test_an_action_without_a_sentence_shows_its_code(demo_site: DemoSite) -> None:
    write_transaction(
        demo_site.engine,
        lambda c: audit.record(
            c, actor="test", action="test.unnamed", subject_type="test", subject_id="1"
        ),
    )
    shown = _entries(demo_site.client(OPERATOR).get(f"{AUDIT}?action=test.").text)[0]
    assert '<strong class="action"><code>test.unnamed</code></strong>' in shown


def test_filters_narrow_the_log(demo_site: DemoSite) -> None:
    shop, account = _act(demo_site)
    client = demo_site.client(OPERATOR)
    by_action = _entries(client.get(f"{AUDIT}?action=merchant.").text)
    assert by_action
    assert all("merchant." in entry for entry in by_action)
    assert any("merchant.approved" in entry for entry in by_action)
    by_subject = _entries(client.get(f"{AUDIT}?subject_type=merchant&subject_id={shop}").text)
    assert [("merchant.approved" in e, "merchant.register" in e) for e in by_subject] == [
        (True, False),
        (False, True),
    ]
    by_actor = _entries(client.get(f"{AUDIT}?actor=self").text)
    assert by_actor
    assert all("<code>self</code>" in entry for entry in by_actor)
    today = in_thai_time(utc_now()).date()
    filters = f"subject_type=account&subject_id={account}"
    this_day = client.get(f"{AUDIT}?since={today}&until={today}&{filters}").text
    assert len(_entries(this_day)) == 1
    tomorrow = today + timedelta(days=1)
    assert _entries(client.get(f"{AUDIT}?since={tomorrow}").text) == []


def test_bad_filters_are_refused_next_to_the_field(demo_site: DemoSite) -> None:
    client = demo_site.client(OPERATOR)
    for query, field, message in (
        ("since=31-12-2567", "since", "วันที่ไม่ถูกต้อง"),
        ("since=2025-03-02&until=2025-03-01", "until", "วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น"),
        ("actor=0812345678", "actor", "ห้ามใส่ข้อมูลส่วนบุคคล"),
    ):
        response = client.get(f"{AUDIT}?{query}")
        assert response.status_code == 422, query
        assert f'id="e-{field}"' in response.text
        assert message in response.text


def test_the_log_comes_a_page_at_a_time(demo_site: DemoSite) -> None:
    anan = member_of(demo_site.engine, MEMBERS[1].phone)

    def reset_many(connection: Connection) -> None:
        for _ in range(60):
            pins.reset_pin(connection, anan.user_id, actor="test")

    write_transaction(demo_site.engine, reset_many)
    client = demo_site.client(OPERATOR)
    first = client.get(AUDIT).text
    assert len(_entries(first)) == 50
    older = first.split('id="audit-older"')[0].rsplit('href="', 1)[1].split('"')[0]
    second = client.get(older.replace("&amp;", "&")).text
    first_ids = [_entry_id(entry) for entry in _entries(first)]
    second_ids = [_entry_id(entry) for entry in _entries(second)]
    assert second_ids
    assert max(second_ids) < min(first_ids)


def test_the_chain_is_verified(demo_site: DemoSite) -> None:
    client = demo_site.client(OPERATOR)
    assert 'hx-get="/console/audit/chain"' in client.get(AUDIT).text
    chain = client.get(f"{AUDIT}/chain").text
    assert 'id="chain-status"' in chain
    assert "ตรวจสอบห่วงโซ่แล้ว ถูกต้อง" in chain


def test_no_phone_national_id_or_secret_is_shown(demo_site: DemoSite) -> None:
    first_twelve = "110170020345"
    national_id = first_twelve + str(national_id_check_digit(first_twelve))
    write_transaction(
        demo_site.engine,
        lambda c: people.register_member(
            c,
            phone="0877776666",
            name="ทดสอบ บัตรประชาชน",
            password="id-card-123",
            tambon_code=OLD_TOWN,
            national_id=national_id,
        ),
    )
    client = demo_site.client(OPERATOR)
    html = client.get(AUDIT).text
    assert national_id not in html
    assert "0877776666" not in html
    assert "087-xxx-6666" in html  # the new login's phone, masked
    for login in MEMBERS:
        assert login.phone not in html
        assert login.password not in html
    assert "pin_hash" not in html
    assert "password_hash" not in html
