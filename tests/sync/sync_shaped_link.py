"""A shaped link for sync tests and the bench: a network namespace whose own loopback is rate-limited
(tbf) and lossy (nftables numgen), so every server still listens on 127.0.0.1. Needs root."""

from __future__ import annotations

import os
import shutil
import subprocess


def available() -> bool:
    return os.geteuid() == 0 and all(shutil.which(tool) for tool in ("ip", "tc", "nft", "ethtool"))


def create(name: str, rate_mbit: float, loss_pct: int) -> None:
    def ns(*cmd: str) -> None:
        subprocess.run(["ip", "netns", "exec", name, *cmd], check=True, capture_output=True)

    subprocess.run(["ip", "netns", "add", name], check=True)
    try:
        ns("ip", "link", "set", "lo", "up")
        ns("ip", "link", "set", "lo", "mtu", "1500")
        # without this, loss and the rate limit act on 64 KiB aggregates instead of packets
        ns("ethtool", "-K", "lo", "gso", "off", "tso", "off", "gro", "off")
        ns(
            "tc",
            "qdisc",
            "add",
            "dev",
            "lo",
            "root",
            "tbf",
            "rate",
            f"{rate_mbit}mbit",
            "burst",
            "16kbit",
            "latency",
            "500ms",
        )
        if loss_pct:
            ns("nft", "add", "table", "inet", "kloss")
            ns("nft", "add", "chain", "inet", "kloss", "out", "{ type filter hook output priority 0; }")
            ns(
                "nft",
                "add",
                "rule",
                "inet",
                "kloss",
                "out",
                "numgen",
                "random",
                "mod",
                "100",
                "<",
                str(loss_pct),
                "drop",
            )
    except BaseException:
        delete(name)
        raise


def delete(name: str) -> None:
    subprocess.run(["ip", "netns", "del", name], check=False, capture_output=True)
