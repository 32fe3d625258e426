"""A local push service (RFC 8030) over TLS on loopback, checking what it receives as
the browsers' push services do, by the RFCs and independently of the libraries the
channel uses:

- the VAPID ``Authorization: vapid t=<JWT>, k=<key>`` (RFC 8292): the JWT is ES256,
  signed by the key in ``k``, which is the key the subscription was made with; its
  ``aud`` is the endpoint's origin, its ``exp`` in the future and at most 24 hours ahead,
  its ``sub`` a ``mailto:`` or ``https:`` contact;
- ``TTL``, ``Urgency`` and ``Topic`` well formed, ``Content-Encoding: aes128gcm``, at
  most 4,096 bytes;
- the body decrypts (RFC 8291 and RFC 8188, with HKDF and AES-GCM from ``cryptography``)
  with the subscriber's private key and auth secret, to JSON.

It answers 201 with a ``Location``, or what it is told to answer next (410, 429, …)."""

import base64
import json
import os
import re
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

LOOPBACK = IPv4Address("127.0.0.1")
URGENCIES = ("very-low", "low", "normal", "high")
_TOPIC = re.compile(r"[A-Za-z0-9_-]{1,32}")
_POINT = serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Subscriber:
    """A browser: its key pair and auth secret, and the VAPID key it subscribed with."""

    token: str
    private: ec.EllipticCurvePrivateKey
    auth: bytes
    server_key: str
    endpoint: str = ""

    @property
    def p256dh(self) -> str:
        return b64url(self.private.public_key().public_bytes(*_POINT))

    @property
    def auth_text(self) -> str:
        return b64url(self.auth)


@dataclass
class Received:
    token: str
    headers: dict[str, str]
    payload: dict[str, Any]
    claims: dict[str, Any]


@dataclass
class PushPeer:
    url: str = ""
    ca_file: str = ""
    subscribers: dict[str, Subscriber] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    next_status: list[int] = field(default_factory=list)
    attempts: int = 0

    def tls(self) -> ssl.SSLContext:
        """What a client trusts to reach this service (its self-signed certificate)."""
        return ssl.create_default_context(cafile=self.ca_file)

    def subscribe(self, token: str, server_key: str) -> Subscriber:
        """A new browser subscribed with the application server key ``server_key``."""
        found = Subscriber(
            token, ec.generate_private_key(ec.SECP256R1()), os.urandom(16), server_key
        )
        found.endpoint = f"{self.url}/push/{token}"
        self.subscribers[token] = found
        return found

    def answer(self, path: str, headers: Any, body: bytes) -> tuple[int, dict[str, str]]:
        self.attempts += 1
        subscriber = self.subscribers.get(path.removeprefix("/push/"))
        if subscriber is None:
            return 404, {}
        if self.next_status:
            return self.next_status.pop(0), {"Retry-After": "30"}
        try:
            claims = self._authorized(headers, subscriber)
            self._check_headers(headers, body)
            payload = json.loads(decrypt(body, subscriber))
        except Refusal as refusal:
            self.problems.append(refusal.reason)
            return refusal.status, {}
        plain = {name: headers[name] for name in ("TTL", "Urgency", "Topic") if name in headers}
        self.received.append(Received(subscriber.token, plain, payload, claims))
        return 201, {"Location": f"{self.url}/message/{len(self.received)}"}

    def _authorized(self, headers: Any, subscriber: Subscriber) -> dict[str, Any]:
        scheme, _, params = headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "vapid":
            raise Refusal(401, f"authorization scheme {scheme!r}")
        parts = dict(p.strip().split("=", 1) for p in params.split(",") if "=" in p)
        if parts.get("k") != subscriber.server_key:
            raise Refusal(403, "k is not the key the subscription was made with")
        claims = verify_jwt(parts.get("t", ""), parts["k"])
        now = time.time()
        if claims.get("aud") != self.url:
            raise Refusal(403, f"aud {claims.get('aud')!r} is not {self.url}")
        if not isinstance(claims.get("exp"), int) or not now < claims["exp"] <= now + 86_400:
            raise Refusal(403, f"exp {claims.get('exp')!r} not within 24 hours")
        if not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
            raise Refusal(403, f"sub {claims.get('sub')!r}")
        return claims

    def _check_headers(self, headers: Any, body: bytes) -> None:
        if not str(headers.get("TTL", "")).isdigit():
            raise Refusal(400, f"TTL {headers.get('TTL')!r}")
        if headers.get("Urgency", "normal") not in URGENCIES:
            raise Refusal(400, f"Urgency {headers.get('Urgency')!r}")
        if "Topic" in headers and not _TOPIC.fullmatch(headers["Topic"]):
            raise Refusal(400, f"Topic {headers['Topic']!r}")
        if headers.get("Content-Encoding") != "aes128gcm":
            raise Refusal(415, f"Content-Encoding {headers.get('Content-Encoding')!r}")
        if len(body) > 4096:
            raise Refusal(413, f"{len(body)} bytes")


class Refusal(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def verify_jwt(token: str, key: str) -> dict[str, Any]:
    """The claims of an ES256 JWT signed by the P-256 public key ``key`` (base64url)."""
    try:
        header, claims, signature = token.split(".")
        assert json.loads(unb64url(header)) == {"typ": "JWT", "alg": "ES256"}
        raw = unb64url(signature)
        assert len(raw) == 64
        der = encode_dss_signature(int.from_bytes(raw[:32]), int.from_bytes(raw[32:]))
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(key))
        public.verify(der, f"{header}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
        found: dict[str, Any] = json.loads(unb64url(claims))
    except (ValueError, AssertionError, InvalidSignature) as error:
        raise Refusal(403, f"the JWT does not verify: {error!r}") from error
    return found


def decrypt(body: bytes, subscriber: Subscriber) -> bytes:
    """RFC 8291 section 3.4 and RFC 8188 section 2, for one record."""
    salt, record_size, id_length = body[:16], int.from_bytes(body[16:20]), body[20]
    sender_key, ciphertext = body[21 : 21 + id_length], body[21 + id_length :]
    if id_length != 65 or record_size != 4096 or len(ciphertext) > record_size:
        raise Refusal(400, f"header: keyid {id_length} bytes, record size {record_size}")
    sender = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), sender_key)
    shared = subscriber.private.exchange(ec.ECDH(), sender)
    receiver_key = subscriber.private.public_key().public_bytes(*_POINT)
    info = b"WebPush: info\x00" + receiver_key + sender_key
    ikm = _hkdf(subscriber.auth, info, 32).derive(shared)
    key = _hkdf(salt, b"Content-Encoding: aes128gcm\x00", 16).derive(ikm)
    nonce = _hkdf(salt, b"Content-Encoding: nonce\x00", 12).derive(ikm)
    try:
        padded = AESGCM(key).decrypt(nonce, ciphertext, None)
    except InvalidTag as error:
        raise Refusal(400, "the body does not decrypt") from error
    plain = padded.rstrip(b"\x00")
    if not plain.endswith(b"\x02"):
        raise Refusal(400, "the last record lacks its delimiter")
    return plain[:-1]


def _hkdf(salt: bytes, info: bytes, length: int) -> HKDF:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info)


def _certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, which the channel under test trusts."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "push.test")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "push.pem", directory / "push.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@contextmanager
def push_server(directory: Path) -> Iterator[PushPeer]:
    peer = PushPeer()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, extra = peer.answer(self.path, self.headers, body)
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    cert_file, key_file = _certificate(directory)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    peer.url = f"https://127.0.0.1:{server.server_address[1]}"
    peer.ca_file = str(cert_file)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield peer
    finally:
        server.shutdown()
        server.server_close()
