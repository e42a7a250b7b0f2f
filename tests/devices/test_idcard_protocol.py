"""Frames against the captured vectors in tests/vectors, checksums both ways, the status table."""

from pathlib import Path

import pytest

from devices.base import ProtocolError
from devices.idcard import protocol as p

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "idcard-sam-frames.txt"


def _vectors() -> list[tuple[bytes, str]]:
    out = []
    for line in VECTORS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("read OK"):
            continue
        hexpart, _, label = line.partition(" ")
        out.append((bytes.fromhex(hexpart), label.strip()))
    return out


VECS = _vectors()
COMMAND_VECS = [(raw, label) for raw, label in VECS if not p.is_response(raw)]
RESPONSE_VECS = [(raw, label) for raw, label in VECS if p.is_response(raw)]


def test_the_vector_file_was_read():
    assert len(COMMAND_VECS) == 8
    assert len(RESPONSE_VECS) == 5


@pytest.mark.parametrize(("raw", "label"), COMMAND_VECS, ids=[lbl for _, lbl in COMMAND_VECS])
def test_every_command_vector_is_built_byte_for_byte(raw, label):
    code = label[label.index("(") + 1 : label.index(")")]
    spec = p.COMMANDS_BY_CODE[bytes.fromhex(code)]
    assert p.build_command(spec.name) == raw
    parsed = p.parse_command(raw)
    assert parsed.spec is spec
    assert parsed.data == b""


@pytest.mark.parametrize(("raw", "label"), RESPONSE_VECS, ids=[lbl for _, lbl in RESPONSE_VECS])
def test_every_answer_vector_parses_and_rebuilds(raw, label):
    response = p.parse_response(raw)
    assert (response.sw1, response.sw2) == (0, 0)
    assert p.build_response(response.sw3, response.data) == raw
    assert response.status is not None


def test_answer_vectors_mean_what_the_capture_says():
    by_label = {label: p.parse_response(raw) for raw, label in RESPONSE_VECS}
    assert by_label["SAM status OK (SW 00 00 90)"].ok
    assert by_label["find OK (9F)"].ok and by_label["find OK (9F)"].data == bytes(4)
    assert by_label["find: no card (80)"].outcome is p.Outcome.NO_CARD
    assert by_label["read: fail (41)"].outcome is p.Outcome.CARD
    select = by_label["select OK (90 + 8 bytes)"]
    assert select.ok and len(select.data) == 8


@pytest.mark.parametrize(("raw", "label"), VECS, ids=[lbl for _, lbl in VECS])
def test_checksum_is_verified_by_recomputing_it(raw, label):
    assert p.checksum(raw[5:-1]) == raw[-1]
    for flip in (0x01, 0x80, 0xFF):
        damaged = raw[:-1] + bytes((raw[-1] ^ flip,))
        with pytest.raises(ProtocolError, match="checksum"):
            p.frame_body(damaged)
    # a damaged body byte is caught too, not just a damaged checksum byte
    body_damaged = bytearray(raw)
    body_damaged[-2] ^= 0x04
    with pytest.raises(ProtocolError, match="checksum"):
        p.frame_body(bytes(body_damaged))


def test_full_read_answer_has_the_documented_sizes():
    text, photo, fp = b"\x20\x00" * 128, bytes(1024), bytes(1024)
    plain = p.build_response(0x90, p.build_card_payload(text, photo))
    assert len(plain) == 1295 and plain[5:7] == b"\x05\x08"
    with_fp = p.build_response(0x90, p.build_card_payload(text, photo, fp))
    assert len(with_fp) == 2321
    payload = p.parse_card_payload(p.parse_response(with_fp).data, with_fingerprint=True)
    assert (payload.text, payload.photo, payload.fingerprint) == (text, photo, fp)
    assert "bytes" in repr(payload) and "\\x" not in repr(payload)


def test_payload_lengths_are_checked():
    text, photo = bytes(256), bytes(1024)
    with pytest.raises(ProtocolError, match="text block"):
        p.parse_card_payload(p.build_card_payload(bytes(254), photo), with_fingerprint=False)
    with pytest.raises(ProtocolError, match="photo block"):
        p.parse_card_payload(p.build_card_payload(text, bytes(1000)), with_fingerprint=False)
    with pytest.raises(ProtocolError, match="length fields say"):
        p.parse_card_payload(p.build_card_payload(text, photo)[:-1], with_fingerprint=False)


# The status codes field-notes.md lists, copied here by hand so the table is checked, not echoed.
DOCUMENTED_SW3 = {
    0x90: p.Outcome.OK, 0x9F: p.Outcome.OK, 0x91: p.Outcome.EMPTY, 0x10: p.Outcome.HOST,
    0x11: p.Outcome.HOST, 0x21: p.Outcome.HOST, 0x23: p.Outcome.HOST, 0x24: p.Outcome.SAM,
    0x31: p.Outcome.AUTH, 0x32: p.Outcome.AUTH, 0x33: p.Outcome.AUTH, 0x40: p.Outcome.CARD,
    0x41: p.Outcome.CARD, 0x47: p.Outcome.CARD, 0x60: p.Outcome.SAM, 0x66: p.Outcome.SAM,
    0x80: p.Outcome.NO_CARD, 0x81: p.Outcome.NO_CARD,
}  # fmt: skip


@pytest.mark.parametrize("sw3", sorted(DOCUMENTED_SW3))
def test_every_status_code_maps_to_words_and_an_outcome(sw3):
    assert sw3 in p.STATUS_CODES
    response = p.parse_response(p.build_response(sw3))
    assert response.outcome is DOCUMENTED_SW3[sw3]
    assert response.meaning and "undocumented" not in response.meaning
    assert response.ok == (DOCUMENTED_SW3[sw3] is p.Outcome.OK)


def test_status_table_has_nothing_undocumented():
    assert set(p.STATUS_CODES) == set(DOCUMENTED_SW3)


def test_unknown_status_is_named_as_such():
    response = p.parse_response(p.build_response(0x55))
    assert response.status is None and not response.ok
    assert "0x55" in response.meaning


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (bytes.fromhex("AAAAAA966900"), "truncated"),
        (bytes.fromhex("AAAAAA96690003200122")[:-2], "truncated"),
        (bytes.fromhex("BBAAAA96690003200122"), "AA AA AA 96 69"),
        (bytes.fromhex("AAAAAA96690000200122"), "length field"),
        (bytes.fromhex("AAAAAA9669000320012200"), "stray"),
    ],
)
def test_malformed_frames_are_rejected_with_a_reason(raw, reason):
    with pytest.raises(ProtocolError, match=reason):
        p.frame_body(raw)


def test_splitter_finds_frames_in_noise_and_across_chunks():
    find, status = p.build_command("find"), p.build_command("status")
    stream = b"\x00\x13garbage" + find + b"\xaa\xaa" + status
    splitter = p.FrameSplitter()
    out = []
    for i in range(len(stream)):
        out += splitter.feed(stream[i : i + 1])
    assert out == [find, status]
    assert splitter.pending == b""


def test_splitter_keeps_a_partial_frame_pending():
    splitter = p.FrameSplitter()
    assert splitter.feed(p.build_command("find")[:8]) == []
    assert len(splitter.pending) == 8


def test_sam_id_is_formatted_like_reader_labels():
    assert p.format_sam_id(p.build_sam_id(5, 1, 20260101, 1234567890, 42)) == (
        "05.01-20260101-1234567890-0000000042"
    )
    with pytest.raises(ProtocolError):
        p.format_sam_id(bytes(8))


def test_emulator_answers_match_the_captured_frames_byte_for_byte():
    from devices.idcard.emulator import Fault, SamEmulator

    answers = {label: raw for raw, label in RESPONSE_VECS}
    commands = {label.split(" (")[0]: raw for raw, label in COMMAND_VECS}
    sam = SamEmulator()
    assert sam.feed(commands["SAM status"]) == answers["SAM status OK (SW 00 00 90)"]
    assert sam.feed(commands["find card"]) == answers["find: no card (80)"]
    sam.insert("zhangsan")
    assert sam.feed(commands["find card"]) == answers["find OK (9F)"]
    assert sam.feed(commands["select card"]) == answers["select OK (90 + 8 bytes)"]
    sam.inject(Fault.READ_FAILURE)
    assert sam.feed(commands["read text+photo"]) == answers["read: fail (41)"]
    full = sam.feed(commands["read text+photo"])
    assert len(full) == 1295 and full[5:7] == b"\x05\x08"
    assert len(sam.feed(commands["read text+photo+fingerprint"])) == 2321
