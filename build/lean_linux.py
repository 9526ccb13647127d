"""Linux-only size savings for the bundle, used by ``rdw.spec`` (both variants).

* ``strip_binaries``: PyInstaller's own ``strip=True`` would also strip the libraries that
  ``auditwheel`` grafted into numpy's wheel, which breaks them ("ELF load command address/offset
  not page-aligned"); this strips everything else (libpython alone loses 17 MB of symbols).
* ``trim_icu_data``: Qt's ICU data library is 31 MB, of which Qt reads only collation
  (``ucol_*``), time-zone names (``ucal_*``), case mapping and converter aliases. The data for
  word breaking, units, currencies, language and region names, number spell-out, transliteration,
  legacy code pages and character names is left out (needs ``icupkg`` from icu-devtools and a C
  compiler); a library exporting the same ``icudtNN_dat`` symbol replaces the original.

Both leave the original untouched when the tools are missing, so a build never fails for size.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# collected paths (as they appear in the bundle) never to strip
NO_STRIP = ("numpy.libs/",)  # stripped, OpenBLAS no longer loads ("ELF load command … not page-aligned")

# ICU data items (paths inside the package, without the icudtNNl/ prefix) left out; what stays:
# collation for every language, root and English locale data, time-zone rules, normalisation,
# converter aliases and the other top-level tables (supplementalData, likelySubtags, ...)
ICU_DROP = re.compile(
    r"^(brkitr|curr|lang|region|unit|rbnf|translit)/"
    r"|\.cnv$|\.spp$|^unames\.icu$|^confusables\.cfu$"
    r"|^zone/(?!root\.res$|pool\.res$|tzdbNames\.res$|en(_[A-Za-z0-9_]+)?\.res$)"
    # per-locale calendar and display data (ICU falls back to root); collation stays for every
    # language but Chinese, Japanese and Korean (1.2 MB): the app's languages are European, and
    # text in those scripts still sorts, by the root order
    r"|^(?!en(_|\.)|res_index\.)[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$"
    r"|^coll/(zh|ja|ko|yue)(_[A-Za-z0-9]+)*\.res$"
)


def _log(message: str) -> None:
    print(f"rdw.spec: {message}", flush=True)


def strip_binaries(binaries: list, workdir: Path) -> list:
    """(dest, src, kind) entries, with stripped copies of the sources where strip is safe."""
    strip = shutil.which("strip")
    if strip is None:
        _log("no 'strip' found: binaries keep their symbols")
        return binaries
    out_dir = Path(workdir) / "stripped"
    result, saved = [], 0
    for dest, src, kind in binaries:
        flat = dest.replace("\\", "/")
        if kind not in ("BINARY", "EXTENSION") or flat.startswith(NO_STRIP) or not Path(src).is_file():
            result.append((dest, src, kind))
            continue
        target = out_dir / flat
        if not target.exists() or target.stat().st_mtime < Path(src).stat().st_mtime:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            if subprocess.run([strip, "--strip-unneeded", str(target)], capture_output=True).returncode != 0:
                target.unlink()
                result.append((dest, src, kind))
                continue
        saved += Path(src).stat().st_size - target.stat().st_size
        result.append((dest, str(target), kind))
    _log(f"stripped binaries: {saved / 2**20:.1f} MB saved")
    return result


def _data_symbol(library: Path) -> tuple[str, int, int] | None:
    """(symbol, file offset, size) of the ICU data blob inside libicudata."""
    symbols = subprocess.run(["readelf", "-s", "--wide", str(library)], capture_output=True, text=True).stdout
    match = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\s*$",
                      symbols, re.MULTILINE)
    if not match:
        return None
    value, size, section, name = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = subprocess.run(["readelf", "-S", "--wide", str(library)], capture_output=True, text=True).stdout
    for line in sections.splitlines():
        row = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if row and int(row[1]) == section:
            return name, value - int(row[2], 16) + int(row[3], 16), size
    return None


def trim_icu_data(binaries: list, workdir: Path) -> list:
    """Replace the collected libicudata.so.NN by a smaller one (see the module docstring)."""
    tools = {name: shutil.which(name) for name in ("icupkg", "cc", "readelf")}
    for i, (dest, src, kind) in enumerate(binaries):
        name = Path(dest).name
        if not re.fullmatch(r"libicudata\.so\.\d+", name):
            continue
        if None in tools.values():
            missing = ", ".join(k for k, v in tools.items() if v is None)
            _log(f"ICU data kept whole ({missing} missing; apt-get install icu-devtools gcc)")
            return binaries
        found = _data_symbol(Path(src))
        if found is None:
            _log("ICU data kept whole (no icudt symbol found)")
            return binaries
        symbol, offset, size = found
        work = Path(workdir) / "icu"
        shutil.rmtree(work, ignore_errors=True)
        (work / "full").mkdir(parents=True)
        (work / "lean").mkdir()
        package = symbol[: -len("_dat")] + ("l" if sys.byteorder == "little" else "b")  # icudt73l
        full, lean = work / "full" / f"{package}.dat", work / "lean" / f"{package}.dat"  # icupkg wants the name
        with open(src, "rb") as handle:
            handle.seek(offset)
            full.write_bytes(handle.read(size))
        listing = subprocess.run([tools["icupkg"], "-l", str(full)], capture_output=True, text=True)
        items = [line.strip() for line in listing.stdout.splitlines() if line.strip()]
        if listing.returncode != 0 or not items:
            _log("ICU data kept whole (icupkg cannot read it)")
            return binaries
        dropped = [item for item in items if ICU_DROP.search(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        run = subprocess.run([tools["icupkg"], "-r", str(work / "drop.txt"), str(full), str(lean)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            _log(f"ICU data kept whole (icupkg: {run.stderr.strip()[:200]})")
            return binaries
        (work / "icudata.S").write_text(
            f'.globl {symbol}\n.type {symbol},@object\n.section .rodata\n.balign 16\n'
            f'{symbol}:\n.incbin "{lean}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        library = work / name
        run = subprocess.run([tools["cc"], "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", str(library),
                              str(work / "icudata.S")], capture_output=True, text=True)
        if run.returncode != 0:
            _log(f"ICU data kept whole (cc: {run.stderr.strip()[:200]})")
            return binaries
        _log(f"ICU data: {len(dropped)} of {len(items)} items left out, "
             f"{Path(src).stat().st_size / 2**20:.1f} MB -> {library.stat().st_size / 2**20:.1f} MB")
        return [*binaries[:i], (dest, str(library), kind), *binaries[i + 1:]]
    return binaries
