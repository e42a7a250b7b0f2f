"""Random and mutated frames into every parser: a typed error or a result, never a crash."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.base import DeviceError, ProtocolError
from devices.idcard import protocol as p
from devices.idcard.cli import decode_frame
from devices.idcard.deck import DECK
from devices.idcard.driver import IdCardReader
from devices.idcard.emulator import SamEmulator
from devices.idcard.text import build_text_block, parse_address_block, parse_text_block
from devices.transport import PtyEmulatorHost

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ZS = DECK["zhangsan"]
SEEDS = [
    p.build_command(name) for name in p.COMMANDS
] + [
    p.build_response(0x90, p.build_card_payload(build_text_block(c.data), c.photo)) for c in DECK.values()
] + [
    p.build_response(0x90, p.build_card_payload(build_text_block(ZS.data), ZS.photo, ZS.fingerprint)),
    p.build_response(0x9F, bytes(4)),
    p.build_response(0x90, p.build_sam_id(5, 1, 2, 3, 4)),
]  # fmt: skip


@st.composite
def mutated_frames(draw) -> bytes:
    frame = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        pos = draw(st.integers(0, max(0, len(frame) - 1)))
        if action == "flip" and frame:
            frame[pos] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del frame[pos:]
        elif action == "insert":
            frame[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete" and frame:
            del frame[pos]
    if draw(st.booleans()) and len(frame) > p.HEADER_LEN:
        # often re-seal the frame so the damage reaches the parsers behind the checksum
        frame[5:7] = (len(frame) - p.HEADER_LEN).to_bytes(2, "big")
        frame[-1] = p.checksum(bytes(frame[5:-1]))
    return bytes(frame)


FRAMES = st.one_of(st.binary(max_size=64), mutated_frames())


def _deep_parse(raw: bytes) -> None:
    """Everything the driver and the CLI do with an answer frame."""
    response = p.parse_response(raw)
    for with_fp in (False, True):
        try:
            payload = p.parse_card_payload(response.data, with_fingerprint=with_fp)
        except ProtocolError:
            continue
        parse_text_block(payload.text)
    p.format_sam_id(response.data)
    parse_address_block(response.data)


@FAST
@given(FRAMES)
def test_frame_parsers_raise_only_protocol_errors(raw):
    for parse in (p.frame_body, p.parse_command, _deep_parse, decode_frame):
        try:
            parse(raw)
        except ProtocolError as exc:
            assert exc.reason


@FAST
@given(st.lists(FRAMES, max_size=5), st.integers(1, 64))
def test_splitter_survives_any_stream_and_resyncs_after_clear(chunks, step):
    splitter = p.FrameSplitter()
    good = p.build_command("find")
    stream = b"".join(chunks)
    for i in range(0, len(stream), step):
        for candidate in splitter.feed(stream[i : i + step]):
            assert candidate.startswith(p.PREAMBLE)
    splitter.clear()
    assert splitter.feed(b"\x01\x02" + good) == [good]


@FAST
@given(st.binary(min_size=256, max_size=256))
def test_text_parser_on_random_blocks(block):
    try:
        parse_text_block(block)
    except ProtocolError as exc:
        assert exc.reason


@FAST
@given(st.lists(FRAMES, min_size=1, max_size=4))
def test_emulator_answers_every_input_with_a_valid_frame_or_silence(chunks):
    emulator = SamEmulator()
    emulator.insert("zhangsan")
    for chunk in chunks:
        answer = emulator.feed(chunk)
        if answer:
            for frame in p.FrameSplitter().feed(answer):
                p.parse_response(frame)  # the emulator itself never sends a broken frame unless told to


@pytest.fixture(scope="module")
def noisy_line():
    """A 'device' that answers each host write with whatever the test queued (random bytes)."""

    class Noise:
        def __init__(self) -> None:
            self.next_answer = b""

        def feed(self, data: bytes) -> bytes:
            return self.next_answer

    noise = Noise()
    host = PtyEmulatorHost(noise, name="idcard-fuzz")
    reader = IdCardReader(host.port, answer_timeout=0.05, read_timeout=0.05, poll=False)
    try:
        reader.open()
    except DeviceError:
        pass  # the handshake hears no valid answer: that is the point of this fixture
    yield noise, reader
    reader.close()
    host.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(FRAMES, st.sampled_from(["status", "sam_id", "find", "select", "read", "read_fingerprint",
                                "read_address"]))
def test_driver_over_a_real_pty_raises_only_device_errors(noisy_line, answer, command):
    noise, reader = noisy_line
    noise.next_answer = answer
    calls = {
        "status": reader.sam_status, "sam_id": reader.sam_id, "find": reader.find_card,
        "select": reader.select_card, "read": reader.read_selected,
        "read_fingerprint": lambda: reader.read_selected(fingerprint=True),
        "read_address": reader.read_appended_address,
    }  # fmt: skip
    try:
        calls[command]()
    except DeviceError as exc:
        assert exc.reason
