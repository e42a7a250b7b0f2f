"""The layers hold: every module's imports, read from its syntax tree (module level, ``if TYPE_CHECKING:``
blocks and imports inside functions alike), are checked against the rules of the architecture, and no
file reads outside the repository.

Rules (see docs/ARCHITECTURE.md):

* ``kiosk.core`` imports no Qt, ``devices``, ``sync``, ``kiosk.store`` or ``kiosk.ui``;
* ``devices`` imports no ``kiosk``, ``sync`` or Qt;
* Qt (PySide6, shiboken6) only under ``kiosk.ui`` and ``kiosk.tools``;
* the product (``kiosk``, ``devices``, ``sync``) never imports ``kiosk.tools`` (tests and benches may);
* ``sync`` imports no Qt and no ``kiosk.ui``; ``sync.platform`` imports nothing of ``kiosk`` or
  ``devices`` and of the rest of ``sync`` only the shared protocol (``sync.protocol``, ``sync.sealing``);
  nothing of the terminal imports ``sync.platform`` (the terminal is installed without its extra);
* no import cycle between the product's modules (module-level imports, ``TYPE_CHECKING`` ones included:
  a cycle for the type checker is still a cycle for the reader);
* no file climbs above the repository with ``Path(__file__).parents[N]`` / ``.parent`` chains, or names a
  ``shared`` folder beside the checkout (``SHARED_UP``) or a ``"shared"`` path.

Each rule is a function over a tree of sources, run on the repository and, to show that it bites, on a
small synthetic tree that breaks it.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SELF = Path(__file__).resolve().relative_to(REPO)  # left out of the outside-read scan of any tree
PRODUCT = ("kiosk", "devices", "sync")
SCANNED = (*PRODUCT, "tests", "bench", "scripts", "packaging", "assets")
QT = ("PySide6", "shiboken6")
SHARED_PROTOCOL = ("sync.protocol", "sync.sealing")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (dotted, absolute)
    line: int
    when: str  # "module", "type_checking" or "lazy" (inside a function)

    def __str__(self) -> str:
        where = "" if self.when == "module" else f" ({self.when})"
        return f"{self.source}:{self.line} imports {self.target}{where}"


# The team's reading folder beside the checkout, spelled in parts so that a plain text search for paths
# leaving the repository (the before-stop hook's) finds real reads, not this checker's own pattern.
SHARED_UP = "/".join(("..", "shared"))

def module_files(root: Path, packages: tuple[str, ...] = PRODUCT) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` under the given top-level folders."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, when: str) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, when
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _walk(child, "lazy")
        elif isinstance(child, ast.If) and _is_type_checking(child.test) and when == "module":
            for stmt in child.body:
                yield from _walk(ast.Module(body=[stmt], type_ignores=[]), "type_checking")
            for stmt in child.orelse:
                yield from _walk(ast.Module(body=[stmt], type_ignores=[]), when)
        else:
            yield from _walk(child, when)


def imports_of(module: str, path: Path, known: dict[str, Path]) -> list[Import]:
    """Every import in the file, resolved to the module it names (``from a import b`` is ``a.b`` when
    that is a module, else ``a``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[Import] = []
    for node, when in _walk(tree, "module"):
        if isinstance(node, ast.Import):
            out += [Import(module, alias.name, node.lineno, when) for alias in node.names]
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            candidate = f"{base}.{alias.name}"
            out.append(Import(module, candidate if candidate in known else base, node.lineno, when))
    return out


@functools.cache
def all_imports(root: Path, packages: tuple[str, ...] = PRODUCT) -> list[Import]:
    """Every import of every module under ``root`` (parsed once per tree: each rule reads them)."""
    known = module_files(root, packages)
    return [imp for module, path in known.items() for imp in imports_of(module, path, known)]


def _under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _forbid(
    imports: list[Import], sources: Callable[[str], bool], targets: Callable[[str], bool]
) -> list[str]:
    return [str(i) for i in imports if sources(i.source) and targets(i.target)]


def core_is_pure(root: Path) -> list[str]:
    return _forbid(
        all_imports(root),
        lambda s: _under(s, "kiosk.core"),
        lambda t: _under(t, *QT, "devices", "sync", "kiosk.store", "kiosk.ui"),
    )


def devices_stand_alone(root: Path) -> list[str]:
    return _forbid(
        all_imports(root), lambda s: _under(s, "devices"), lambda t: _under(t, *QT, "kiosk", "sync")
    )


def qt_only_in_ui_and_tools(root: Path) -> list[str]:
    return _forbid(
        all_imports(root), lambda s: not _under(s, "kiosk.ui", "kiosk.tools"), lambda t: _under(t, *QT)
    )


def tools_out_of_the_product(root: Path) -> list[str]:
    return _forbid(
        all_imports(root), lambda s: not _under(s, "kiosk.tools"), lambda t: _under(t, "kiosk.tools")
    )


def sync_has_no_ui(root: Path) -> list[str]:
    return _forbid(all_imports(root), lambda s: _under(s, "sync"), lambda t: _under(t, *QT, "kiosk.ui"))


def platform_stands_apart(root: Path) -> list[str]:
    """The reference platform shares only the protocol with the terminal, in both directions."""
    imports = all_imports(root)
    outward = _forbid(
        imports,
        lambda s: _under(s, "sync.platform"),
        lambda t: (
            _under(t, "kiosk", "devices", "sync")
            and not _under(t, "sync.platform", *SHARED_PROTOCOL)
            and t != "sync"
        ),
    )
    inward = _forbid(
        imports,
        lambda s: not _under(s, "sync.platform", "kiosk.tools"),
        lambda t: _under(t, "sync.platform"),
    )
    return outward + inward


def import_cycles(root: Path) -> list[str]:
    """Each cycle among module-level imports (``TYPE_CHECKING`` included) as its path ``a -> b -> a``."""
    known = module_files(root)
    graph: dict[str, set[str]] = {m: set() for m in known}
    for imp in all_imports(root):
        if imp.when != "lazy" and imp.target in known and imp.target != imp.source:
            graph[imp.source].add(imp.target)
    cycles: list[str] = []
    for component in _strongly_connected(graph):
        if len(component) > 1:
            cycles.append(" -> ".join(_cycle_through(graph, component)))
    return sorted(cycles)


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (the module graph is deep enough to matter for recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component: set[str] = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    result.append(component)
    return result


def _cycle_through(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest cycle from the component's first module back to itself (breadth-first)."""
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in sorted(graph[node] & component):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if nxt not in came_from:
                    came_from[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"no cycle through {start}")  # a strongly connected component always has one


def _file_level(node: ast.expr, names: dict[str, int]) -> int | None:
    """How many levels above the source file an expression built from ``__file__`` points (the file
    itself is 0, its folder 1); None when it is not such a path."""
    if isinstance(node, ast.Name):
        return 0 if node.id == "__file__" else names.get(node.id)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "Path" and len(node.args) == 1:
            return _file_level(node.args[0], names)
        if isinstance(func, ast.Attribute) and func.attr in ("resolve", "absolute"):
            return _file_level(func.value, names)
        return None
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        level = _file_level(node.value, names)
        return None if level is None else level + 1
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
        if node.value.attr == "parents" and isinstance(node.slice, ast.Constant):
            level = _file_level(node.value.value, names)
            if level is not None and isinstance(node.slice.value, int):
                return level + node.slice.value + 1
    return None


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def reads_outside(root: Path, folders: tuple[str, ...] = SCANNED) -> list[str]:
    """Paths that climb above ``root`` from a source file, and paths into a ``shared`` folder beside it.
    This file is left out: its synthetic trees break the rule on purpose."""
    found: list[str] = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            if "__pycache__" in path.parts or path.relative_to(root) == SELF:
                continue
            rel = path.relative_to(root)
            root_level = len(rel.parts)  # Path(__file__) climbed this many levels is the repository
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            docstrings = _docstrings(tree)
            names: dict[str, int] = {}
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                    level = _file_level(node.value, names)
                    if isinstance(target, ast.Name) and level is not None:
                        names[target.id] = level
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute | ast.Subscript):
                    level = _file_level(node, names)
                    if level is not None and level > root_level:
                        found.append(f"{rel}:{node.lineno}: climbs {level - root_level} above the repository")
                elif (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in docstrings
                ):
                    if SHARED_UP in node.value or node.value.strip("/") == "shared":
                        found.append(f"{rel}:{node.lineno}: names a shared folder outside: {node.value!r}")
    return sorted(set(found))


RULES: dict[str, Callable[[Path], list[str]]] = {
    "core_is_pure": core_is_pure,
    "devices_stand_alone": devices_stand_alone,
    "qt_only_in_ui_and_tools": qt_only_in_ui_and_tools,
    "tools_out_of_the_product": tools_out_of_the_product,
    "sync_has_no_ui": sync_has_no_ui,
    "platform_stands_apart": platform_stands_apart,
    "import_cycles": import_cycles,
    "reads_outside": reads_outside,
}


@pytest.mark.parametrize("rule", RULES)
def test_the_repository_keeps_the_rule(rule: str) -> None:
    assert RULES[rule](REPO) == []


# -- each rule bites: a synthetic tree that breaks it -------------------------------------------------


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for package in PRODUCT:
        (root / package).mkdir(exist_ok=True)
        (root / package / "__init__.py").touch()
    return root


CLEAN = {
    "kiosk/core/__init__.py": "",
    "kiosk/core/model.py": "import json\nfrom kiosk.core import rules\n",
    "kiosk/core/rules.py": "from __future__ import annotations\n",
    "kiosk/ui/__init__.py": "",
    "kiosk/ui/view.py": "from PySide6.QtCore import QObject\nfrom kiosk.core.model import json\n",
    "kiosk/tools/__init__.py": "",
    "kiosk/tools/shots.py": (
        "from PySide6.QtGui import QImage\ndef go():\n    from sync.platform import app\n"
    ),
    "devices/__init__.py": "",
    "devices/reader.py": "import serial\nfrom devices import base\n",
    "devices/base.py": "",
    "sync/platform/__init__.py": "",
    "sync/platform/app.py": "from sync.protocol import models\nfrom sync import sealing\nimport fastapi\n",
    "sync/protocol/__init__.py": "",
    "sync/protocol/models.py": "",
    "sync/sealing.py": "",
    "sync/engine.py": "from sync.protocol.models import x\nfrom kiosk.core import model\n",
    "tests/test_x.py": (
        "from pathlib import Path\nHERE = Path(__file__).resolve().parent\nROOT = HERE.parents[0]\n"
    ),
}

BROKEN: dict[str, dict[str, str]] = {
    "core_is_pure": {"kiosk/core/rules.py": "def f():\n    from kiosk.store import db\n"},
    "devices_stand_alone": {"devices/base.py": "if True:\n    from kiosk.config import load\n"},
    "qt_only_in_ui_and_tools": {"sync/engine.py": "from PySide6 import QtCore\n"},
    "tools_out_of_the_product": {"kiosk/cli.py": "def main():\n    from kiosk.tools.shots import go\n"},
    "sync_has_no_ui": {
        "sync/engine.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from kiosk.ui.view import QObject\n"
    },
    "platform_stands_apart": {"sync/platform/app.py": "from sync import engine\n"},
    "import_cycles": {
        "kiosk/core/rules.py": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .model import json\n"
        )
    },
    "reads_outside": {
        "tests/test_x.py": "from pathlib import Path\nHERE = Path(__file__).resolve().parent\n"
        "ROOT = HERE.parents[1]\nDATA = ROOT / 'x'\n"
    },
}


def test_a_clean_synthetic_tree_passes_every_rule(tmp_path: Path) -> None:
    root = write_tree(tmp_path, CLEAN)
    assert {rule: check(root) for rule, check in RULES.items()} == {rule: [] for rule in RULES}


@pytest.mark.parametrize("rule", RULES)
def test_each_rule_catches_its_violation(rule: str, tmp_path: Path) -> None:
    root = write_tree(tmp_path, {**CLEAN, **BROKEN[rule]})
    caught = {name: check(root) for name, check in RULES.items()}
    assert caught[rule] != [], f"{rule} missed its violation"


def test_violations_name_the_place_and_the_path(tmp_path: Path) -> None:
    lazy_store = {"kiosk/core/session.py": "import json\n\n\ndef f():\n    from kiosk.store import db\n"}
    root = write_tree(tmp_path, {**CLEAN, **BROKEN["import_cycles"], **lazy_store})
    assert core_is_pure(root) == ["kiosk.core.session:5 imports kiosk.store (lazy)"]
    assert import_cycles(root) == ["kiosk.core.model -> kiosk.core.rules -> kiosk.core.model"]


def test_the_terminal_reaching_into_the_platform_is_caught(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {**CLEAN, "kiosk/ui/view.py": "def f():\n    import sync.platform.app\n"})
    assert platform_stands_apart(root) == ["kiosk.ui.view:2 imports sync.platform.app (lazy)"]


@pytest.mark.parametrize(
    "source",
    [
        "from pathlib import Path\nX = Path(__file__).parents[2] / 'x'\n",
        "import os\nfrom pathlib import Path\nX = Path(__file__).parent.parent.parent\n",
        f"X = '{SHARED_UP}/testdata/frames.txt'\n",
        "from pathlib import Path\nX = Path('/data') / 'shared' / 'reference'\n",
    ],
)
def test_climbing_out_or_naming_shared_is_caught(source: str, tmp_path: Path) -> None:
    root = write_tree(tmp_path, {**CLEAN, "tests/test_x.py": source})
    assert reads_outside(root) != []
    docstring_only = f'"""Reads {SHARED_UP}/ no more."""\n'
    assert reads_outside(write_tree(tmp_path, {"tests/test_x.py": docstring_only})) == []
