"""The composition root: the one place a running kiosk's shared services are made.

:func:`open_services` opens and checks the store, decides the key to seal to, recovers what a crash
left behind (once, before the first resident), and builds the journey store, the help desk and the
device manager's settings. The UI (``kiosk.ui.app``) calls it once, after the first frame, and hands
the result to every controller; nothing else opens the store or chooses a key.

Qt-free on purpose: the simulator and tests can build the same services without a window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.config import Config
from kiosk.core.journey.help import HelpDesk
from kiosk.core.journey.journey import JourneyServices
from kiosk.core.journey.receipt import ReceiptPrinterPort

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    from kiosk.core.catalog import Catalog
    from kiosk.journey_adapters.store import JourneyStore, RecoveryReport
    from kiosk.store.connection import Database
    from kiosk.store.integrity import StoreHealth

log = logging.getLogger(__name__)


@dataclass
class KioskServices:
    """What every controller shares: the store, the journey store over it, the help desk."""

    config: Config
    db: Database
    health: StoreHealth
    store: JourneyStore
    help_desk: HelpDesk
    device_settings: dict[str, dict[str, Any]]
    recovery: RecoveryReport
    #: sealing to the terminal's at-rest key (not enrolled yet): the sync engine re-seals before upload
    sealing_to_terminal_key: bool

    def load_catalog(self) -> tuple[Catalog | None, str]:
        """The active catalog (see :func:`load_catalog`)."""
        return load_catalog(self.db)

    def journey_services(self, printer: ReceiptPrinterPort | None = None) -> JourneyServices:
        """The ports an application journey needs (the printer is the UI's hand-over, if any)."""
        from kiosk.journey_adapters.calendar import package_calendar
        from kiosk.journey_adapters.form_page import render_form_page

        return JourneyServices(
            submitter=self.store,
            printer=printer,
            evaluations=self.store,
            calendar=package_calendar(),
            terminal_name=self.config.terminal.name,
            form_renderer=render_form_page,
        )

    def kind_services(self, kind: str) -> JourneyServices:
        """The ports of a journey that queues another kind of record (certification, home visit)."""
        from kiosk.journey_adapters.calendar import package_calendar
        from kiosk.journey_adapters.certification import KindSubmitter

        return JourneyServices(
            submitter=KindSubmitter(self.store, kind),
            evaluations=self.store,
            calendar=package_calendar(),
            terminal_name=self.config.terminal.name,
        )


def open_services(config: Config) -> KioskServices:
    """Open the store and build the services over it. A damaged store is moved aside and a fresh one
    opened (``health`` says so); the caller shows that as a notice."""
    from kiosk.device_settings import manager_settings
    from kiosk.journey_adapters.store import JourneyStore, default_files_dir, recover, sealing_key_now
    from kiosk.store import open_store_checked

    db, health = open_store_checked(config.store_path)
    if not health.ok:
        log.warning("store started degraded: %s", health.describe())
    _key, to_terminal_key = platform_key(db)
    # asks for the key at every seal: enrolling mid-day needs no restart
    store = JourneyStore(db, default_files_dir(config.data_dir), sealing_key_now(db), config.terminal.code)
    recovery = recover(db, store.files_dir)
    return KioskServices(
        config=config,
        db=db,
        health=health,
        store=store,
        help_desk=HelpDesk(store),
        device_settings=manager_settings(config),
        recovery=recovery,
        sealing_to_terminal_key=to_terminal_key,
    )


def load_catalog(db: Database) -> tuple[Catalog | None, str]:
    """The active catalog; the demo catalog on a fresh store. A broken catalog never stops the kiosk:
    (None, the problem in words)."""
    from kiosk.core.catalog_io import DEMO_CATALOG_PATH, CatalogError
    from kiosk.store.catalog_versions import apply_catalog, load_active_catalog

    try:
        # Validated in full when imported; at start-up the SHA-256 check is enough and 0.5 s faster.
        catalog = load_active_catalog(db, revalidate=False)
        if catalog is None:
            apply_catalog(db, DEMO_CATALOG_PATH)
            catalog = load_active_catalog(db, revalidate=False)
        return catalog, ""
    except CatalogError as exc:
        log.error("service catalog unavailable: %s", exc)
        return None, f"service catalog unavailable: {exc}"


def platform_key(db: Database) -> tuple[X25519PublicKey, bool]:
    """The key to seal to now: the platform's once enrolment or a catalog brought it, else the
    terminal's at-rest key (sync.at_rest), whose items are re-sealed to the platform key before upload.
    Returns (public key, not yet the platform's)."""
    from sync.at_rest import sealing_key

    key, for_platform = sealing_key(db)
    if not for_platform:
        log.warning("not enrolled yet: sealing to the terminal's at-rest key until the platform key is known")
    return key, not for_platform


def dev_private_key(db: Database) -> X25519PrivateKey | None:
    """The at-rest key's private half (tests and `kiosk-tools simulate` open what an unenrolled kiosk
    sealed)."""
    from sync.at_rest import at_rest_private_key

    return at_rest_private_key(db)
