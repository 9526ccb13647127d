"""The store's public interface is the ``CaseStorage`` protocol: ``CaseStore`` fulfils it (members
and signatures), and views, commands and reports call nothing on a store that is not in it, so a
second engine implementing the protocol is enough for them."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from desktop.models.storage.interface import CaseStorage, SnapshotStorage, SourceLibraryStorage
from desktop.models.storage.store import CaseStore

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CALLERS = ("desktop/views", "desktop/cli", "desktop/reports")  # what may only use the protocol
STORE_NAMES = {"store", "_store"}  # `store.x`, `self.store.x`, `window.store.x`, `self._store.x`
PARTS = {"sources": SourceLibraryStorage, "snapshots": SnapshotStorage}
ALLOWED: set[str] = set()  # store members used outside the protocol (none)


@pytest.fixture
def store(any_store):
    """Both engines fulfil the protocol: SQLite and PostgreSQL (issue 22)."""
    return any_store


def members(protocol: type) -> set[str]:
    """The protocol's members: its methods and its annotated attributes."""
    methods = {name for name, value in vars(protocol).items() if not name.startswith("_") and callable(value)}
    return methods | set(protocol.__annotations__)


def methods(protocol: type) -> list[str]:
    return sorted(name for name in members(protocol) if callable(vars(protocol).get(name)))


def parameters(function) -> list[tuple]:
    """What a caller relies on: each parameter's name, kind, default and annotation, and the
    return annotation (all as written, from ``from __future__ import annotations`` modules)."""
    signature = inspect.signature(function)
    shape = [(p.name, p.kind, p.default, p.annotation) for p in signature.parameters.values()]
    return [*shape, ("return", signature.return_annotation)]


@pytest.fixture
def store():
    store = CaseStore.memory(user="tester")
    yield store
    store.close()


def test_the_store_and_its_parts_satisfy_the_protocols(store):
    assert isinstance(store, CaseStorage)
    assert isinstance(store.sources, SourceLibraryStorage)
    assert isinstance(store.snapshots, SnapshotStorage)


@pytest.mark.parametrize("protocol, part", [(CaseStorage, None), *((p, name) for name, p in PARTS.items())])
def test_every_protocol_method_has_the_same_signature_on_the_store(store, protocol, part):
    target = store if part is None else getattr(store, part)
    assert methods(protocol)
    for name in methods(protocol):
        assert callable(getattr(target, name, None)), f"{type(target).__name__} lacks {name}"
        assert parameters(getattr(type(target), name)) == parameters(vars(protocol)[name]), name
        assert inspect.getdoc(vars(protocol)[name]), f"{protocol.__name__}.{name} needs a docstring"


def test_the_protocols_attributes_are_on_the_store(store):
    assert set(CaseStorage.__annotations__) == {"path", "location", "read_only", "user", "sources", "snapshots"}
    for name in CaseStorage.__annotations__:
        assert hasattr(store, name), name


def _store_accesses(tree: ast.AST):
    """(part or None, member, line) for each ``<store>.member`` and ``<store>.<part>.member``."""
    def is_store(node: ast.AST) -> bool:
        return (isinstance(node, ast.Name) and node.id in STORE_NAMES) or (
            isinstance(node, ast.Attribute) and node.attr in STORE_NAMES)

    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if is_store(node.value):
            yield None, node.attr, node.lineno
        elif isinstance(node.value, ast.Attribute) and node.value.attr in PARTS and is_store(node.value.value):
            yield node.value.attr, node.attr, node.lineno


def test_views_commands_and_reports_call_only_the_protocol():
    allowed = {None: members(CaseStorage) | ALLOWED, **{name: members(p) for name, p in PARTS.items()}}
    seen, outside = set(), []
    for folder in CALLERS:
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            for part, name, line in _store_accesses(ast.parse(path.read_text(encoding="utf-8"))):
                seen.add((part, name))
                if name not in allowed[part]:
                    where = f"store.{part}.{name}" if part else f"store.{name}"
                    outside.append(f"{path.relative_to(PROJECT_ROOT)}:{line}: {where}")
    assert not outside, "not in the CaseStorage protocol:\n" + "\n".join(outside)
    # the scan sees the calls it is meant to check (not vacuously empty)
    assert {(None, "get"), (None, "delete"), ("sources", "save"), ("snapshots", "take")} <= seen
