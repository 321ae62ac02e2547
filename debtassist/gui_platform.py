"""Can the window open here? Checked before the QApplication exists, because Qt aborts the process when its
platform plugin cannot load (``This application failed to start because no Qt platform plugin could be
initialized``), with no way for the program to say what to install.

On Linux with X11 (``QT_QPA_PLATFORM`` unset outside a Wayland session, or ``xcb``), Qt loads
``plugins/platforms/libqxcb.so``, which links a dozen xcb libraries that a desktop often lacks (libxcb-cursor0 is
the usual one). The check loads the plugin the way Qt will (``dlopen``, through ctypes); when that fails it walks
the plugin's DT_NEEDED entries (read with pyelftools), and those of the Qt libraries beside it, to name every
library the system does not have, and the packages that provide them. Without any display, or when no X server
answers at DISPLAY, it says so.

``DEBTASSIST_XCB_PLUGIN`` (a path) replaces the plugin file that is checked: a test hook, used by the tests to
check a copy of the plugin that needs a library no system has.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from debtassist.i18n import Lang, tr

PLUGIN_ENV = "DEBTASSIST_XCB_PLUGIN"

#: Library (soname without its version) -> (Debian/Ubuntu package, Fedora package), for every library that
#: libqxcb.so and the Qt libraries it loads (XcbQpa, Gui, DBus, Core) link outside the PySide6 wheel, from their
#: DT_NEEDED entries (PySide6 6.11); the C and C++ runtime (libc, libm, libstdc++, libgcc_s, ld-linux) are left
#: out — Python itself needs them.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb": ("libxcb1", "libxcb"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libX11": ("libx11-6", "libX11"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libfreetype": ("libfreetype6", "freetype"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
    "libz": ("zlib1g", "zlib"),
    "libzstd": ("libzstd1", "libzstd"),
}
#: A dlopen error that names the file it could not find: "libxcb-icccm.so.4: cannot open shared object file".
_NOT_FOUND = re.compile(r"^(?P<name>[^\s:/]+\.so[.\d]*): cannot open shared object file")

Loader = Callable[[str], str | None]  # a library path or name -> None when it loads, else the error


def load_error(name: str) -> str | None:
    """``dlopen`` the library as Qt would (ctypes.CDLL); None when it loads, else the loader's message."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc)
    return None


def will_use_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Qt picks its X11 plugin: on Linux, QT_QPA_PLATFORM names xcb first, or is unset outside Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def default_plugin() -> Path:
    """The xcb plugin Qt loads: ``<Qt plugins>/platforms/libqxcb.so`` (QtCore knows the folder, also in a
    frozen bundle)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return Path(plugins) / "platforms" / "libqxcb.so"


def _dynamic(path: Path) -> tuple[list[str], list[str]]:
    """The DT_NEEDED entries and the RUNPATH (or RPATH) folders of an ELF file, $ORIGIN expanded."""
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    needed: list[str] = []
    folders: list[str] = []
    with path.open("rb") as stream:
        for section in ELFFile(stream).iter_sections():
            if not isinstance(section, DynamicSection):
                continue
            for found in section.iter_tags():
                tag: Any = found  # pyelftools sets needed/runpath/rpath on the tag at run time
                if tag.entry.d_tag == "DT_NEEDED":
                    needed.append(tag.needed)
                elif tag.entry.d_tag in ("DT_RUNPATH", "DT_RPATH"):
                    value = tag.runpath if tag.entry.d_tag == "DT_RUNPATH" else tag.rpath
                    folders += [p.replace("$ORIGIN", str(path.parent)) for p in value.split(":") if p]
    return needed, folders


def missing_libraries(plugin: Path, loader: Loader = load_error) -> tuple[list[str], str | None]:
    """(the libraries the plugin needs that cannot be loaded, the loader's message) — ([], None) when it loads.

    A library found in a RUNPATH folder (Qt's own, beside the plugin) is followed into its own DT_NEEDED; any
    other is loaded by name, and when its loading fails because of a library *it* needs, that one is named."""
    error = loader(str(plugin))
    if error is None:
        return [], None
    missing: list[str] = []
    seen: set[str] = set()

    def walk(path: Path) -> None:
        needed, folders = _dynamic(path)
        for name in needed:
            if name in seen:
                continue
            seen.add(name)
            local = next((Path(f) / name for f in folders if (Path(f) / name).is_file()), None)
            if local is not None:
                walk(local)
                continue
            failure = loader(name)
            if failure is not None:
                match = _NOT_FOUND.match(failure)
                found = match["name"] if match else name
                if found not in missing:
                    missing.append(found)

    if not plugin.is_file():
        return [plugin.name], error
    try:
        walk(plugin)
    except Exception:  # an unreadable ELF file: fall back on the loader's own message
        return [], error
    return missing, error


def display_reachable(display: str) -> bool:
    """An X server answers at ``display`` (libxcb's xcb_connect, as Qt's plugin will connect): a stale DISPLAY
    over SSH, or a server that has gone, would end in Qt's abort too."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # not loadable: the plugin check has said so already
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return int(xcb.xcb_connection_has_error(connection)) == 0
    finally:
        xcb.xcb_disconnect(connection)  # also frees a connection in the error state


def stem(soname: str) -> str:
    """``libxcb-cursor.so.0`` -> ``libxcb-cursor``."""
    return soname.split(".so")[0]


def packages(missing: list[str]) -> tuple[list[str], list[str]]:
    """The Debian/Ubuntu and the Fedora packages providing ``missing`` (a library not in the table: its name)."""
    debian: list[str] = []
    fedora: list[str] = []
    for name in missing:
        deb, fed = PACKAGES.get(stem(name), (name, name))
        debian += [deb] if deb not in debian else []
        fedora += [fed] if fed not in fedora else []
    return debian, fedora


@dataclass(frozen=True)
class Problem:
    key: str
    params: dict[str, str]

    def message(self, lang: Lang) -> str:
        return tr(self.key, lang, **self.params)


def window_problem(
    environ: Mapping[str, str] | None = None,
    loader: Loader = load_error,
    reachable: Callable[[str], bool] | None = None,
) -> Problem | None:
    """Why the window cannot open here, or None when Qt's platform plugin will load (or is not xcb)."""
    env = os.environ if environ is None else environ
    if not will_use_xcb(env):
        return None
    if not env.get("DISPLAY"):
        return Problem("platform.no_display", {})
    plugin = Path(env[PLUGIN_ENV]) if env.get(PLUGIN_ENV) else default_plugin()
    missing, error = missing_libraries(plugin, loader)
    if error is None:
        if (reachable or display_reachable)(env["DISPLAY"]):
            return None
        return Problem("platform.no_server", {"display": env["DISPLAY"]})
    if not missing:
        return Problem("platform.plugin_failed", {"reason": error})
    debian, fedora = packages(missing)
    return Problem(
        "platform.missing_libraries",
        {"libraries": ", ".join(missing), "debian": " ".join(debian), "fedora": " ".join(fedora)},
    )
