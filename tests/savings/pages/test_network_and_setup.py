"""The federation view, founding and setting up a group (members, officers, regulation),
and the year-end share-out through the pages."""

from datetime import date

from fastapi.testclient import TestClient
from httpx import Response

from tests.savings.pages.conftest import PHONES, Groups
from tests.savings.pages.helpers import footprint, form_fields, open_sheet, post_sheet
from tests.web.conftest import form_token
from thungngoen import savings
from thungngoen.db import read_transaction

JAN = date(2024, 1, 10)


def _post(client: TestClient, path: str, page: str, **fields: str) -> Response:
    data = {"csrf_token": form_token(client, page), **fields}
    response: Response = client.post(path, data=data, follow_redirects=False)
    return response


def _january(groups: Groups) -> None:
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat()}
    assert post_sheet(client, groups.group.id, form).status_code == 303


def test_the_federation_view_adds_up_every_group(groups: Groups) -> None:
    _january(groups)
    page = groups.client("member").get("/savings/federation").text  # any login reads it
    assert 'id="fed-groups">2<' in page
    assert 'id="fed-members">5<' in page
    assert 'id="fed-savings" data-satang="20000"' in page
    assert f'id="fed-group-{groups.group.id}"' in page
    assert f'href="/savings/groups/{groups.group.id}"' not in page  # aggregates only
    staff = groups.client("auditor").get("/savings/federation").text
    assert f'href="/savings/groups/{groups.group.id}"' in staff
    assert 'id="found-group"' not in staff  # the auditor founds nothing


def test_the_operator_founds_a_group_and_a_taken_code_is_refused(groups: Groups) -> None:
    client = groups.client("operator")
    fields = {
        "code": "kao-seng",
        "name": "กลุ่มสัจจะออมทรัพย์ชุมชนเก้าเส้ง",
        "community": "ชุมชนเก้าเส้ง",
        "tambon_code": "900101",
        "founded_on": "2024-03-01",
    }
    founded = _post(client, "/savings/groups", "/savings/federation", **fields)
    assert founded.status_code == 303
    assert founded.headers["location"].endswith("/setup")
    taken = _post(client, "/savings/groups", "/savings/federation", **fields)
    assert taken.status_code == 422
    assert 'id="e-code">มีกลุ่มหรือวิสาหกิจที่ใช้รหัสนี้แล้ว<' in taken.text
    treasurer = groups.client("treasurer")
    assert _post(treasurer, "/savings/groups", "/savings", **fields).status_code == 403


def test_the_treasurer_enrols_appoints_and_changes_the_rules(groups: Groups) -> None:
    client = groups.client("treasurer")
    page = f"/savings/groups/{groups.group.id}/setup"
    base = f"/savings/groups/{groups.group.id}"
    unknown = _post(client, f"{base}/members", page, phone="0899999999", joined_on="2024-02-01")
    assert 'id="e-phone">ไม่พบกระเป๋าเงินของหมายเลขโทรศัพท์นี้<' in unknown.text
    joined = _post(
        client, f"{base}/members", page, phone=PHONES["outsider"], joined_on="2024-02-01"
    )
    assert joined.status_code == 303
    elder = _post(client, f"{base}/members", page, name="ยายแดง ใจงาม", joined_on="2024-02-01")
    assert elder.status_code == 303
    members = client.get(page).text
    assert "คนนอก กลุ่ม" in members
    assert "ยายแดง ใจงาม" in members
    assert "รับสมาชิกใหม่แล้ว" in members
    appointed = _post(
        client,
        f"{base}/officers",
        page,
        member_id=str(groups.members["member"].id),
        office="collector",
        appointed_on="2024-02-01",
    )
    assert appointed.status_code == 303
    collector = groups.client("member")
    assert collector.get(base).status_code == 200  # an officer now: reads the books
    assert collector.get(f"{base}/sheet").status_code == 403  # but records no money

    rules = form_fields(client.get(page).text)
    assert rules["commitment"] == "50"
    assert rules["interest_bp"] == "1"
    bad = _post(client, f"{base}/regulation", page, **(rules | {"dividend_bp": "70"}))
    assert 'id="e-regulation">ระเบียบกลุ่มไม่ถูกต้อง<' in bad.text
    changed = rules | {"commitment": "30", "effective_from": "2024-02-01"}
    assert _post(client, f"{base}/regulation", page, **changed).status_code == 303
    sheet = open_sheet(client, groups.group.id)
    assert sheet[f"m{groups.members['member'].id}.commitment"] == "30"


def test_the_share_out_is_previewed_and_posted_once(groups: Groups) -> None:
    client = groups.client("treasurer")
    fined = open_sheet(client, groups.group.id) | {
        "held_on": JAN.isoformat(),
        f"m{groups.members['chair'].id}.fine": "100",
    }
    assert post_sheet(client, groups.group.id, fined).status_code == 303
    path = f"/savings/groups/{groups.group.id}/share-out"
    preview = client.get(f"{path}?held_on=2024-12-31")
    assert 'id="shareout-profit" data-satang="10000"' in preview.text
    form = form_fields(preview.text)
    assert form["held_on"] == "2024-12-31"
    posted = client.post(path, data=form, follow_redirects=False)
    assert posted.status_code == 303
    after = footprint(groups.engine)
    again = client.post(path, data=form, follow_redirects=False)
    assert again.status_code == 303
    assert footprint(groups.engine) == after
    with read_transaction(groups.engine) as connection:
        books = savings.group_books(connection, groups.group.code)
    assert (books.fines, books.surplus) == (0, 0)  # closed into the share-out
    assert books.savings == 4 * 5_000 + 6_000  # the dividend: 60% of the fine
    early = client.post(path, data=form | {"idempotency_key": "x" * 20, "held_on": "2024-06-30"})
    assert early.status_code == 422
    assert "วันที่ปันผลไม่ถูกต้อง" in early.text
