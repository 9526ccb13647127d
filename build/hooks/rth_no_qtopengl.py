# PyInstaller runtime hook (runs before the app): PySide6.QtOpenGL is left out of the bundle
# (8.5 MB). pyqtgraph imports it at start-up but uses it only when OpenGL drawing is switched on
# (pyqtgraph's useOpenGL / enableExperimental options), which the app never does; this stand-in
# lets the import succeed and fails clearly if anything ever reaches for an OpenGL class.
import sys
import types


class _NoQtOpenGL(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"PySide6.QtOpenGL.{name}: OpenGL drawing is not part of this bundle")


if "PySide6.QtOpenGL" not in sys.modules:
    sys.modules["PySide6.QtOpenGL"] = _NoQtOpenGL("PySide6.QtOpenGL")
