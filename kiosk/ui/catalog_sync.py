"""Signed catalog updates from the sync worker into the running kiosk, without a restart.

The worker (sync.engine.worker) checks the catalog at start and every ``[sync] catalog_interval_s`` and
calls :meth:`CatalogSync.on_catalog` on its own thread with its own connection. A newer verified
catalog is validated and applied to the store there (``kiosk.store.catalog_versions.apply_catalog``: whole or
not at all); the views switch to it at the next attract screen, so a resident in a session keeps the
catalog they started with and a journey keeps its matter. ``outOfDate`` (the "may be out of date"
notice in Main.qml) follows the check: signed metadata expired, or not confirmed for too long.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Property, QObject, Signal

from kiosk.core.session import Session, SessionEvent, State

if TYPE_CHECKING:
    from kiosk.core.catalog import Catalog

log = logging.getLogger(__name__)


class CatalogSource(Protocol):
    """Where the catalog in service comes from (``kiosk.services.KioskServices``)."""

    def load_catalog(self) -> tuple[Catalog | None, str]: ...


class CatalogShown(Protocol):
    """What the views show (``kiosk.ui.catalog_controller.CatalogController``)."""

    def set_catalog(self, catalog: Catalog | None) -> None: ...


class CatalogSync(QObject):
    changed = Signal()
    _checked = Signal(bool, bool)  # a new version applied, may be out of date; worker -> UI thread

    def __init__(
        self, session: Session, source: CatalogSource, shown: CatalogShown, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.source = source
        self.shown = shown
        self._out_of_date = False
        self._reload_pending = False
        self._checked.connect(self._on_checked)  # emitted on the worker's thread: queued to this one
        session.add_observer(self._on_session)

    # -- the worker's thread ------------------------------------------------------------------------
    def on_catalog(self, db: Any, check: Any) -> None:
        from kiosk.core.catalog_io import CatalogError, parse_document
        from kiosk.store.catalog_versions import apply_catalog
        from sync.engine.catalog import catalog_to_apply, mark_applied

        document = catalog_to_apply(db, check)
        applied = False
        if document is not None:
            try:
                result = apply_catalog(db, parse_document(document, "the platform's catalog"))
                applied = True
                log.info(
                    "catalog %s from the platform applied (signed version %s)", result.version, check.version
                )
            except CatalogError as exc:
                log.error("catalog from the platform refused, the current one stays: %s", exc)
            mark_applied(db, check)  # a refused document is not tried again until a newer one comes
        self._checked.emit(applied, bool(check.may_be_out_of_date))

    # -- the UI thread ------------------------------------------------------------------------------
    def _on_checked(self, applied: bool, out_of_date: bool) -> None:
        if out_of_date != self._out_of_date:
            self._out_of_date = out_of_date
            if out_of_date:
                log.warning("the service catalog may be out of date (signed metadata expired or unconfirmed)")
            self.changed.emit()
        if applied:
            self._reload_pending = True
            self._reload_if_idle()

    def _on_session(self, event: SessionEvent) -> None:
        if event.kind == "state" and event.state is State.ATTRACT:
            self._reload_if_idle()

    def _reload_if_idle(self) -> None:
        if not self._reload_pending or self.session.state is not State.ATTRACT:
            return
        catalog, problem = self.source.load_catalog()
        self._reload_pending = False
        if catalog is None:
            log.error("new catalog could not be loaded: %s", problem)
            return
        self.shown.set_catalog(catalog)
        log.info("catalog %s in service", catalog.version)

    def _out_of_date_value(self) -> bool:
        return self._out_of_date

    outOfDate = Property(bool, _out_of_date_value, notify=changed)
