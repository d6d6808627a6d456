"""The package's layout rules, read from the source: imports flow one way, downward.

The layers, bottom to top (docs/architecture.md): ``errors``; the leaf
modules ``units`` and ``style``; ``geometry``; ``sources``; ``claims``;
``scenario``; ``io``; ``web`` and ``figure``; ``jobs``; and the command line
(``cli`` and the package's lazy ``__init__``, then ``console`` and
``__main__``, which start it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "geozone"

RANK = {
    "errors": -1,
    "units": 0,
    "style": 0,
    "geometry": 1,
    "sources": 2,
    "claims": 3,
    "scenario": 4,
    "io": 5,
    "web": 6,
    "figure": 6,
    "jobs": 7,
    "cli": 8,
    "__init__": 7.5,
    "console": 9,
    "__main__": 10,
}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _unit(path: Path) -> str:
    """The layer a file belongs to: its top-level package or module under geozone/."""
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[str]:
    """The geozone units a file imports (relative imports resolved), at any depth of the file."""
    rel = path.relative_to(PACKAGE)
    package = list(rel.parts[:-1])
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = [*base, *(node.module.split(".") if node.module else [])]
                if not target:  # from . import x (at the top level)
                    target = [node.names[0].name]
            elif node.module and node.module.split(".")[0] == "geozone":
                target = node.module.split(".")[1:]
            else:
                continue
            unit = target[0] if target else "__init__"
            out.append("__init__" if unit == "__version__" else unit)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "geozone" and len(parts) > 1:
                    out.append(parts[1])
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_downward(path):
    unit = _unit(path)
    assert unit in RANK, f"{unit} is not placed in a layer: add it to RANK and the docs"
    for target in _imports(path):
        assert target in RANK, f"{path.name} imports unknown unit {target}"
        if target == unit:
            continue
        assert RANK[target] < RANK[unit], (
            f"{path.relative_to(PACKAGE)} ({unit}) imports {target}, a layer above or beside it"
        )


def test_the_geometry_core_imports_nothing_else_of_geozone():
    for path in (PACKAGE / "geometry").rglob("*.py"):
        assert set(_imports(path)) <= {"geometry"}, path.name


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_opens_with_a_one_line_docstring(path):
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False)
    assert doc, f"{path.relative_to(PACKAGE)} has no docstring"
    assert doc.split("\n")[0].strip().endswith("."), "the first line is a sentence of its own"


def test_library_messages_name_no_command_line_flag():
    """Only the CLI writes flags: the library names parameters as ``name=value``."""
    flag = re.compile(r"""["'][^"'\n]*(?<![\w-])--[a-z][a-z-]+""")
    for path in _modules():
        if _unit(path) in ("cli", "console"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(r"raise |Error\(|warn\(|problems\.add\(", code):
                assert not flag.search(code), f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"


def test_no_reference_to_files_outside_the_repository():
    root = PACKAGE.parent
    texts = [p for p in [*_modules(), *root.glob("*.md"), *(root / "docs").glob("*.md")]]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert "DESIGN.md" not in text and "../shared" not in text, path
