"""Does the Linux bundle carry what its window needs? Every library that the bundled Qt X11 platform plugin
(``_internal/PySide6/Qt/plugins/platforms/libqxcb.so``) links, directly or through the bundled libraries it
links, must be inside the bundle or in :data:`BASE_SYSTEM`.

    .venv/bin/python scripts/bundle_libs.py [dist/DebtAssist]     # exit 0 when complete, 1 when not

Where the frozen program finds a library, as the dynamic loader will: the RUNPATH of the file that needs it
($ORIGIN expanded: the Qt plugins and libraries find ``PySide6/Qt/lib``) and the bundle's top folder
(``_internal``, which PyInstaller's bootloader puts on ``LD_LIBRARY_PATH``). Used by scripts/build_bundle.py
after the build, by scripts/smoke_bundle.py, and by tests/test_packaging.py on a bundle-shaped folder.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

#: Libraries a Linux desktop provides and the bundle deliberately leaves to it, by soname stem, with the reason.
#: It is exactly what the build does not collect: PyInstaller's own exclusions (glibc, the GL/EGL dispatch
#: libraries that must match the system's GPU driver, libxcb itself — "installed with the graphics stack") and
#: the spec's (the C++ runtime, which the system's Mesa needs in its own newer version). tests/test_packaging.py
#: checks that PyInstaller and the spec indeed leave each of them out.
BASE_SYSTEM: dict[str, str] = {
    "libc": "glibc (the bundle needs the build machine's glibc or newer)",
    "libm": "glibc",
    "libdl": "glibc",
    "libpthread": "glibc",
    "librt": "glibc",
    "libutil": "glibc",
    "ld-linux-x86-64": "glibc's dynamic loader",
    "ld-linux-aarch64": "glibc's dynamic loader",
    "libstdc++": "C++ runtime, left to the system by the spec (GPU drivers need the system's)",
    "libgcc_s": "C++ runtime, left to the system by the spec",
    "libGL": "libglvnd: OpenGL dispatch to the system's GPU driver",
    "libEGL": "libglvnd: EGL dispatch to the system's GPU driver",
    "libOpenGL": "libglvnd",
    "libGLX": "libglvnd",
    "libGLdispatch": "libglvnd",
    "libdrm": "the kernel's graphics interface, with the GPU driver",
    "libxcb": "the X11 client library every X11 desktop has (PyInstaller leaves it to the system)",
}
PLUGIN = Path("PySide6", "Qt", "plugins", "platforms", "libqxcb.so")


def stem(soname: str) -> str:
    """``libxcb-cursor.so.0`` -> ``libxcb-cursor``."""
    return soname.split(".so")[0]


def elf_dynamic(path: Path) -> tuple[list[str], list[Path]]:
    """DT_NEEDED entries and RUNPATH/RPATH folders ($ORIGIN expanded) of an ELF file (pyelftools)."""
    from debtassist.gui_platform import _dynamic

    needed, folders = _dynamic(path)
    return needed, [Path(f) for f in folders]


@dataclass(frozen=True)
class Unresolved:
    library: str
    needed_by: str

    def __str__(self) -> str:
        return f"{self.library} (needed by {self.needed_by})"


def contents_folder(bundle: Path) -> Path:
    """The folder that holds the libraries: ``_internal`` (PyInstaller 6), else the bundle folder itself."""
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def plugins(top: Path) -> list[Path]:
    """The xcb platform plugin and the GL integrations it loads (``xcbglintegrations/``), as bundled."""
    found = [top / PLUGIN] if (top / PLUGIN).is_file() else []
    return found + sorted((top / PLUGIN.parent.parent / "xcbglintegrations").glob("*.so"))


def unresolved(bundle: Path) -> tuple[list[Unresolved], int]:
    """(every library the bundled xcb plugin and its GL integrations need, directly or through bundled
    libraries, that is neither in the bundle nor in BASE_SYSTEM — once each, with the first file that needs it;
    the number of bundled files checked). A missing plugin is itself unresolved."""
    top = contents_folder(bundle).resolve()
    if not (top / PLUGIN).is_file():
        return [Unresolved(str(PLUGIN), "the bundle")], 0
    problems: dict[str, Unresolved] = {}
    checked: set[Path] = set()
    queue = plugins(top)
    while queue:
        path = queue.pop(0)
        if path in checked:
            continue
        checked.add(path)
        needed, runpath = elf_dynamic(path)
        for name in needed:
            found = next((folder / name for folder in [*runpath, top] if (folder / name).is_file()), None)
            if found is not None:
                queue.append(found.resolve())
            elif stem(name) not in BASE_SYSTEM and name not in problems:
                where = path.relative_to(top) if path.is_relative_to(top) else Path(path.name)
                problems[name] = Unresolved(name, where.as_posix())
    return list(problems.values()), len(checked)


def install_hint(problems: list[Unresolved]) -> str:
    """The Debian/Ubuntu and Fedora packages to install on the build machine for the unresolved libraries."""
    from debtassist.gui_platform import packages

    debian, fedora = packages([p.library for p in problems])
    return f"sudo apt-get install {' '.join(debian)}  |  sudo dnf install {' '.join(fedora)}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "dist" / "DebtAssist"
    problems, checked = unresolved(bundle)
    for problem in problems:
        print(f"not in the bundle nor in a base desktop system: {problem}")
    print(f"{checked} bundled files linked by {PLUGIN.name} checked, {len(problems)} libraries unresolved")
    if problems:
        print(f"install them on the build machine and build again: {install_hint(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
