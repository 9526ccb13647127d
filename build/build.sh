#!/usr/bin/env bash
# Build the packaged app (Linux): a one-folder bundle with Python, Qt, fonts, icons and the
# reference library, and its installer, a tar.gz with a menu entry (.desktop), icon and install.sh.
#
#   build/build.sh              one-folder bundle + archive
#   build/build.sh --onefile    also the one-file variant (a single executable)
#
# Output (gitignored): build/dist/rdw/ (run build/dist/rdw/rdw), build/dist/rdw-VERSION-linux-ARCH.tar.gz,
# build/dist/onefile/rdw. RDW_BUILD_DIR=DIR writes them to DIR instead. The build uses its own
# virtualenv (build/work/venv: the app's runtime dependencies and PyInstaller, nothing else) and
# ends by printing the bundle's size; it fails if the bundle is over 150 MB.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

PYTHON=${PYTHON:-python3}
OUT=${RDW_BUILD_DIR:-$ROOT/build/dist}
WORK=$ROOT/build/work
VENV=$WORK/venv
MAX_BYTES=150000000  # 150 MB

onefile=0
for arg in "$@"; do
  case "$arg" in
    --onefile) onefile=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { echo "build.sh: $*" >&2; }

build_tools() {
  # strip/readelf (binutils), a C compiler and icupkg (icu-devtools) shrink the bundle by ~50 MB;
  # see build/lean_linux.py. Installed when missing and run as root on Debian, like ./dev does.
  local need=()
  command -v strip >/dev/null && command -v readelf >/dev/null || need+=(binutils)
  command -v cc >/dev/null || need+=(gcc)
  command -v icupkg >/dev/null || need+=(icu-devtools)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing build tools: ${need[*]}"
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
      log "missing build tools (install them, or run as root): ${need[*]}; the bundle will be larger"
    fi
  fi
}

build_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating the build virtualenv in ${VENV#$ROOT/}"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed" want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[build]"
    echo "$want" > "$stamp"
  fi
}

bundle_bytes() {  # apparent size of a file or folder, symlinks not followed
  "$VENV/bin/python" - "$1" <<'PY'
import os, sys
root = sys.argv[1]
if os.path.isfile(root):
    print(os.path.getsize(root))
else:
    print(sum(os.lstat(os.path.join(d, f)).st_size for d, _, files in os.walk(root) for f in files))
PY
}

human() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576 }'; }

build_tools
build_venv
version=$("$VENV/bin/python" -c "import desktop; print(desktop.__version__)")
arch=$(uname -m)
started=$(date +%s)
mkdir -p "$OUT"

log "compiling the interface's translations (resources/i18n/qm)"
"$VENV/bin/python" build/translations.py compile
log "building the one-folder bundle (PyInstaller)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$OUT" --workpath "$WORK/onedir" build/rdw.spec
bundle="$OUT/rdw"
# the installer's extras sit beside the program (they do nothing unless used)
cp build/linux/rdw.desktop build/linux/install.sh "$bundle/"
cp resources/icons/app.svg "$bundle/rdw.svg"

name="rdw-$version-linux-$arch"
archive="$OUT/$name.tar.gz"
log "packing $name.tar.gz"
tar -C "$OUT" --owner=0 --group=0 --numeric-owner --transform "s,^rdw,$name," -czf "$archive.part" rdw
mv "$archive.part" "$archive"

if [ "$onefile" = 1 ]; then
  log "building the one-file variant (PyInstaller)"
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$OUT/onefile" --workpath "$WORK/onefile" \
    build/rdw.spec -- --onefile
fi

size=$(bundle_bytes "$bundle")
echo "bundle:   ${bundle#$ROOT/}/ $(human "$size")"
echo "archive:  ${archive#$ROOT/} $(human "$(bundle_bytes "$archive")")"
[ "$onefile" = 1 ] && echo "one-file: ${OUT#$ROOT/}/onefile/rdw $(human "$(bundle_bytes "$OUT/onefile/rdw")")"
echo "built in $(( $(date +%s) - started )) s (rdw $version, $arch)"
if [ "$size" -gt "$MAX_BYTES" ]; then
  log "the bundle is over 150 MB: see what grew (du -sh ${bundle#$ROOT/}/_internal/* | sort -h)"
  exit 1
fi
