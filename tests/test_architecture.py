"""The package's layers, held by folder rather than by lists of file names (issue 16).

Each folder of `goals/` is a layer and imports only the layers below it; the rules are
checked on every import in the source, lazy ones inside functions included, and followed
transitively, so a pure module cannot reach SQL or Streamlit through a neighbour.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

from tests.support.layers import LAYERS, readme_with_layout

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "goals"

SQL = {"sqlalchemy", "sqlmodel", "alembic", "psycopg"}
UI = {"streamlit"}
PURE_LAYERS = {"i18n", "domain", "io", "access", "mappings", "drafting", "editor", "views",
               "reports"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")
           if "migrations" not in p.parts}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@cache
def imports_of(module: str) -> frozenset[str]:
    """Every module `module` imports anywhere in its source (absolute names)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _executed_nodes(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            submodules = {f"{base}.{alias.name}" for alias in node.names} & set(MODULES)
            # `from package import module` loads that module (the package's own __init__
            # is an implicit parent, not an edge); `from module import name` loads module.
            found.update(submodules or {base})
    return frozenset(found)


def _executed_nodes(tree: ast.AST):
    """Every node that runs at some point: imports under `if TYPE_CHECKING:` never do."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            todo.extend(node.orelse)
        else:
            todo.extend(ast.iter_child_nodes(node))


def goals_imports(module: str) -> set[str]:
    return {name for name in imports_of(module) if name in MODULES and name != module}


def third_party_roots(module: str) -> set[str]:
    return {name.split(".")[0] for name in imports_of(module)} - {"goals"}


@cache
def reachable(module: str) -> frozenset[str]:
    """The goals modules `module` loads, directly or through others."""
    seen: set[str] = set()
    stack = [module]
    while stack:
        for name in goals_imports(stack.pop()):
            if name not in seen:
                seen.add(name)
                stack.append(name)
    return frozenset(seen)


def test_only_init_main_and_config_sit_directly_in_the_package():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "config.py"]


def test_every_folder_of_the_package_is_a_known_layer():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(LAYERS), folders - set(LAYERS)


def test_each_layer_imports_only_its_own_layer_and_those_below():
    wrong = []
    for module in MODULES:
        own = layer_of(module)
        if own == "__init__":
            continue
        for name in goals_imports(module):
            other = layer_of(name)
            if other != "__init__" and LAYERS[other] > LAYERS[own]:
                wrong.append(f"{module} ({own}) imports {name} ({other})")
    assert not wrong, "\n".join(wrong)


def test_only_the_services_call_the_store():
    wrong = [f"{module} imports {name}" for module in MODULES for name in goals_imports(module)
             if layer_of(name) == "store" and layer_of(module) not in {"store", "services"}]
    assert not wrong, "\n".join(wrong)


def test_sql_libraries_are_imported_only_in_the_store():
    wrong = [f"{module}: {third_party_roots(module) & SQL}" for module in MODULES
             if layer_of(module) != "store" and third_party_roots(module) & SQL]
    assert not wrong, "\n".join(wrong)


def test_streamlit_is_imported_only_in_the_ui():
    wrong = [module for module in MODULES
             if layer_of(module) != "ui" and third_party_roots(module) & UI]
    assert not wrong, wrong


def test_pure_layers_reach_neither_sql_nor_streamlit_through_any_import():
    wrong = []
    for module in MODULES:
        if layer_of(module) not in PURE_LAYERS:
            continue
        for name in {module} | reachable(module):
            leaked = third_party_roots(name) & (SQL | UI)
            if leaked:
                wrong.append(f"{module} loads {name}, which imports {leaked}")
    assert not wrong, "\n".join(wrong)


def test_the_domain_loads_no_sql_ui_or_yaml_library_in_a_fresh_interpreter():
    domain = sorted(m for m in MODULES if layer_of(m) == "domain")
    code = ("import sys\n" + "".join(f"import {m}\n" for m in domain) +
            "print(' '.join(sorted({n.split('.')[0] for n in sys.modules} & "
            "{'sqlalchemy', 'sqlmodel', 'streamlit', 'yaml', 'pandas', 'alembic'})))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.split()
    assert loaded == []


def test_there_are_no_import_cycles_lazy_imports_included():
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:   # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for name in goals_imports(module):
            if name not in index:
                visit(name)
                low[module] = min(low[module], low[name])
            elif name in on_stack:
                low[module] = min(low[module], index[name])
        if low[module] == index[module]:
            component = []
            while True:
                name = stack.pop()
                on_stack.discard(name)
                component.append(name)
                if name == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in MODULES:
        if module not in index:
            visit(module)
    assert not cycles, cycles


def test_nothing_in_the_package_reads_the_tests_folder():
    wrong = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                    node.value == "tests" or node.value.startswith("tests/")):
                wrong.append(f"{module}:{node.lineno}")
    wrong += [f"{m} imports {n}" for m in MODULES for n in imports_of(m)
              if n.split(".")[0] == "tests"]
    assert not wrong, wrong


def test_only_the_settings_read_the_environment():
    wrong = []
    for module, path in MODULES.items():
        if module == "goals.config":
            continue
        source = path.read_text(encoding="utf-8")
        if "os.environ" in source or "getenv(" in source:
            wrong.append(module)
    assert not wrong, wrong


def test_no_test_module_imports_another_test_module():
    """Shared data lives in tests/factories.py and conftest fixtures, so a test module can
    be read, moved or deleted on its own."""
    wrong = []
    for path in (ROOT / "tests").rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and any(
                    part.startswith("test_") for part in node.module.split(".")):
                wrong.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert not wrong, wrong


def test_the_readme_layout_section_is_written_from_the_tree():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_layout(readme), \
        "run `python -m tests.support.layers --write` and commit README.md"
