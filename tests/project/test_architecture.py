"""The tree shows the pipeline: one package per stage, dependencies one way, no import circle.

The rule (docs/architecture.md): `timeline` < `alerts` < the monitor's top modules (`config`,
`errors`, `clock`) < `model` < `storage` < `ingest` < `judgement` < `alerting` < `running` <
`app` < `cli`. A module may import its own layer and the layers before it, never a later one,
and no chain of imports may lead back to where it started. Imports inside functions and under
`TYPE_CHECKING` count: a backward import is backward wherever it sits.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("timeline", "alerts", "monitor")
LAYERS = (
    ("timeline",),
    ("alerts",),
    (
        "monitor",
        "monitor.config",
        "monitor.errors",
        "monitor.clock",
        "monitor.faults",
        "monitor.config_schema",
        "monitor.config_check",
    ),
    ("monitor.model",),
    ("monitor.storage",),
    ("monitor.ingest",),
    ("monitor.judgement",),
    ("monitor.alerting",),
    ("monitor.running",),
    ("monitor.facade",),  # the parts of the facade, as mixins
    ("monitor.app",),
    ("monitor.cli", "monitor.desk"),  # the presentation layers: the CLI and the review desk
)
TOP_MODULES = {
    "__init__.py",
    "app.py",
    "config.py",
    "config_schema.py",
    "config_check.py",
    "errors.py",
    "clock.py",
    "faults.py",
    "py.typed",
}


def module_names(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Every module of the packages, by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, known: Mapping[str, Path]) -> set[str]:
    """The known modules `name` imports; `from pkg import sub` counts as importing `pkg.sub`."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(), filename=str(path))
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in known else base)
    resolved = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def layer_of(module: str) -> int:
    """The layer of a module: the longest listed prefix decides."""
    best, rank = -1, -1
    for index, names in enumerate(LAYERS):
        for prefix in names:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    if rank < 0:
        raise AssertionError(f"{module} is in no layer: add its package to LAYERS")
    return rank


def import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    known = module_names(root, packages)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def backward_imports(graph: Mapping[str, set[str]]) -> list[str]:
    return sorted(
        f"{source} imports {target} (a later layer)"
        for source, targets in graph.items()
        for target in targets
        if layer_of(target) > layer_of(source)
    )


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Circles of imports (Tarjan's strongly connected components with more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_a_later_layer() -> None:
    assert backward_imports(import_graph(ROOT, PACKAGES)) == []


def test_no_import_circle() -> None:
    assert cycles(import_graph(ROOT, PACKAGES)) == []


def test_only_the_composition_root_configuration_errors_and_clock_sit_at_the_top() -> None:
    loose = {p.name for p in (ROOT / "monitor").iterdir() if p.is_file()} - TOP_MODULES
    assert loose == set()


def test_every_package_says_its_job() -> None:
    for init in sorted(ROOT.glob("*/**/__init__.py")):
        if init.parts[len(ROOT.parts)] not in PACKAGES or "migrations" in init.parts:
            continue
        doc = ast.get_docstring(ast.parse(init.read_text())) or ""
        assert len(doc) > 40, init
        assert "Placeholder" not in doc, init


def test_the_architecture_page_names_every_stage_package() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text()
    for package in sorted(p for p in (ROOT / "monitor").iterdir() if (p / "__init__.py").is_file()):
        assert f"monitor/{package.name}/" in page, package.name


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A miniature of the layout: a storage module and an ingest module."""
    for folder in ("monitor", "monitor/storage", "monitor/ingest"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "__init__.py").write_text('"""A room."""\n')
    (tmp_path / "monitor" / "storage" / "rows.py").write_text("import json\n")
    (tmp_path / "monitor" / "ingest" / "poll.py").write_text("from monitor.storage import rows\n")
    return tmp_path


def test_the_check_finds_a_backward_import(tree: Path) -> None:
    assert backward_imports(import_graph(tree, ["monitor"])) == []
    (tree / "monitor" / "storage" / "rows.py").write_text(
        "def later():\n    from monitor.ingest.poll import x\n"
    )
    assert backward_imports(import_graph(tree, ["monitor"])) == [
        "monitor.storage.rows imports monitor.ingest.poll (a later layer)"
    ]


def test_the_check_finds_a_circle_within_a_layer(tree: Path) -> None:
    assert cycles(import_graph(tree, ["monitor"])) == []
    (tree / "monitor" / "ingest" / "fetch.py").write_text("from . import poll\n")
    (tree / "monitor" / "ingest" / "poll.py").write_text("from monitor.ingest.fetch import get\n")
    assert cycles(import_graph(tree, ["monitor"])) == [
        ["monitor.ingest.fetch", "monitor.ingest.poll"]
    ]
