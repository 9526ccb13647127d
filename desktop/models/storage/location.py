"""Where a case database is: a SQLite file (a path), or a team database on a PostgreSQL server
(``postgresql://user@host/database``, issue 22). Light: ``rdw``'s argument parser and the
window's start read it before anything heavy is imported.

A team address is shown, logged and remembered without its password (``shown``); the password
belongs in libpq's password file or service file, or is asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

SCHEMES = ("postgresql://", "postgres://")


class TeamAddress(str):
    """A team database's address, as typed (libpq reads it); ``shown``: without a password."""

    @property
    def shown(self) -> str:
        return without_password(self)


def is_team_address(text: object) -> bool:
    return isinstance(text, str) and text.startswith(SCHEMES)


class AddressFormError(ValueError):
    """A connection string in a form the app does not take (libpq's ``key=value`` form): refused
    without quoting it, as it may hold a password."""


# libpq's key=value form ("host=db dbname=rdw password=…"): a keyword at the start or after a space
_CONNINFO = re.compile(r"(?:^|\s)(?:host|hostaddr|dbname|user|password|port|service|sslmode)\s*=", re.IGNORECASE)


def database_location(text: str) -> Path | TeamAddress:
    """``--db``'s value: a team address as it is (its scheme in any case: libpq reads it only in
    lower case), anything else a file's path; ``AddressFormError`` for libpq's ``key=value``
    form, which would otherwise be taken for a file's name and quoted, password and all."""
    scheme = next((s for s in SCHEMES if text[:len(s)].lower() == s), None)
    if scheme is not None:
        return TeamAddress(scheme + text[len(scheme):])
    if _CONNINFO.search(text):
        raise AddressFormError("a team database is named by an address starting with postgresql:// "
                               "(the key=value form is not taken; the value is not shown: it may hold a password)")
    return Path(text)


SECRET_KEYS = ("password", "sslpassword")


def _libpq_parts(url: str) -> tuple[str, str | None, str, list[str]] | None:
    """A team address cut as libpq cuts it (not as urllib does: "#" is no fragment, the
    credentials end at the first "@" before any "/"): (the scheme and user, the typed password or
    None, the host and path, the query's ``key=value`` pieces as typed); None if not an address."""
    scheme = next((s for s in SCHEMES if url.startswith(s)), None)
    if scheme is None:
        return None
    rest = url[len(scheme):]
    authority = rest[:next((i for i, c in enumerate(rest) if c in "/?"), len(rest))]
    head, password = scheme, None
    if "@" in authority:  # (to the last "@": a password typed with a bare "@" is all secret, though
        end = authority.rindex("@")  # libpq reads only its first piece and takes the rest for the host)
        user, colon, password = rest[:end].partition(":")
        head, rest = scheme + (user + "@" if user else ""), rest[end + 1:]
        password = password if colon else None
    where, question, query = rest.partition("?")
    pieces: list[str] = []
    for piece in query.split("&") if question else []:
        if pieces and "=" not in piece and _key(pieces[-1]) in SECRET_KEYS:
            pieces[-1] += "&" + piece  # (a password typed with a bare "&": libpq refuses it, it is still secret)
        else:
            pieces.append(piece)
    return head, password, where, pieces


def _key(piece: str) -> str:
    """A query piece's keyword as libpq reads it: percent-decoded ("pass%77ord" is "password");
    its keywords are case-sensitive ("Password=" is refused), yet what was typed there is a
    password all the same, so the test ignores case."""
    from urllib.parse import unquote  # (not unquote_plus: libpq leaves "+" as it is)

    return unquote(piece.partition("=")[0]).lower()


def secrets_of(url: str) -> list[str]:
    """The password and key passphrase an address holds (as typed and decoded), to be blanked
    out of any text that quotes it (libpq's error messages do)."""
    from urllib.parse import unquote

    parts = _libpq_parts(url)
    if parts is None:
        return []
    found = [parts[1], *parts[1].split("@")] if parts[1] else []  # (and the pieces libpq reads of it)
    found += [piece.partition("=")[2] for piece in parts[3] if _key(piece) in SECRET_KEYS]
    found += [unquote(s) for s in found]
    return sorted({s for s in found if s}, key=len, reverse=True)


def redacted(text: str, url: str) -> str:
    for secret in secrets_of(url):
        text = text.replace(secret, "***")
    return text


def without_password(url: str) -> str:
    """``postgresql://officer:secret@db.example/rdw`` → ``postgresql://officer@db.example/rdw``;
    ``password`` and ``sslpassword`` parameters are dropped too, however their names are
    percent-encoded (libpq decodes them). Everything else stays as typed; not an address: as is."""
    parts = _libpq_parts(url)
    if parts is None:
        return url
    head, password, where, pieces = parts
    kept = [piece for piece in pieces if piece and _key(piece) not in SECRET_KEYS]
    if password is None and len(kept) == len(pieces):
        return url
    return head + where + ("?" + "&".join(kept) if kept else "")
