"""Issue 18, findings 2, 3 and 4: every output file is written safely (``models.output_files``).

* ``--out`` can never name the open database or its ``-wal``/``-shm``/``-journal`` files, nor a
  symbolic or hard link to it: refused on one line, the database byte-identical;
* a full disk (a small tmpfs, mounted when the tests run as root) is exit 1 with one line, no
  partial or temporary file, and an earlier good file at the target still byte-identical;
* an existing target keeps its permission bits; a new file gets the umask's usual mode;
* file names made from case ids (``scorecard --png DIR``) never leave DIR;
* a failure in the bookmark pass (ours or pypdf's) is one line, with no ``.part`` or temporary file left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import subprocess
from pathlib import Path

import pytest

LITHO = "dpc2024-lithography"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def make_db(tmp_path):
    """A database file with the reference library (made as the app makes it)."""
    from desktop.models.library import open_store

    def make(name: str = "w.sqlite") -> Path:
        path = tmp_path / name
        open_store(path, user="tester").close()
        return path

    return make


@pytest.fixture
def run(capsys):
    from desktop.cli.main import main

    def run_(db: Path, *args) -> tuple[int, str, str]:
        code = main(["--db", str(db), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run_


def one_error_line(err: str) -> None:
    assert err.startswith("rdw: error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


# -- finding 2: --out naming the database ---------------------------------------------------
def _command(name: str, target: Path) -> list:
    return {
        "export-case": ["export-case", LITHO, "--out", target],
        "scorecard": ["scorecard", LITHO, "--out", target],
        "decisions": ["decisions", LITHO, "--out", target],
        "figure": ["figure", "strength-map", "--out", target],
    }[name]


@pytest.mark.parametrize("command", ["export-case", "scorecard", "decisions", "figure"])
@pytest.mark.parametrize("kind", ["database", "wal", "shm", "journal", "symlink", "hardlink", "relative"])
def test_out_never_replaces_the_database(make_db, run, tmp_path, monkeypatch, command, kind):
    # a figure must end in .png/.svg, so its database is named like one
    db = make_db("w.svg" if command == "figure" else "w.sqlite")
    before = {p.name: sha(p) for p in tmp_path.iterdir() if p.is_file()}
    if kind == "database":
        target = db
    elif kind in ("wal", "shm", "journal"):
        target = Path(f"{db}-{kind}")
    elif kind == "symlink":
        target = tmp_path / ("link.svg" if command == "figure" else "link.out")
        target.symlink_to(db)
    elif kind == "hardlink":
        target = tmp_path / ("hard.svg" if command == "figure" else "hard.out")
        os.link(db, target)
    else:  # the same file by another spelling
        (tmp_path / "sub").mkdir()
        monkeypatch.chdir(tmp_path / "sub")
        target = Path("..") / db.name
    code, out, err = run(db, *_command(command, target))
    assert code == 1
    one_error_line(err)
    after = {p.name: sha(p) for p in tmp_path.iterdir() if p.is_file() and p.name in before}
    assert after == before, "the database and its files are byte-identical"
    if not (command == "figure" and kind in ("wal", "shm", "journal")):  # those fail on the suffix first
        assert "database" in err
    if kind == "symlink":
        assert target.is_symlink()
    if kind in ("wal", "shm", "journal"):
        assert not target.exists(), "no stray log file that SQLite would read as the database's"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".part"))]
    assert leftovers == []


def test_window_export_refuses_its_own_database(window, monkeypatch):
    """The window's export case passes its store's path: exporting onto it is a message."""
    db = window.store.path
    before = sha(db)
    window.browser.select(LITHO)
    errors = []
    monkeypatch.setattr(window.questions, "show_error", lambda title, text: errors.append(text))
    assert not window.export_selected(str(db))
    assert errors and "database" in errors[0]
    assert sha(db) == before


def test_scorecard_dialog_refuses_the_database(qtbot, file_store, monkeypatch):
    from desktop.views.export import scorecard_dialog as module

    messages = []

    class Message:
        def __init__(self, *args):
            messages.append(args[3])

        def exec(self):
            return 0

    monkeypatch.setattr(module, "plain_message", Message)
    dialog = module.ScorecardDialog(file_store, [LITHO])
    qtbot.addWidget(dialog)
    link = file_store.path.with_name("cards.pdf")
    link.symlink_to(file_store.path)
    before = sha(file_store.path)
    assert not dialog.save_as_pdf(str(link))
    assert messages and "database" in messages[0]
    assert sha(file_store.path) == before


# -- finding 3: never written in place ---------------------------------------------------------
@contextlib.contextmanager
def small_disk(folder: Path):
    """A 64 KiB tmpfs at ``folder`` (root only), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Use up every free block (a new file then cannot get even one byte)."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (4096, 512, 1):
            while True:
                try:
                    if os.write(fd, b"\0" * chunk) < chunk:
                        break
                except OSError:
                    break
    finally:
        os.close(fd)


GOOD_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")


def _first_slide_name() -> str:
    from desktop.models import workshop as ws
    from desktop.models.library import reference_cases

    case = next(c for c in reference_cases() if c.id == LITHO)
    return f"01-{ws.questions(case)[0].key.replace('.', '-')}.png"


WRITERS = {
    # name: (arguments with {out}, the earlier good file's name inside the small disk, its bytes)
    "export-case": (["export-case", LITHO, "--out", "{dir}/case.json"], "case.json", b'{"good": true}\n'),
    "decisions": (["decisions", LITHO, "--out", "{dir}/log.md"], "log.md", b"# good log\n"),
    "scorecard-pdf": (["scorecard", LITHO, "--out", "{dir}/cards.pdf"], "cards.pdf", b"%PDF-1.4 good\n%%EOF\n"),
    "scorecard-png": (["scorecard", LITHO, "--png", "{dir}"], f"{LITHO}-1.png", GOOD_PNG),
    "figure-png": (["figure", "strength-map", "--out", "{dir}/chart.png"], "chart.png", GOOD_PNG),
    "figure-svg": (["figure", "strength-map", "--out", "{dir}/chart.svg"], "chart.svg", b"<svg/>\n"),
    "slides": (["slides", LITHO, "--out", "{dir}"], None, GOOD_PNG),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_full_disk_keeps_the_earlier_file(make_db, run, tmp_path, writer):
    db = make_db()
    arguments, name, good = WRITERS[writer]
    name = name or _first_slide_name()
    with small_disk(tmp_path / "small") as disk:
        (disk / name).write_bytes(good)
        fill(disk)
        before = sorted(p.name for p in disk.iterdir())
        code, out, err = run(db, *[str(a).replace("{dir}", str(disk)) for a in arguments])
        assert code == 1, (out, err)
        one_error_line(err)
        assert sorted(p.name for p in disk.iterdir()) == before, "no partial or temporary file is left"
        assert (disk / name).read_bytes() == good, "the earlier good file is byte-identical"


@pytest.mark.parametrize("writer", ["export-case", "decisions", "scorecard-pdf", "figure-png", "figure-svg"])
@pytest.mark.parametrize("mode", [0o644, 0o640])
def test_overwriting_keeps_the_permission_bits(make_db, run, tmp_path, writer, mode):
    db = make_db()
    arguments, name, good = WRITERS[writer]
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / name
    target.write_bytes(good)
    target.chmod(mode)
    code, out, err = run(db, *[str(a).replace("{dir}", str(tmp_path / "out")) for a in arguments])
    assert (code, err) == (0, "")
    assert target.read_bytes() != good
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert sorted(p.name for p in target.parent.iterdir()) == [name]


def test_new_files_get_the_usual_mode(make_db, run, tmp_path):
    db = make_db()
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "new.json"
    assert run(db, "export-case", LITHO, "--out", target)[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("pdfa", [False, True], ids=["bookmark pass", "pypdf (PDF/A)"])
def test_a_failing_bookmark_pass_is_one_line_and_leaves_nothing(make_db, run, tmp_path, monkeypatch, pdfa):
    """The bookmarks are added after drawing: by ``pdf_outline`` (a plain PDF) or by pypdf
    (PDF/A); either failing is one line, and the earlier file is left as it was."""
    if pdfa:
        import pypdf
        from pypdf.errors import PdfReadError

        def broken(self, stream):
            raise PdfReadError("simulated failure")

        monkeypatch.setattr(pypdf.PdfWriter, "write", broken)
    else:
        def broken_outline(raw, marks):
            raise ValueError("simulated failure")

        monkeypatch.setattr("desktop.reports.pdf_outline.with_outline", broken_outline)
    db = make_db()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "cards.pdf"
    target.write_bytes(b"%PDF good")
    code, out, err = run(db, "scorecard", LITHO, "--out", target, *(["--pdfa"] if pdfa else []))
    assert code == 1
    one_error_line(err)
    assert "simulated failure" in err
    assert sorted(p.name for p in target.parent.iterdir()) == ["cards.pdf"]
    assert target.read_bytes() == b"%PDF good"


def test_symlink_out_of_the_folder_is_refused(make_db, run, tmp_path):
    db = make_db()
    (tmp_path / "out").mkdir()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me", encoding="utf-8")
    link = tmp_path / "out" / "case.json"
    link.symlink_to(elsewhere)
    code, out, err = run(db, "export-case", LITHO, "--out", link)
    assert code == 1
    one_error_line(err)
    assert "symbolic link" in err
    assert elsewhere.read_text(encoding="utf-8") == "keep me" and link.is_symlink()


def test_symlink_within_the_folder_writes_its_file(tmp_path):
    from desktop.models.output_files import write_text

    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    write_text(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


# -- finding 4: names from case ids stay inside the folder -----------------------------------
ODD_IDS = ["../../x", "/abs/x", "-rf", "a/b", ".hidden", "a\\b", "..", "A/../../../etc/passwd"]


def test_png_names_from_case_ids_stay_inside_the_folder(make_db, run, tmp_path):
    """Ids the model accepts now are written as they are; ids it refuses for new cases are planted
    straight into the database (as a database from an earlier version may hold them)."""
    import json
    import sqlite3

    from desktop.models.case import Case
    from desktop.models.library import open_store

    db = make_db()
    store = open_store(db, user="tester")
    try:
        store.add_cases([Case.model_validate({"format": "rdw-case", "format_version": 1, "id": f"odd-{n}",
                                              "title": f"Odd {n}"}) for n in range(len(ODD_IDS))])
    finally:
        store.close()
    conn = sqlite3.connect(db)
    with conn:
        for n, case_id in enumerate(ODD_IDS):
            document = json.loads(conn.execute("SELECT document FROM cases WHERE id = ?", [f"odd-{n}"]).fetchone()[0])
            document["id"] = case_id
            conn.execute("UPDATE cases SET id = ?, document = ? WHERE id = ?",
                         [case_id, json.dumps(document), f"odd-{n}"])
            conn.execute("UPDATE history SET case_id = ? WHERE case_id = ?", [case_id, f"odd-{n}"])
    conn.close()
    accepted = []
    for case_id in ODD_IDS:  # those the store still reads (a refused one can name no file)
        code, _out, _err = run(db, "show", "--json", "--", case_id)
        if code == 0:
            accepted.append(case_id)
    if not accepted:
        pytest.skip("the store reads none of the odd ids")
    root = tmp_path / "deep" / "er"
    root.mkdir(parents=True)
    folder = root / "cards"
    outside_before = sorted(str(p) for p in tmp_path.rglob("*") if folder not in p.parents)
    code, out, err = run(db, "scorecard", "--png", folder, "--", *accepted)
    assert (code, err) == (0, ""), err
    written = [Path(line) for line in out.splitlines()]
    assert len(written) >= len(accepted)
    for path in written:
        assert path.parent == folder and path.is_file()
        assert not path.name.startswith((".", "-"))
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert len({p.name for p in written}) == len(written), "unique names"
    outside_after = sorted(str(p) for p in tmp_path.rglob("*") if folder not in p.parents and p != folder)
    assert outside_after == outside_before
    assert not Path("/abs").exists()


@pytest.mark.parametrize("case_id", ODD_IDS + ["", "ok-id", "a" * 300, "Über café", "CON", "x" * 79 + "."])
def test_safe_file_name(case_id):
    from desktop.models.output_files import MAX_NAME, safe_file_name

    name = safe_file_name(case_id, ".png")
    stem = name[:-4]
    assert name.endswith(".png") and "/" not in name and "\\" not in name
    assert stem and not stem.startswith((".", "-")) and not stem.endswith(".")
    assert len(stem) <= MAX_NAME
    assert all(ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in stem)


def test_safe_file_names_are_unique_within_one_export():
    from desktop.models.output_files import safe_file_name

    used: set[str] = set()
    names = [safe_file_name(i, used=used) for i in ["a/b", "a_b", "a\\b", "A_B", "a?b"]]
    assert len({n.lower() for n in names}) == len(names)


def test_backup_on_a_full_disk_leaves_no_half_copy(make_db, tmp_path):
    """A backup's copy is written like any output: a full disk leaves no half copy (no ``.part``
    file that could later pass for a backup), and the earlier backups stay as they were."""
    from desktop.models.storage.backup import backup_dir, list_backups, make_backup

    db = make_db()
    folder = backup_dir(db)
    with small_disk(folder):
        (folder / "w-20200101-000000.sqlite").write_bytes(b"an earlier backup")
        fill(folder)
        before = sorted(p.name for p in folder.iterdir())
        with pytest.raises(OSError):
            make_backup(db, force=True)
        assert sorted(p.name for p in folder.iterdir()) == before
        assert [b.path.name for b in list_backups(db)] == ["w-20200101-000000.sqlite"]


def test_dangling_or_looping_symlink_is_one_clear_refusal(tmp_path):
    from desktop.models.output_files import OutputError, write_text

    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    for link in (dangling, loop):
        with pytest.raises(OutputError, match="symbolic link"):
            write_text(link, "x", protect=tmp_path / "db.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gone.txt", "loop.txt"]
