"""``thungngoen notify``: the kinds the areas declare, a person's inbox (read only)."""

from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.web.conftest import PASSWORDS, Site
from thungngoen.cli.main import app
from thungngoen.notify import unread_count

RUNNER = CliRunner()


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_kinds_lists_every_declared_kind() -> None:
    result = RUNNER.invoke(app, ["notify", "kinds"])
    assert result.exit_code == 0, result.output
    for code in ("auth.new_login", "auth.pin_locked", "wallet.paid", "wallet.topped_up"):
        assert code in result.output


def test_inbox_shows_a_persons_messages_and_marks_nothing(site: Site) -> None:
    phone, password = PASSWORDS["member"]
    site.client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    result = RUNNER.invoke(app, ["notify", "inbox", phone, "--database-url", _url(site.engine)])
    assert result.exit_code == 0, result.output
    assert "มีการเข้าสู่ระบบ" in result.output
    assert "1 unread" in result.output
    with site.engine.connect() as connection:
        assert unread_count(connection, 1) == 1


def test_inbox_of_an_unknown_phone_is_refused(site: Site) -> None:
    result = RUNNER.invoke(
        app, ["notify", "inbox", "0899999999", "--database-url", _url(site.engine)]
    )
    assert result.exit_code == 1
    assert "no one has this phone number" in result.output


def test_the_worker_runs_alone_and_the_scheduled_jobs_are_listed(engine: Engine) -> None:
    result = RUNNER.invoke(app, ["worker", "--once", "--database-url", _url(engine)])
    assert result.exit_code == 0, result.output
    assert "0 deliveries attempted" in result.output
    result = RUNNER.invoke(app, ["notify", "scheduled", "--run", "--database-url", _url(engine)])
    assert result.exit_code == 0, result.output
    assert "0 notifications raised" in result.output
