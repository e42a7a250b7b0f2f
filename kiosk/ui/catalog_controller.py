"""Browse, search and read the service catalog. Holds the models the catalog screens bind to."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.session import Session, SessionEvent
from kiosk.core.words import words
from kiosk.ui.listmodel import RowsModel

if TYPE_CHECKING:  # the catalog modules load after the first frame (see kiosk.ui.app)
    from kiosk.core.catalog import Catalog, Matter

MATTER_KEYS = ("code", "name", "typeLabel", "terminal", "limit", "fee", "kind")


class CatalogController(QObject):
    listChanged = Signal()
    guideChanged = Signal()
    searchChanged = Signal()
    catalogChanged = Signal()

    def __init__(self, catalog: Catalog | None, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.session = session
        self.categories = RowsModel(("code", "name", "icon", "count"), self)
        self.bundles = RowsModel(("code", "name", "description", "trigger", "icon", "count"), self)
        self.departments = RowsModel(("code", "name", "count"), self)
        self.matters = RowsModel(MATTER_KEYS, self)
        self.results = RowsModel(("kind", "code", "name", "subtitle"), self)
        self._list: tuple[str, str] = ("", "")  # (kind, code) of the list shown
        self._guide_code = ""
        self._query = ""
        self._built_locale = ""
        self._loaded = catalog is not None
        session.add_observer(self._on_session)
        session.register_wipe("catalog", self.clear)
        self._rebuild()

    def set_catalog(self, catalog: Catalog | None) -> None:
        """The catalog arrives after the first frame (start-up shows home first); None: unavailable."""
        self.catalog = catalog
        self._loaded = True
        self._rebuild()
        self.catalogChanged.emit()
        self.warm_up()

    def warm_up(self) -> None:
        """Build the search index off the UI thread, after the first frame: start-up stays quick and
        the first search is instant. A search before it finishes waits for it (cached_property locks)."""
        catalog = self.catalog
        if catalog is not None:
            threading.Thread(target=lambda: catalog.search_index, name="search-index", daemon=True).start()

    @property
    def locale(self) -> str:
        return self.session.locale

    def _on_session(self, event: SessionEvent) -> None:
        if self.locale != self._built_locale:  # a switch, or the reset at a session's end
            self._rebuild()

    def _rebuild(self) -> None:
        cat, loc = self.catalog, self.locale
        self._built_locale = loc
        if cat is None:
            return
        self.categories.reset(
            {
                "code": c.code,
                "name": c.name.text(loc),
                "icon": c.icon,
                "count": len(cat.matters_in_category(c.code)),
            }
            for c in cat.categories
            if cat.matters_in_category(c.code)
        )
        self.bundles.reset(
            {
                "code": b.code,
                "name": b.name.text(loc),
                "description": b.description.text(loc),
                "trigger": b.trigger.text(loc),
                "icon": b.icon or "bundle",
                "count": len(b.matters),
            }
            for b in cat.bundles
        )
        self.departments.reset(
            {"code": d.code, "name": d.name.text(loc), "count": len(cat.matters_of_department(d.code))}
            for d in cat.departments
            if cat.matters_of_department(d.code)
        )
        if self._list[0]:
            self._show(*self._list)
        if self._query:
            self.search(self._query)
        self.catalogChanged.emit()
        self.guideChanged.emit()

    def _row(self, m: Matter) -> dict[str, Any]:
        from kiosk.core.guide import time_limit_text

        loc = self.locale
        return {
            "code": m.code,
            "name": m.name.text(loc),
            "typeLabel": m.type.label.text(loc),
            "terminal": m.terminal_handling,
            "limit": time_limit_text(m.promised_limit, loc),
            "fee": m.fees.charged,
            "kind": m.kind.value,
        }

    def _show(self, kind: str, code: str) -> None:
        cat = self.catalog
        if cat is None:
            return
        matters: tuple[Matter, ...] = ()
        if kind == "category":
            matters = cat.matters_in_category(code)
        elif kind == "bundle":
            matters = cat.matters_of_bundle(code)
        elif kind == "department":
            matters = cat.matters_of_department(code)
        self._list = (kind, code)
        self.matters.reset(self._row(m) for m in matters)
        self.listChanged.emit()

    @Slot(str, str)
    def showList(self, kind: str, code: str) -> None:
        self._show(kind, code)

    def _list_title(self) -> str:
        cat, (kind, code) = self.catalog, self._list
        if cat is None or not kind:
            return ""
        item = {"category": cat.category, "bundle": cat.bundle, "department": cat.department}[kind](code)
        return item.name.text(self.locale) if item else ""

    def _list_description(self) -> str:
        cat, (kind, code) = self.catalog, self._list
        if cat is None or kind != "bundle":
            return ""
        bundle = cat.bundle(code)
        return bundle.description.text(self.locale) if bundle else ""

    def _list_kind(self) -> str:
        return self._list[0]

    def _list_code(self) -> str:
        return self._list[1]

    def _bundle_applicable(self) -> bool:
        """A 一件事 bundle shown whose matters can (at least partly) be applied for at this terminal."""
        cat, (kind, code) = self.catalog, self._list
        if cat is None or kind != "bundle":
            return False
        return any(m.terminal_handling for m in cat.matters_of_bundle(code))

    # -- the guide -----------------------------------------------------------------------------
    @Slot(str)
    def openGuide(self, code: str) -> None:
        self._guide_code = code
        self.guideChanged.emit()

    def _guide(self) -> dict[str, Any]:
        cat = self.catalog
        matter = cat.matter(self._guide_code) if cat and self._guide_code else None
        if matter is None or cat is None:
            return {}
        from kiosk.core.guide import guide_sections, time_limit_text

        loc = self.locale
        return {
            "code": matter.code,
            "name": matter.name.text(loc),
            "terminal": matter.terminal_handling,
            "whereToGo": matter.where_to_go.text(loc) if matter.where_to_go else "",
            "limit": time_limit_text(matter.promised_limit, loc),
            "fee": matter.fees.charged,
            "materialCount": len(matter.materials),
            "sections": guide_sections(matter, cat, loc),
        }

    # -- search --------------------------------------------------------------------------------
    @Slot(str)
    def search(self, query: str) -> None:
        self._query = query
        cat = self.catalog
        if cat is None or not query.strip():
            self.results.reset([])
        else:
            rows = []
            for hit in cat.search(query, limit=30):
                if hit.kind == "matter":
                    m = cat.matter(hit.code)
                    sub = self._row(m)["typeLabel"] if m else ""
                else:
                    sub = words("search.bundle", self.locale)
                rows.append(
                    {"kind": hit.kind, "code": hit.code, "name": hit.name.text(self.locale), "subtitle": sub}
                )
            self.results.reset(rows)
        self.searchChanged.emit()

    def _query_text(self) -> str:
        return self._query

    @Slot()
    def clear(self) -> None:
        self._query = ""
        self._guide_code = ""
        self._list = ("", "")
        self.results.reset([])
        self.matters.reset([])
        self.searchChanged.emit()
        self.guideChanged.emit()
        self.listChanged.emit()

    def _available(self) -> bool:
        return self.catalog is not None

    def _loading(self) -> bool:
        return not self._loaded

    def _version(self) -> str:
        return self.catalog.version if self.catalog else ""

    categoryModel = Property(QObject, lambda self: self.categories, constant=True)
    bundleModel = Property(QObject, lambda self: self.bundles, constant=True)
    departmentModel = Property(QObject, lambda self: self.departments, constant=True)
    matterModel = Property(QObject, lambda self: self.matters, constant=True)
    resultModel = Property(QObject, lambda self: self.results, constant=True)
    listTitle = Property(str, _list_title, notify=listChanged)
    listDescription = Property(str, _list_description, notify=listChanged)
    listKind = Property(str, _list_kind, notify=listChanged)
    listCode = Property(str, _list_code, notify=listChanged)
    bundleApplicable = Property(bool, _bundle_applicable, notify=listChanged)
    guide = Property(dict, _guide, notify=guideChanged)
    query = Property(str, _query_text, notify=searchChanged)
    available = Property(bool, _available, notify=catalogChanged)
    loading = Property(bool, _loading, notify=catalogChanged)
    version = Property(str, _version, notify=catalogChanged)
