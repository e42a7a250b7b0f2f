"""Every word the console and the public status page show has an English entry, found by reading the
sources: Chinese text in a template outside ``_()``, a Chinese literal in the code (a dict of state
names, an error message) without an entry, an f-string gluing Chinese to values, or a translation whose
placeholders differ from its source all fail here, with the file and line. Also: the language a
request gets (cookie, Accept-Language) and the date formats."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from pathlib import Path

import pytest
from jinja2 import Environment

from sync.platform.console import i18n

REPO = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
CONSOLE = REPO / "sync/platform/console"
TEMPLATES = CONSOLE / "templates"
#: the code whose words reach a page (not the command line, which speaks to operators in English, nor
#: the mechanism, whose only words are the languages named in themselves)
CODE = [
    *sorted(p for p in CONSOLE.glob("*.py") if p.name not in ("cli.py", "i18n.py")),
    REPO / "sync/platform/status_view.py",
]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def template_strings(path: Path) -> tuple[list[tuple[int, str]], list[str]]:
    """(line, source) of each ``_("…")``/``_n("…")`` in a template, and the faults: Chinese outside them."""
    found: list[tuple[int, str]] = []
    faults: list[str] = []
    tokens = [tuple(t) for t in Environment().lexer.tokenize(path.read_text(encoding="utf-8"))]
    for i, (line, kind, value) in enumerate(tokens):
        if kind == "data" and CJK.search(value):
            faults.append(f"{path.name}:{line}: Chinese outside _(): {str(value).strip()[:40]!r}")
        elif kind == "string" and CJK.search(value):
            called = (
                i >= 2
                and tokens[i - 1][1] == "lparen"
                and tokens[i - 2][1:] in (("name", "_"), ("name", "_n"))
            )
            if called:
                found.append((line, value))
            else:
                faults.append(f"{path.name}:{line}: Chinese literal not passed to _(): {str(value)[:40]!r}")
    return found, faults


def code_strings(path: Path) -> tuple[list[tuple[int, str]], list[str]]:
    """(line, literal) of each Chinese string constant in a module (docstrings aside), and the faults:
    f-strings with Chinese in them, which no catalog can translate."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    in_fstrings = {
        id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values
    }
    found: list[tuple[int, str]] = []
    faults: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and any(
            isinstance(p, ast.Constant) and CJK.search(str(p.value)) for p in node.values
        ):
            faults.append(f"{path.name}:{node.lineno}: an f-string with Chinese (use _() with placeholders)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and CJK.search(node.value)
            and id(node) not in docstrings
            and id(node) not in in_fstrings
        ):
            found.append((node.lineno, node.value))
    return found, faults


def all_sources() -> tuple[dict[str, str], list[str]]:
    """Every source string -> where it first appears, and every fault."""
    where: dict[str, str] = {}
    faults: list[str] = []
    for path in sorted(TEMPLATES.glob("*.html")):
        found, bad = template_strings(path)
        faults += bad
        for line, text in found:
            where.setdefault(text, f"{path.name}:{line}")
    for path in CODE:
        found, bad = code_strings(path)
        faults += bad
        for line, text in found:
            where.setdefault(text, f"{path.name}:{line}")
    return where, faults


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_console_word_has_an_english_entry():
    where, faults = all_sources()
    english = i18n.catalog("en")
    missing = [f"{spot}: {text!r}" for text, spot in sorted(where.items(), key=lambda kv: kv[1])
               if text not in english]  # fmt: skip
    assert not faults, "words no catalog can reach:\n" + "\n".join(faults)
    assert not missing, "no English entry in locales/en.toml for:\n" + "\n".join(missing)


def test_english_entries_keep_their_placeholders_and_are_english():
    wrong = []
    for source, entry in i18n.catalog("en").items():
        forms = [entry] if isinstance(entry, str) else list(entry.values())
        for form in forms:
            if placeholders(form) != placeholders(source):
                wrong.append(f"{source!r}: {form!r} has {placeholders(form)}, source {placeholders(source)}")
            if CJK.search(form):
                wrong.append(f"{source!r}: {form!r} still has Chinese in it")
    assert not wrong, "\n".join(wrong)


def test_no_english_entry_is_left_over_from_words_no_page_shows():
    where, _ = all_sources()
    unused = sorted(
        key for key in i18n.catalog("en") if key.partition("|")[2 if "|" in key else 0] not in where
    )
    assert not unused, "entries in locales/en.toml no template or code uses:\n" + "\n".join(unused)


def test_the_scanner_finds_what_it_must(tmp_path):
    """The checks above bite: glued Chinese, a bare literal and Chinese text in a page are all caught."""
    page = tmp_path / "page.html"
    page.write_text('<h1>办件</h1>{{ _("终端") }}{{ "是" if x }}', encoding="utf-8")
    found, faults = template_strings(page)
    assert found == [(1, "终端")]
    assert len(faults) == 2 and "办件" in faults[0] and "是" in faults[1]
    module = tmp_path / "m.py"
    module.write_text('"""文档。"""\nA = {"x": "名字"}\nB = f"{A}个"\n', encoding="utf-8")
    found, faults = code_strings(module)
    assert found == [(2, "名字")]
    assert len(faults) == 1 and "f-string" in faults[0]


@pytest.mark.parametrize(
    ("cookie", "header", "lang"),
    [
        (None, None, "zh-CN"),
        (None, "en-US,en;q=0.9", "en"),
        (None, "zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"),
        (None, "fr-FR,en;q=0.5,zh;q=0.4", "en"),
        (None, "zh-TW;q=0.3,en-GB;q=0.7", "en"),
        (None, "fr, de;q=0.5", "zh-CN"),
        (None, "en;q=oops,zh", "zh-CN"),
        ("en", "zh-CN", "en"),
        ("zh-CN", "en", "zh-CN"),
        ("klingon", "en", "en"),
    ],
)
def test_the_cookie_wins_then_accept_language_then_chinese(cookie, header, lang):
    assert i18n.choose(cookie, header) == lang


def test_dates_and_plurals_per_language():
    moment = dt.datetime(2026, 3, 9, 8, 5, tzinfo=dt.UTC).timestamp()
    en, zh = i18n.Words("en"), i18n.Words("zh-CN")
    assert en.when(moment, dt.UTC) == "9\u00a0Mar\u00a02026 08:05"  # the day itself never breaks
    assert zh.when(moment, dt.UTC) == "2026-03-09 08:05"
    assert (en.day("2026-12-01"), zh.day("2026-12-01")) == ("1\u00a0Dec\u00a02026", "2026-12-01")
    assert en.day("not a date") == "not a date"
    assert en.ngettext("（{n} 个呼叫）", 1, n=1).strip() == "(1 call)"
    assert en.ngettext("（{n} 个呼叫）", 3, n=3).strip() == "(3 calls)"
    assert zh.ngettext("（{n} 个呼叫）", 3, n=3) == "（3 个呼叫）"
    assert en.gettext("一句没有译文的话") == "一句没有译文的话"  # a missing entry falls back to the Chinese
    assert (en.gettext("终端"), en.gettext("终端", context="nav")) == ("Terminal", "Terminals")
    assert en.gettext("办件", context="nav") == "Applications"  # no entry for the context: the plain one


def test_a_broken_catalog_is_named(tmp_path, monkeypatch):
    (tmp_path / "en.toml").write_text('"办件" = 3\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALES", tmp_path)
    i18n.catalog.cache_clear()
    try:
        with pytest.raises(i18n.CatalogError, match="办件"):
            i18n.catalog("en")
    finally:
        i18n.catalog.cache_clear()
