"""A shaped link for sync tests and the bench: a network namespace whose own loopback is rate-limited
(tbf), lossy (nftables numgen) and delayed (iptables NFQUEUE -> sync_delayline.c, a userspace delay line:
this kernel has no netem), so every server still listens on 127.0.0.1. Needs root.

Every packet crosses the loopback's input hook once, so a delay of D ms per packet is an RTT of 2D.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DELAYLINE_SRC = Path(__file__).with_name("sync_delayline.c")
QUEUE_NUM = 7


def available() -> bool:
    return os.geteuid() == 0 and all(shutil.which(tool) for tool in ("ip", "tc", "nft", "ethtool"))


def delay_available() -> str | None:
    """None when the delay line can be built and wired here, else why not."""
    if not shutil.which("gcc") or not shutil.which("iptables"):
        return "gcc or iptables is not installed (scripts/bootstrap)"
    if not Path("/usr/include/libnetfilter_queue/libnetfilter_queue.h").exists():
        return "libnetfilter-queue-dev is not installed (scripts/bootstrap)"
    return None


def build_delayline(out_dir: Path) -> Path:
    binary = out_dir / "sync_delayline"
    subprocess.run(
        ["gcc", "-O2", "-o", str(binary), str(DELAYLINE_SRC), "-lnetfilter_queue", "-lnfnetlink"],
        check=True,
        capture_output=True,
    )
    return binary


def build_cc_preload(out_dir: Path) -> Path:
    """sync_cc_preload.c as a shared object: LD_PRELOAD it with KSYNC_TCP_CC=cubic set."""
    library = out_dir / "sync_cc_preload.so"
    source = DELAYLINE_SRC.with_name("sync_cc_preload.c")
    subprocess.run(
        ["gcc", "-O2", "-shared", "-fPIC", "-o", str(library), str(source), "-ldl"],
        check=True,
        capture_output=True,
    )
    return library


def socket_congestion_control() -> str:
    """What a new TCP socket in this process gets (shows whether the preload shim is in effect)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        return s.getsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, 16).rstrip(b"\0").decode()


@dataclass
class Link:
    name: str
    congestion_control: str  # what TCP in the namespace uses
    delayline: subprocess.Popen[bytes] | None = None
    build_dir: Path | None = None
    notes: list[str] = field(default_factory=list)


def _ns(name: str, *cmd: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["ip", "netns", "exec", name, *cmd], check=True, capture_output=True)


def create(
    name: str,
    rate_mbit: float,
    loss_pct: int,
    delay_ms: int = 0,
    congestion_control: tuple[str, ...] = ("cubic", "reno"),
) -> Link:
    """`delay_ms` is per packet, each way; the first of `congestion_control` the namespace accepts
    becomes its TCP default. Returns the link; pass it to delete()."""
    subprocess.run(["ip", "netns", "add", name], check=True)
    link = Link(name, "")
    try:
        _ns(name, "ip", "link", "set", "lo", "up")
        _ns(name, "ip", "link", "set", "lo", "mtu", "1500")
        # without this, loss and the rate limit act on 64 KiB aggregates instead of packets
        _ns(name, "ethtool", "-K", "lo", "gso", "off", "tso", "off", "gro", "off")
        # The host runs BBR, which barely reacts to loss; the namespace has its own default. Here a
        # namespace may only default to the host's allowed list (reno bbr), so cubic is refused and
        # reno (loss-based as well) is the fallback for every socket on the link, curl's included.
        for algorithm in congestion_control:
            try:
                _ns(name, "sysctl", "-qw", f"net.ipv4.tcp_congestion_control={algorithm}")
                break
            except subprocess.CalledProcessError as exc:
                link.notes.append(f"{algorithm} refused in the namespace: {exc.stderr.decode().strip()}")
        link.congestion_control = (
            _ns(name, "sysctl", "-n", "net.ipv4.tcp_congestion_control").stdout.decode().strip()
        )
        # the tbf queue must hold a full window at this RTT, or the limiter itself drops like a lossy link
        latency_ms = 500 + 4 * delay_ms
        _ns(name, "tc", "qdisc", "add", "dev", "lo", "root", "tbf", "rate", f"{rate_mbit}mbit",
            "burst", "16kbit", "latency", f"{latency_ms}ms")  # fmt: skip
        _ns(name, "nft", "add", "table", "inet", "kshape")
        # Loss on the input hook: a drop on output is reported to the sending TCP as a local error
        # and the segment is simply sent again at once, so nothing is lost and nothing slows down.
        _ns(name, "nft", "add", "chain", "inet", "kshape", "in", "{ type filter hook input priority -10; }")
        if loss_pct:
            _ns(name, "nft", "add", "rule", "inet", "kshape", "in",
                "numgen", "random", "mod", "100", "<", str(loss_pct), "counter", "drop")  # fmt: skip
        if delay_ms:
            why_not = delay_available()
            if why_not is not None:
                raise RuntimeError(f"delay line unavailable: {why_not}")
            link.build_dir = Path(tempfile.mkdtemp(prefix="ksync-delayline-"))
            binary = build_delayline(link.build_dir)
            link.delayline = subprocess.Popen(
                ["ip", "netns", "exec", name, str(binary), str(QUEUE_NUM), str(delay_ms)],
                stdout=subprocess.PIPE,
            )
            assert link.delayline.stdout is not None
            ready, _, _ = select.select([link.delayline.stdout], [], [], 10)
            if not ready or link.delayline.stdout.readline().strip() != b"ready":
                raise RuntimeError("delay line did not start")
            # This kernel lacks nft's own queue expression (CONFIG_NFT_QUEUE) but has the xt NFQUEUE
            # target, which iptables(-nft) reaches through nft_compat. No --queue-bypass: if the delay
            # line dies, the link goes dead instead of silently losing its delay.
            # On INPUT, not OUTPUT: a packet held on OUTPUT still counts against its socket's TCP Small
            # Queues budget (a couple of packets), which capped any flow at ~2 packets per delay
            # (~20 KB/s); the loopback device has released the packet from its socket by INPUT.
            _ns(name, "iptables", "-A", "INPUT", "-i", "lo", "-j", "NFQUEUE", "--queue-num", str(QUEUE_NUM))
    except BaseException:
        delete(link)
        raise
    return link


def dropped_packets(link: Link) -> int:
    """Packets the loss rule has dropped so far (proves the link really was lossy)."""
    listing = _ns(link.name, "nft", "list", "table", "inet", "kshape").stdout.decode()
    match = re.search(r"counter packets (\d+)", listing)
    return 0 if match is None else int(match.group(1))


def delete(link: Link) -> None:
    if link.delayline is not None:
        link.delayline.terminate()
        try:
            link.delayline.wait(10)
        except subprocess.TimeoutExpired:
            link.delayline.kill()
            link.delayline.wait(10)
    subprocess.run(["ip", "netns", "del", link.name], check=False, capture_output=True)
    if link.build_dir is not None:
        shutil.rmtree(link.build_dir, ignore_errors=True)


def tcp_connect_rtt_ms(port: int, samples: int = 5) -> float:
    """Median TCP handshake time to 127.0.0.1:port from inside the current namespace: one RTT."""
    import socket
    import statistics
    import time

    times = []
    for _ in range(samples):
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=10):
            times.append((time.monotonic() - started) * 1000)
    return statistics.median(times)
