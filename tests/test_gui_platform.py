"""Before the window is created, the command says why it cannot open — a missing library of Qt's X11 platform
plugin, or no display at all — in the user's language, and exits 2, instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtassist import gui_platform as gp
from debtassist.i18n import Lang, langs

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt's xcb plugin exists on Linux only"
)
#: Libraries every Linux system with Python has (the C and C++ runtime), which the table does not name.
RUNTIME = {
    "libc",
    "libm",
    "libstdc++",
    "libgcc_s",
    "ld-linux-x86-64",
    "ld-linux-aarch64",
    "libpthread",
    "libdl",
}


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb;wayland"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_when_qt_uses_its_xcb_plugin(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert gp.will_use_xcb(environ, platform) is expected


def fake_loader(missing: dict[str, str | None], plugin: Path) -> gp.Loader:
    """Loads everything except the plugin and the libraries of ``missing`` (name -> the library the loader's
    message names, None for the library itself)."""

    def load(name: str) -> str | None:
        if name == str(plugin):
            return "the plugin does not load"
        if name in missing:
            return f"{missing[name] or name}: cannot open shared object file: No such file or directory"
        return None

    return load


@linux_only
def test_every_missing_library_is_named_also_one_that_a_present_library_needs() -> None:
    plugin = gp.default_plugin()
    loader = fake_loader({"libxcb-cursor.so.0": None, "libxcb-image.so.0": "libxcb-util.so.1"}, plugin)
    missing, error = gp.missing_libraries(plugin, loader)
    assert error == "the plugin does not load"
    assert missing == ["libxcb-cursor.so.0", "libxcb-util.so.1"]
    assert gp.packages(missing) == (["libxcb-cursor0", "libxcb-util1"], ["xcb-util-cursor", "xcb-util"])


@linux_only
def test_a_library_qt_needs_through_its_own_libraries_is_found() -> None:
    """libEGL and libdbus are linked by libQt6Gui and libQt6DBus, not by the plugin itself."""
    plugin = gp.default_plugin()
    loader = fake_loader({"libEGL.so.1": None, "libdbus-1.so.3": None}, plugin)
    assert gp.missing_libraries(plugin, loader)[0] == ["libEGL.so.1", "libdbus-1.so.3"]


@linux_only
def test_a_plugin_that_loads_is_no_problem() -> None:
    assert gp.missing_libraries(Path("/nonexistent/libqxcb.so"), lambda name: None) == ([], None)
    environ = {"DISPLAY": ":0", gp.PLUGIN_ENV: "/nonexistent/libqxcb.so"}
    assert gp.window_problem(environ, lambda name: None, lambda display: True) is None
    gone = gp.window_problem(environ, lambda name: None, lambda display: False)
    assert gone == gp.Problem("platform.no_server", {"display": ":0"})
    assert gp.window_problem({"QT_QPA_PLATFORM": "offscreen"}, lambda name: "never asked") is None


@linux_only
def test_the_package_table_covers_every_library_the_plugin_links() -> None:
    """Every library that libqxcb.so and the Qt libraries it loads link, outside the wheel, is in the table (a new
    PySide6 that links another library fails here)."""
    plugin = gp.default_plugin()
    outside: set[str] = set()
    queue, seen = [plugin], set()
    while queue:
        path = queue.pop()
        needed, folders = gp._dynamic(path)
        for name in needed:
            local = next((Path(f) / name for f in folders if (Path(f) / name).is_file()), None)
            if local is None:
                outside.add(gp.stem(name))
            elif local not in seen:
                seen.add(local)
                queue.append(local)
    assert "libxcb-cursor" in outside and "libEGL" in outside
    assert sorted(outside - RUNTIME - set(gp.PACKAGES)) == []


def test_the_readme_names_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    debian = sorted({deb for deb, _ in gp.PACKAGES.values()})
    fedora = sorted({fed for _, fed in gp.PACKAGES.values()})
    assert f"sudo apt install {' '.join(debian)}" in readme
    assert f"sudo dnf install {' '.join(fedora)}" in readme


def gui_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env.pop("XDG_SESSION_TYPE", None)
    return {**env, **extra}


def run_gui(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "debtassist.cli", "gui"], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def broken_plugin(tmp_path: Path) -> Path:
    """A copy of the real xcb plugin whose DT_NEEDED names libxcb-cursor.so.9, which no system has; its RUNPATH
    ($ORIGIN/../../lib) still finds Qt's own libraries through a link to the wheel's lib folder."""
    real = gp.default_plugin()
    data = real.read_bytes()
    assert data.count(b"\0libxcb-cursor.so.0\0") == 1
    copy = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(data.replace(b"\0libxcb-cursor.so.0\0", b"\0libxcb-cursor.so.9\0"))
    (tmp_path / "lib").symlink_to(real.parent.parent.parent / "lib")
    assert "libxcb-cursor.so.9" in gp._dynamic(copy)[0]
    return copy


@linux_only
@pytest.mark.parametrize("lang", langs())
def test_the_command_names_the_missing_library_and_its_packages(broken_plugin: Path, lang: Lang) -> None:
    env = gui_env(DISPLAY=":99", DEBTASSIST_LANG=lang, **{gp.PLUGIN_ENV: str(broken_plugin)})
    done = run_gui(env)
    assert done.returncode == 2, done.stderr
    problem = gp.window_problem(env)
    assert problem is not None and problem.key == "platform.missing_libraries"
    assert done.stderr == problem.message(lang) + "\n" and done.stdout == ""
    assert "libxcb-cursor.so.9" in done.stderr
    assert "sudo apt install" in done.stderr and "libxcb-cursor0" in problem.params["debian"].split()
    assert "sudo dnf install" in done.stderr and "xcb-util-cursor" in problem.params["fedora"].split()
    assert ("無法開啟視窗" in done.stderr) is (lang == "zh-TW")
    assert ("The window cannot open" in done.stderr) is (lang == "en")


@linux_only
@pytest.mark.parametrize("lang", langs())
def test_without_a_display_the_command_says_so(lang: Lang) -> None:
    done = run_gui(gui_env(DEBTASSIST_LANG=lang))
    assert done.returncode == 2, done.stderr
    assert done.stderr == gp.Problem("platform.no_display", {}).message(lang) + "\n"
    assert "DISPLAY" in done.stderr and "Traceback" not in done.stderr


def libxcb_loads() -> bool:
    return gp.load_error("libxcb.so.1") is None


@linux_only
@pytest.mark.skipif(
    not libxcb_loads(), reason="no libxcb on this system: the plugin check reports that instead"
)
@pytest.mark.parametrize("lang", langs())
def test_a_display_that_does_not_answer_is_named(lang: Lang, tmp_path: Path) -> None:
    """DISPLAY names a server that is not there (as after an SSH session without X forwarding): libxcb cannot
    connect, and the command says so instead of Qt's abort. The file checked as the plugin is libxcb itself (it
    loads), so this runs on machines without the other xcb libraries too."""
    assert not gp.display_reachable(":4711")
    env = gui_env(DISPLAY=":4711", DEBTASSIST_LANG=lang, **{gp.PLUGIN_ENV: "libxcb.so.1"})
    done = run_gui(env)
    assert done.returncode == 2, done.stderr
    assert done.stderr == gp.Problem("platform.no_server", {"display": ":4711"}).message(lang) + "\n"
