#!/bin/sh
# Install the Reverse Dependency Workbench from this unpacked archive, for you alone (no root):
#   ./install.sh              into ~/.local (the program in ~/.local/lib/rdw, `rdw` on your PATH
#                             in ~/.local/bin, a menu entry and its icon)
#   PREFIX=/usr/local ./install.sh   elsewhere (run as root for everyone on the machine)
#   ./install.sh --uninstall  removes what it installed
# The program also runs in place, without installing: ./rdw
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP_DIR=$PREFIX/lib/rdw
DESKTOP=$PREFIX/share/applications/rdw.desktop
ICON=$PREFIX/share/icons/hicolor/scalable/apps/rdw.svg

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP_DIR"
  rm -f "$PREFIX/bin/rdw" "$DESKTOP" "$ICON"
  echo "removed the Reverse Dependency Workbench from $PREFIX (your cases are kept)"
  exit 0
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
rm -rf "$APP_DIR.new"
mkdir "$APP_DIR.new"
cp -a "$HERE/rdw" "$HERE/_internal" "$APP_DIR.new/"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sf "$APP_DIR/rdw" "$PREFIX/bin/rdw"
cp "$HERE/rdw.svg" "$ICON"
sed -e "s|^Exec=.*|Exec=$APP_DIR/rdw|" -e "s|^TryExec=.*|TryExec=$APP_DIR/rdw|" -e "s|^Icon=.*|Icon=$ICON|" \
  "$HERE/rdw.desktop" > "$DESKTOP"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$DESKTOP")" || true
echo "installed in $APP_DIR; start it from the menu or with: $PREFIX/bin/rdw"
