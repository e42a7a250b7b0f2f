"""ID card read round trip (find + select + read, text + photo) through the real driver and the
pty emulator, against baselines measured in the same run on the same machine:

  raw pty     the same request/answer byte counts over a bare pty pair, no threads, no protocol
              (pty latency on Linux is bimodal, so the three are measured interleaved, round by round)
  canned      the same byte counts through PtyEmulatorHost + pyserial, answers pre-built (transport cost)
  driver      IdCardReader.read_card() against SamEmulator (transport + framing + parsing)

Run: .venv/bin/python bench/bench_idcard.py [ROUNDS]
"""

from __future__ import annotations

import os
import select
import statistics
import sys
import time
import tty

import serial

from devices.idcard import protocol as p
from devices.idcard.driver import IdCardReader
from devices.idcard.emulator import SamEmulator
from devices.transport import PtyEmulatorHost


def _answers() -> list[tuple[bytes, bytes]]:
    sam = SamEmulator()
    sam.insert("zhangsan")
    out = []
    for name in ("find", "select", "read"):
        command = p.build_command(name)
        out.append((command, sam.feed(command)))
    return out


EXCHANGES = _answers()


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


class RawPty:
    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.master)
        tty.setraw(self.slave)

    def once(self) -> None:
        for command, answer in EXCHANGES:
            os.write(self.slave, command)
            got = 0
            while got < len(command):
                got += len(os.read(self.master, 65536))
            os.write(self.master, answer)
            got = 0
            while got < len(answer):
                select.select([self.slave], [], [], 1.0)
                got += len(os.read(self.slave, 65536))
            assert got == len(answer), "baseline read more than one answer: measurement would lie"

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


class Canned:
    """Pre-built answers behind the same PtyEmulatorHost + pyserial path the driver uses."""

    def __init__(self) -> None:
        table = dict(EXCHANGES)
        self.host = PtyEmulatorHost(_Table(table), name="bench-canned")
        self.ser = serial.serial_for_url(self.host.port, baudrate=115200, timeout=1.0)

    def once(self) -> None:
        for command, answer in EXCHANGES:
            self.ser.write(command)
            got = 0
            while got < len(answer):
                got += len(self.ser.read(max(1, min(self.ser.in_waiting, 8192))))

    def close(self) -> None:
        self.ser.close()
        self.host.close()


class _Table:
    def __init__(self, table: dict[bytes, bytes]) -> None:
        self.table = table

    def feed(self, data: bytes) -> bytes:
        return self.table.get(data, b"")


class DriverRead:
    def __init__(self) -> None:
        self.sam = SamEmulator()
        self.host = PtyEmulatorHost(self.sam, name="bench-driver")
        self.reader = IdCardReader(self.host.port, poll=False)
        self.reader.open()

    def prepare(self) -> None:
        self.sam.insert("zhangsan")  # a fresh placement each round, so find really finds

    def once(self) -> None:
        assert self.reader.read_card().card.check_digit_ok

    def close(self) -> None:
        self.reader.close()
        self.host.close()


def run_interleaved(rounds: int) -> dict[str, list[float]]:
    """One sample of each per round, in rotating order, so load on this shared box hits all alike."""
    subjects = {"raw pty": RawPty(), "canned": Canned(), "driver": DriverRead()}
    samples: dict[str, list[float]] = {name: [] for name in subjects}
    names = list(subjects)
    try:
        for i in range(rounds):
            for name in names[i % 3 :] + names[: i % 3]:
                subject = subjects[name]
                prepare = getattr(subject, "prepare", None)
                if prepare:
                    prepare()
                start = time.perf_counter()
                subject.once()
                samples[name].append(time.perf_counter() - start)
    finally:
        for subject in subjects.values():
            subject.close()
    return samples


def bench_recovery(rounds: int) -> list[float]:
    """Seconds from replug until the driver reports OK again, with nobody calling it (goal <= 5 s)."""
    from devices.base import Health

    sam = SamEmulator()
    host = PtyEmulatorHost(sam, name="bench-recovery")
    reader = IdCardReader(host.port, poll=True)
    reader.open()
    times = []
    try:
        for _ in range(rounds):
            host.unplug()
            while reader.status().health is not Health.OFFLINE:
                time.sleep(0.005)
            start = time.perf_counter()
            host.replug()
            while reader.status().health is not Health.OK:
                time.sleep(0.005)
            times.append(time.perf_counter() - start)
    finally:
        reader.close()
        host.close()
    return times


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    wire_bytes = sum(len(c) + len(a) for c, a in EXCHANGES)
    print(f"ID card read round trip, {rounds} rounds, {wire_bytes} bytes on the wire per read")
    results = run_interleaved(rounds)
    base_median, base_p95 = _stats(results["raw pty"])
    for name, samples in results.items():
        median, p95 = _stats(samples)
        print(f"  {name:<8} median {median * 1e3:7.3f} ms  p95 {p95 * 1e3:7.3f} ms  "
              f"x{median / base_median:6.1f} median / x{p95 / base_p95:6.1f} p95 vs raw pty")  # fmt: skip
    protocol_cost = _stats(results["driver"])[0] / _stats(results["canned"])[0]
    print(f"  driver / canned transport (what framing, checks and parsing add): x{protocol_cost:.2f}")
    wire_ms = wire_bytes * 10 / 115200 * 1e3
    driver_median = _stats(results["driver"])[0] * 1e3
    print(f"  for scale: {wire_bytes} bytes at 115200 8N1 take {wire_ms:.1f} ms on a real cable; "
          f"the driver's own time here is {100 * driver_median / wire_ms:.1f}% of that")  # fmt: skip
    recovery = bench_recovery(15)
    median, worst = statistics.median(recovery), max(recovery)
    print(f"  recovery after replug (15 unplug/replug cycles): median {median:.2f} s, worst {worst:.2f} s "
          f"(goal 5 s: worst is {worst / 5.0:.0%} of it)")  # fmt: skip


if __name__ == "__main__":
    main()
