"""PtyEmulatorHost: bytes both ways through pyserial, unsolicited device data, unplug and replug."""

import os
import threading

import pytest
import serial

from devices.transport import PtyEmulatorHost


class Upper:
    """Answers every write with the same bytes upper-cased; can also talk on its own."""

    def __init__(self) -> None:
        self.write = None
        self.replugs = 0

    def attach(self, write) -> None:
        self.write = write

    def feed(self, data: bytes) -> bytes:
        return data.upper()

    def replugged(self) -> None:
        self.replugs += 1


def _read(ser: serial.Serial, n: int) -> bytes:
    got = b""
    while len(got) < n:
        chunk = ser.read(n - len(got))
        if not chunk:
            break
        got += chunk
    return got


@pytest.fixture
def host():
    h = PtyEmulatorHost(Upper(), name="transport-test")
    yield h
    h.close()


def test_request_answer_through_pyserial(host):
    ser = serial.serial_for_url(host.port, baudrate=115200, timeout=2)
    try:
        ser.write(b"hello\r\n\x00\xff")  # raw mode: no CR/LF translation, no echo
        assert _read(ser, 9) == b"HELLO\r\n\x00\xff"
        big = bytes(range(97, 123)) * 400
        ser.write(big)
        assert _read(ser, len(big)) == big.upper()
    finally:
        ser.close()


def test_unsolicited_bytes_reach_the_driver(host):
    ser = serial.serial_for_url(host.port, baudrate=9600, timeout=2)
    try:
        host.emulator.write(b"6901234567892\r")
        assert _read(ser, 14) == b"6901234567892\r"
    finally:
        ser.close()


def test_unplug_breaks_a_blocked_read_and_replug_repoints_the_stable_path(host):
    ser = serial.serial_for_url(host.port, baudrate=115200, timeout=5)
    errors: list[BaseException] = []
    started = threading.Event()

    def blocked_read() -> None:
        started.set()
        try:
            ser.read(10)
        except serial.SerialException as exc:
            errors.append(exc)

    reader = threading.Thread(target=blocked_read)
    reader.start()
    started.wait(5)
    host.unplug()
    reader.join(10)
    assert len(errors) == 1
    assert not host.plugged
    host.emulator.write(b"lost")  # talking into an unplugged cable is silently dropped
    ser.close()
    with pytest.raises(serial.SerialException):
        serial.serial_for_url(host.port, baudrate=115200, timeout=1)  # nothing behind the path now
    host.replug()
    assert host.emulator.replugs == 1 and host.plugged
    ser = serial.serial_for_url(host.port, baudrate=115200, timeout=2)
    try:
        ser.write(b"back")
        assert _read(ser, 4) == b"BACK"
    finally:
        ser.close()


def test_close_is_idempotent_and_removes_the_path():
    h = PtyEmulatorHost(Upper())
    port = h.port
    h.close()
    h.close()
    assert not os.path.exists(port)
    with pytest.raises(RuntimeError):
        h.replug()


def test_an_emulator_that_raises_is_logged_and_the_host_keeps_serving(caplog):
    raised = threading.Event()

    class Flaky:
        def feed(self, data: bytes) -> bytes:
            if data.startswith(b"boom"):
                raised.set()
                raise ValueError("emulator bug")
            return data

    with PtyEmulatorHost(Flaky(), name="flaky") as h:
        ser = serial.serial_for_url(h.port, baudrate=115200, timeout=2)
        try:
            ser.write(b"boom")
            assert raised.wait(5)
            ser.write(b"ok")
            assert _read(ser, 2) == b"ok"
        finally:
            ser.close()
    assert "emulator flaky failed" in caplog.text



def _ask(address: str, data: bytes) -> bytes:
    import socket

    host, port = address.split(":")
    with socket.create_connection((host, int(port)), timeout=3) as conn:
        conn.sendall(data)
        got = b""
        while len(got) < len(data):
            chunk = conn.recv(len(data) - len(got))
            if not chunk:
                break
            got += chunk
        return got


def test_the_network_host_survives_a_power_cycle_racing_its_wait(monkeypatch):
    """disconnect() may close the connection after the serving thread read it and before it waits on
    it (a loaded machine makes that window real). The host must look again, not stop serving: a stopped
    host is a network printer that never answers after being switched off and on."""
    import select as select_module

    import devices.transport as transport
    from devices.transport import SocketEmulatorHost

    real_select = select_module.select
    raced = threading.Event()

    with SocketEmulatorHost(Upper(), name="net-race") as net:

        def racing_select(rlist, wlist, xlist, timeout=None):
            if len(rlist) > 1 and not raced.is_set():
                raced.set()
                net.disconnect()  # the power cycle lands inside the window
            return real_select(rlist, wlist, xlist, timeout)

        monkeypatch.setattr(transport.select, "select", racing_select)
        assert _ask(net.address, b"ping") in (b"PING", b"")  # the first connection is the one cut
        assert raced.wait(5)
        assert _ask(net.address, b"again") == b"AGAIN", "the host stopped serving after a power cycle"
