"""A loopback TCP proxy that delays, stalls, cuts connections and plays captive portal, for fault tests.

It sits between the kiosk engine and the platform, both on 127.0.0.1. Faults are switched on by
setting attributes; one-shot faults disarm themselves when they fire.
"""

from __future__ import annotations

import random
import re
import socket
import struct
import threading
import time

REQUEST_LINE = re.compile(rb"^(GET|POST|PUT|PATCH|HEAD|DELETE|OPTIONS) (\S+) HTTP/1\.[01]\r\n")
_PORTAL_PAGE = b"<html><body>Welcome to free Wi-Fi</body></html>"
CAPTIVE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
    + f"Content-Length: {len(_PORTAL_PAGE)}\r\n\r\n".encode()
    + _PORTAL_PAGE
)


def _reset(sock: socket.socket) -> None:
    """Close with RST, as a dropped mobile link looks to the other side."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # shutdown, not just close: close() does not wake the other pump thread blocked in recv()
        # on this socket, so the connection would silently stay open
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


class FaultProxy:
    def __init__(self, target_port: int, *, seed: int = 0) -> None:
        self.target_port = target_port
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        # one-shot faults
        self.cut_upstream_after: int | None = None  # cut once this many more request bytes went through
        self.drop_response_to: bytes | None = None  # forward the request, lose the answer
        self.captive_for: bytes | None = None  # answer this request ourselves, like a portal would
        self.stall_upstream_after: int | None = None  # stall once this many more request bytes went through
        # standing faults
        self.captive = False
        self.running = threading.Event()  # cleared = stalled: nothing moves either way
        self.running.set()
        self.random_cut_probability = 0.0  # per forwarded segment, either direction
        self.delay_s = 0.0  # added before forwarding each segment, either direction (a slow link)
        self.random_lost_answer_probability = 0.0  # per request
        # per forwarded upstream segment: that connection freezes for stall_s (longer than a request timeout)
        self.random_stall_probability = 0.0
        self.stall_s = 0.0
        self.rate_bytes_per_s: float | None = None  # the link's capacity, shared by both directions
        self._link_free_at = time.monotonic()
        # what happened
        self.bytes_up = 0
        self.cuts = 0
        self.lost_answers = 0
        self.captive_answers = 0
        self.stalls = 0
        self.answered: list[tuple[bytes, float]] = []  # (request line, when) of every 2xx that got through
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept, daemon=True, name="faultproxy").start()

    def close(self) -> None:
        self._closed = True
        self.running.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        if self.captive:
            self._captive_answer(client)
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            _reset(client)
            return
        for s in (client, upstream):  # without it Nagle + delayed ACK add ~40 ms to every request
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        state = {"last_request": b"", "lose_answer": False, "dead": False}
        threading.Thread(target=self._pump_up, args=(client, upstream, state), daemon=True).start()
        self._pump_down(upstream, client, state)

    def _captive_answer(self, client: socket.socket) -> None:
        with self.lock:
            self.captive_answers += 1
        try:
            client.recv(65536)
            client.sendall(CAPTIVE)
        except OSError:
            pass
        client.close()

    def _kill(self, state: dict[str, object], *socks: socket.socket) -> None:
        state["dead"] = True
        for s in socks:
            _reset(s)

    def _receive(
        self, source: socket.socket, client: socket.socket, upstream: socket.socket, state: dict[str, object]
    ) -> bytes | None:
        """The next bytes from ``source`` after the proxy's pause and delay; None once the pair is dead."""
        try:
            data = source.recv(65536)
        except OSError:
            data = b""
        self.running.wait()
        if not data or state["dead"]:
            self._kill(state, client, upstream)
            return None
        if self.delay_s:
            time.sleep(self.delay_s)  # the simulated slow link, not a test wait
        if self.rate_bytes_per_s:
            self._pace(len(data))
        return data

    def _pace(self, n: int) -> None:
        """Serialise segments onto a link of `rate_bytes_per_s`, as a modem would."""
        assert self.rate_bytes_per_s is not None
        with self.lock:
            start = max(time.monotonic(), self._link_free_at)
            self._link_free_at = start + n / self.rate_bytes_per_s
            wait = self._link_free_at - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # the simulated link's transmission time

    def _pump_up(self, client: socket.socket, upstream: socket.socket, state: dict[str, object]) -> None:
        while True:
            data = self._receive(client, client, upstream, state)
            if data is None:
                return
            match = REQUEST_LINE.match(data)
            with self.lock:
                if match:
                    line = match.group(0)
                    state["last_request"] = line
                    if self.captive_for is not None and line.startswith(self.captive_for):
                        self.captive_for = None
                        self.captive_answers += 1
                        try:
                            client.sendall(CAPTIVE)
                        except OSError:
                            pass
                        self._kill(state, client, upstream)
                        return
                    if self.drop_response_to is not None and line.startswith(self.drop_response_to):
                        self.drop_response_to = None
                        state["lose_answer"] = True
                    elif self.rng.random() < self.random_lost_answer_probability:
                        state["lose_answer"] = True
                cut_at = None
                if self.cut_upstream_after is not None:
                    if self.cut_upstream_after < len(data):
                        cut_at = self.cut_upstream_after
                        self.cut_upstream_after = None
                    else:
                        self.cut_upstream_after -= len(data)
                elif self.rng.random() < self.random_cut_probability:
                    cut_at = self.rng.randrange(len(data) + 1)
                stall = cut_at is None and self.rng.random() < self.random_stall_probability
                if cut_at is None and self.stall_upstream_after is not None:
                    if self.stall_upstream_after < len(data):
                        stall, self.stall_upstream_after = True, None
                    else:
                        self.stall_upstream_after -= len(data)
                if stall:
                    self.stalls += 1
                forwarded = data if cut_at is None else data[:cut_at]
                self.bytes_up += len(forwarded)
                if cut_at is not None:
                    self.cuts += 1
            if stall:
                time.sleep(self.stall_s)  # the frozen link; the client's timeout should fire first
            try:
                upstream.sendall(forwarded)
            except OSError:
                self._kill(state, client, upstream)
                return
            if cut_at is not None:
                self._kill(state, client, upstream)
                return

    def _pump_down(self, upstream: socket.socket, client: socket.socket, state: dict[str, object]) -> None:
        while True:
            data = self._receive(upstream, client, upstream, state)
            if data is None:
                return
            with self.lock:
                lose = bool(state["lose_answer"])
                cut = not lose and self.rng.random() < self.random_cut_probability
                if lose:
                    self.lost_answers += 1
                if cut:
                    self.cuts += 1
            if lose or cut:
                # the platform has done the work; the kiosk never hears about it
                self._kill(state, client, upstream)
                return
            if data.startswith(b"HTTP/1.1 2"):
                with self.lock:
                    self.answered.append((bytes(state["last_request"]), time.monotonic()))  # type: ignore[arg-type]
            try:
                client.sendall(data)
            except OSError:
                self._kill(state, client, upstream)
                return
