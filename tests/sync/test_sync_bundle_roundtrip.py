"""A station with no link at all: its outbox to the platform on a USB stick and the platform's answers
back, with items that also travelled over the network before and after the stick did; a changed
byte either way is refused and changes nothing."""

from __future__ import annotations

import io
import json
import tarfile
import time
from pathlib import Path

import pytest
from sync_kit import make_application

from kiosk.store import applications, outbox
from kiosk.store.settings import get_setting
from sync.cli import main as kiosk_sync
from sync.engine.catalog import save_root
from sync.engine.engine import SyncEngine
from sync.engine.retention import purge
from sync.engine.state import KEY_CURSOR
from sync.outbox import enqueue_small
from sync.platform.cli import main as kiosk_platform

BAD_ID = "0badbad0-0000-4000-8000-000000000001"
LATER = time.time() + 10 * 86400  # an outbox row not due: it waits while another item goes


def db_path(kiosk_db) -> str:
    return str(kiosk_db.execute("PRAGMA database_list").fetchone()[2])


def states(kiosk_db) -> dict[str, str]:
    rows = kiosk_db.execute("SELECT ref, state FROM outbox").fetchall()
    return {str(ref): str(state) for ref, state in rows}


def hold(kiosk_db, *refs: str, until: float | None = LATER) -> None:
    for ref in refs:
        item = outbox.item_for(kiosk_db, "application", ref)
        assert item is not None
        outbox.update(kiosk_db, item.id, next_attempt_at=until)


def platform_cases(platform) -> list[tuple[str, int]]:
    """(application id, number of stored attachments) of every case the platform holds."""
    return sorted(
        (a.id, len(platform.storage.attachment_uploads(a.id))) for a in platform.storage.applications()
    )


def import_at_platform(platform, bundle, capsys) -> tuple[int, dict[str, object]]:
    """The command's exit code and its report (its error message under "error")."""
    code = kiosk_platform(["--data", str(platform.data_dir), "import", str(bundle)])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else {"error": err})


def flip(path, position: int) -> None:
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    path.write_bytes(bytes(data))


def member_middle(data: bytes, name: str) -> int:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        info = tar.getmember(name)
    return info.offset_data + info.size // 2


def test_round_trip_by_stick_with_items_also_sent_over_the_network(
    platform, kiosk_db, client, creds, tmp_path, capsys
):
    files = tmp_path / "files"
    before, carried, after = (
        make_application(kiosk_db, files, creds, sizes=(9_000, 3_000)) for _ in range(3)
    )
    kiosk_db.execute(
        "INSERT INTO help_requests (id, screen, created_at) VALUES ('h1', 'home', ?)", [time.time()]
    )
    enqueue_small(kiosk_db, "help", "h1")
    stick = tmp_path / "usb"
    assert kiosk_sync(["--db", db_path(kiosk_db), "export", "--to", str(stick)]) == 0
    (bundle,) = stick.glob("kiosk-*.bundle")
    capsys.readouterr()

    # the link comes up for a moment before the stick reaches the platform: `before` goes over it
    hold(kiosk_db, carried, after)
    engine = SyncEngine(kiosk_db, client)
    assert engine.run_bulk(small_too=True).acknowledged == 1
    assert states(kiosk_db)[before] == "acknowledged"

    code, report = import_at_platform(platform, bundle, capsys)
    assert code == 0, report
    assert (report["stored"], report["already_stored"], report["small"], report["refused"]) == (2, 1, 1, [])
    code, report = import_at_platform(platform, bundle, capsys)  # the same stick twice
    assert (code, report["stored"], report["already_stored"]) == (0, 0, 3)
    assert platform_cases(platform) == sorted((i, 2) for i in (before, carried, after))
    assert platform.storage.count_small("help-requests") == 1

    # the link again before the answers come back: `after` goes over it too, and is stored once
    hold(kiosk_db, after, until=None)
    assert engine.run_bulk().acknowledged == 1
    assert states(kiosk_db)[after] == "acknowledged"
    assert platform_cases(platform) == sorted((i, 2) for i in (before, carried, after))

    # staff move the carried case on; the answers carry its receipt and that news back
    case_no = platform.storage.application(carried).case_no
    assert platform.storage.set_case_state(case_no, "accepted", "材料齐全")
    # retention: what the network acknowledged may go, the carried one only after a verified receipt
    assert purge(kiosk_db, retention_s=0).applications == 2
    assert applications.sealed_payload(kiosk_db, carried) is not None
    # and a newer catalog is published; the kiosk holds the TUF root enrolment gave it
    save_root(kiosk_db, platform.catalog.root_bytes())
    catalog = json.dumps({"version": "2026.12.1", "matters": []}).encode()
    platform.catalog.publish({"catalog.json": catalog}, [])
    answers_dir = tmp_path / "usb-back"
    assert (
        kiosk_platform(
            [
                "--data",
                str(platform.data_dir),
                "export-answers",
                "--terminal",
                creds.terminal_id,
                "--to",
                str(answers_dir),
            ]
        )
        == 0
    )
    capsys.readouterr()
    (answers,) = answers_dir.iterdir()
    assert b"410101199001011234" not in answers.read_bytes()

    assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 0
    applied = json.loads(capsys.readouterr().out)
    assert (applied["acknowledged"], applied["feed_skipped"]) == (1, False)
    assert applied["catalog"] == "updated", applied["catalog_reason"]
    tuf_dir = Path(db_path(kiosk_db)).parent / "tuf"
    assert (tuf_dir / "last_good.bin").read_bytes() == catalog  # what the kiosk applies at its next check
    assert applied["statuses_applied"] >= 1
    final = states(kiosk_db)
    assert final[carried] == "status-synced" and final["h1"] == "sent"
    assert "needs-attention" not in final.values()
    status = kiosk_db.execute(
        "SELECT case_no, state, note FROM sync_case_status WHERE application_id = ?", [carried]
    ).fetchone()
    assert tuple(status) == (case_no, "accepted", "材料齐全")
    assert get_setting(kiosk_db, KEY_CURSOR) is not None
    assert purge(kiosk_db, retention_s=0).applications == 1
    assert applications.sealed_payload(kiosk_db, carried) is None
    # the same answers again change nothing
    assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["acknowledged"] == 0 and states(kiosk_db) == final
    assert platform_cases(platform) == sorted((i, 2) for i in (before, carried, after))


def test_a_changed_byte_either_way_is_refused_and_changes_nothing(
    platform, kiosk_db, creds, tmp_path, capsys
):
    carried = make_application(kiosk_db, tmp_path / "files", creds, sizes=(5_000,))
    stick = tmp_path / "usb"
    assert kiosk_sync(["--db", db_path(kiosk_db), "export", "--to", str(stick)]) == 0
    (bundle,) = stick.glob("kiosk-*.bundle")
    pristine = bundle.read_bytes()
    capsys.readouterr()
    flip(bundle, member_middle(pristine, f"files/{next(iter(_names(pristine)))}"))
    code, report = import_at_platform(platform, bundle, capsys)
    assert code == 2 and "changed" in str(report["error"])
    assert platform.storage.applications() == []

    bundle.write_bytes(pristine)
    assert import_at_platform(platform, bundle, capsys)[0] == 0
    answers_dir = tmp_path / "usb-back"
    assert (
        kiosk_platform(
            [
                "--data",
                str(platform.data_dir),
                "export-answers",
                "--terminal",
                creds.terminal_id,
                "--to",
                str(answers_dir),
            ]
        )
        == 0
    )
    (answers,) = answers_dir.iterdir()
    good = answers.read_bytes()
    capsys.readouterr()
    for position in (member_middle(good, "answers.json"), member_middle(good, "answers.sig")):
        answers.write_bytes(good)
        flip(answers, position)
        assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 2
        assert "signature" in capsys.readouterr().err
        assert states(kiosk_db) == {carried: "queued"}
    # answers signed by another platform (one this kiosk never enrolled with) are refused the same way
    impostor = tmp_path / "impostor"
    kiosk_platform(["--data", str(impostor), "token", "--name", "x"])
    rebuilt = _resigned(good, impostor)
    answers.write_bytes(rebuilt)
    assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 2
    assert states(kiosk_db) == {carried: "queued"}
    answers.write_bytes(good)
    assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 0
    assert states(kiosk_db) == {carried: "status-synced"}


def _names(data: bytes) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return [m.name.removeprefix("files/") for m in tar if m.name.startswith("files/")]


def _resigned(data: bytes, other_platform) -> bytes:
    from sync.platform.keys import PlatformIdentity
    from sync.protocol.bundle import ANSWERS, ANSWERS_SIGNATURE, _answers_statement, _member

    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = tar.extractfile(ANSWERS)
        assert member is not None
        content = member.read()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _member(tar, ANSWERS, content)
        _member(tar, ANSWERS_SIGNATURE, PlatformIdentity(other_platform).sign(_answers_statement(content)))
    return out.getvalue()


@pytest.fixture
def client(creds):
    from sync.engine.client import PlatformClient

    c = PlatformClient(creds)
    yield c
    c.close()


def test_one_refused_item_leaves_the_others_stored_and_a_revoked_terminal_is_refused(
    platform, kiosk_db, creds, tmp_path, capsys
):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from sync import sealing
    from sync.protocol.bundle import Bundle, pack, unpack

    good = make_application(kiosk_db, tmp_path / "files", creds, sizes=(4_000,))
    stick = tmp_path / "usb"
    assert kiosk_sync(["--db", db_path(kiosk_db), "export", "--to", str(stick)]) == 0
    (bundle,) = stick.glob("kiosk-*.bundle")
    carried = unpack(
        bundle.read_bytes(), platform.keyring.open_sealed, lambda _t: platform.storage.terminal(_t).public_key
    )
    # a second application whose payload is sealed to a key this platform never held
    stranger = sealing.seal(b"unreadable here", X25519PrivateKey.generate().public_key())
    bad = carried.applications[0].model_copy(
        update={"application_id": BAD_ID, "sealed_payload": base64.b64encode(stranger).decode()}
    )
    signing = Ed25519PrivateKey.from_private_bytes(creds.signing_key)
    seal_to = sealing.public_key_from_raw(creds.seal_public_key)
    mixed = Bundle(creds.terminal_id, time.time(), [bad, *carried.applications], [], carried.files)
    bundle.write_bytes(pack(mixed, signing, seal_to))
    capsys.readouterr()
    code, report = import_at_platform(platform, bundle, capsys)
    assert code == 3 and report["stored"] == 1
    assert [r.split(":")[0] for r in report["refused"]] == [BAD_ID]
    assert "unknown_seal_key" in report["refused"][0]
    assert platform_cases(platform) == [(good, 1)]
    assert len(list((platform.data_dir / "uploads").iterdir())) == 1  # the refused one kept no file

    # a revoked terminal's stick is refused whole
    assert platform.storage.revoke_terminal(creds.terminal_id)
    code, report = import_at_platform(platform, bundle, capsys)
    assert code == 2 and "does not know" in str(report["error"])


def test_answers_for_another_terminal_are_refused(platform, kiosk_db, creds, tmp_path, capsys):
    from sync.engine.client import enrol

    other = enrol(platform.url, platform.enrol_token(), "乡镇便民服务站 2")
    answers_dir = tmp_path / "usb-back"
    assert (
        kiosk_platform(
            [
                "--data",
                str(platform.data_dir),
                "export-answers",
                "--terminal",
                other.terminal_id,
                "--to",
                str(answers_dir),
            ]
        )
        == 0
    )
    (theirs,) = answers_dir.iterdir()
    theirs.rename(answers_dir / theirs.name.replace(other.terminal_id, creds.terminal_id))
    capsys.readouterr()
    assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 2
    assert "another terminal" in capsys.readouterr().err


def test_a_catalog_on_the_stick_passes_the_tuf_checks_or_is_not_taken(
    platform, kiosk_db, creds, tmp_path, capsys
):
    """Even answers the platform signed carry a catalog only as TUF allows: a changed target is refused."""
    import dataclasses

    from sync.protocol.bundle import pack_answers, unpack_answers

    save_root(kiosk_db, platform.catalog.root_bytes())
    platform.catalog.publish({"catalog.json": b'{"version": "2026.12.2"}'}, [])
    answers_dir = tmp_path / "usb-back"
    args = ["--data", str(platform.data_dir), "export-answers", "--terminal", creds.terminal_id]
    assert kiosk_platform([*args, "--to", str(answers_dir)]) == 0
    (answers,) = answers_dir.iterdir()
    carried = unpack_answers(answers.read_bytes(), creds.platform_key, creds.terminal_id)
    assert "targets/catalog.json" in carried.catalog
    forged = {**carried.catalog, "targets/catalog.json": b'{"version": "2099.1.1"}'}
    answers.write_bytes(pack_answers(dataclasses.replace(carried, catalog=forged), platform.identity.sign))
    capsys.readouterr()
    assert kiosk_sync(["--db", db_path(kiosk_db), "import-answers", str(answers_dir)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["catalog"] == "rejected"
    assert not (Path(db_path(kiosk_db)).parent / "tuf" / "last_good.bin").exists()


def test_a_commit_stored_under_the_earlier_key_hash_is_still_a_replay(
    platform, kiosk_db, client, creds, tmp_path
):
    """A platform upgraded while a receipt was lost: the kiosk's retry must not become a false 422."""
    import base64
    import hashlib

    from sync.protocol.models import Manifest

    application_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    fields = applications.manifest_fields(kiosk_db, application_id)
    manifest = Manifest(
        application_id=application_id,
        acceptance_no=fields.acceptance_no,
        matter_codes=fields.matter_codes,
        catalog_version=fields.catalog_version,
        sealed_payload=base64.b64encode(fields.sealed_payload).decode(),
        attachments=[],
    )
    earlier = hashlib.sha256(manifest.model_dump_json().encode()).hexdigest()  # the hash before bundles
    storage = platform.storage
    assert storage.begin_commit(application_id, creds.terminal_id, earlier)[0] == "new"
    storage.finish_commit(application_id, creds.terminal_id, manifest.model_dump_json(), [])
    report = SyncEngine(kiosk_db, client).run_bulk()
    assert (report.acknowledged, report.needs_attention) == (1, 0)
    assert platform_cases(platform) == [(application_id, 0)]
