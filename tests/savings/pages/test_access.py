"""Who may open which savings page: a group's treasurer only their own group's sheet, a
member only their own passbook and receipts, the auditor everything but every form, the
operator the setup but no money."""

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.savings.pages.conftest import Groups
from tests.savings.pages.helpers import footprint, open_sheet, post_sheet, sheet_path
from tests.web.conftest import form_token
from thungngoen.db import read_transaction
from thungngoen.savings.tables import receipts

JAN = date(2024, 1, 10)


def _post_january(groups: Groups) -> str:
    """Post January's sheet as the treasurer; the monthly report's path."""
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat()}
    answer = post_sheet(client, groups.group.id, form)
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])


def _receipt_of(groups: Groups, who: str) -> int:
    with read_transaction(groups.engine) as connection:
        query = select(receipts.c.id).where(receipts.c.member_id == groups.members[who].id)
        found: int = connection.execute(query).scalar_one()
    return found


def test_pages_need_a_login(groups: Groups) -> None:
    anonymous = TestClient(groups.app)
    for path in (
        "/savings",
        "/savings/federation",
        sheet_path(groups.group.id),
        f"/savings/passbooks/{groups.members['member'].id}",
        f"/savings/passbooks/{groups.members['member'].id}/pdf",
    ):
        answer = anonymous.get(path, follow_redirects=False)
        assert answer.status_code == 303, path
        assert answer.headers["location"] == "/login"


def test_a_treasurer_keeps_to_their_own_group(groups: Groups) -> None:
    client = groups.client("other_treasurer")
    group = groups.group.id
    for path in (
        sheet_path(group),
        f"/savings/groups/{group}",
        f"/savings/groups/{group}/loans",
        f"/savings/groups/{group}/share-out",
        f"/savings/groups/{group}/setup",
        f"/savings/passbooks/{groups.members['member'].id}",
    ):
        assert client.get(path).status_code == 403, path
    assert client.get(sheet_path(groups.other.id)).status_code == 200
    before = footprint(groups.engine)
    form = open_sheet(client, groups.other.id) | {"held_on": JAN.isoformat()}
    assert post_sheet(client, group, form).status_code == 403  # B's form sent to A
    assert footprint(groups.engine) == before
    home = client.get("/savings").text
    assert f'id="sheet-link-{groups.other.id}"' in home
    assert f'id="sheet-link-{group}"' not in home


def test_a_member_reads_only_their_own_passbook_and_receipts(groups: Groups) -> None:
    report = _post_january(groups)
    client = groups.client("member")
    own, other = groups.members["member"].id, groups.members["treasurer"].id
    assert client.get(f"/savings/passbooks/{own}").status_code == 200
    assert client.get(f"/savings/passbooks/{other}").status_code == 403
    assert client.get(f"/savings/passbooks/{other}/pdf").status_code == 403
    assert client.get(f"/savings/receipts/{_receipt_of(groups, 'member')}").status_code == 200
    assert client.get(f"/savings/receipts/{_receipt_of(groups, 'treasurer')}").status_code == 403
    for path in (report, sheet_path(groups.group.id), f"/savings/groups/{groups.group.id}"):
        assert client.get(path).status_code == 403, path
    home = client.get("/savings").text
    assert f'href="/savings/passbooks/{own}"' in home
    assert "sheet-link" not in home
    assert client.get("/savings/receipts/999999").status_code == 404


def test_a_member_without_a_group_is_told_so(groups: Groups) -> None:
    page = groups.client("outsider").get("/savings")
    assert page.status_code == 200
    assert 'id="no-savings"' in page.text


@pytest.mark.parametrize("role", ["auditor", "operator"])
def test_staff_read_every_group_but_record_no_money(groups: Groups, role: str) -> None:
    report = _post_january(groups)
    client = groups.client(role)
    assert client.get("/savings", follow_redirects=False).headers["location"] == (
        "/savings/federation"
    )
    for path in (
        report,
        f"/savings/groups/{groups.group.id}",
        f"/savings/groups/{groups.other.id}/loans",
        f"/savings/passbooks/{groups.members['member'].id}",
        f"/savings/receipts/{_receipt_of(groups, 'member')}",
    ):
        assert client.get(path).status_code == 200, path
    group_page = client.get(f"/savings/groups/{groups.group.id}").text
    assert 'id="sheet-link"' not in group_page
    assert client.get(sheet_path(groups.group.id)).status_code == 403
    before = footprint(groups.engine)
    token = form_token(client, f"/savings/groups/{groups.group.id}")
    sheet = {"csrf_token": token, "idempotency_key": "k" * 16, "held_on": "2024-02-10"}
    assert post_sheet(client, groups.group.id, sheet).status_code == 403
    shareout = client.post(
        f"/savings/groups/{groups.group.id}/share-out",
        data={**sheet, "held_on": "2024-12-31"},
        follow_redirects=False,
    )
    assert shareout.status_code == 403
    assert footprint(groups.engine) == before


def test_the_auditor_sees_no_setup_form_and_may_not_post_one(groups: Groups) -> None:
    client = groups.client("auditor")
    setup = client.get(f"/savings/groups/{groups.group.id}/setup")
    assert setup.status_code == 200
    assert 'id="member-form"' not in setup.text
    assert "<fieldset disabled>" in setup.text
    token = form_token(client, f"/savings/groups/{groups.group.id}/setup")
    answer = client.post(
        f"/savings/groups/{groups.group.id}/members",
        data={"csrf_token": token, "name": "ผู้ตรวจสอบ แอบเพิ่ม", "joined_on": "2024-02-01"},
        follow_redirects=False,
    )
    assert answer.status_code == 403
    assert "ผู้ตรวจสอบ แอบเพิ่ม" not in client.get(f"/savings/groups/{groups.group.id}/setup").text
