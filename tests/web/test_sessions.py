"""Log in and out through the pages: cookie flags, CSRF, the rate limit, role homes."""

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS, LogIn, Site, form_token
from thungngoen.web.app import create_app


def _set_cookie_header(response_headers: list[str], name: str) -> str:
    found = [header for header in response_headers if header.startswith(f"{name}=")]
    assert found, response_headers
    return found[0]


def test_login_sets_an_httponly_lax_session_cookie(site: Site) -> None:
    phone, password = PASSWORDS["member"]
    response = site.client.post(
        "/login",
        data={
            "phone": phone,
            "password": password,
            "csrf_token": form_token(site.client, "/login"),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = _set_cookie_header(response.headers.get_list("set-cookie"), "tn_session")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http in the test
    assert phone not in response.headers["location"]


def test_the_session_cookie_is_secure_over_https(site: Site) -> None:
    client = TestClient(create_app(site.engine), base_url="https://testserver")
    phone, password = PASSWORDS["member"]
    response = client.post(
        "/login",
        data={"phone": phone, "password": password, "csrf_token": form_token(client, "/login")},
        follow_redirects=False,
    )
    cookie = _set_cookie_header(response.headers.get_list("set-cookie"), "tn_session")
    assert "Secure" in cookie


def test_a_wrong_password_is_refused_in_thai(site: Site) -> None:
    phone, _ = PASSWORDS["member"]
    response = site.client.post(
        "/login",
        data={
            "phone": phone,
            "password": "wrong-pass",
            "csrf_token": form_token(site.client, "/login"),
        },
    )
    assert response.status_code == 401
    assert "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง" in response.text
    assert "tn_session" not in site.client.cookies


def test_logout_revokes_the_session(site: Site, log_in: LogIn) -> None:
    client = log_in("member")
    session = client.cookies["tn_session"]
    assert client.get("/wallet").status_code == 200
    response = client.post(
        "/logout", data={"csrf_token": form_token(client, "/wallet")}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert "tn_session" not in client.cookies
    stolen = TestClient(create_app(site.engine), cookies={"tn_session": session})
    refused = stolen.get("/wallet", follow_redirects=False)
    assert refused.status_code == 303
    assert refused.headers["location"] == "/login"


def test_a_post_without_the_csrf_field_is_refused(site: Site, log_in: LogIn) -> None:
    client = log_in("member")
    response = client.post("/logout", data={"csrf_token": "forged"})
    assert response.status_code == 403
    assert "แบบฟอร์มหมดอายุ" in response.text
    assert client.get("/wallet", follow_redirects=False).status_code == 200  # still logged in


def test_login_without_a_csrf_cookie_is_refused(site: Site) -> None:
    phone, password = PASSWORDS["member"]
    response = site.client.post("/login", data={"phone": phone, "password": password})
    assert response.status_code == 403
    assert "tn_session" not in site.client.cookies


def test_five_wrong_passwords_block_the_phone_for_a_while(site: Site) -> None:
    phone, password = PASSWORDS["member"]
    token = form_token(site.client, "/login")
    for _ in range(5):
        wrong = {"phone": phone, "password": "wrong-pass", "csrf_token": token}
        assert site.client.post("/login", data=wrong).status_code == 401
    right = {"phone": phone, "password": password, "csrf_token": token}
    blocked = site.client.post("/login", data=right, follow_redirects=False)
    assert blocked.status_code == 429
    assert blocked.headers["Retry-After"] == "60"
    assert "ลองหลายครั้งเกินไป" in blocked.text
    assert "กรุณารอ 1 นาทีแล้วลองใหม่" in blocked.text
    assert "tn_session" not in site.client.cookies
    site.client.cookies.set("tn_lang", "en")
    english = site.client.post("/login", data=right, follow_redirects=False)
    assert "Please wait 1 min, then try again." in english.text


def test_wrong_passwords_for_other_phones_from_the_address_lock_no_one_out(site: Site) -> None:
    token = form_token(site.client, "/login")
    for index in range(20):
        wrong = {"phone": f"08100000{index + 10}", "password": "wrong-pass", "csrf_token": token}
        assert site.client.post("/login", data=wrong).status_code == 401
    phone, password = PASSWORDS["agent"]
    right = {"phone": phone, "password": password, "csrf_token": token}
    assert site.client.post("/login", data=right, follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    ("role", "home"),
    [
        ("member", "/wallet"),
        ("merchant", "/shop"),
        ("agent", "/agent"),
        ("operator", "/console"),
        ("auditor", "/console"),
    ],
)
def test_the_start_page_sends_each_role_home(log_in: LogIn, role: str, home: str) -> None:
    client = log_in(role)
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == home
    page = client.get(home)
    assert page.status_code == 200
    assert f"ผู้ใช้ {role}" in page.text or "สมศรี" in page.text


def test_other_roles_get_the_403_page(log_in: LogIn) -> None:
    client = log_in("member")
    for path in ("/shop", "/agent", "/console"):
        response = client.get(path)
        assert response.status_code == 403
        assert "ไม่มีสิทธิ์" in response.text


def test_pages_need_a_login(site: Site) -> None:
    for path in ("/", "/wallet", "/shop", "/agent", "/console"):
        response = site.client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/login"
