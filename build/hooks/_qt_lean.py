"""Keep only the Qt plugins the app can use, *before* PyInstaller follows their library
dependencies (filtering after the analysis would leave GTK, Qt Network, EGLFS… in the bundle
as orphans). Used by the ``hook-PySide6.Qt*.py`` files next to this one, which take precedence
over PyInstaller's own hooks of the same name."""

from pathlib import PurePath

# plugin folder -> plugin names to keep; None keeps the whole folder; missing drops it
KEEP_PLUGINS = {
    "platforms": ("qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"),
    "platforminputcontexts": None,  # input methods (typing Chinese)
    "platformthemes": ("qxdgdesktopportal",),  # native file dialogs without GTK in the bundle
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "iconengines": ("qsvgicon",),
    "imageformats": ("qsvg", "qico"),  # PNG is built into QtGui; SVG for the icons
    "styles": None,  # Windows 11 / macOS styles
    "printsupport": None,  # the system's printers (CUPS on Linux, the Windows spooler): File ▸ Print…
}


def keep(source: str) -> bool:
    parts = PurePath(source.replace("\\", "/")).parts
    if "translations" in parts:
        return False  # the app is in English and loads no Qt translation
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if index + 2 >= len(parts):
        return True
    kind, name = parts[index + 1], parts[-1]
    if kind not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[kind]
    stem = name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem  # libqxcb.so, qwindows.dll, libqcocoa.dylib
    return wanted is None or stem in wanted


def lean(found):
    """Filter what ``add_qt6_dependencies`` returned: (hiddenimports, binaries, datas)."""
    hiddenimports, binaries, datas = found
    return (hiddenimports, [b for b in binaries if keep(b[0])], [d for d in datas if keep(d[0])])
