"""Schemathesis over the whole JSON API, as an operator and as a member, on a fresh demo.

    python scripts/fuzz_api.py --seconds 60     # CI's small budget (tests/web/test_fuzz_api.py)
    make fuzz                                   # longer

Builds a throwaway SQLite database with the demo pilot and the savings demo, serves it with
uvicorn on a free port, logs in through the API, and runs ``st run --checks all`` once per
token. Exit status 0 only if both runs found nothing: no server error, no undocumented
status code, no invalid request accepted, no response off its schema.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import IO

BIN = Path(sys.executable).parent
EXCLUDED_PATHS = ("/api/v1/auth/logout",)
"""Logging out revokes the token the rest of the run needs."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=300, help="time budget per role")
    parser.add_argument("--report", type=Path, help="directory for the JUnit reports")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="thungngoen-fuzz-") as workdir:
        env = _environment(Path(workdir))
        _load_demo(env)
        port = _free_port()
        log_path = Path(workdir) / "server.log"
        with log_path.open("wb") as log:
            server = _serve(env, port, log)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base)
            tokens = {role: _token(base, phone, password) for role, phone, password in _roles()}
            failed = [role for role, token in tokens.items() if _fuzz(base, token, role, args)]
        finally:
            server.terminate()
            server.wait(timeout=30)
        for line in _server_errors(log_path)[:40]:
            print(f"server: {line}")
    print("fuzz: clean" if not failed else f"fuzz: failures as {', '.join(failed)}")
    return 1 if failed else 0


def _environment(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "THUNGNGOEN_DATABASE_URL": f"sqlite:///{workdir / 'fuzz.db'}",
        "THUNGNGOEN_SECRET_KEY": "fuzz-" + "k" * 43,
        "THUNGNGOEN_SECRET_KEY_FILE": str(workdir / "secret.key"),
        "THUNGNGOEN_ARGON2_TIME_COST": "1",
        "THUNGNGOEN_ARGON2_MEMORY_KIB": "1024",
    }


def _load_demo(env: dict[str, str]) -> None:
    for command in (["db", "upgrade"], ["demo"], ["savings", "demo"]):
        subprocess.run(
            [str(BIN / "thungngoen"), *command], env=env, check=True, capture_output=True
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _serve(env: dict[str, str], port: int, log: IO[bytes]) -> subprocess.Popen[bytes]:
    command = [str(BIN / "thungngoen"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, env=env, stdout=log, stderr=log)


def _server_errors(log: Path) -> list[str]:
    """The server's own record of what went wrong (its tracebacks' last lines)."""
    lines = log.read_text(errors="replace").splitlines()
    return [line for line in lines if line and not line[0].isspace() and "Error" in line]


def _wait_until_up(base: str) -> None:
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base}/api/v1/health", timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def _roles() -> list[tuple[str, str, str]]:
    from thungngoen.wallet.demo import MEMBERS, OPERATOR

    return [
        ("operator", OPERATOR.phone, OPERATOR.password),
        ("member", MEMBERS[0].phone, MEMBERS[0].password),
    ]


def _token(base: str, phone: str, password: str) -> str:
    request = urllib.request.Request(
        f"{base}/api/v1/auth/login",
        data=json.dumps({"phone": phone, "password": password}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        token: str = json.load(response)["token"]
        return token


def _fuzz(base: str, token: str, role: str, args: argparse.Namespace) -> int:
    command = [
        str(BIN / "st"),
        "--config-file",
        str(Path(__file__).resolve().parent.parent / "schemathesis.toml"),
        "run",
        f"{base}/api/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {token}",
        "--max-time",
        str(args.seconds),
        "--workers",
        "1",
        "--seed",
        "1",
        *(option for path in EXCLUDED_PATHS for option in ("--exclude-path", path)),
    ]
    if args.report:
        args.report.mkdir(parents=True, exist_ok=True)
        command += ["--report", "junit", "--report-dir", str(args.report / role)]
    print(f"fuzz as {role}: {' '.join(command[:4])} …", flush=True)
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
