"""The delivery log, for the staff: the page lists deliveries with their status and
reason; an operator retries a dead one (audited), an auditor sees no button and is
refused; the same through ``thungngoen notify deliveries|retry``; and ``notify work
--once`` sends through the configured SMTP server."""

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, update
from typer.testing import CliRunner

from tests.communication.smtp_peer import Inbox, smtp_server
from tests.web.conftest import PASSWORDS, Site, form_token, logged_in
from thungngoen.audit.tables import audit_log
from thungngoen.cli.main import app
from thungngoen.communication.tables import deliveries
from thungngoen.config import get_settings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.app import create_app

RUNNER = CliRunner()
MEMBER_PHONE = PASSWORDS["member"][0]


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _cli(engine: Engine, *args: str) -> str:
    result = RUNNER.invoke(app, ["notify", *args, "--database-url", _url(engine)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def delivered(site: Site, monkeypatch: pytest.MonkeyPatch) -> tuple[Site, Inbox]:
    """The member logged in once (a security notice), with an email address, and one
    worker round through a real SMTP server."""
    logged_in(TestClient(site.client.app), *PASSWORDS["member"])
    _cli(site.engine, "address", MEMBER_PHONE, "email", "somsri@example.org")
    with smtp_server() as (url, inbox):
        monkeypatch.setenv("THUNGNGOEN_SMTP_URL", url)
        get_settings.cache_clear()
        try:
            done = _cli(site.engine, "work", "--once")
            assert "1 deliveries attempted on ['email', 'webpush']" in done
        finally:
            get_settings.cache_clear()
    assert [m["Subject"] for m in inbox.received] == ["มีการเข้าสู่ระบบ"]
    return site, inbox


def _kill(engine: Engine) -> int:
    write_transaction(
        engine,
        lambda c: c.execute(update(deliveries).values(status="dead", last_error="550 no mailbox")),
    )
    with read_transaction(engine) as connection:
        return int(connection.execute(select(deliveries.c.id)).scalar_one())


def test_the_log_shows_a_dead_delivery_and_an_operator_retries_it(
    delivered: tuple[Site, Inbox],
) -> None:
    site, _ = delivered
    dead = _kill(site.engine)
    operator = logged_in(TestClient(create_app(site.engine)), *PASSWORDS["operator"])
    page = operator.get("/notify/deliveries?status=dead").text
    assert "550 no mailbox" in page
    assert "ส่งไม่สำเร็จ" in page
    token = form_token(operator, "/notify/deliveries?status=dead")
    retried = operator.post(
        f"/notify/deliveries/{dead}/retry", data={"csrf_token": token}, follow_redirects=False
    )
    assert retried.status_code == 303
    assert 'data-status="queued"' in operator.get("/notify/deliveries").text
    with read_transaction(site.engine) as connection:
        actions = list(connection.execute(select(audit_log.c.action)).scalars())
    assert "delivery.retry" in actions


def test_an_auditor_reads_the_log_but_cannot_retry(delivered: tuple[Site, Inbox]) -> None:
    site, _ = delivered
    dead = _kill(site.engine)
    auditor = logged_in(TestClient(create_app(site.engine)), *PASSWORDS["auditor"])
    page = auditor.get("/notify/deliveries").text
    assert "/retry" not in page
    token = form_token(auditor, "/notify/deliveries")
    refused = auditor.post(f"/notify/deliveries/{dead}/retry", data={"csrf_token": token})
    assert refused.status_code == 403
    member = logged_in(TestClient(create_app(site.engine)), *PASSWORDS["member"])
    assert member.get("/notify/deliveries").status_code == 403


def test_the_cli_lists_and_retries_and_refuses_a_live_one(delivered: tuple[Site, Inbox]) -> None:
    site, _ = delivered
    assert re.search(r"email .*somsri@example.org .*sent", _cli(site.engine, "deliveries"))
    live = RUNNER.invoke(app, ["notify", "retry", "1", "--database-url", _url(site.engine)])
    assert live.exit_code == 1
    assert "only a dead delivery can be retried" in live.output
    dead = _kill(site.engine)
    assert f"delivery {dead} queued again" in _cli(site.engine, "retry", str(dead))
