"""A man in the middle on loopback: an HTTP proxy that forwards to the platform and rewrites answers.

It plays the attacker of the trust audit: it can swap the sealing key (and the platform's identity)
in the enrolment answer for its own, and answer commits and status polls itself with receipts the
platform never issued, signed with its own key. Rewrites are switched on by attributes.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import sealing
from sync.protocol import signatures
from sync.protocol.models import PROTOCOL_HEADER, PROTOCOL_VERSION

Rewrite = Callable[[dict[str, object]], dict[str, object]]


class MitmProxy:
    def __init__(self, platform_url: str) -> None:
        self.platform_url = platform_url
        self.seal_key = X25519PrivateKey.generate()  # the attacker's: what it hopes the kiosk seals to
        self.identity = Ed25519PrivateKey.generate()
        self.identity_raw = self.identity.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.swap_seal_key = False
        self.swap_identity = False
        self.fake_receipts = False
        self.fake_status: list[dict[str, object]] | None = None
        self.fake_posts: dict[str, dict[str, object]] = {}  # a POST path -> the answer forged for it
        self.kiosk_key = ""
        self.forged: list[str] = []  # paths answered by the proxy itself
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _relay(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
                forged = proxy._forge(self.command, self.path, body, self.headers.get("Signature-Input", ""))
                if forged is not None:
                    proxy.forged.append(self.path)
                    status, content, extra = forged
                    headers = {"content-type": "application/json", PROTOCOL_HEADER: PROTOCOL_VERSION, **extra}
                else:
                    skip = {"host", "content-length", "connection"}
                    sent = {k: v for k, v in self.headers.items() if k.lower() not in skip}
                    answer = httpx.request(
                        self.command, proxy.platform_url + self.path, content=body, headers=sent
                    )
                    status, content = answer.status_code, proxy._rewrite(self.path, answer.content)
                    headers = {
                        k: v
                        for k, v in answer.headers.items()
                        if k.lower() not in ("content-length", "transfer-encoding", "connection")
                    }
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_PATCH = do_HEAD = do_OPTIONS = _relay

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="mitm")
        self._thread.start()

    def _sign(self, statement: bytes) -> str:
        return base64.b64encode(self.identity.sign(statement)).decode()

    def _rewrite(self, path: str, content: bytes) -> bytes:
        if not path.startswith("/v1/enrol") or not (self.swap_seal_key or self.swap_identity):
            return content
        answer = json.loads(content)
        if self.swap_seal_key:
            public = self.seal_key.public_key()
            answer["seal_public_key"] = base64.b64encode(sealing.public_key_raw(public)).decode()
            answer["seal_key_id"] = sealing.key_id(public).hex()
        if self.swap_identity:
            # the attacker signs what it changed with its own key and offers that key instead
            answer["platform_key"] = base64.b64encode(self.identity_raw).decode()
            answer["signature"] = self._sign(self.enrolment_statement(answer))
        return json.dumps(answer).encode()

    def enrolment_statement(self, answer: dict[str, object]) -> bytes:
        fields = [
            str(answer[k]) for k in ("terminal_id", "seal_public_key", "seal_key_id", "tuf_root_sha256")
        ]
        return signatures.enrolment_statement(fields[0], self.kiosk_key, *fields[1:])

    def _forge(
        self, method: str, path: str, body: bytes, signature_input: str
    ) -> tuple[int, bytes, dict[str, str]] | None:
        if path.startswith("/v1/enrol"):
            self.kiosk_key = str(json.loads(body)["public_key"])  # seen in transit, so it can be signed over
            return None
        # the terminal id is in every signed request: the forgery names the right one
        terminal = signature_input.partition('keyid="')[2].partition('"')[0]
        forged: dict[str, object]
        if method == "POST" and path.startswith("/v1/applications") and self.fake_receipts:
            application_id = json.loads(body)["application_id"]
            forged = {"application_id": application_id, "case_no": "FAKE-0001", "received_at": 1.0}
        elif method == "GET" and path.startswith("/v1/status") and self.fake_status is not None:
            forged = {"items": self.fake_status, "cursor": "forged", "more": False}
        elif method == "POST" and path in self.fake_posts:
            forged = self.fake_posts[path]
        else:
            return None
        content = json.dumps(forged).encode()
        statement = signatures.answer_statement(terminal, method, path, content)
        return (
            (201 if method == "POST" else 200),
            content,
            {signatures.PLATFORM_SIGNATURE_HEADER: self._sign(statement)},
        )

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
