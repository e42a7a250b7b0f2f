"""Random and mutated byte streams never crash the emulator's parser or the status decoder."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.printer.emulator import PrinterEmulator
from devices.printer.parser import EscPosError, EscPosParser
from devices.printer.profiles import get_profile
from devices.printer.receipt import Receipt, render_receipt
from devices.printer.status import decode_status

_PROFILE = get_profile("pos58")
_VALID = render_receipt(
    Receipt(title="回执", lines=[("事项", "证明")], qr_payload="https://x.cn/q?事项=1"), _PROFILE
).data

# Prefix bytes of every command family, so random streams hit the command parsers, not only text.
_PREFIXES = [b"\x1b", b"\x1d", b"\x1c", b"\x10\x04", b"\x1d\x28\x6b", b"\x1d\x76\x30", b"\x1c\x26", b"\n"]
_chunks = st.lists(
    st.one_of(st.binary(max_size=24), st.sampled_from(_PREFIXES)),
    max_size=30,
).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_chunks, split=st.integers(min_value=1, max_value=17))
def test_random_bytes_never_crash_the_emulator(data: bytes, split: int) -> None:
    emu = PrinterEmulator(_PROFILE)
    for i in range(0, len(data), split):
        reply = emu.feed(data[i : i + split])
        assert all(b & 0x93 == 0x12 for b in reply)  # only well-formed status answers come back
    emu.end_of_stream()
    emu.tear_off()
    assert all(isinstance(e, ProtocolError) for e in emu.errors)


@settings(max_examples=100, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=len(_VALID) - 1),
    garbage=st.binary(min_size=1, max_size=8),
    drop=st.integers(min_value=0, max_value=6),
)
def test_mutated_receipts_never_crash_and_always_resync(position: int, garbage: bytes, drop: int) -> None:
    mutated = _VALID[:position] + garbage + _VALID[position + drop :]
    parser = EscPosParser()
    items = parser.feed(mutated) + parser.finish()
    assert all(isinstance(i, EscPosError) or i.name for i in items)
    emu = PrinterEmulator(_PROFILE)
    emu.feed(mutated)
    emu.end_of_stream()
    assert all(isinstance(e, ProtocolError) for e in emu.errors)
    # After the mutation, a fresh well-formed command is still understood.
    parser = EscPosParser()
    parser.feed(mutated)
    parser.finish()
    after = parser.feed(b"\x1b\x40")
    assert [getattr(i, "name", None) for i in after] == ["init"]


@settings(max_examples=200, deadline=None)
@given(st.tuples(*[st.integers(min_value=0, max_value=255)] * 4))
def test_status_decoder_accepts_or_raises_typed(answer: tuple[int, int, int, int]) -> None:
    try:
        state = decode_status(*answer)
    except ProtocolError:
        assert any(b & 0x93 != 0x12 for b in answer)
        return
    assert isinstance(state.reason, str) and state.reason


def test_huge_declared_lengths_do_not_hang_or_allocate() -> None:
    parser = EscPosParser()
    out = parser.feed(b"\x1d\x76\x30\x00\xff\xff\xff\xff")  # 65535 x 65535 raster claimed
    assert isinstance(out[0], EscPosError)
    assert "out of range" in str(out[0])
    assert [getattr(c, "name", None) for c in parser.feed(b"\x1b\x40")] == ["init"]


@pytest.mark.parametrize("n", [0, 5, 255])
def test_invalid_status_request_type_is_an_error_not_an_answer(n: int) -> None:
    emu = PrinterEmulator()
    assert emu.feed(bytes([0x10, 0x04, n])) == b""
    assert "invalid status type" in str(emu.errors[-1])
