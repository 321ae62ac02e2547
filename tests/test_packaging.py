"""Packaging files, checked without building: the PyInstaller spec, the Linux desktop entry and AppStream
metadata, the Windows installer script and the icons. (Building and smoke-testing the bundle takes minutes:
scripts/build_bundle.py and scripts/smoke_bundle.py do that.)"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shlex
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest
from PIL import Image

from debtassist import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "debtassist.spec"
APP_ID = "tw.debtassist.DebtAssist"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "debtassist.iss"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# --- The PyInstaller spec -------------------------------------------------------------------------------------


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _path_expr(node: ast.expr, bases: dict[str, Path]) -> Path | None:
    """The path a ``BASE / "part" / ...`` expression names, or None if it is not one."""
    if isinstance(node, ast.Name):
        return bases.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        left = _path_expr(node.left, bases)
        right = node.right
        if left is not None and isinstance(right, ast.Constant) and isinstance(right.value, str):
            return left / right.value
    return None


def spec_paths() -> list[Path]:
    """Every repository path the spec spells out as ROOT / "..." (through names such as RESOURCES and ICONS)."""
    bases = {"ROOT": ROOT}
    found: list[Path] = []
    for node in ast.walk(spec_tree()):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _path_expr(node.value, bases)
            if value is not None:
                bases[node.targets[0].id] = value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            value = _path_expr(node, bases)
            if value is not None:
                found.append(value)
    return found


def test_spec_parses_as_python() -> None:
    names = {node.id for node in ast.walk(spec_tree()) if isinstance(node, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= names


def test_spec_references_files_that_exist() -> None:
    paths = spec_paths()
    relative = {path.relative_to(ROOT).as_posix() for path in paths}
    assert {"packaging/entry.py", "debtassist/__init__.py", "resources/icons/debtassist.ico"} <= relative
    missing = sorted(str(path.relative_to(ROOT)) for path in paths if not path.exists())
    assert not missing, f"the spec names files that do not exist: {missing}"


def test_spec_has_no_absolute_paths() -> None:
    """Portable: no /home/..., C:\\... or site-packages paths baked in."""
    strings = [
        node.value
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    absolute = [s for s in strings if re.match(r"^(/[a-z]|[A-Za-z]:[\\/])", s) or "site-packages" in s]
    assert not absolute, absolute


def test_entry_point_runs_the_console_script() -> None:
    target = pyproject()["project"]["scripts"]["debtassist"]
    module, func = target.split(":")
    source = (PACKAGING / "entry.py").read_text(encoding="utf-8")
    assert f"from {module} import {func}" in source
    assert f"sys.exit({func}())" in source


class _Built:
    """Stands in for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE: records how the spec calls them."""

    calls: ClassVar[list[tuple[str, tuple[Any, ...], dict[str, Any]]]] = []
    kind = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        _Built.calls.append((self.kind, args, kwargs))
        # Analysis results, in PyInstaller's (destination, source, type) form; no binaries, so nothing is pruned.
        self.datas = [(f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.binaries: list[tuple[str, str, str]] = []
        self.scripts: list[Any] = []
        self.pure: list[Any] = []


def _stub(kind: str) -> type[_Built]:
    return type(kind, (_Built,), {"kind": kind})


@pytest.fixture
def executed_spec(tmp_path: Path) -> dict[str, Any]:
    """The spec run with PyInstaller's build steps replaced by recorders (needs PyInstaller, not a build)."""
    import PyInstaller  # noqa: F401  # in the test extras: this test must run, not skip

    _Built.calls = []
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "build"),
        **{kind: _stub(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def _call(kind: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    found = [(args, kwargs) for name, args, kwargs in _Built.calls if name == kind]
    assert found, f"the spec never calls {kind}"
    return found[0]


def test_spec_builds_the_app_from_the_entry_script(executed_spec: dict[str, Any]) -> None:
    assert executed_spec["VERSION"] == __version__
    args, kwargs = _call("Analysis")
    assert args[0] == [str(PACKAGING / "entry.py")]
    stage = Path(kwargs["pathex"][0])
    assert (stage / "debtassist" / "cli.py").is_file()
    assert (stage / "debtassist" / "resources" / "__init__.py").is_file()  # pyproject's package-dir, on disk
    assert "debtassist.resources" in kwargs["hiddenimports"]
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"} <= set(
        kwargs["hiddenimports"]
    )
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"} <= set(kwargs["excludes"])
    assert not set(kwargs["hiddenimports"]) & set(kwargs["excludes"])
    names = [kwargs["name"] for name, _args, kwargs in _Built.calls if name == "EXE"]
    assert "DebtAssist" in names
    assert _call("COLLECT")[1]["name"] == "DebtAssist"
    icon = executed_spec["ICON"]
    assert icon is not None and Path(icon).is_file()


def test_spec_bundles_every_resource(executed_spec: dict[str, Any]) -> None:
    _args, kwargs = _call("Analysis")
    bundled = {
        (Path(src).resolve(), dest)
        for src, dest in kwargs["datas"]
        if Path(src).resolve().is_relative_to(ROOT)
    }
    resources = ROOT / "resources"
    expected = {
        (path.resolve(), Path("debtassist", "resources", path.parent.relative_to(resources)).as_posix())
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".py", ".pyc")
    }
    assert expected <= bundled, sorted(str(p) for p, _d in expected - bundled)
    for wanted in (
        "fonts/NotoSansTC-Regular.ttf",
        "forms/defs",
        "translations/zh-TW/core",
        "translations/zh-TW/window.json",
        "icons/debtassist-256.png",
    ):
        assert any(wanted in src.as_posix() for src, _dest in bundled), wanted
    assert any("pypdfium2_raw" in dest for _src, dest in kwargs["datas"])  # pdfium's version.json
    assert any("pdfium" in Path(src).name for src, _dest in kwargs["binaries"])  # the native library


def _requirements(dist: str, extras: tuple[str, ...] = ()) -> set[str]:
    """The distributions ``dist`` (with ``extras``) needs, transitively, as installed here (normalised names)."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    seen: set[str] = set()
    stack = [(dist, extras)]
    while stack:
        name, wanted = stack.pop()
        if canonicalize_name(name) in seen:
            continue
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:  # an optional or other-platform requirement
            continue
        seen.add(canonicalize_name(name))
        for line in requires:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in wanted or ("",)):
                stack.append((req.name, ()))
    return seen


def _top_level_modules(dist: str) -> set[str]:
    from importlib import metadata

    names = set()
    for file in metadata.distribution(dist).files or []:
        top = file.parts[0]
        if top.endswith((".dist-info", ".egg-info", ".pth")) or top == "..":
            continue
        names.add(top.split(".")[0] if len(file.parts) == 1 else top)
    return names


def _imported_names(dist: str, wanted: set[str]) -> dict[str, str]:
    """Of the top-level modules ``wanted``, those that a file of ``dist`` imports, anywhere in the file (PyInstaller
    follows imports inside functions too), each with one such file. The distribution's own tests and scripts are
    not bundled and are skipped; only files that mention a wanted module after ``import``/``from`` are parsed."""
    from importlib import metadata

    names = b"|".join(re.escape(name.encode()) for name in sorted(wanted))
    mention = re.compile(rb"\b(?:import|from)\s+(?:[\w.]+\s*,\s*)*(?:" + names + rb")\b")
    found: dict[str, str] = {}
    for file in metadata.distribution(dist).files or []:
        if file.suffix != ".py" or {"tests", "test", "scripts"} & set(file.parts):
            continue
        source = Path(str(file.locate())).read_bytes()
        if not mention.search(source):
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                if module.split(".")[0] in wanted:
                    found.setdefault(module.split(".")[0], str(file))
    return found


def test_spec_keeps_out_what_only_the_tests_and_the_build_install(executed_spec: dict[str, Any]) -> None:
    """The build runs in a venv with the test and package extras, and PyInstaller bundles whatever a bundled
    module imports, even optionally inside a function (msgspec imports attrs for attrs classes, pypdf fontTools,
    ReportLab pygments). So every module that only those extras install, and that the app's run-time
    dependencies import, must be excluded by the spec, or the bundle's contents depend on the dev tools."""
    _args, kwargs = _call("Analysis")
    excluded = set(kwargs["excludes"])
    runtime = _requirements("debtassist")
    dev_only = _requirements("debtassist", ("test", "package")) - runtime
    dev_modules = set().union(*(_top_level_modules(dist) for dist in dev_only))
    leaking = {
        module: f"{where} ({dist})"
        for dist in sorted(runtime - {"debtassist"})
        for module, where in _imported_names(dist, dev_modules - excluded).items()
    }
    assert not leaking, f"add to PY_EXCLUDED in the spec: {leaking}"


def test_version_is_read_the_same_way_everywhere() -> None:
    """The spec and the smoke script parse debtassist/__init__.py rather than import it; it must stay parseable."""
    tree = ast.parse((ROOT / "debtassist" / "__init__.py").read_text(encoding="utf-8"))
    values = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets)
    ]
    assert values == [__version__]


def test_smoke_switch_is_handled_by_the_app() -> None:
    smoke = (ROOT / "scripts" / "smoke_bundle.py").read_text(encoding="utf-8")
    name = re.search(r'SMOKE_ENV = "([A-Z_]+)"', smoke)
    assert name is not None
    assert f'os.environ.get("{name.group(1)}") == "1"' in (ROOT / "debtassist" / "ui" / "app.py").read_text(
        encoding="utf-8"
    )


# --- Linux desktop entry and AppStream metadata ---------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"), source=str(DESKTOP))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_entry_is_valid_ini_for_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "DebtAssist"
    assert "Name[zh_TW]" in entry and "Comment[zh_TW]" in entry
    assert entry["Icon"] == APP_ID == DESKTOP.name.removesuffix(".desktop")
    program, *args = shlex.split(entry["Exec"])
    assert program == entry["TryExec"]
    assert program in pyproject()["project"]["scripts"]
    assert args == ["gui"]
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == "DebtAssist"  # Qt's WM_CLASS is the application name (ui/app.py)


def test_metainfo_matches_the_app() -> None:
    root = metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "LicenseRef-proprietary"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    names = {element.get(XML_LANG): element.text for element in root.findall("name")}
    assert names.keys() == {None, "zh-TW"}
    summaries = {element.get(XML_LANG) for element in root.findall("summary")}
    assert summaries == {None, "zh-TW"}
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    provides = root.find("provides/binary")
    assert provides is not None and provides.text in pyproject()["project"]["scripts"]


def test_metainfo_newest_release_is_this_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no <release>"
    newest = releases[0]
    assert newest.get("version") == __version__, "add a <release> for the new version to the metainfo"
    date.fromisoformat(newest.get("date", ""))


def test_ids_agree_across_packaging_files() -> None:
    spec_id = re.search(r'^APP_ID = "([^"]+)"', SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    iss_id = re.search(r"^AppId=(.+)$", ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert spec_id is not None and iss_id is not None
    assert spec_id.group(1) == iss_id.group(1).strip() == metainfo().findtext("id") == desktop_entry()["Icon"]


def test_windows_installer_script_names_existing_files() -> None:
    text = ISS.read_text(encoding="utf-8")
    icon = re.search(r"^SetupIconFile=\{#Root\}\\(.+)$", text, re.MULTILINE)
    assert icon is not None
    assert (ROOT / Path(*icon.group(1).strip().split("\\"))).is_file()
    assert '#define Bundle Root + "\\dist\\DebtAssist"' in text


# --- Icons ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_exists_in_every_size(size: int) -> None:
    path = ICONS / f"debtassist-{size}.png"
    assert path.is_file(), f"missing {path.name}: run packaging/make_icons.py"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"


def test_windows_and_mac_icons() -> None:
    with Image.open(ICONS / "debtassist.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "debtassist.icns") as icns:
        assert icns.format == "ICNS"


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_icons", module)
    spec.loader.exec_module(module)
    return module


def test_svg_icon_is_current() -> None:
    """The SVG is valid XML and is what packaging/make_icons.py draws (the PNGs come from the same shapes)."""
    path = ICONS / "debtassist.svg"
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert path.read_text(encoding="utf-8") == _make_icons().svg(), "run packaging/make_icons.py"
    assert _make_icons().PNG_SIZES == PNG_SIZES


def test_icons_are_package_data() -> None:
    """Installed wheels carry the icons too (the bundle takes everything under resources/)."""
    package_data = pyproject()["tool"]["setuptools"]["package-data"]["debtassist.resources"]
    assert "icons/*" in package_data, 'add "icons/*" to [tool.setuptools.package-data] "debtassist.resources"'


# ---- the Linux bundle carries the xcb libraries its window needs ------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin exists on Linux only")
def test_bundle_check_names_the_xcb_libraries_a_bundle_lacks(tmp_path: Path) -> None:
    """A bundle-shaped folder with the real plugin and Qt's libraries but no system library: every xcb library
    is reported, none of the base system, none of Qt's own (found through the plugin's RUNPATH)."""
    from debtassist.gui_platform import default_plugin
    from scripts.bundle_libs import BASE_SYSTEM, PLUGIN, stem, unresolved

    real = default_plugin()
    top = tmp_path / "DebtAssist" / "_internal"
    (top / PLUGIN).parent.mkdir(parents=True)
    (top / PLUGIN).write_bytes(real.read_bytes())
    (top / "PySide6" / "Qt" / "lib").symlink_to(real.parent.parent.parent / "lib")
    problems, checked = unresolved(tmp_path / "DebtAssist")
    names = {p.library for p in problems}
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libX11.so.6", "libxkbcommon-x11.so.0"} <= names
    assert not {stem(n) for n in names} & set(BASE_SYSTEM)
    assert not [n for n in names if n.startswith("libQt6")]
    assert checked > 5  # the plugin and the Qt libraries it reaches (XcbQpa, Gui, Core, DBus, ICU)
    cursor = next(p for p in problems if p.library == "libxcb-cursor.so.0")
    assert cursor.needed_by == PLUGIN.as_posix()


def test_bundle_check_without_a_plugin_fails(tmp_path: Path) -> None:
    from scripts.bundle_libs import unresolved

    (tmp_path / "_internal").mkdir()
    problems, checked = unresolved(tmp_path)
    assert [p.library for p in problems] == ["PySide6/Qt/plugins/platforms/libqxcb.so"] and checked == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PyInstaller's Linux exclusions")
def test_the_base_system_is_what_the_build_leaves_out(executed_spec: dict[str, Any]) -> None:
    """Every library the check accepts from the system is one the build never bundles: PyInstaller's exclusions,
    the spec's LINUX_DROPPED, or the ELF interpreter (ld-linux-*, which PyInstaller never collects)."""
    from PyInstaller.depend.dylib import include_library

    from scripts.bundle_libs import BASE_SYSTEM, stem

    dropped = {stem(name) for name in executed_spec["LINUX_DROPPED"] if ".so" in name}
    interpreter = {s for s in BASE_SYSTEM if s.startswith("ld-linux-")}
    assert {"libstdc++", "libgcc_s"} <= dropped
    bundled = [s for s in BASE_SYSTEM if s not in dropped | interpreter and include_library(f"{s}.so.1")]
    assert bundled == []
