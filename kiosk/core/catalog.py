"""The service catalog: matters (事项), their guides, materials and forms, and 一件事 bundles.

Qt-free, immutable (frozen dataclasses, tuples). A catalog document (JSON, see
``assets/catalog/catalog.schema.json``) maps one-to-one onto these classes: every JSON key is the
field name of a record class (defined in :mod:`kiosk.core.catalog_model`, re-exported here), so
``Catalog.from_dict(doc).to_dict()`` gives the document back. Validation lives in
:mod:`kiosk.core.catalog_io`; ``from_dict`` trusts its input.

Where the elements come from (``shared/reference/field-notes.md``, "Matter and guide elements"):
the implementation list (实施清单) of the national integrated government-service platform
requires for every matter its basic code (基本编码, 12 chars), implementation code (实施编码,
<= 36 chars), type (one of eight), implementing body, legal basis, acceptance conditions, service
object, case type (即办件/承诺件), handling forms, statutory and promised time limits, visits, fees,
process, place, hours, consultation and complaint phones, special procedures, whether it can be
handled at a self-service terminal, 通办 scope and quantity limits. Policy clauses 1-5 of the
Xinyang opinions (2022) require one standard list and guide per matter ("no material, step or fee
outside the guide"), clause 24 一件事一次办 bundles, clause 29 告知承诺 and 容缺受理.

Accessors the UI binds to (all return plain immutable objects; locale is ``"zh_CN"`` or ``"en"``):

* ``Catalog.categories`` -- ordered; each has ``code``, ``name`` (:class:`LocalText`), ``icon``.
* ``Catalog.matters_in_category(code)`` -- matters in catalog order; ``Matter.list_row(locale)``
  gives the flat row a list view needs (code, name, type, terminal_handling, promised limit, fee).
* ``Catalog.departments`` / ``Catalog.matters_of_department(code)``.
* ``Catalog.bundles`` / ``Catalog.bundle(code)`` / ``Catalog.matters_of_bundle(code)``.
* ``Catalog.matter(code)`` -- the whole guide: every attribute of :class:`Matter`.
* ``Catalog.search(query, limit=20)`` -- see :mod:`kiosk.core.search`.

Prefill sources for form fields (what the journey puts in when the ID card is read):
``idcard.name`` (text), ``idcard.sex`` ("male"/"female", for a choice field offering both),
``idcard.nation`` (text, e.g. 汉), ``idcard.birth_date`` (ISO date), ``idcard.address`` (address),
``idcard.id_number`` (18-character ID number), ``idcard.issuer`` (text), ``idcard.valid_from`` /
``idcard.valid_to`` (text: an ISO date, or 长期).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import threading
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from kiosk.core.catalog_model import (
    DEFAULT_LOCALE,
    FORMAT_VERSION,
    LOCALES,
    PREFILL_SOURCES,
    SEX_VALUES,
    AgeReached,
    Attachment,
    Bundle,
    CalendarYear,
    CaseType,
    Category,
    ChoiceOption,
    Commitment,
    Department,
    DepartmentLevel,
    ElicenseType,
    FaceVerification,
    FeeItem,
    Fees,
    FieldType,
    FormField,
    FormSchema,
    HandlingForm,
    LabelledEnum,
    LocalText,
    Material,
    MaterialForm,
    MaterialSupply,
    MaterialType,
    Matter,
    MatterKind,
    MatterResult,
    MatterType,
    Necessity,
    ProcessStep,
    ServiceObject,
    SourceChannel,
    SpecialProcedure,
    SuggestionCondition,
    SuggestionRule,
    TimeLimit,
    TimeUnit,
    TongbanScope,
    Validation,
    Village,
)

if TYPE_CHECKING:
    from kiosk.core.search import SearchHit, SearchIndex

__all__ = [
    "DEFAULT_LOCALE",
    "FORMAT_VERSION",
    "LOCALES",
    "PREFILL_SOURCES",
    "SEX_VALUES",
    "AgeReached",
    "Attachment",
    "Bundle",
    "CalendarYear",
    "CaseType",
    "Catalog",
    "Category",
    "ChoiceOption",
    "Commitment",
    "Department",
    "DepartmentLevel",
    "ElicenseType",
    "FaceVerification",
    "FeeItem",
    "Fees",
    "FieldType",
    "FormField",
    "FormSchema",
    "HandlingForm",
    "LabelledEnum",
    "LocalText",
    "Material",
    "MaterialForm",
    "MaterialSupply",
    "MaterialType",
    "Matter",
    "MatterKind",
    "MatterResult",
    "MatterType",
    "Necessity",
    "ProcessStep",
    "ServiceObject",
    "SourceChannel",
    "SpecialProcedure",
    "SuggestionCondition",
    "SuggestionRule",
    "TimeLimit",
    "TimeUnit",
    "TongbanScope",
    "Validation",
    "Village",
]


@dataclass(frozen=True, kw_only=True)
class Catalog:
    """One catalog version. Lookups by code are O(1); lists keep the document's order."""

    format: int = FORMAT_VERSION
    version: str
    published: str  # ISO date
    title: LocalText | None = None
    region: LocalText | None = None
    categories: tuple[Category, ...]
    departments: tuple[Department, ...]
    elicense_types: tuple[ElicenseType, ...] = ()
    matters: tuple[Matter, ...]
    bundles: tuple[Bundle, ...] = ()
    suggestions: tuple[SuggestionRule, ...] = ()
    villages: tuple[Village, ...] = ()
    calendar: tuple[CalendarYear, ...] = ()

    _by_code: dict[str, Matter] = field(init=False, repr=False, compare=False)
    _by_category: dict[str, tuple[Matter, ...]] = field(init=False, repr=False, compare=False)
    _by_department: dict[str, tuple[Matter, ...]] = field(init=False, repr=False, compare=False)
    _indexes: dict[str, dict[str, Any]] = field(init=False, repr=False, compare=False)
    # (typed Any: type hints are resolved at run time for decoding, and search is imported lazily: pypinyin
    # and the index cost memory and start-up time a kiosk that is never searched need not pay)
    _search_index: Any = field(init=False, repr=False, compare=False, default=None)
    _index_lock: threading.Lock = field(init=False, repr=False, compare=False, default_factory=threading.Lock)

    _PRIVATE: ClassVar[frozenset[str]] = frozenset(
        {"_by_code", "_by_category", "_by_department", "_indexes", "_search_index", "_index_lock"}
    )

    def __post_init__(self) -> None:
        by_cat: dict[str, list[Matter]] = {}
        by_dep: dict[str, list[Matter]] = {}
        for m in self.matters:
            by_cat.setdefault(m.category, []).append(m)
            by_dep.setdefault(m.department, []).append(m)
        object.__setattr__(self, "_by_code", {m.code: m for m in self.matters})
        object.__setattr__(self, "_by_category", {k: tuple(v) for k, v in by_cat.items()})
        object.__setattr__(self, "_by_department", {k: tuple(v) for k, v in by_dep.items()})
        object.__setattr__(
            self,
            "_indexes",
            {
                "category": {c.code: c for c in self.categories},
                "department": {d.code: d for d in self.departments},
                "bundle": {b.code: b for b in self.bundles},
                "elicense": {e.code: e for e in self.elicense_types},
            },
        )

    # -- lookups (None when the code is unknown)
    def matter(self, code: str) -> Matter | None:
        return self._by_code.get(code)

    def category(self, code: str) -> Category | None:
        return self._indexes["category"].get(code)

    def department(self, code: str) -> Department | None:
        return self._indexes["department"].get(code)

    def bundle(self, code: str) -> Bundle | None:
        return self._indexes["bundle"].get(code)

    def elicense_type(self, code: str) -> ElicenseType | None:
        return self._indexes["elicense"].get(code)

    # -- lists
    def matters_in_category(self, code: str) -> tuple[Matter, ...]:
        return self._by_category.get(code, ())

    def matters_of_department(self, code: str) -> tuple[Matter, ...]:
        """Matters whose implementing body (实施主体) is this department."""
        return self._by_department.get(code, ())

    def matters_of_bundle(self, code: str) -> tuple[Matter, ...]:
        b = self.bundle(code)
        if b is None:
            return ()
        return tuple(m for m in (self._by_code.get(c) for c in b.matters) if m is not None)

    def bundles_with_matter(self, code: str) -> tuple[Bundle, ...]:
        return tuple(b for b in self.bundles if code in b.matters)

    def implementing_body(self, matter: Matter) -> Department | None:
        return self.department(matter.department)

    # -- search
    @property
    def search_index(self) -> SearchIndex:
        """Normalized search keys for every matter and bundle, built once on first use.

        Thread-safe: the UI may build it in a background thread after start-up; a search that
        arrives meanwhile waits for that build instead of starting a second one (on every Python
        version: functools.cached_property stopped locking in 3.12)."""
        index: SearchIndex | None = self._search_index
        if index is None:
            with self._index_lock:
                index = self._search_index
                if index is None:
                    from kiosk.core.search import SearchIndex

                    index = SearchIndex(matters=self.matters, bundles=self.bundles)
                    object.__setattr__(self, "_search_index", index)
        return index

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Ranked matters and bundles for ``query`` (Chinese, pinyin, initials, English)."""
        return self.search_index.search(query, limit=limit)

    # -- (de)serialization
    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Catalog:
        """Build from a catalog document. Trusts its input: validate with catalog_io first."""
        catalog: Catalog = decode(cls, doc, "$")
        return catalog

    def to_dict(self) -> dict[str, Any]:
        encoded = encode(self)
        assert isinstance(encoded, dict)
        return encoded


# --------------------------------------------------------------------------- generic (de)serialization


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _is_private(cls: type, name: str) -> bool:
    return name in getattr(cls, "_PRIVATE", frozenset())


def decode(tp: Any, value: Any, path: str = "$") -> Any:
    """Turn JSON-shaped ``value`` into an instance of type ``tp`` (our dataclasses, enums, tuples)."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return decode(args[0], value, path)
    if origin is tuple:
        (item_tp, _ellipsis) = typing.get_args(tp)
        if not isinstance(value, Sequence) or isinstance(value, str):
            raise ValueError(f"{path}: expected a list")
        return tuple(decode(item_tp, v, f"{path}[{i}]") for i, v in enumerate(value))
    if tp is LocalText:
        try:
            return LocalText.of(value)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}: expected a text or {{zh_CN, en}}") from exc
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError as exc:
            raise ValueError(f"{path}: {value!r} is not a {tp.__name__}") from exc
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, Mapping):
            raise ValueError(f"{path}: expected an object")
        hints = _hints(tp)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(tp):
            if not f.init or _is_private(tp, f.name):
                continue
            if f.name in value:
                kwargs[f.name] = decode(hints[f.name], value[f.name], f"{path}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValueError(f"{path}: missing {f.name!r}")
        return tp(**kwargs)
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{path}: expected a number")
        return value
    if tp in (int, str, bool):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise ValueError(f"{path}: expected {tp.__name__}")
        return value
    raise TypeError(f"{path}: cannot decode type {tp!r}")


def encode(value: Any) -> Any:
    """The JSON-shaped form of a model object; ``None`` fields and empty optional lists are left out."""
    if isinstance(value, LocalText):
        return value.to_json()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        cls = type(value)
        for f in dataclasses.fields(value):
            if not f.init or _is_private(cls, f.name):
                continue
            v = getattr(value, f.name)
            optional = f.default is not dataclasses.MISSING
            if v is None or (optional and v == ()):
                continue
            out[f.name] = encode(v)
        return out
    return value
