"""Where a case database is: a SQLite file (a path), or a team database on a PostgreSQL server
(``postgresql://user@host/database``, issue 22). Light: ``rdw``'s argument parser and the
window's start read it before anything heavy is imported.

A team address is shown, logged and remembered without its password (``shown``); the password
belongs in libpq's password file or service file, or is asked for.
"""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("postgresql://", "postgres://")


class TeamAddress(str):
    """A team database's address, as typed (libpq reads it); ``shown``: without a password."""

    @property
    def shown(self) -> str:
        return without_password(self)


def is_team_address(text: object) -> bool:
    return isinstance(text, str) and text.startswith(SCHEMES)


def database_location(text: str) -> Path | TeamAddress:
    """``--db``'s value: a team address as it is, anything else a file's path."""
    return TeamAddress(text) if is_team_address(text) else Path(text)


def secrets_of(url: str) -> list[str]:
    """The password and key passphrase an address holds (as typed and decoded), to be blanked
    out of any text that quotes it (libpq's error messages do)."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url)
        found = [parts.password] if parts.password else []
        found += [value for key, value in parse_qsl(parts.query) if key.lower() in ("password", "sslpassword")]
    except ValueError:
        return []
    found += [unquote(s) for s in found]
    return sorted({s for s in found if s}, key=len, reverse=True)


def redacted(text: str, url: str) -> str:
    for secret in secrets_of(url):
        text = text.replace(secret, "***")
    return text


def without_password(url: str) -> str:
    """``postgresql://officer:secret@db.example/rdw`` → ``postgresql://officer@db.example/rdw``
    (a ``password=`` parameter is dropped too)."""
    from urllib.parse import urlsplit, urlunsplit  # (here: the window's start imports this module)

    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        host = netloc.rsplit("@", 1)[1]
        netloc = f"{parts.username}@{host}" if parts.username else host
    query = "&".join(p for p in parts.query.split("&")
                     if p and not p.lower().startswith(("password=", "sslpassword=")))
    if netloc == parts.netloc and query == parts.query:
        return url  # (as typed: urlunsplit would turn "postgresql:///db" into "postgresql:/db")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
