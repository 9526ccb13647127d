"""Where ``rdw``'s commands register themselves: ``main`` names the command modules, never the commands.

A command module decorates each command function with ``@command(name, help, ...)``; ``main``
imports the modules and asks ``in_order`` for the records, group by group in the order it names,
and within a group in the order the module registers them. That order is ``rdw --help``'s, and
it does not depend on which module happens to be imported first. Stdlib only: importing the
registry (or a command module) must stay cheap and must never load Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Optional

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage

    CommandFunction = Callable[[Optional[CaseStorage], argparse.Namespace], int]


class Command(NamedTuple):
    """One ``rdw`` command: ``function(store, args)`` returns the exit code; ``store`` is ``None``
    when ``needs_store`` is false. ``arguments(parser)`` adds the command's own arguments.
    ``writes``: the command changes the database, so it opens it for writing (and may create a
    new one at a path that does not exist yet); every other command opens it read-only and
    leaves the file, its -wal and -shm byte-identical. (A named tuple, not a dataclass: every
    ``rdw`` process builds these, and ``dataclasses`` alone cost ``rdw --help`` a tenth of its time.)"""

    name: str
    function: "CommandFunction"
    help: str
    needs_store: bool = True
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    writes: bool = False

    @property
    def module(self) -> str:
        return self.function.__module__


_COMMANDS: dict[str, Command] = {}


def register(entry: Command) -> Command:
    """Add a command; a name may be registered again only by the same module (a reload)."""
    known = _COMMANDS.get(entry.name)
    if known is not None and known.module != entry.module:
        raise ValueError(f"rdw command {entry.name!r} is registered by both {known.module} and {entry.module}")
    _COMMANDS[entry.name] = entry
    return entry


def command(name: str, help: str, *, needs_store: bool = True,
            arguments: Callable[[argparse.ArgumentParser], None] | None = None, writes: bool = False):
    """Decorator: register the function as command ``name``; the function itself is returned unchanged."""

    def decorate(function: CommandFunction) -> CommandFunction:
        register(Command(name, function, help, needs_store, arguments, writes))
        return function

    return decorate


def registered() -> list[Command]:
    """Every registered command, in the order of registration."""
    return list(_COMMANDS.values())


def in_order(groups: Iterable[ModuleType]) -> list[Command]:
    """The commands of ``groups``, group by group, each group's in its registration order.

    A registered command whose module is not among ``groups`` is an error, so a new command
    module cannot be imported and then silently left out of the parser."""
    rank = {group.__name__: n for n, group in enumerate(groups)}
    stray = [c.name for c in _COMMANDS.values() if c.module not in rank]
    if stray:
        raise ValueError(f"rdw command(s) {', '.join(stray)} belong to no command group of the parser")
    position = {name: n for n, name in enumerate(_COMMANDS)}
    return sorted(_COMMANDS.values(), key=lambda c: (rank[c.module], position[c.name]))


# -- arguments several commands share ----------------------------------------------------
def case_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE", help="case id (see 'rdw list')")


def db_location(text: str):
    """``--db``'s type: a file's path or a team address; a refused form says why in one line,
    never quoting the value (argparse would quote it, and it may hold a password)."""
    from ..models.storage.location import AddressFormError, database_location

    try:
        return database_location(text)
    except AddressFormError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` after the command as well: `rdw list --db X` works as well as `rdw --db X list`."""
    parser.add_argument("--db", type=db_location, metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="the case database (a file, or a team database postgresql://…)")
