"""Read, validate and store catalog documents.

Validation has three layers, and a document is checked against all of them in one pass so that
every problem is reported at once (a technician fixing a catalog should not have to iterate):

1. JSON syntax (line and column);
2. the JSON Schema ``assets/catalog/catalog.schema.json`` (draft 2020-12): every violation with its
   JSON path, e.g. ``$.matters[3].materials[0].necessity``;
3. semantic rules the schema cannot express: duplicate codes, references to unknown categories,
   departments, matters or e-licence types, a promised time limit longer than the statutory one,
   容缺 rules (field notes: "the main materials are complete, secondary ones missing"; the deadline
   is no later than the promised completion time), 告知承诺 without a notice text, forms that
   cannot work (choice without options, prefill into the wrong type, bad regular expressions),
   bundles whose shared fields are not actually shared.

This module holds no SQL: ``kiosk.store.catalog_versions`` stores a document :func:`prepare_catalog`
validated (``apply_catalog``) and reads it back through :func:`catalog_from_stored`, which checks
its SHA-256, validates it again and raises :class:`CatalogCorrupt` (never a bare crash) if it is
damaged.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.assets import CATALOG_DIR
from kiosk.core.catalog import PREFILL_SOURCES, SEX_VALUES, Catalog

if TYPE_CHECKING:
    # jsonschema (8 MB resident) loads when a catalog is validated, not at start-up (bench/bench_soak.py).
    import jsonschema

ASSETS_DIR = CATALOG_DIR
SCHEMA_PATH = ASSETS_DIR / "catalog.schema.json"
DEMO_CATALOG_PATH = ASSETS_DIR / "demo-catalog.json"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a catalog document.

    ``kind``: "io", "json", "schema", "semantic" or "store". ``path``: a JSON path into the
    document ("$" is the whole document). ``context``: which matter or bundle, in words.
    """

    kind: str
    path: str
    message: str
    context: str | None = None

    def __str__(self) -> str:
        where = f"{self.path} ({self.context})" if self.context else self.path
        return f"{where}: {self.message}"


class CatalogError(Exception):
    """Base class of catalog errors."""


class CatalogInvalid(CatalogError):
    """A document that cannot be imported; ``errors`` lists every problem found."""

    def __init__(self, errors: list[Problem], source: str | None = None) -> None:
        self.errors = list(errors)
        self.source = source
        super().__init__(self._summary())

    def _summary(self) -> str:
        what = f"catalog {self.source}" if self.source else "catalog document"
        lines = [f"{what} is invalid ({len(self.errors)} error{'s' if len(self.errors) != 1 else ''}):"]
        lines += [f"  - {e}" for e in self.errors]
        return "\n".join(lines)


class CatalogCorrupt(CatalogError):
    """The active catalog stored in the database cannot be used (damaged or no longer valid)."""

    def __init__(self, message: str, version: str | None = None, errors: list[Problem] | None = None) -> None:
        self.version = version
        self.errors = list(errors or [])
        text = message
        if self.errors:
            text += "\n" + "\n".join(f"  - {e}" for e in self.errors[:50])
            if len(self.errors) > 50:
                text += f"\n  ... and {len(self.errors) - 50} more"
        super().__init__(text)


@dataclass(frozen=True)
class ImportResult:
    version: str
    sha256: str
    matters: int
    bundles: int
    previous_version: str | None
    reactivated: bool  # the same version and content was imported before: it is simply active again


# --------------------------------------------------------------------------- reading


def parse_document(text: str | bytes, source: str | None = None) -> dict[str, Any]:
    """Parse JSON text; a syntax error becomes CatalogInvalid with line and column."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CatalogInvalid([Problem("json", "$", f"not UTF-8 text: {exc}")], source) from exc
    text = text.removeprefix("\ufeff")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise CatalogInvalid([Problem("json", "$", msg)], source) from exc
    except RecursionError as exc:  # a hostile file: arrays in arrays until the parser gives up
        problem = Problem("json", "$", "JSON nested too deeply to be a catalog")
        raise CatalogInvalid([problem], source) from exc
    if not isinstance(doc, dict):
        raise CatalogInvalid([Problem("schema", "$", "the catalog must be a JSON object")], source)
    return doc


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogInvalid(
            [Problem("io", "$", f"cannot read {path}: {exc.strerror or exc}")], str(path)
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogInvalid([Problem("json", "$", f"not UTF-8 text: {exc}")], str(path)) from exc


def read_document(path: Path | str) -> dict[str, Any]:
    path = Path(path)
    return parse_document(_read_text(path), str(path))


def load_catalog(path: Path | str = DEMO_CATALOG_PATH) -> Catalog:
    """Read and validate a catalog file (default: the demo catalog)."""
    doc = read_document(path)
    return validate_document(doc, str(path))


# --------------------------------------------------------------------------- validation


@cache
def _validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def check_document(doc: Any) -> list[Problem]:
    """Every schema and semantic problem of ``doc`` (empty when it is valid)."""
    problems = _schema_problems(doc)
    problems += _semantic_problems(doc)
    return problems


def validate_document(doc: Any, source: str | None = None) -> Catalog:
    """The Catalog for a valid ``doc``; otherwise CatalogInvalid listing every problem."""
    problems = check_document(doc)
    if problems:
        raise CatalogInvalid(problems, source)
    return Catalog.from_dict(doc)


def json_path(parts: Iterable[str | int]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# Friendlier words for the schema's conditional requirements.
_REQUIRED_WHEN = {
    "where_to_go": "is required when terminal_handling is false (say where the resident should go)",
    "condition": "is required when necessity is 'conditional' (say in which case it is needed)",
    "options": "is required for a choice field",
    "validation": "is required for a choice field (its options)",
    "fields": "is required for a group field (its sub-fields)",
    "items": "is required when charged is true (list the fee items)",
    "basis": "is required when charged is true (the legal basis of the fee)",
}
_NOT_ALLOWED = {
    "form": "a certification matter has no form (the resident's identity and face are the proof)",
    "fields": "sub-fields are only allowed on a field of type 'group'",
}


def _schema_message(err: jsonschema.ValidationError) -> str:
    v = err.validator
    if v == "required" and "then" in err.schema_path:
        missing = re.findall(r"'([^']+)' is a required property", err.message)
        if missing and missing[0] in _REQUIRED_WHEN:
            return f"{missing[0]!r} {_REQUIRED_WHEN[missing[0]]}"
    if v == "not" and isinstance(err.validator_value, dict):
        keys = err.validator_value.get("required", [])
        if keys and keys[0] in _NOT_ALLOWED:
            return _NOT_ALLOWED[keys[0]]
        return f"{keys} not allowed here"
    if v == "oneOf" and isinstance(err.instance, dict) and "when" in err.instance:
        return "a suggestion names exactly one of 'matter' or 'bundle'"
    if v == "maxItems" and err.validator_value == 0:
        return "must be empty when charged is false"
    if v == "minItems" and "then" in err.schema_path and err.validator_value == 2:
        return "a choice field needs at least 2 options"
    if v == "pattern":
        return f"{_short(err.instance)} does not match the pattern {err.validator_value}"
    if v == "const":
        return f"{_short(err.instance)} must be {_short(err.validator_value)}"
    message = str(err.message)
    rep = repr(err.instance)
    if len(rep) > 60 and rep in message:
        message = message.replace(rep, _short(err.instance))
    return message


def _schema_problems(doc: Any) -> list[Problem]:
    errors = sorted(_validator().iter_errors(doc), key=lambda e: _path_key(e.absolute_path))
    out = []
    for err in errors:
        parts = list(err.absolute_path)
        out.append(Problem("schema", json_path(parts), _schema_message(err), _context(doc, parts)))
    return out


def _path_key(parts: Iterable[str | int]) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts)


def _context(doc: Any, parts: list[str | int]) -> str | None:
    """'matter <name> <code>' for a path inside a matter or bundle, to find it in a big file."""
    if len(parts) >= 2 and parts[0] in ("matters", "bundles") and isinstance(parts[1], int):
        items = doc.get(parts[0]) if isinstance(doc, dict) else None
        if isinstance(items, list) and 0 <= parts[1] < len(items) and isinstance(items[parts[1]], dict):
            return _describe_item(parts[0][:-1], items[parts[1]])
    return None


def _describe_item(kind: str, item: Mapping[str, Any]) -> str:
    name = item.get("name")
    zh = name.get("zh_CN") if isinstance(name, dict) else None
    code = item.get("code")
    bits = [kind]
    if isinstance(zh, str):
        bits.append(zh)
    if isinstance(code, str):
        bits.append(code)
    return " ".join(bits)


# --------------------------------------------------------------------------- semantic rules


def _list(obj: Any, key: str) -> list[Any]:
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, list) else []


def _str(obj: Any, key: str) -> str | None:
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, str) else None


def _int(obj: Any, key: str) -> int | None:
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _Checker:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.context: str | None = None

    def error(self, path: str, message: str) -> None:
        self.problems.append(Problem("semantic", path, message, self.context))

    def unique(self, items: list[Any], base: str, what: str, key: str = "code") -> set[str]:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            code = _str(item, key)
            if code is None:
                continue
            if code in seen:
                self.error(
                    f"{base}[{i}].{key}", f"duplicate {what} {key} {code!r} (first at {base}[{seen[code]}])"
                )
            else:
                seen[code] = i
        return set(seen)

    def run(self) -> list[Problem]:
        doc = self.doc
        if not isinstance(doc, dict):
            return self.problems
        categories = self.unique(_list(doc, "categories"), "$.categories", "category")
        departments = self.unique(_list(doc, "departments"), "$.departments", "department")
        elicenses = self.unique(_list(doc, "elicense_types"), "$.elicense_types", "e-licence type")
        matters = _list(doc, "matters")
        matter_codes = self.unique(matters, "$.matters", "matter")
        names: dict[str, int] = {}
        for i, m in enumerate(matters):
            name = m.get("name") if isinstance(m, dict) else None
            zh = _str(name, "zh_CN")
            if zh is not None:
                if zh in names:
                    self.error(
                        f"$.matters[{i}].name",
                        f"duplicate matter name {zh!r} (first at $.matters[{names[zh]}])",
                    )
                else:
                    names.setdefault(zh, i)
        for i, d in enumerate(_list(doc, "departments")):
            parent = _str(d, "parent")
            if parent is not None and parent not in departments:
                self.error(f"$.departments[{i}].parent", f"unknown parent department {parent!r}")
        forms: dict[str, dict[str, Any]] = {}
        for i, m in enumerate(matters):
            if isinstance(m, dict):
                self.context = _describe_item("matter", m)
                self.matter(m, f"$.matters[{i}]", categories, departments, elicenses)
                form = m.get("form")
                code = _str(m, "code")
                if code is not None and isinstance(form, dict):
                    forms[code] = form
        self.context = None
        self.unique(_list(doc, "bundles"), "$.bundles", "bundle")
        for i, b in enumerate(_list(doc, "bundles")):
            if isinstance(b, dict):
                self.context = _describe_item("bundle", b)
                self.bundle(b, f"$.bundles[{i}]", matter_codes, forms)
        self.context = None
        handled = {
            c
            for m in matters
            if isinstance(m, dict)
            and m.get("terminal_handling") is True
            and (c := _str(m, "code")) is not None
            and _str(m, "kind") != "guide"
        }
        bundle_codes = {c for b in _list(doc, "bundles") if (c := _str(b, "code")) is not None}
        rules = _list(doc, "suggestions")
        self.unique(rules, "$.suggestions", "suggestion")
        for i, rule in enumerate(rules):
            if isinstance(rule, dict):
                self.suggestion(rule, f"$.suggestions[{i}]", matter_codes, handled, bundle_codes)
        self.unique(_list(doc, "villages"), "$.villages", "village")
        self.calendar(_list(doc, "calendar"))
        return self.problems

    # -- the work calendar
    def calendar(self, years: list[Any]) -> None:
        """Each year once; each date inside its year; no date both a holiday and a working day."""
        seen: set[int] = set()
        for i, entry in enumerate(years):
            year = _int(entry, "year")
            if year is None:
                continue
            if year in seen:
                self.error(f"$.calendar[{i}].year", f"duplicate calendar year {year}")
            seen.add(year)
            days: dict[str, set[str]] = {}
            for key in ("holidays", "workdays"):
                days[key] = {d for d in _list(entry, key) if isinstance(d, str)}
                for k, day in enumerate(_list(entry, key)):
                    if isinstance(day, str) and not day.startswith(f"{year}-"):
                        self.error(f"$.calendar[{i}].{key}[{k}]", f"{day} is not in {year}")
            for day in sorted(days["holidays"] & days["workdays"]):
                self.error(f"$.calendar[{i}]", f"{day} is both a holiday and a working day")

    # -- suggestion rules
    def suggestion(
        self, r: dict[str, Any], p: str, matter_codes: set[str], handled: set[str], bundles: set[str]
    ) -> None:
        matter = _str(r, "matter")
        bundle = _str(r, "bundle")
        if matter is not None:
            if matter not in matter_codes:
                self.error(f"{p}.matter", f"unknown matter {matter!r}")
            elif matter not in handled:
                self.error(
                    f"{p}.matter",
                    f"matter {matter!r} is not handled at the terminal: it cannot be suggested here",
                )
        if bundle is not None and bundle not in bundles:
            self.error(f"{p}.bundle", f"unknown bundle {bundle!r}")
        when = r.get("when")
        if not isinstance(when, dict):
            return
        low, high = _int(when, "min_age"), _int(when, "max_age")
        reached = when.get("reached_age")
        reached_age = _int(reached, "age")
        if low is None and high is None and reached_age is None:
            self.error(
                f"{p}.when",
                "a suggestion needs an age condition (min_age, max_age or reached_age); "
                "without one it would be offered to everyone",
            )
        if low is not None and high is not None and low > high:
            self.error(
                f"{p}.when.min_age", f"min_age {low} is greater than max_age {high}: it can never apply"
            )
        if reached_age is not None and (
            (low is not None and reached_age < low) or (high is not None and reached_age > high)
        ):
            self.error(
                f"{p}.when.reached_age.age",
                f"reached_age {reached_age} lies outside min_age/max_age: the rule can never apply",
            )
        if when.get("not_done_this_year") is True and matter is None:
            self.error(
                f"{p}.when.not_done_this_year",
                "not_done_this_year needs a 'matter' (it looks for that matter's applications)",
            )

    # -- matters
    def matter(
        self, m: dict[str, Any], p: str, categories: set[str], departments: set[str], elicenses: set[str]
    ) -> None:
        cat = _str(m, "category")
        if cat is not None and cat not in categories:
            self.error(f"{p}.category", f"unknown category {cat!r}")
        for key in ("department", "accepting_department"):
            dep = _str(m, key)
            if dep is not None and dep not in departments:
                self.error(f"{p}.{key}", f"unknown department {dep!r}")

        promised = m.get("promised_limit")
        statutory = m.get("statutory_limit")
        pv = _int(promised, "value")
        sv = _int(statutory, "value")
        if pv is not None and sv is not None:
            pu = _str(promised, "unit") or "working_day"
            su = _str(statutory, "unit") or "working_day"
            if pu == su and pv > sv:
                self.error(
                    f"{p}.promised_limit.value",
                    f"promised time limit {pv} is longer than the statutory limit {sv}",
                )
        case_type = _str(m, "case_type")
        if case_type == "immediate" and pv not in (None, 0):
            self.error(
                f"{p}.promised_limit.value",
                f"a 即办件 (immediate) matter is done on the spot: promised limit must be 0, not {pv}",
            )
        if case_type == "commitment" and pv == 0:
            self.error(
                f"{p}.promised_limit.value",
                "a 承诺件 (commitment) matter needs a promised limit above 0; "
                "use case_type 'immediate' for on-the-spot matters",
            )

        kind = _str(m, "kind") or "application"
        terminal = m.get("terminal_handling")
        forms_of_handling = _list(m, "handling_forms")
        if terminal is True and "self_service" not in forms_of_handling:
            self.error(
                f"{p}.handling_forms", "terminal_handling is true: handling_forms must include 'self_service'"
            )
        if terminal is False and "self_service" in forms_of_handling:
            self.error(
                f"{p}.handling_forms",
                "terminal_handling is false: handling_forms must not include 'self_service'",
            )
        if terminal is True and kind in ("application", "query") and "form" not in m:
            self.error(f"{p}.form", f"a {kind} matter handled at the terminal needs a form")
        if kind == "guide" and terminal is True:
            self.error(f"{p}.terminal_handling", "a guide-only matter cannot be handled at the terminal")
        if kind == "certification" and _str(m, "face_verification") != "required":
            self.error(
                f"{p}.face_verification", "a certification matter requires face verification ('required')"
            )

        materials = _list(m, "materials")
        self.unique(materials, f"{p}.materials", "material")
        deferrable: list[int] = []
        main = 0
        for j, mat in enumerate(materials):
            mp = f"{p}.materials[{j}]"
            if not isinstance(mat, dict):
                continue
            necessity = _str(mat, "necessity")
            if mat.get("deferrable") is True:
                deferrable.append(j)
                if necessity == "optional":
                    self.error(
                        f"{mp}.deferrable",
                        "an optional material cannot be deferrable (容缺 is for required ones)",
                    )
            elif necessity == "required":
                main += 1
            for k, et in enumerate(_list(mat, "elicense_types")):
                if isinstance(et, str) and et not in elicenses:
                    self.error(f"{mp}.elicense_types[{k}]", f"unknown e-licence type {et!r}")
            supplied_by = _str(mat, "supplied_by")
            if supplied_by == "terminal" and _str(mat, "type") != "application_form":
                self.error(f"{mp}.supplied_by", "only an application form can be generated by the terminal")
            if supplied_by in ("terminal", "department_sharing") and (
                mat.get("deferrable") is True or mat.get("commitment_allowed") is True
            ):
                self.error(
                    f"{mp}.supplied_by",
                    "a material the resident does not hand in cannot be deferred (容缺) or promised",
                )
            if mat.get("commitment_allowed") is True and not isinstance(m.get("commitment"), dict):
                self.error(
                    f"{mp}.commitment_allowed",
                    "告知承诺 allowed but the matter has no 'commitment' notice and liability text",
                )
        if deferrable:
            if main == 0:
                j = deferrable[0]
                self.error(
                    f"{p}.materials[{j}].deferrable",
                    "容缺受理 needs the main materials complete: "
                    "at least one required material must not be deferrable",
                )
            if pv == 0:
                self.error(
                    f"{p}.materials[{deferrable[0]}].deferrable",
                    "a deferred material is due before the promised completion: "
                    "an on-the-spot matter cannot defer materials",
                )

        form = m.get("form")
        if isinstance(form, dict):
            self.form_fields(_list(form, "fields"), f"{p}.form.fields", depth=0)

    def form_fields(self, fields: list[Any], p: str, depth: int) -> None:
        self.unique(fields, p, "field", key="key")
        for i, f in enumerate(fields):
            if isinstance(f, dict):
                self.form_field(f, f"{p}[{i}]", depth)

    def form_field(self, f: dict[str, Any], p: str, depth: int) -> None:
        ftype = _str(f, "type")
        if ftype is None:
            return
        if ftype == "group":
            if depth > 0:
                self.error(f"{p}.type", "groups cannot be nested")
            self.form_fields(_list(f, "fields"), f"{p}.fields", depth + 1)
        validation = f.get("validation")
        if isinstance(validation, dict):
            self.validation(validation, ftype, f"{p}.validation")
        prefill = _str(f, "prefill")
        if prefill is not None and prefill in PREFILL_SOURCES:
            allowed = {t.value for t in PREFILL_SOURCES[prefill]}
            if ftype not in allowed:
                self.error(
                    f"{p}.prefill",
                    f"{prefill} cannot fill a {ftype!r} field (use {' or '.join(sorted(allowed))})",
                )
            if prefill == "idcard.sex" and ftype == "choice":
                values = {_str(o, "value") for o in _list(validation, "options")}
                if not set(SEX_VALUES) <= values:
                    self.error(
                        f"{p}.validation.options",
                        f"idcard.sex fills the values {list(SEX_VALUES)}: offer both",
                    )

    def validation(self, v: dict[str, Any], ftype: str, p: str) -> None:
        allowed = {
            "min": {"number"},
            "max": {"number"},
            "min_length": {"text", "address", "phone", "id_number"},
            "max_length": {"text", "address", "phone", "id_number"},
            "pattern": {"text", "address", "phone", "id_number"},
            "options": {"choice", "multichoice"},
            "min_items": {"group", "multichoice"},
            "max_items": {"group", "multichoice"},
        }
        for key, types in allowed.items():
            if key in v and ftype not in types:
                self.error(f"{p}.{key}", f"{key!r} does not apply to a {ftype!r} field")
        for lo, hi in (("min", "max"), ("min_length", "max_length"), ("min_items", "max_items")):
            a, b = v.get(lo), v.get(hi)
            if isinstance(a, int | float) and isinstance(b, int | float) and a > b:
                self.error(f"{p}.{lo}", f"{lo} {a} is greater than {hi} {b}")
        pattern = _str(v, "pattern")
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                self.error(f"{p}.pattern", f"not a valid regular expression: {exc}")
        self.unique(_list(v, "options"), f"{p}.options", "option", key="value")

    # -- bundles
    def bundle(
        self, b: dict[str, Any], p: str, matter_codes: set[str], forms: dict[str, dict[str, Any]]
    ) -> None:
        seen: set[str] = set()
        members = _list(b, "matters")
        for i, code in enumerate(members):
            if not isinstance(code, str):
                continue
            if code not in matter_codes:
                self.error(f"{p}.matters[{i}]", f"unknown matter {code!r}")
            if code in seen:
                self.error(f"{p}.matters[{i}]", f"matter {code!r} is listed twice")
            seen.add(code)
        for i, key in enumerate(_list(b, "shared_fields")):
            if not isinstance(key, str):
                continue
            types = set()
            holders = 0
            for code in seen:
                for f in _list(forms.get(code), "fields"):
                    if _str(f, "key") == key:
                        holders += 1
                        types.add(_str(f, "type"))
            if holders < 2:
                self.error(
                    f"{p}.shared_fields[{i}]",
                    f"shared field {key!r} appears in {holders} member form(s); it must appear in at least 2",
                )
            elif len(types) > 1:
                self.error(
                    f"{p}.shared_fields[{i}]",
                    f"shared field {key!r} has different types in member forms: "
                    f"{sorted(t or '?' for t in types)}",
                )


def _semantic_problems(doc: Any) -> list[Problem]:
    return _Checker(doc).run()


# --------------------------------------------------------------------------- stored form


def _sha256(text: str) -> str:
    """Hex SHA-256 of the text's UTF-8 bytes (what is stored next to the document)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class PreparedCatalog:
    """A validated document and the exact text to store for it (``sha256`` over its UTF-8 bytes)."""

    catalog: Catalog
    text: str
    sha256: str
    source: str


def prepare_catalog(path_or_doc: Path | str | Mapping[str, Any]) -> PreparedCatalog:
    """Validate a catalog (a file path or a parsed document) for storing.

    The stored text is the file's text (or, for a document, its canonical JSON). Raises
    CatalogInvalid listing every problem. Storing it is ``kiosk.store.catalog_versions``'s job.
    """
    if isinstance(path_or_doc, Mapping):
        source = "<document>"
        doc = dict(path_or_doc)
        text = canonical_json(doc)
    else:
        source = str(path_or_doc)
        text = _read_text(Path(path_or_doc))
        doc = parse_document(text, source)
    sha = _sha256(text)
    if sha in _VALID_TEXTS:
        catalog = Catalog.from_dict(doc)  # these very bytes passed every check in this process
    else:
        catalog = validate_document(doc, source)
        _VALID_TEXTS.add(sha)
    return PreparedCatalog(catalog, text, sha, source)


# SHA-256 of each catalog text that passed the checks in this process. The schema and rules do not
# change while a process runs, so the same bytes get the same answer: a store that starts empty imports
# the demo catalog, and the schema check of the same file is 0.2 s each time (the test suite builds
# hundreds of kiosks, each on an empty store). Any other bytes are checked in full.
_VALID_TEXTS: set[str] = set()


def version_clash(version: str, source: str) -> CatalogInvalid:
    """The error for a version string already stored with different content (a version names one
    document)."""
    return CatalogInvalid(
        [
            Problem(
                "store",
                "$.version",
                f"version {version!r} was already imported with different content; "
                "give the new document a new version",
            )
        ],
        source,
    )


def catalog_from_stored(version: str, sha: str, text: object, *, revalidate: bool = True) -> Catalog:
    """The catalog a stored row holds, checked: raises CatalogCorrupt with a plain explanation when
    the document is damaged (hash mismatch, not JSON, no longer valid).

    The document was validated at import; ``revalidate=False`` skips the schema and semantic checks
    (about 0.25 s for the demo catalog) and relies on the SHA-256 check, for a faster start-up.
    """
    prefix = f"stored catalog version {version!r}"
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CatalogCorrupt(f"{prefix} is not UTF-8 text; re-import the catalog", version) from exc
    if not isinstance(text, str):
        raise CatalogCorrupt(f"{prefix} has no document; re-import the catalog", version)
    if _sha256(text) != sha:
        raise CatalogCorrupt(
            f"{prefix} does not match its recorded SHA-256 (the database row was damaged or edited); "
            "re-import the catalog",
            version,
        )
    try:
        doc = parse_document(text, prefix)
    except CatalogInvalid as exc:
        raise CatalogCorrupt(f"{prefix} cannot be read", version, exc.errors) from exc
    if revalidate:
        problems = check_document(doc)
        if problems:
            raise CatalogCorrupt(f"{prefix} is no longer a valid catalog", version, problems)
    if doc.get("version") != version:
        raise CatalogCorrupt(
            f"{prefix} contains version {doc.get('version')!r}; re-import the catalog", version
        )
    try:
        return Catalog.from_dict(doc)
    except (ValueError, TypeError, KeyError) as exc:
        raise CatalogCorrupt(f"{prefix} cannot be read by this software version: {exc}", version) from exc


__all__ = [
    "DEMO_CATALOG_PATH",
    "SCHEMA_PATH",
    "CatalogCorrupt",
    "CatalogError",
    "CatalogInvalid",
    "ImportResult",
    "PreparedCatalog",
    "Problem",
    "catalog_from_stored",
    "check_document",
    "load_catalog",
    "parse_document",
    "prepare_catalog",
    "read_document",
    "validate_document",
    "version_clash",
]
