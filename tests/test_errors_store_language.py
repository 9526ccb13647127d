"""The storage and output-file layer's errors in English, French and German (issue 21): every
template of errors_store.tsv has French and German with the same parameters; the English
``str()`` of real errors is byte for byte what it was before the messages became templates (the
command line, logs and other tests read it: the expected texts below were recorded first); and
``messages.in_language`` gives each of them in French and German, the path kept as it is."""

from __future__ import annotations

import csv
import errno
import os
import pickle
import re
import sqlite3
import string
from pathlib import Path

import pytest
from store_helpers import LITHO

from desktop.models import output_files
from desktop.models.language import Phrase
from desktop.models.library import open_store
from desktop.models.messages import in_language
from desktop.models.output_files import OutputError, prepare_folder, write_bytes, write_text
from desktop.models.storage import backup
from desktop.models.storage.records import (DamagedStoreError, ForeignDatabaseError, NewerSchemaError,
                                            ReadOnlyCaseError, ReadOnlyStoreError, StoreError, UnknownCaseError)
from desktop.models.storage.snapshots import UnknownSnapshotError
from desktop.models.storage.sources import UnknownSourceError
from desktop.paths import resource_path

OTHERS = ("fr", "de")
# words that would betray an English sentence left in a French or German one ("source" is French too)
ENGLISH_WORDS = {"the", "and", "is", "not", "with", "cannot", "be", "written", "does", "exist", "was", "left",
                 "untouched", "no", "case", "database", "folder", "file", "it", "of", "to", "has", "choose",
                 "another", "read", "only", "window", "reference", "snapshot", "library", "named", "space",
                 "device", "permission", "denied", "such", "or", "by", "newer"}
# English rows that keep the OS's own words, which French and German say in theirs (errno → key)
OS_WORDS = re.compile(r"output\.os\.")


def rows() -> list[dict[str, str]]:
    with open(resource_path("i18n", "errors_store.tsv"), encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


def english_words(text: str, *kept: str) -> set[str]:
    """The English words left in ``text`` once the paths and quoted values ``kept`` are taken out."""
    for value in sorted(kept, key=len, reverse=True):
        text = text.replace(value, " ")
    return set(re.findall(r"[a-z]+", text)) & ENGLISH_WORDS


# -- the catalogue -------------------------------------------------------------------------
def test_every_template_has_french_and_german_with_the_same_parameters():
    found = rows()
    assert found and list(found[0]) == ["key", "en", "fr", "de", "note"]
    keys = [r["key"] for r in found]
    assert len(keys) == len(set(keys))
    for row in found:
        assert row["note"], row["key"]
        for lang in OTHERS:
            assert row[lang] and row[lang] == row[lang].strip(), (row["key"], lang)
            assert row[lang] != row["en"], (row["key"], lang)
            if OS_WORDS.match(row["key"]):  # English shows the OS's text; French and German their own words
                assert fields(row["en"]) == {"os_text"} and fields(row[lang]) == set(), (row["key"], lang)
            else:
                assert fields(row[lang]) == fields(row["en"]), (row["key"], lang)
            assert not english_words(re.sub(r"\{[^}]*\}", "", row[lang])), (row["key"], lang)


def test_every_template_is_used_by_the_code():
    """A row no module writes is dead weight (and an untested translation)."""
    models = Path(output_files.__file__).parent
    files = [*(models / "storage").glob("*.py"), models / "output_files.py", models / "library.py",
             *(models.parent / "reports").glob("*.py"), models.parent / "views" / "portfolio" / "chart_export.py"]
    code = "".join(p.read_text(encoding="utf-8") for p in files)
    for row in rows():
        key = row["key"]
        chosen = f'"{key.rsplit(".", 1)[0]}." + ' in code  # open.not_sqlite.one / .other: picked by the count
        assert f'"{key}"' in code or chosen, key


# -- English unchanged, French and German for real errors ----------------------------------
def check(error: BaseException, english: str, *kept: str) -> dict[str, str]:
    """``str(error)`` is ``english``; in French and German it is another sentence with no English
    word left besides ``kept`` (paths, quoted values, SQLite's or the OS's own words)."""
    assert str(error) == english
    assert in_language(error, "en") == english
    out = {}
    for lang in OTHERS:
        text = in_language(error, lang)
        assert text != english and "{" not in text, (lang, text)
        for value in kept:
            assert value in text, (lang, value, text)
        assert not english_words(text, *kept), (lang, text, english_words(text, *kept))
        out[lang] = text.replace("\u00a0", " ")  # (French typography's no-break spaces: see test_french_spacing)
    return out


def raised(call, kind=Exception) -> BaseException:
    with pytest.raises(kind) as info:
        call()
    return info.value


def test_a_foreign_sqlite_file(tmp_path):
    path = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (a)")
    conn.commit()
    conn.close()
    error = raised(lambda: open_store(path), ForeignDatabaseError)
    texts = check(error, f"{path} is an SQLite database of another program (tables: foo); it was left untouched",
                  str(path), "SQLite", "foo")
    assert texts["fr"] == (f"{path} est une base de données SQLite d'un autre programme (tables : foo) ; "
                           "elle a été laissée intacte")
    assert texts["de"] == f"{path} ist eine SQLite-Datenbank eines anderen Programms (Tabellen: foo); sie blieb unverändert"


def test_an_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    error = raised(lambda: open_store(path), ForeignDatabaseError)
    check(error, f"{path} is an empty file (0 bytes), not a case database; it was left untouched", str(path))


def test_a_file_of_something_else_counts_its_bytes_in_each_language(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"x" * 12345)
    error = raised(lambda: open_store(path), ForeignDatabaseError)
    texts = check(error, f"{path} is not an SQLite database (12,345 bytes of something else); it was left untouched",
                  str(path), "SQLite")
    assert "(12\u202f345 octets" in texts["fr"] and "(12.345 Byte" in texts["de"]
    path.write_bytes(b"x")
    assert str(raised(lambda: open_store(path), ForeignDatabaseError)) == (
        f"{path} is not an SQLite database (1 byte of something else); it was left untouched")


def _store_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    open_store(path).close()
    return path


def test_a_damaged_file(tmp_path):
    path = _store_file(tmp_path, "damaged.sqlite")
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 12288)):  # a damaged page, as a failing disk leaves it
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    error = raised(lambda: open_store(path), StoreError)
    texts = check(error, f"cannot open database {path}: database disk image is malformed",
                  str(path), "database disk image is malformed")
    assert texts["de"] == f"die Datenbank {path} kann nicht geöffnet werden: database disk image is malformed"
    health = backup.check_database(path)
    assert not health.ok and isinstance(health.message, Phrase)


def test_a_file_whose_check_fails_is_damaged():
    report = "*** in database main ***"  # SQLite's quick check, as it reports a broken page
    error = DamagedStoreError(Phrase("errors_store", "open.damaged", path="/x/c.sqlite", sqlite_text=report))
    check(error, "/x/c.sqlite is damaged (*** in database main ***); it was left untouched", "/x/c.sqlite", "database main")


def test_a_newer_schema(tmp_path):
    path = _store_file(tmp_path, "newer.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1234")
    conn.commit()
    conn.close()
    error = raised(lambda: open_store(path), NewerSchemaError)
    texts = check(error, f"{path} was written by a newer version of the app (schema 1234, this app knows 3); "
                  "it was left untouched", str(path))
    assert "(schéma 1234, cette application connaît le schéma 3)" in texts["fr"]  # a number, not "1 234"
    assert "(Schema 1234, diese App kennt Schema 3)" in texts["de"]


def test_a_read_only_store_that_does_not_exist(tmp_path):
    path = tmp_path / "missing.sqlite"
    error = raised(lambda: open_store(path, read_only=True), StoreError)
    texts = check(error, f"{path} does not exist; nothing was created (a command that writes, such as 'rdw import', "
                  "or the app starts a new database there)", str(path), "rdw import")
    assert "« rdw import »" in texts["fr"] and "„rdw import“" in texts["de"]
    assert not path.exists()


def test_a_read_only_window_writing(tmp_path):
    path = _store_file(tmp_path, "cases.sqlite")
    store = open_store(path, read_only=True)
    try:
        error = raised(lambda: store.create("New"), ReadOnlyStoreError)
    finally:
        store.close()
    texts = check(error, "this window opened the database read-only (it is open in another window)")
    assert texts["fr"] == ("cette fenêtre a ouvert la base de données en lecture seule "
                           "(elle est ouverte dans une autre fenêtre)")


def test_editing_a_reference_case(store):
    error = raised(lambda: store.set_field(LITHO, "title", "Mine"), ReadOnlyCaseError)
    title = "Lithography for semiconductor front-end production"
    texts = check(error, f"'{title}' is a reference case and cannot be changed; duplicate it to edit", title)
    assert texts["fr"].startswith(f"« {title} » est un cas de référence")
    assert texts["de"].startswith(f"„{title}“ ist ein Referenzfall")


def test_an_unknown_case_id(store):
    error = raised(lambda: store.get("no-such-case"), UnknownCaseError)
    texts = check(error, "no case with id 'no-such-case'", "no-such-case")
    assert texts == {"fr": "aucun cas ne porte l'identifiant « no-such-case »",
                     "de": "kein Fall mit der Kennung „no-such-case“"}


def test_an_unknown_snapshot(store):
    title = "Lithography for semiconductor front-end production"
    error = raised(lambda: store.snapshots.case_at(LITHO, "Workshop"), UnknownSnapshotError)
    check(error, f"'{title}' has no snapshot named “Workshop” (snapshots: none yet)", title, "Workshop")
    case = store.duplicate(LITHO, title="Mine")
    store.snapshots.take(case.id, "March")
    store.snapshots.take(case.id, "April")
    error = raised(lambda: store.snapshots.case_at(case.id, "May"), UnknownSnapshotError)
    texts = check(error, "'Mine' has no snapshot named “May” (snapshots: “March”, “April”)",
                  "Mine", "May", "March", "April")
    assert texts["fr"] == "« Mine » n'a pas d'instantané nommé « May » (instantanés : « March », « April »)"
    assert texts["de"] == "„Mine“ hat keine Momentaufnahme namens „May“ (Momentaufnahmen: „March“, „April“)"
    taken = raised(lambda: store.snapshots.take(case.id, "march"), StoreError)
    check(taken, "'Mine' already has a snapshot named “march”; choose another name", "Mine", "march")
    check(raised(lambda: store.snapshots.take(case.id, "Now")),
          "“now” stands for the current state; choose another name", "now")


def test_an_unknown_source_and_a_cited_one(store):
    error = raised(lambda: store.sources.get("src-nothere"), UnknownSourceError)
    texts = check(error, "no source with id 'src-nothere' in the source library", "src-nothere")
    assert texts["de"] == "keine Quelle mit der Kennung „src-nothere“ in der Quellenbibliothek"
    case = store.create("Mine", evidence={"leverage.substitutability": {"sources": [{"id": "src-a", "title": "A study"}]}})
    error = raised(lambda: store.sources.delete("src-a"), StoreError)
    texts = check(error, f"the source is still cited by 1 case: “Mine” ({case.id}); remove it there first",
                  "Mine", case.id)
    assert texts["fr"] == f"la source est encore citée par 1 cas : « Mine » ({case.id}) ; retirez-la d'abord de ce cas"


# -- output files --------------------------------------------------------------------------
def output_error(call) -> OutputError:
    return raised(call, OutputError)


def test_output_to_a_folder(tmp_path):
    error = output_error(lambda: write_text(tmp_path, "x"))
    texts = check(error, f"{tmp_path}: cannot be written: is a folder, not a file", str(tmp_path))
    assert texts == {"fr": f"{tmp_path} : ne peut pas être écrit : c'est un dossier, pas un fichier",
                     "de": f"{tmp_path}: kann nicht geschrieben werden: Es ist ein Ordner, keine Datei"}


def test_output_to_a_missing_folder(tmp_path):
    target = tmp_path / "nope" / "a.txt"
    check(output_error(lambda: write_text(target, "x")), f"{target}: cannot be written: folder does not exist", str(target))


def test_output_to_the_open_database(file_store, db_path):
    error = output_error(lambda: write_text(db_path, "x", protect=db_path))
    check(error, f"{db_path}: cannot be written: it is the open case database (or one of its files); choose another file",
          str(db_path))
    folder_error = output_error(lambda: prepare_folder(db_path, protect=db_path))
    check(folder_error, f"{db_path}: cannot be used: it is the open case database", str(db_path))


def test_output_to_a_dangling_symlink(tmp_path):
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "gone")
    check(output_error(lambda: write_text(link, "x")),
          f"{link}: cannot be written: it is a symbolic link that leads nowhere", str(link))


def test_output_to_an_unwritable_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(output_files.os, "access", lambda *args, **kwargs: False)  # (as root, chmod would not do)
    target = tmp_path / "a.txt"
    texts = check(output_error(lambda: write_text(target, "x")), f"{target}: cannot be written: not allowed to write here",
                  str(target))
    assert texts["de"] == f"{target}: kann nicht geschrieben werden: Hier darf nicht geschrieben werden"
    check(output_error(lambda: write_bytes(target, b"")), f"{target}: cannot be written: nothing to write", str(target))


def _failing(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fail


def test_a_full_disk(tmp_path, monkeypatch):
    """English keeps the OS's words as ever; French and German say it in theirs."""
    monkeypatch.setattr(output_files.os, "replace", _failing(errno.ENOSPC))
    target = tmp_path / "b.txt"
    error = output_error(lambda: write_text(target, "x"))
    texts = check(error, f"{target}: cannot be written: No space left on device", str(target))
    assert texts == {"fr": f"{target} : ne peut pas être écrit : le disque est plein",
                     "de": f"{target}: kann nicht geschrieben werden: Der Datenträger ist voll"}
    assert not target.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENAMETOOLONG,
                                  errno.EISDIR, getattr(errno, "EDQUOT", errno.ENOSPC)])
def test_the_common_os_failures_in_our_words(tmp_path, monkeypatch, code):
    monkeypatch.setattr(output_files.os, "replace", _failing(code))
    target = tmp_path / "c.txt"
    check(output_error(lambda: write_text(target, "x")), f"{target}: cannot be written: {os.strerror(code)}", str(target))


def test_another_os_failure_keeps_the_os_words(tmp_path, monkeypatch):
    monkeypatch.setattr(output_files.os, "replace", _failing(errno.EIO))
    target = tmp_path / "d.txt"
    error = output_error(lambda: write_text(target, "x"))
    assert str(error) == f"{target}: cannot be written: {os.strerror(errno.EIO)}"
    assert in_language(error, "fr").replace("\u00a0", " ") == f"{target} : ne peut pas être écrit : {os.strerror(errno.EIO)}"


def test_a_health_report_and_a_refused_backup(tmp_path):
    path = _store_file(tmp_path, "cases.sqlite")
    health = backup.check_database(path)
    assert health.ok and health.message == f"{path}: ok (12 cases, schema 3)"
    assert health.message.in_language("fr").replace("\u00a0", " ") == f"{path} : en bon état (12 cas, schéma 3)"
    one = tmp_path / "one.sqlite"
    with sqlite3.connect(path) as source, sqlite3.connect(one) as copy:
        source.backup(copy)
        copy.execute("DELETE FROM cases WHERE rowid > (SELECT min(rowid) FROM cases)")
    single = backup.check_database(one)
    assert single.message == f"{one}: ok (1 case, schema 3)"
    assert single.message.in_language("de") == f"{one}: in Ordnung (1 Fall, Schema 3)"
    missing = backup.check_database(tmp_path / "missing.sqlite")
    assert missing.message == f"{tmp_path / 'missing.sqlite'} does not exist"
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    error = raised(lambda: backup.restore_backup(empty, path), ValueError)
    check(error, f"the backup cannot be used: {empty} is an empty file (0 bytes), not a case database; "
          "it was left untouched", str(empty))


def test_errors_keep_their_languages_through_pickling(store):
    """(Errors cross threads and processes: the export worker, the hand-over.)"""
    error = pickle.loads(pickle.dumps(raised(lambda: store.get("no-such-case"), UnknownCaseError)))
    assert str(error) == "no case with id 'no-such-case'"
    assert in_language(error, "de") == "kein Fall mit der Kennung „no-such-case“"


def test_a_stored_case_that_cannot_be_read_is_named_in_each_language(store):
    """The store names the case where a file's name goes (``case.stored``); the problem is the
    case file's own sentence."""
    from desktop.models.exchange_error import CaseFileError

    case = store.create("Mine")
    store.db.execute("UPDATE cases SET document = '[]' WHERE id = ?", [case.id])
    error = raised(lambda: store.get(case.id), CaseFileError)
    assert str(error).startswith(f"stored case {case.id}: ")
    assert in_language(error, "fr").startswith(f"cas enregistré {case.id}\u00a0: ")
    assert in_language(error, "de").startswith(f"gespeicherter Fall {case.id}: ")
