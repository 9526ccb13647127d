# Replaces PyInstaller's hook of the same name (hooks in build/hooks win): the same Qt
# dependencies, minus the plugins and translations the app never loads (see _qt_lean.py).
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from _qt_lean import lean

hiddenimports, binaries, datas = lean(add_qt6_dependencies(__file__))
