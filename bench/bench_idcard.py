"""ID card read round trip (find + select + read, text + photo) through the real driver and the
pty emulator, against baselines measured in the same run on the same machine:

  raw pty     the same request/answer byte counts over a bare pty pair, no threads, no protocol
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


def bench_raw_pty(rounds: int) -> list[float]:
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    times = []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            for command, answer in EXCHANGES:
                os.write(slave, command)
                got = 0
                while got < len(command):
                    got += len(os.read(master, 65536))
                os.write(master, answer)
                got = 0
                while got < len(answer):
                    select.select([slave], [], [], 1.0)
                    got += len(os.read(slave, 65536))
            times.append(time.perf_counter() - start)
    finally:
        os.close(master)
        os.close(slave)
    return times


class Canned:
    def __init__(self) -> None:
        self.table = dict(EXCHANGES)

    def feed(self, data: bytes) -> bytes:
        return self.table.get(data, b"")


def bench_canned(rounds: int) -> list[float]:
    host = PtyEmulatorHost(Canned(), name="bench-canned")
    ser = serial.serial_for_url(host.port, baudrate=115200, timeout=1.0)
    times = []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            for command, answer in EXCHANGES:
                ser.write(command)
                got = 0
                while got < len(answer):
                    got += len(ser.read(max(1, min(ser.in_waiting, 8192))))
            times.append(time.perf_counter() - start)
    finally:
        ser.close()
        host.close()
    return times


def bench_driver(rounds: int) -> list[float]:
    sam = SamEmulator()
    host = PtyEmulatorHost(sam, name="bench-driver")
    reader = IdCardReader(host.port, poll=False)
    reader.open()
    times = []
    try:
        for _ in range(rounds):
            sam.insert("zhangsan")  # a fresh placement each round, so find really finds
            start = time.perf_counter()
            read = reader.read_card()
            times.append(time.perf_counter() - start)
            assert read.card.check_digit_ok
    finally:
        reader.close()
        host.close()
    return times


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    wire_bytes = sum(len(c) + len(a) for c, a in EXCHANGES)
    print(f"ID card read round trip, {rounds} rounds, {wire_bytes} bytes on the wire per read")
    results = {
        "raw pty": bench_raw_pty(rounds),
        "canned": bench_canned(rounds),
        "driver": bench_driver(rounds),
    }
    base_median, base_p95 = _stats(results["raw pty"])
    for name, samples in results.items():
        median, p95 = _stats(samples)
        print(f"  {name:<8} median {median * 1e3:7.3f} ms  p95 {p95 * 1e3:7.3f} ms  "
              f"x{median / base_median:6.1f} median / x{p95 / base_p95:6.1f} p95 vs raw pty")  # fmt: skip
    wire_ms = wire_bytes * 10 / 115200 * 1e3
    driver_median = _stats(results["driver"])[0] * 1e3
    print(f"  for scale: {wire_bytes} bytes at 115200 8N1 take {wire_ms:.1f} ms on a real cable; "
          f"the driver's own time here is {100 * driver_median / wire_ms:.1f}% of that")  # fmt: skip


if __name__ == "__main__":
    main()
