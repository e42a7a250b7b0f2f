"""Catalog validation and import: good, bad and partially bad documents; atomic apply; corrupt storage."""

from __future__ import annotations

import copy
import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalog_cli import main as cli
from kiosk.core.catalog import Catalog, MatterKind
from kiosk.core.catalog_io import (
    DEMO_CATALOG_PATH,
    CatalogCorrupt,
    CatalogError,
    CatalogInvalid,
    check_document,
    load_catalog,
    parse_document,
    read_document,
    validate_document,
)
from kiosk.store import open_store
from kiosk.store.catalog_versions import active_version as active_catalog_version
from kiosk.store.catalog_versions import apply_catalog, load_active_catalog
from kiosk.tools.catalog_gen import generate
from kiosk.tools.cli import main as tools_cli


@cache
def _demo_text() -> str:
    return DEMO_CATALOG_PATH.read_text(encoding="utf-8")


def demo_doc() -> dict[str, Any]:
    return copy.deepcopy(json.loads(_demo_text()))


def index_of(doc: dict[str, Any], zh: str) -> int:
    return next(i for i, m in enumerate(doc["matters"]) if m["name"]["zh_CN"] == zh)


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "kiosk.db")
    yield store
    store.conn.close()


def rows(db) -> list[tuple[str, int]]:
    return [
        tuple(r) for r in db.conn.execute("SELECT version, active FROM catalog_versions ORDER BY version")
    ]


def errors_of(doc: Any) -> list[tuple[str, str, str]]:
    with pytest.raises(CatalogInvalid) as info:
        validate_document(doc)
    return [(p.kind, p.path, p.message) for p in info.value.errors]


# --------------------------------------------------------------------------- the demo catalog


def test_demo_catalog_is_valid_and_complete():
    catalog = load_catalog(DEMO_CATALOG_PATH)
    assert len(catalog.matters) >= 40
    assert len(catalog.bundles) >= 4
    names = {b.name.zh_CN for b in catalog.bundles}
    assert {"新生儿出生一件事", "退休一件事", "身后一件事", "残疾人服务一件事"} <= names
    for b in catalog.bundles:
        assert len(b.matters) >= 2
        for code in b.matters:
            assert catalog.matter(code) is not None, (b.code, code)
    for m in catalog.matters:
        assert m.name.en and m.summary is not None and m.summary.en, m.name.zh_CN
        if m.terminal_handling and m.kind is not MatterKind.CERTIFICATION:
            assert m.form is not None, f"{m.name.zh_CN} is handled at the terminal but has no form"
            prefills = {f.prefill for f in m.form.fields if f.prefill}
            assert "idcard.id_number" in prefills or "idcard.name" in prefills, m.name.zh_CN
        if not m.terminal_handling:
            assert m.where_to_go is not None and m.where_to_go.en, m.name.zh_CN


def test_demo_catalog_covers_the_township_matters():
    catalog = load_catalog()
    names = " ".join(m.name.zh_CN for m in catalog.matters)
    for expected in [
        "养老保险参保登记",
        "养老保险待遇申领",
        "注销登记",
        "资格认证",
        "社会保障卡",
        "失业登记",
        "就业登记",
        "医疗保险参保登记",
        "医疗保险费缴纳",
        "异地就医",
        "门诊慢特病",
        "医疗救助",
        "最低生活保障",
        "特困人员",
        "临时救助",
        "高龄津贴",
        "生活补贴和重度残疾人护理补贴",
        "残疾人证新办",
        "上门评残",
        "出生登记",
        "户口注销",
        "居民身份证",
        "居住证",
        "生育登记",
        "计划生育家庭奖励扶助",
        "育儿补贴",
        "危房改造",
        "宅基地",
        "耕地地力保护补贴",
        "优待证",
        "信息采集",
        "雨露计划",
        "个体工商户",
        "法律援助",
        "人民调解",
        "老年人优待证",
    ]:
        assert expected in names, expected


def test_demo_catalog_uses_deferral_commitment_and_elicences():
    catalog = load_catalog()
    materials = [mat for m in catalog.matters for mat in m.materials]
    assert sum(mat.deferrable for mat in materials) >= 5
    assert sum(mat.commitment_allowed for mat in materials) >= 5
    used = {t for mat in materials for t in mat.elicense_types}
    assert {
        "resident_id",
        "household_register",
        "social_security_card",
        "marriage_certificate",
        "disability_certificate",
    } <= used
    assert any(m.fees.charged for m in catalog.matters)
    assert sum(not m.terminal_handling for m in catalog.matters) >= 8
    assert sum(m.terminal_handling for m in catalog.matters) >= 30


def every_text(value: Any, path: str = "$"):
    if isinstance(value, dict):
        if "zh_CN" in value:
            yield path, value
        for k, v in value.items():
            yield from every_text(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from every_text(v, f"{path}[{i}]")


def test_demo_catalog_is_bilingual_everywhere():
    missing = [p for p, t in every_text(demo_doc()) if not t.get("en")]
    assert missing == []


# --------------------------------------------------------------------------- bad documents


def test_json_syntax_error_names_line_and_column(tmp_path: Path):
    f = tmp_path / "broken.json"
    f.write_text('{\n  "format": 1,\n  "version": \n}', encoding="utf-8")
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(f)
    (problem,) = info.value.errors
    assert problem.kind == "json" and "line 4" in problem.message
    assert str(f) in str(info.value)


def test_missing_file_and_non_object(tmp_path: Path):
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(tmp_path / "nope.json")
    assert info.value.errors[0].kind == "io"
    with pytest.raises(CatalogInvalid):
        parse_document("[1, 2]")
    with pytest.raises(CatalogInvalid):
        parse_document(b"\xff\xfe")


def test_every_schema_error_is_listed_with_its_path():
    doc = demo_doc()
    i = index_of(doc, "高龄津贴申领")
    doc["matters"][i]["basic_code"] = "123"
    doc["matters"][i]["materials"][0]["necessity"] = "maybe"
    del doc["matters"][i]["place"]
    doc["matters"][0]["terminal_handling"] = "yes"
    doc["bundles"][0]["colour"] = "red"
    errors = errors_of(doc)
    paths = {(kind, path) for kind, path, _ in errors}
    assert ("schema", f"$.matters[{i}].basic_code") in paths
    assert ("schema", f"$.matters[{i}].materials[0].necessity") in paths
    assert ("schema", f"$.matters[{i}]") in paths  # 'place' is a required property
    assert ("schema", "$.matters[0].terminal_handling") in paths
    assert ("schema", "$.bundles[0]") in paths
    assert any("'place' is a required property" in msg for _, _, msg in errors)
    assert any("colour" in msg for _, _, msg in errors)


def test_schema_conditionals_have_plain_messages():
    doc = demo_doc()
    i = index_of(doc, "居住证申领")
    del doc["matters"][i]["where_to_go"]
    j = index_of(doc, "领取养老金人员待遇资格认证")
    doc["matters"][j]["form"] = {"fields": [{"key": "x", "label": {"zh_CN": "x"}, "type": "text"}]}
    k = index_of(doc, "居民身份证申领、换领、补领")
    doc["matters"][k]["fees"]["items"] = []
    messages = {path: msg for _, path, msg in errors_of(doc)}
    assert "terminal_handling is false" in messages[f"$.matters[{i}]"]
    assert "certification matter has no form" in messages[f"$.matters[{j}]"]
    assert f"$.matters[{k}].fees.items" in messages


def test_semantic_errors_are_all_listed():
    doc = demo_doc()
    ms = doc["matters"]
    a = index_of(doc, "城乡居民基本养老保险参保登记")
    b = index_of(doc, "城乡居民基本养老保险待遇申领")
    c = index_of(doc, "临时救助申请")
    d = index_of(doc, "法律援助申请")
    e = index_of(doc, "社会保障卡挂失与解挂")
    f = index_of(doc, "残疾人证新办")
    ms[b]["code"] = ms[a]["code"]  # duplicate code
    ms[a]["category"] = "astrology"  # unknown category
    ms[c]["statutory_limit"] = {"value": 5, "unit": "working_day"}  # promised 10 > statutory 5
    for mat in ms[c]["materials"]:  # only required material deferrable
        if mat["necessity"] == "required":
            mat["deferrable"] = mat["code"] == "hardship_proof"
    ms[c]["materials"] = [m for m in ms[c]["materials"] if m["code"] == "hardship_proof"]
    del ms[d]["commitment"]  # 告知承诺 without notice text
    ms[d]["materials"][0]["elicense_types"] = ["hologram_id"]  # unknown e-licence
    del ms[e]["form"]  # terminal matter without form
    ms[f]["form"]["fields"][0]["validation"] = {"pattern": "([a-z"}  # bad regex
    doc["bundles"][0]["matters"].append("NOSUCHMATTER")
    doc["bundles"][1]["shared_fields"].append("nonexistent_field")
    errors = errors_of(doc)
    assert all(kind == "semantic" for kind, _, _ in errors), errors
    got = {(path, msg.split(" ")[0]) for _, path, msg in errors}
    expected_paths = {
        f"$.matters[{b}].code",
        f"$.matters[{a}].category",
        f"$.matters[{c}].promised_limit.value",
        f"$.matters[{c}].materials[0].deferrable",
        f"$.matters[{d}].materials[0].elicense_types[0]",
        f"$.matters[{e}].form",
        f"$.matters[{f}].form.fields[0].validation.pattern",
        f"$.bundles[0].matters[{len(doc['bundles'][0]['matters']) - 1}]",
        f"$.bundles[1].shared_fields[{len(doc['bundles'][1]['shared_fields']) - 1}]",
    }
    assert expected_paths <= {p for p, _ in got}, sorted(got)
    assert any(p.startswith(f"$.matters[{d}].materials") and "commitment" in m for _, p, m in errors)
    messages = " | ".join(m for _, _, m in errors)
    assert "duplicate matter code" in messages
    assert "longer than the statutory limit" in messages
    assert "容缺" in messages


def test_more_semantic_rules():
    doc = demo_doc()
    ms = doc["matters"]
    a = index_of(doc, "灵活就业人员参加企业职工基本养老保险登记")  # immediate
    ms[a]["promised_limit"] = {"value": 3}
    b = index_of(doc, "居住证申领")
    ms[b]["handling_forms"].append("self_service")  # not at the terminal but says self-service
    c = index_of(doc, "临时救助申请")
    fields = ms[c]["form"]["fields"]
    group = next(f for f in fields if f["type"] == "group")
    group["fields"].append(
        {"key": "inner", "label": {"zh_CN": "内"}, "type": "group", "fields": [group["fields"][0]]}
    )
    fields[0]["prefill"] = "idcard.birth_date"  # name field is text, birth date fills dates only
    fields.append(dict(fields[1]))  # duplicate key
    d = index_of(doc, "高龄津贴申领")
    sex = {
        "key": "sex",
        "label": {"zh_CN": "性别"},
        "type": "choice",
        "prefill": "idcard.sex",
        "validation": {
            "options": [{"value": "m", "label": {"zh_CN": "男"}}, {"value": "f", "label": {"zh_CN": "女"}}]
        },
    }
    ms[d]["form"]["fields"].append(sex)
    ms[d]["form"]["fields"].append(
        {"key": "n", "label": {"zh_CN": "数"}, "type": "number", "validation": {"min": 5, "max": 1}}
    )
    errors = errors_of(doc)
    messages = [f"{p}: {m}" for _, p, m in errors]
    joined = "\n".join(messages)
    assert f"$.matters[{a}].promised_limit.value: a 即办件" in joined
    assert f"$.matters[{b}].handling_forms" in joined
    assert "groups cannot be nested" in joined
    assert "idcard.birth_date cannot fill a 'text' field" in joined
    assert "duplicate field key" in joined
    assert "idcard.sex fills the values" in joined
    assert "min 5 is greater than max 1" in joined


def test_partially_bad_document_reports_schema_and_semantic_errors_together():
    doc = demo_doc()
    doc["matters"][3]["visits"] = -1  # schema
    doc["matters"][5]["category"] = "nowhere"  # semantic
    doc["bundles"][2]["matters"][0] = "NOSUCH"  # semantic
    errors = errors_of(doc)
    kinds = [k for k, _, _ in errors]
    assert kinds.count("schema") == 1 and kinds.count("semantic") == 2
    with pytest.raises(CatalogInvalid) as info:
        validate_document(doc, "demo")
    text = str(info.value)
    assert "3 errors" in text and "$.matters[3].visits" in text and "nowhere" in text
    assert "matter " in text  # the context names the matter


def test_generated_catalog_is_valid():
    doc = generate(150, seed=7)
    assert check_document(doc) == []
    catalog = Catalog.from_dict(doc)
    assert len(catalog.matters) == 150 and catalog.bundles
    assert generate(150, seed=7) == doc


# --------------------------------------------------------------------------- the store


def test_apply_and_load_the_active_catalog(db):
    assert load_active_catalog(db) is None and active_catalog_version(db) is None
    result = apply_catalog(db, DEMO_CATALOG_PATH)
    assert result.previous_version is None and not result.reactivated
    assert result.matters >= 40
    assert rows(db) == [("2026.11.2", 1)]
    loaded = load_active_catalog(db)
    assert loaded == load_catalog()
    assert load_active_catalog(db, revalidate=False) == loaded
    import hashlib

    assert result.sha256 == hashlib.sha256(DEMO_CATALOG_PATH.read_bytes()).hexdigest()


def test_a_new_version_replaces_the_old_one(db):
    apply_catalog(db, DEMO_CATALOG_PATH)
    doc = demo_doc()
    doc["version"] = "2026.12.1"
    doc["matters"] = doc["matters"][:10]
    doc["bundles"] = []
    doc["suggestions"] = []
    result = apply_catalog(db, doc)
    assert result.previous_version == "2026.11.2" and result.matters == 10
    assert rows(db) == [("2026.11.2", 0), ("2026.12.1", 1)]
    catalog = load_active_catalog(db)
    assert catalog is not None and catalog.version == "2026.12.1" and len(catalog.matters) == 10
    # rolling back to the old version: same content, simply active again
    again = apply_catalog(db, DEMO_CATALOG_PATH)
    assert again.reactivated and again.previous_version == "2026.12.1"
    assert rows(db) == [("2026.11.2", 1), ("2026.12.1", 0)]


def test_invalid_import_changes_nothing(db):
    apply_catalog(db, DEMO_CATALOG_PATH)
    before = db.conn.execute("SELECT * FROM catalog_versions").fetchall()
    doc = demo_doc()
    doc["version"] = "2027.1"
    doc["matters"][0]["category"] = "nope"
    doc["matters"][1]["type"] = "magic"
    with pytest.raises(CatalogInvalid) as info:
        apply_catalog(db, doc)
    assert len(info.value.errors) == 2
    assert db.conn.execute("SELECT * FROM catalog_versions").fetchall() == before
    assert active_catalog_version(db) == "2026.11.2"


def test_same_version_with_different_content_is_refused(db):
    apply_catalog(db, DEMO_CATALOG_PATH)
    doc = demo_doc()
    doc["matters"] = doc["matters"][:5]
    doc["bundles"] = []
    doc["suggestions"] = []
    with pytest.raises(CatalogInvalid, match="already imported with different content"):
        apply_catalog(db, doc)
    assert rows(db) == [("2026.11.2", 1)]
    assert not db.conn.in_transaction


def test_a_database_failure_mid_import_keeps_the_old_version(db):
    apply_catalog(db, DEMO_CATALOG_PATH)
    db.conn.execute(
        "CREATE TRIGGER fail_insert BEFORE INSERT ON catalog_versions "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    doc = demo_doc()
    doc["version"] = "2026.12.9"
    with pytest.raises(sqlite3.DatabaseError, match="disk full"):
        apply_catalog(db, doc)
    assert rows(db) == [("2026.11.2", 1)]  # the deactivation of the old row was rolled back too
    assert not db.conn.in_transaction
    assert load_active_catalog(db) is not None


def test_apply_refuses_to_run_inside_someone_elses_transaction(db):
    db.conn.execute("BEGIN")
    with pytest.raises(CatalogError):
        apply_catalog(db, DEMO_CATALOG_PATH)
    db.conn.execute("ROLLBACK")
    assert rows(db) == []


def test_import_survives_reopening_the_database(tmp_path: Path):
    path = tmp_path / "k.db"
    store = open_store(path)
    apply_catalog(store, DEMO_CATALOG_PATH)
    store.conn.close()
    store = open_store(path)
    try:
        catalog = load_active_catalog(store)
        assert catalog is not None and catalog.version == "2026.11.2"
    finally:
        store.conn.close()


def test_damaged_stored_document_gives_a_clear_error(db):
    apply_catalog(db, DEMO_CATALOG_PATH)
    db.conn.execute("UPDATE catalog_versions SET document = substr(document, 1, 5000)")
    for revalidate in (True, False):
        with pytest.raises(CatalogCorrupt, match="does not match its recorded SHA-256") as info:
            load_active_catalog(db, revalidate=revalidate)
        assert info.value.version == "2026.11.2"


def test_stored_document_that_is_no_longer_valid(db):
    import hashlib

    apply_catalog(db, DEMO_CATALOG_PATH)
    cases = [
        ("{not json", "cannot be read", "invalid JSON at line 1"),
        (
            json.dumps({"format": 1, "version": "2026.11.2"}),
            "no longer a valid catalog",
            "'matters' is a required property",
        ),
    ]
    for text, headline, detail in cases:
        sha = hashlib.sha256(text.encode()).hexdigest()
        db.conn.execute("UPDATE catalog_versions SET document = ?, sha256 = ?", (text, sha))
        with pytest.raises(CatalogCorrupt) as info:
            load_active_catalog(db)
        assert headline in str(info.value) and detail in str(info.value)
        assert info.value.errors and info.value.version == "2026.11.2"
    with pytest.raises(CatalogCorrupt, match="cannot be read by this software version"):
        load_active_catalog(db, revalidate=False)


def test_two_active_rows_are_reported(db):
    apply_catalog(db, DEMO_CATALOG_PATH)
    db.conn.execute(
        "INSERT INTO catalog_versions (version, imported_at, sha256, document, active) "
        "VALUES ('x', 0, '', '', 1)"
    )
    with pytest.raises(CatalogCorrupt, match="2 catalog versions are marked active"):
        load_active_catalog(db)


# --------------------------------------------------------------------------- command line


def test_cli_validate_good_and_bad(tmp_path: Path, capsys):
    assert cli(["catalog", "validate", str(DEMO_CATALOG_PATH)]) == 0
    assert "OK" in capsys.readouterr().out
    doc = demo_doc()
    doc["matters"][0]["category"] = "nope"
    doc["matters"][1]["visits"] = "twice"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli(["catalog", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "2 errors" in err and "$.matters[0].category" in err and "$.matters[1].visits" in err


def test_cli_import_and_search(tmp_path: Path, capsys):
    dbfile = tmp_path / "k.db"
    assert cli(["catalog", "import", str(DEMO_CATALOG_PATH), "--db", str(dbfile)]) == 0
    assert "imported catalog version 2026.11.2" in capsys.readouterr().out
    assert cli(["catalog", "import", str(DEMO_CATALOG_PATH), "--db", str(dbfile)]) == 0
    assert "already active" in capsys.readouterr().out
    assert cli(["catalog", "search", "低保", "--db", str(dbfile), "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("ALIAS") and "最低生活保障审核确认" in out
    assert cli(["catalog", "search", "ylbx", "--locale", "en"]) == 0
    assert "pension" in capsys.readouterr().out.lower()
    assert cli(["catalog", "search", "qqqqzzzz"]) == 0
    assert "no results" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert cli(["catalog", "import", str(bad), "--db", str(dbfile)]) == 1
    assert "active catalog is unchanged" in capsys.readouterr().err


def test_cli_generate(tmp_path: Path, capsys):
    out = tmp_path / "gen.json"
    assert tools_cli(["generate-catalog", "60", "--seed", "3", "-o", str(out)]) == 0
    assert check_document(read_document(out)) == []


def test_cli_import_defaults_to_the_configured_store(tmp_path: Path, monkeypatch, capsys):
    config = tmp_path / "kiosk.toml"
    config.write_text('data_dir = "data"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    assert cli(["catalog", "import", str(DEMO_CATALOG_PATH)]) == 0
    assert str(tmp_path / "data" / "kiosk.db") in capsys.readouterr().out
    store = open_store(tmp_path / "data" / "kiosk.db")
    try:
        assert active_catalog_version(store) == "2026.11.2"
    finally:
        store.conn.close()


def _nodes(value: Any, path: tuple = ()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _nodes(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _nodes(v, (*path, i))


@pytest.mark.slow  # hundreds of damaged documents, ~5 CPU-s
def test_validation_never_crashes_on_damaged_documents():
    import random

    rng = random.Random(2026)
    base = demo_doc()
    base["matters"] = base["matters"][:: len(base["matters"]) // 8]  # a few matters of every kind: fast
    paths = [p for p in _nodes(base) if p]
    junk = [None, 0, -1, 3.5, "", "x", [], {}, [1, "a"], {"zh_CN": 5}, True]
    for _ in range(120):
        doc = copy.deepcopy(base)
        for path in rng.sample(paths, 3):
            node = doc
            try:
                for part in path[:-1]:
                    node = node[part]
                node[path[-1]] = rng.choice(junk)
            except (KeyError, IndexError, TypeError):
                continue  # an earlier change removed this branch
        problems = check_document(doc)  # must not raise
        assert all(p.path.startswith("$") for p in problems)


def test_a_file_checked_once_is_checked_again_when_its_bytes_change(db, tmp_path: Path):
    # Identical bytes are checked once per process; an edit at the same path is checked in full.
    path = tmp_path / "catalog.json"
    path.write_text(_demo_text(), encoding="utf-8")
    apply_catalog(db, path)
    apply_catalog(db, path)  # the same bytes again: reactivated, not refused
    doc = demo_doc()
    doc["version"] = "2027.1"
    doc["matters"][0]["category"] = "nope"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogInvalid) as info:
        apply_catalog(db, path)
    assert [e.path for e in info.value.errors] == ["$.matters[0].category"]
    assert active_catalog_version(db) == "2026.11.2"
