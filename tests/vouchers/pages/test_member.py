"""My vouchers: a printed voucher's code puts its value into the wallet, once; the page
lists the vouchers redeemed and the event allowances."""

from datetime import timedelta

from sqlalchemy import Connection

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, hidden, member_balance, member_of
from thungngoen import ledger, vouchers
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.vouchers.codes import damm_check_digit
from thungngoen.wallet import book, programs
from thungngoen.wallet.demo import MEMBERS

SOMSRI, ANAN = MEMBERS[0], MEMBERS[1]
FUND = "citizens-day"


def donate(connection: Connection, amount: int) -> None:
    bank = book.system_account_id(connection, book.BANK)
    fund = book.system_account_id(connection, f"thb:fund:{FUND}")
    ledger.post_transfer(connection, ledger.TransferRequest(bank, fund, amount, "THB", "donation"))


def issue_batch(site: DemoSite, count: int = 2) -> vouchers.GeneratedBatch:
    def issue(connection: Connection) -> vouchers.GeneratedBatch:
        donate(connection, 100_000)
        return vouchers.generate_voucher_batch(
            connection,
            name="วันพลเมือง",
            value=10_000,
            count=count,
            expires_on=(utc_now() + timedelta(days=30)).date(),
            fund_code=FUND,
            idempotency_key="web-test-batch",
            actor="operator:1",
            now=utc_now(),
        )

    return write_transaction(site.engine, issue)


def test_a_voucher_is_redeemed_into_the_wallet_once(demo_site: DemoSite) -> None:
    code = issue_batch(demo_site).codes[0]
    client = demo_site.client(SOMSRI)
    form = {
        "code": code,
        "idempotency_key": hidden(client.get("/wallet/vouchers").text, "idempotency_key"),
    }
    before = member_balance(demo_site.engine, SOMSRI.phone)
    redeemed = submit(client, "/wallet/vouchers", form)
    assert redeemed.status_code == 303
    again = submit(client, "/wallet/vouchers", form)
    assert again.headers["location"] == redeemed.headers["location"]
    assert member_balance(demo_site.engine, SOMSRI.phone) == before + 10_000
    assert "มูลค่าคูปองเข้ากระเป๋าของคุณแล้ว" in client.get(redeemed.headers["location"]).text
    listed = client.get("/wallet/vouchers").text
    mine = listed[listed.index('id="redeemed-vouchers"') :]
    assert f"วันพลเมือง ···{code[-4:]}" in mine
    assert "100.00 เหรียญ" in mine
    other = submit(demo_site.client(ANAN), "/wallet/vouchers", {"code": code})
    assert error_under(other.text, "code") == "คูปองนี้ถูกใช้ไปแล้ว"


def test_a_wrong_code_shows_next_to_the_field_and_changes_nothing(demo_site: DemoSite) -> None:
    issue_batch(demo_site)
    client = demo_site.client(SOMSRI)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    digits = "12345678901"
    typo = submit(client, "/wallet/vouchers", {"code": f"{digits}{damm_check_digit(digits) ^ 1}"})
    assert typo.status_code == 422
    assert error_under(typo.text, "code") == "รหัสคูปองไม่ถูกต้อง"
    unknown = f"{digits}{damm_check_digit(digits)}"
    missing = submit(client, "/wallet/vouchers", {"code": unknown})
    assert error_under(missing.text, "code") == "ไม่พบคูปองนี้"
    assert error_under(submit(client, "/wallet/vouchers", {"code": ""}).text, "code") == (
        "กรุณากรอกช่องนี้"
    )
    assert member_balance(demo_site.engine, SOMSRI.phone) == before


def test_guessing_codes_is_slowed_down(demo_site: DemoSite) -> None:
    code = issue_batch(demo_site).codes[0]
    client = demo_site.client(SOMSRI)
    for n in range(10):
        digits = f"{n:011d}"
        submit(client, "/wallet/vouchers", {"code": f"{digits}{damm_check_digit(digits)}"})
    blocked = submit(client, "/wallet/vouchers", {"code": code})
    assert blocked.status_code == 422
    assert error_under(blocked.text, "code") == "ลองหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่"


def test_event_allowances_are_listed(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, SOMSRI.phone)

    def event(connection: Connection) -> None:
        donate(connection, 100_000)
        terms = programs.ProgramTerms(
            name="วันพลเมือง 2569",
            valid_from=utc_now() - timedelta(hours=1),
            valid_until=utc_now() + timedelta(days=1),
            fund_code=FUND,
            allowance=30_000,
        )
        program = programs.create_program(
            connection, code="citizens-day-web", kind="event", terms=terms, actor="operator:1"
        )
        programs.register_participant(
            connection, program.id, somsri.id, actor="operator:1", now=utc_now()
        )

    write_transaction(demo_site.engine, event)
    page = demo_site.client(SOMSRI).get("/wallet/vouchers").text
    allowances = page[page.index('id="allowances"') : page.index('id="redeemed-vouchers"')]
    assert "วันพลเมือง 2569" in allowances
    assert "300.00 เหรียญ" in allowances
    assert "เปิดใช้" in allowances
