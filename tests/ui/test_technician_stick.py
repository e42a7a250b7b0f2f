"""Sync by USB stick from the technician's export screen: offered once the configured stick folder
appears (polled), the queue written to it as a sealed bundle, the platform's answers read back from
it and applied; gone again when the stick is pulled out."""

from __future__ import annotations

import os
import shutil
import uuid

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from test_technician import en_config, enter_by_card, press, tech_actions, text_of, tk  # noqa: F401  (fixtures)
from ui_kit import wait_until

from kiosk.ops.tech_view import KEY_EXPORT_DIR
from kiosk.store import outbox
from kiosk.store import settings as store_settings
from kiosk.tools.screenshots import find
from sync.engine.client import enrol
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application
from sync.platform.bundle_import import ANSWERS_DIR, export_answers, import_bundle
from sync.platform.server import platform_in_thread


def queue_application(db, files_dir, creds) -> str:
    application_id = str(uuid.uuid4())
    draft = ApplicationDraft(
        application_id=application_id,
        acceptance_no=f"ACC-{application_id[:8]}",
        matter_codes=["410000-001"],
        catalog_version="2026.11.1",
        applicant_masked="张*",
        applicant_token="tok-" + application_id[:8],
    )
    key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
    record_application(
        db, files_dir, key, draft, "张三 410101199001011234".encode(), [("M01", os.urandom(4000))]
    )
    return application_id


def visible(k, name: str) -> bool:
    item = find(k, name)
    return item is not None and bool(item.isVisible())


def test_the_stick_carries_the_queue_out_and_the_answers_back(tk, qtbot, tmp_path, monkeypatch):  # noqa: F811
    k = tk
    monkeypatch.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")
    with platform_in_thread(tmp_path / "platform") as platform:
        creds = enrol(platform.url, platform.enrol_token(), "无网络的村服务站")
        save_credentials(k.db, creds)
        application_id = queue_application(k.db, tmp_path / "files", creds)
        stick = tmp_path / "media" / "usb"
        store_settings.set_setting(k.db, KEY_EXPORT_DIR, str(stick))

        enter_by_card(k, qtbot)
        press(k, "techOpenExport")
        wait_until(k, lambda: find(k, "techStickTitle") is not None, what="the export screen")
        assert not visible(k, "techStickExport")  # no stick, no offer
        stick.mkdir(parents=True)  # the stick is put in
        wait_until(k, lambda: visible(k, "techStickExport"), what="the offer once the stick is in")
        assert "answers on the stick: 0" in text_of(k, "techStickState")
        assert not find(k, "techStickImport").property("enabled")

        press(k, "techStickExport")
        wait_until(k, lambda: "Written to" in text_of(k, "techStickResult"), what="the bundle written")
        assert "applications: 1, other items: 0" in text_of(k, "techStickResult")
        assert str(stick) in text_of(k, "techExportTarget")  # the diagnostics would go to the stick too
        (bundle,) = stick.glob("kiosk-*.bundle")
        assert b"410101199001011234" not in bundle.read_bytes()

        # at the platform: the bundle imported, the answers written to the same stick
        report = import_bundle(
            platform.storage, platform.keyring, platform.data_dir / ANSWERS_DIR, bundle.read_bytes()
        )
        assert report.stored == 1 and report.refused == []
        export_answers(
            platform.storage, platform.identity, platform.data_dir / ANSWERS_DIR, creds.terminal_id, stick
        )

        wait_until(k, lambda: "answers on the stick: 1" in text_of(k, "techStickState"), what="answers seen")
        press(k, "techStickImport")
        wait_until(k, lambda: "Acknowledged" in text_of(k, "techStickResult"), what="the answers applied")
        assert text_of(k, "techStickResult").startswith("Acknowledged by the platform: 1;")
        item = outbox.item_for(k.db, "application", application_id)
        assert item is not None and item.state in ("acknowledged", "status-synced")

        shutil.rmtree(stick)  # pulled out
        wait_until(k, lambda: not visible(k, "techStickExport"), what="the offer gone with the stick")
        done = tech_actions(k)
        assert done.count("sync.stick") == 2 and done.count("sync.stick_result") == 2
