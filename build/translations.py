"""The interface's translations (issue 21): Qt Linguist sources in, compiled catalogues out.

    python build/translations.py update [PACKAGE...]   refresh the .ts sources from the code (lupdate; keeps translations)
    python build/translations.py compile              compile every .ts to .qm (lrelease), for the app and the bundle
    python build/translations.py check                list unfinished or missing entries; exit 1 if there are any

One source file per view package and language, ``resources/i18n/ui/PACKAGE_LANG.ts`` (``window``,
``wizard``…; ``common`` is ``desktop/views/*.py``), so the packages are translated apart; the
compiled ``resources/i18n/qm/PACKAGE_LANG.qm`` are build outputs (gitignored), made by
``./dev`` and ``build/build.sh``, with a copy of Qt's own ``qtbase_LANG.qm`` and English's
counts (``plurals_en.qm``, made from the "(s)" of each count's source). The app loads every one of a language (``views/translation.py``).
Strings are marked with ``self.tr("…")`` in a class (the class is the context) or
``QCoreApplication.translate("Context", "…")`` anywhere; ``%n`` for counts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "desktop" / "views"
SOURCES = ROOT / "resources" / "i18n" / "ui"
COMPILED = ROOT / "resources" / "i18n" / "qm"
LANGUAGES = ("fr", "de")  # English is the source language


# a package too big for one translator at a time is split: these of its modules form PACKAGE_NAME
SPLITS = {"wizard": ("steps", ("basics_page", "strength_page", "leverage_page", "ambition_page", "page_base",
                               "choice_row", "widgets", "why_not_panel", "controller", "editor", "commands"))}


def packages() -> dict[str, list[Path]]:
    """Each view package and its modules; ``common`` holds the modules directly in ``views/``; a
    package of ``SPLITS`` is two: ``wizard_steps`` (the modules named there) and ``wizard``."""
    found = {"common": sorted(VIEWS.glob("*.py"))}
    for folder in sorted(p for p in VIEWS.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        modules = sorted(folder.glob("*.py"))
        if folder.name in SPLITS:
            part, names = SPLITS[folder.name]
            found[f"{folder.name}_{part}"] = [m for m in modules if m.stem in names]
            modules = [m for m in modules if m.stem not in names]
        found[folder.name] = modules
    return found


def _tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python (the venv's), else on PATH."""
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(local) if local.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def update(names: list[str] | None = None) -> None:
    """Refresh the sources of ``names`` (all packages when None) from the code."""
    SOURCES.mkdir(parents=True, exist_ok=True)
    chosen = packages()
    unknown = sorted(set(names or ()) - set(chosen))
    if unknown:
        raise SystemExit(f"translations.py: no package {', '.join(unknown)}; choose from {', '.join(chosen)}")
    for package, modules in chosen.items():
        if names and package not in names:
            continue
        for lang in LANGUAGES:
            ts = SOURCES / f"{package}_{lang}.ts"
            forms = _plural_forms(ts) if ts.exists() else {}
            subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                            *map(str, modules), "-ts", str(ts)], check=True, capture_output=True)
            _mark_counts(ts, forms)


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms of every count in ``ts``."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes" and translation.get("type") is None and all(forms):
                found[(context.findtext("name"), message.findtext("source"))] = forms
    return found


def _mark_counts(ts: Path, forms: dict[tuple[str, str], list[str]]) -> None:
    """Every message with ``%n`` is a count: lupdate marks only ``self.tr(…, n)`` as one (not
    ``QCoreApplication.translate(…, n)``) and drops the plural forms of the others, so they are
    marked here and their forms put back."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source or message.get("numerus") == "yes" and message.find("translation").find("numerusform") is not None:
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            kept = forms.get((context.findtext("name"), source))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.clear()
            if kept is None:
                translation.set("type", "unfinished")
            for form in kept or ["", ""]:
                ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def qt_catalogues() -> Path:
    """PySide's folder of Qt's own translations (standard buttons, dialogs)."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def english_forms(source: str) -> tuple[str, str] | None:
    """Singular and plural of a count's English source ("%n case(s)" → "%n case", "%n cases");
    None if it does not mark its plural as "(s)" or "(es)"."""
    if "(s)" not in source and "(es)" not in source:
        return None
    return (source.replace("(es)", "").replace("(s)", ""), source.replace("(es)", "es").replace("(s)", "s"))


def _numerus_sources() -> set[tuple[str, str]]:
    """(context, source) of every count in the kept sources (the French files hold them all)."""
    found = set()
    for ts in SOURCES.glob("*_fr.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            found |= {(context.findtext("name"), m.findtext("source"))
                      for m in context.iter("message") if m.get("numerus") == "yes"}
    return found


def compile_english_plurals() -> Path:
    """``plurals_en.qm``: English needs a catalogue only for its counts (Qt writes "%n case(s)"
    as given); their forms follow from the "(s)" of the source, so no English file is kept."""
    root = ET.Element("TS", version="2.1", language="en")
    by_context: dict[str, list[str]] = {}
    for context, source in sorted(_numerus_sources()):
        by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sources:
            forms = english_forms(source)
            if forms is None:
                continue
            message = ET.SubElement(element, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    qm = COMPILED / "plurals_en.qm"
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "plurals_en.ts"
        ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
        _release(ts, qm)
    return qm


def _release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` beside it, then move it into place: a running app (or test)
    has the old file mapped, and rewriting it in place crashed it (SIGBUS)."""
    part = qm.with_name(qm.name + ".part")
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(part)], check=True, capture_output=True)
    os.replace(part, qm)


def compile_all() -> list[Path]:
    """Compile each .ts whose .qm is missing or older, and copy Qt's own ``qtbase_LANG.qm``
    beside them (the bundle keeps only these, not Qt's whole translations folder); the .qm
    files now there."""
    COMPILED.mkdir(parents=True, exist_ok=True)
    out = []
    for lang in LANGUAGES:
        source, qm = qt_catalogues() / f"qtbase_{lang}.qm", COMPILED / f"qtbase_{lang}.qm"
        if source.exists() and (not qm.exists() or qm.stat().st_size != source.stat().st_size):
            shutil.copyfile(source, qm.with_name(qm.name + ".part"))
            os.replace(qm.with_name(qm.name + ".part"), qm)
        out += [qm] if qm.exists() else []
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = COMPILED / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            _release(ts, qm)
        out.append(qm)
    out.append(compile_english_plurals())
    return out


def _messages(ts: Path) -> set[tuple[str, str]]:
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}


def _in_code(modules: list[Path]) -> set[tuple[str, str]]:
    """What lupdate finds in ``modules`` now: (context, source) pairs."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "now.ts"
        subprocess.run([_tool("lupdate"), "-locations", "none", *map(str, modules), "-ts", str(ts)],
                       check=True, capture_output=True)
        return _messages(ts)


def hidden_in_f_strings(modules: list[Path]) -> list[str]:
    """``tr(…)``/``translate(…)`` inside an f-string's braces: lupdate does not read them, so
    the string would stay English in every language without anything saying so."""
    import io
    import re
    import tokenize

    call = re.compile(r"\b(tr|translate)\(")
    found = []
    for module in modules:
        with open(module, encoding="utf-8") as file:
            tokens = tokenize.generate_tokens(io.StringIO(file.read()).readline)
            for token in tokens:
                text = token.string
                if token.type == tokenize.STRING and re.match(r"(?i)^[rb]*f", text) and call.search(text):
                    found.append(f"{module.relative_to(ROOT)}:{token.start[0]}: a translated string inside an "
                                 "f-string (lupdate cannot see it): translate it first, then put it in")
    return found


def _calls_in_code(modules: list[Path]) -> dict[tuple[str, str], str]:
    """(context, source) → "file:line" of every ``self.tr("…")`` and ``translate("Context", "…")``
    with literal strings, read with Python's own parser (to catch what lupdate's misses)."""
    import ast

    found: dict[tuple[str, str], str] = {}
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        classes = [(node, node.name) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, (ast.Attribute, ast.Name)):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name == "tr" and texts and texts[0] is not None:
                owner = [n for c, n in classes if c.lineno <= node.lineno <= (c.end_lineno or c.lineno)]
                key = (owner[-1] if owner else "", texts[0])
            elif name == "translate" and len(texts) >= 2 and texts[0] is not None and texts[1] is not None:
                key = (texts[0], texts[1])
            else:
                continue
            found.setdefault(key, f"{module.relative_to(ROOT)}:{node.lineno}")
    return found


def problems() -> list[str]:
    """Every string of the code that the sources kept here lack, and every message without a
    finished translation, as "FILE: context: source"."""
    found = [f"{context}: {source!r} counts, but does not mark its English plural as (s) or (es)"
             for context, source in sorted(_numerus_sources()) if english_forms(source) is None]
    for package, modules in packages().items():
        found += hidden_in_f_strings(modules)
        in_code = _in_code(modules)
        found += [f"{where}: lupdate cannot read this call ({context}: {source!r}); give the count as a plain name"
                  for (context, source), where in sorted(_calls_in_code(modules).items())
                  if (context, source) not in in_code and (context or "", source) not in in_code]
        for lang in LANGUAGES:
            ts = SOURCES / f"{package}_{lang}.ts"
            if not ts.exists():
                found.append(f"{ts.name}: missing (run: python build/translations.py update)")
                continue
            found += [f"{ts.name}: {context}: {source!r} is not in the file (run: python build/translations.py update)"
                      for context, source in sorted(in_code - _messages(ts))]
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
                    if translation.get("type") in ("unfinished", "obsolete", "vanished") or not any(t.strip() for t in texts):
                        found.append(f"{ts.name}: {name}: {message.findtext('source')!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update(argv[1:] or None)
    elif command == "compile":
        compile_all()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "every interface string is translated")
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
