"""The sealing key comes in the signed catalog: enrolment's key is only the bootstrap; rotation;
a catalog whose key does not verify is refused."""

from __future__ import annotations

import base64
import json
import os
import uuid

import pytest

from kiosk.store.settings import get_setting
from sync import sealing
from sync.engine.catalog import CatalogUpdater, adopt_seal_key
from sync.engine.client import PlatformClient
from sync.engine.engine import SyncEngine
from sync.engine.state import KEY_SEAL_CATALOG_VERSION, load_credentials
from sync.outbox import ApplicationDraft, record_application
from sync.protocol.models import SealKeyTarget

CATALOG = json.dumps({"version": "2026.11.1", "matters": ["410000-001"]}).encode()


def kiosk_key_id(db) -> str:
    return sealing.key_id(sealing.public_key_from_raw(load_credentials(db).seal_public_key)).hex()


def platform_key_id(platform) -> str:
    return sealing.key_id(platform.keyring.current().public_key()).hex()


def queue_as_the_journey_does(db, files_dir) -> str:
    """Seal to whatever key the kiosk holds now, as the journey does (sync/README.md)."""
    key = sealing.public_key_from_raw(load_credentials(db).seal_public_key)
    app_id = str(uuid.uuid4())
    draft = ApplicationDraft(app_id, "A-" + app_id[:8], ["410000-001"], "2026.11.1", "张*", "t")
    record_application(db, files_dir, key, draft, "张三".encode(), [("M01", os.urandom(30_000))])
    return app_id


def key_ids_the_platform_opened(platform, app_id) -> set[str]:
    """Open the payload and every attachment the platform stored; return the key ids they name."""
    manifest = json.loads(platform.storage.application(app_id).manifest)
    envelopes = [base64.b64decode(manifest["sealed_payload"])]
    envelopes += [
        (platform.storage.blob_dir / upload).read_bytes()
        for _, upload in platform.storage.attachment_uploads(app_id)
    ]
    for envelope in envelopes:
        platform.keyring.open_sealed(envelope)  # raises if the platform cannot read it
    return {sealing.read_header(e).key_id.hex() for e in envelopes}


@pytest.fixture
def updater(platform, tmp_path):
    platform.catalog.publish({"catalog.json": CATALOG}, [])
    return CatalogUpdater(tmp_path / "kiosk-tuf", platform.url, platform.catalog.root_bytes())


def test_key_from_the_verified_catalog_replaces_the_bootstrap(platform, kiosk_db, creds, updater):
    assert get_setting(kiosk_db, KEY_SEAL_CATALOG_VERSION) is None  # enrolment's key: bootstrap only
    check = updater.check()
    assert check.status == "updated" and check.seal_key is not None
    assert check.seal_key.key_id == platform_key_id(platform)
    adopt_seal_key(kiosk_db, check)
    assert get_setting(kiosk_db, KEY_SEAL_CATALOG_VERSION) == check.version
    assert kiosk_key_id(kiosk_db) == platform_key_id(platform)


def test_rotation_new_applications_use_the_new_key_queued_ones_stay_readable(
    platform, kiosk_db, creds, updater, tmp_path
):
    adopt_seal_key(kiosk_db, updater.check())
    old_id = kiosk_key_id(kiosk_db)
    before = queue_as_the_journey_does(kiosk_db, tmp_path / "files")

    new_version = platform.rotate_seal_key()
    check = updater.check()
    assert check.version == new_version and check.status == "unchanged"  # same catalog, new key
    assert adopt_seal_key(kiosk_db, check) is True
    new_id = kiosk_key_id(kiosk_db)
    assert new_id != old_id and new_id == platform_key_id(platform)
    after = queue_as_the_journey_does(kiosk_db, tmp_path / "files")

    client = PlatformClient(load_credentials(kiosk_db))
    assert SyncEngine(kiosk_db, client).run_once().acknowledged == 2
    client.close()
    assert key_ids_the_platform_opened(platform, before) == {old_id}  # the platform kept the old key
    assert key_ids_the_platform_opened(platform, after) == {new_id}


def test_catalog_whose_key_does_not_verify_is_refused(platform, kiosk_db, creds, updater):
    first = updater.check()
    adopt_seal_key(kiosk_db, first)
    good_id = kiosk_key_id(kiosk_db)
    # correctly signed by the platform's targets key, but the key is not the one its id names
    wrong = json.loads(platform.keyring.catalog_target())
    wrong["public_key"] = base64.b64encode(os.urandom(32)).decode()
    platform.catalog.publish(
        {"seal-key.json": json.dumps(wrong).encode(), "catalog.json": CATALOG + b" "}, []
    )
    refused = updater.check()
    assert refused.status == "rejected" and "seal key" in refused.reason
    assert refused.document == CATALOG and refused.seal_key is None  # the last good catalog stays
    assert adopt_seal_key(kiosk_db, refused) is False
    assert kiosk_key_id(kiosk_db) == good_id


def test_seal_key_file_changed_on_the_server_is_refused(platform, kiosk_db, creds, updater):
    adopt_seal_key(kiosk_db, updater.check())
    good_id = kiosk_key_id(kiosk_db)
    platform.rotate_seal_key()
    # an attacker swaps in their own key after signing: TUF's hash check catches it
    evil = sealing.public_key_from_raw(os.urandom(32))
    (platform.catalog.targets_dir / "seal-key.json").write_bytes(
        SealKeyTarget.for_key(evil).model_dump_json().encode()
    )
    refused = updater.check()
    assert refused.status == "rejected" and refused.seal_key is None
    assert adopt_seal_key(kiosk_db, refused) is False
    assert kiosk_key_id(kiosk_db) == good_id
