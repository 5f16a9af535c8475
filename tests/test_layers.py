"""The apps stand on floors and import only downwards (STYLE.md, "Apps that know
each other"):

- ``campaign``, the ground floor, imports none of the others;
- ``partners``, which owns the shared topics and cities, imports ``campaign``;
- ``stories`` and ``publications`` import ``campaign`` and ``partners``, never
  each other.

``config`` is the roof and may import anything. What a lower floor shows of an upper
one comes through ``campaign/registry.py``. Every import counts, including those
inside functions, and so does a model looked up by name in code
(``apps.get_model("stories", …)``); a lazy reference in a field (``"partners.City"``)
does not. Models never import services, and no module imports itself back through
others.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BELOW = {
    "campaign": set(),
    "partners": {"campaign"},
    "stories": {"campaign", "partners"},
    "publications": {"campaign", "partners"},
}


def python_files(app):
    return sorted((ROOT / app).rglob("*.py"))


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path):
    """(line, dotted name) of every module or name ``path`` imports, anywhere in
    the file; relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "get_model"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def violations(app, allowed):
    found = []
    for path in python_files(app):
        for line, name in imports(path):
            other = name.split(".")[0]
            if other in BELOW and other != app and other not in allowed:
                found.append(f"{path.relative_to(ROOT)}:{line} uses {name}")
    return found


@pytest.mark.parametrize("app", sorted(BELOW))
def test_app_imports_only_the_floors_below_it(app):
    assert violations(app, BELOW[app]) == []


def import_graph(apps):
    """Module name → the modules it imports, for the modules of ``apps``."""
    modules = {module_name(path): path for app in apps for path in python_files(app)}

    def known(name):
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    return {
        module: {known(name) for _line, name in imports(path)} & set(modules) - {module}
        for module, path in modules.items()
    }


def import_chain(start, goal, graph):
    """The shortest chain of imports from ``start`` to a module for which ``goal``
    is true, or None."""
    chains = [[start]]
    seen = {start}
    while chains:
        chain = chains.pop(0)
        for imported in sorted(graph[chain[-1]]):
            if goal(imported):
                return [*chain, imported]
            if imported not in seen:
                seen.add(imported)
                chains.append([*chain, imported])
    return None


def test_models_never_import_services():
    """Neither directly nor through a selector or any other module."""
    graph = import_graph(BELOW)
    chains = [
        import_chain(module, lambda other: "services" in other.split("."), graph)
        for module in sorted(graph)
        if "models" in module.split(".")
    ]
    assert [" → ".join(chain) for chain in chains if chain] == []


@pytest.mark.parametrize("app", sorted(BELOW))
def test_no_module_imports_itself_back(app):
    graph = import_graph([app])
    circles = [
        import_chain(module, lambda other, module=module: other == module, graph)
        for module in sorted(graph)
    ]
    assert [" → ".join(circle) for circle in circles if circle] == []


def test_the_check_sees_imports_inside_functions(tmp_path, monkeypatch):
    """The checks above would pass on anything if the parser missed imports."""
    app = tmp_path / "campaign"
    app.mkdir()
    (app / "views.py").write_text(
        "def view():\n"
        "    from stories.models import StoryPage\n"
        "    from . import services\n"
        "    return apps.get_model('publications', 'PublicationPage')\n"
    )
    monkeypatch.setitem(globals(), "ROOT", tmp_path)

    found = violations("campaign", set())

    assert sorted(found) == [
        "campaign/views.py:2 uses stories.models.StoryPage",
        "campaign/views.py:4 uses publications",
    ]
    assert (3, "campaign.services") in set(imports(app / "views.py"))
