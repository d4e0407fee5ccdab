"""Packaging: the static pieces always; the built bundle only when it exists (or GONGJI_BUILD=1 builds it).

    GONGJI_BUILD=1 .venv/bin/python -m pytest tests/test_packaging.py    # build with packaging/build.sh, then smoke
"""
from __future__ import annotations

import configparser
import re
import shutil
import tomllib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "packaging"
DIST = REPO / "dist" / "gongji"

_spec = importlib.util.spec_from_file_location("check_png", PKG / "check_png.py")
check_png = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_png)


def _png(path: Path, width: int, height: int, pixel) -> Path:
    """A PNG written by Qt whose pixel (x, y) is pixel(x, y) -> (r, g, b)."""
    from PySide6.QtGui import QImage
    raw = bytes(c for y in range(height) for x in range(width) for c in pixel(x, y))
    img = QImage(raw, width, height, 3 * width, QImage.Format.Format_RGB888)
    assert img.save(str(path), "PNG")
    return path


def test_png_check_tells_blank_from_real(tmp_path, qapp):  # noqa: ARG001 - QImage wants a Qt application
    blank = _png(tmp_path / "blank.png", 900, 600, lambda x, y: (240, 240, 240))
    assert check_png.main([str(blank)]) == 1
    busy = _png(tmp_path / "busy.png", 900, 600, lambda x, y: ((x * 7) % 256, (y * 3) % 256, (x ^ y) % 256))
    assert check_png.main([str(busy)]) == 0
    small = _png(tmp_path / "small.png", 300, 200, lambda x, y: ((x * 7) % 256, (y * 3) % 256, 9))
    assert check_png.main([str(small)]) == 1
    (tmp_path / "not.png").write_bytes(b"GIF89a")
    assert check_png.main([str(tmp_path / "not.png")]) == 1
    (tmp_path / "cut.png").write_bytes(busy.read_bytes()[:2000])  # a PNG cut short
    assert check_png.main([str(tmp_path / "cut.png")]) == 1


def test_png_colour_count_sees_every_other_pixel(tmp_path, qapp):  # noqa: ARG001
    stripes = _png(tmp_path / "s.png", 8, 4, lambda x, y: (255, 0, 0) if x % 4 < 2 else (0, 0, 255))
    counts = check_png.colour_counts(check_png.load(str(stripes)))
    assert sorted(counts.values()) == [4, 4]  # 4 sampled columns x 2 sampled rows, half red half blue


def test_desktop_file():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(PKG / "gongji.desktop", encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application" and e["Exec"] == "gongji-desktop" and e["Icon"] == "gongji"
    assert e["Name[zh_CN]"] == "家庭共济助手" and e["Terminal"] == "false"
    assert e["Categories"].endswith(";")


def test_icons_exist_in_every_size(qapp):  # noqa: ARG001
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        img = check_png.load(str(REPO / "resources" / "icons" / f"gongji-{size}.png"))
        assert (img.width(), img.height()) == (size, size)
    assert (REPO / "resources" / "icons" / "gongji.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("script", ["packaging/build.sh", "packaging/install.sh", "packaging/smoke_test.sh",
                                    "packaging/lock.sh", "scripts/ci-job", "scripts/ci-linux-job"])
def test_shell_scripts_parse(script):
    assert subprocess.run(["bash", "-n", str(REPO / script)]).returncode == 0


def test_spec_ships_what_the_code_reads():
    spec = (PKG / "gongji.spec").read_text(encoding="utf-8")
    for needed in ('"resources/policies"', "excludes.py", 'ROOT / "packaging"', '"core/migrations"', '"resources/i18n"', '"resources/icons"',
                   '"resources"', "entry_desktop.py", "entry_cli.py", 'name="gongji-desktop"', 'name="gongji"'):
        assert needed in spec, needed
    assert (REPO / "core" / "migrations" / "script.py.mako").is_file()


def _bundle_wanted() -> bool:
    return os.environ.get("GONGJI_BUILD") == "1" or (DIST / "gongji-desktop").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not _bundle_wanted(), reason="no bundle in dist/gongji (set GONGJI_BUILD=1 to build one)")
def test_built_bundle_passes_the_smoke_test():
    if os.environ.get("GONGJI_BUILD") == "1":
        b = subprocess.run(["bash", str(PKG / "build.sh")], cwd=REPO, capture_output=True, text=True, timeout=1800)
        assert b.returncode == 0, b.stdout[-3000:] + b.stderr[-3000:]
    r = subprocess.run(["bash", str(PKG / "smoke_test.sh"), str(DIST)], cwd=REPO, capture_output=True, text=True,
                       timeout=900, env={**os.environ, "SMOKE_RUNS": os.environ.get("SMOKE_RUNS", "3")})
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "smoke: all passed" in r.stdout


# ----------------------------------------------------------------------------------------------- CI workflow

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))


def _actionlint() -> str:
    exe = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert exe, "actionlint is not installed: it is in the test extra (pip install -e '.[test]')"
    return exe


def test_workflows_lint_clean():
    assert WORKFLOWS, "no workflow in .github/workflows"
    r = subprocess.run([_actionlint(), "-no-color", *map(str, WORKFLOWS)], cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_actionlint_does_find_mistakes(tmp_path):
    """The lint test above can fail: the same linter on a workflow with a typo'd key and a bad expression."""
    wf = tmp_path / ".github" / "workflows"
    wf.mkdir(parents=True)
    (wf / "bad.yml").write_text((REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
                                .replace("runs-on: ${{ matrix.os }}", "runs_on: ${{ matrix.oss }}"), encoding="utf-8")
    r = subprocess.run([_actionlint(), "-no-color", str(wf / "bad.yml")], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode != 0 and "runs_on" in r.stdout


def _build_job() -> str:
    text = (REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    return text[text.index("\n  build:\n"):text.index("\n  release:\n")]


def test_workflow_matrix_and_release():
    job = _build_job()
    for os_name in ("ubuntu-", "windows-", "macos-"):
        assert os_name in job
    text = (REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in text and "startsWith(github.ref, 'refs/tags/v')" in text
    assert "gh release create" in text and "contents: write" in text
    assert "upload-artifact" in job and "dist/release/*" in job


def test_linux_job_steps_are_what_ci_linux_job_runs():
    """Every run: step of the build job is one `bash scripts/ci-job STEP` (no logic in the workflow), each step is
    one ci-job knows, and scripts/ci-linux-job lists them in the workflow's order."""
    runs = re.findall(r"^ +run: (.*)$", _build_job(), flags=re.M)
    assert runs and all(re.fullmatch(r"bash scripts/ci-job [a-z-]+", r) for r in runs), runs
    steps = [r.split()[-1] for r in runs]
    assert steps == ["install", "lock-check", "test", "bundle", "smoke", "package"]
    listed = subprocess.run(["bash", str(REPO / "scripts" / "ci-linux-job"), "--list"], capture_output=True,
                            text=True, check=True).stdout.split()
    assert listed == steps
    ci_job = (REPO / "scripts" / "ci-job").read_text(encoding="utf-8")
    for step in steps:
        assert re.search(rf"^{re.escape(step)}\)$", ci_job, flags=re.M), step


# ----------------------------------------------------------------------------------------------- lock file

LOCK = PKG / "requirements.lock"
PLATFORMS = {"linux": "Linux", "win32": "Windows", "darwin": "Darwin"}


def _locked(lock_text: str) -> list[tuple[str, str, str]]:
    """(name, version, marker) of each pin; asserts every pin is exact and hashed."""
    out = []
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock_text):
        line = block.split("\\")[0].strip()
        if not line or line.startswith("#"):
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^ ;]+)(?: ; (.*))?", line)
        assert m, f"not an exact pin: {line}"
        assert "--hash=sha256:" in block, f"no hash for {line}"
        out.append((canonicalize_name(m[1]), m[2], m[3] or ""))
    return out


def lock_problems(pyproject: dict, lock_text: str) -> list[str]:
    """Why the lock does not satisfy pyproject's dependencies + the package extra, for Python 3.11 on each OS."""
    wanted = [*pyproject["project"]["dependencies"], *pyproject["project"]["optional-dependencies"]["package"]]
    pins = _locked(lock_text)
    problems = []
    for platform, system in PLATFORMS.items():
        env = {"python_version": "3.11", "python_full_version": "3.11.9", "sys_platform": platform,
               "platform_system": system, "os_name": "nt" if platform == "win32" else "posix",
               "implementation_name": "cpython", "platform_python_implementation": "CPython", "extra": ""}
        here = {n: v for n, v, marker in pins if not marker or Marker(marker).evaluate(env)}
        for spec in map(Requirement, wanted):
            if spec.marker and not spec.marker.evaluate(env):
                continue
            name = canonicalize_name(spec.name)
            if name not in here:
                problems.append(f"{platform}: {spec} is not in the lock")
            elif not spec.specifier.contains(here[name], prereleases=True):
                problems.append(f"{platform}: lock has {name}=={here[name]}, pyproject wants {spec}")
    return problems


def test_lock_is_in_step_with_pyproject():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert lock_problems(pyproject, LOCK.read_text(encoding="utf-8")) == []
    # the PySide6 pin that keeps CPython 3.11 away from 6.12.0 holds in the lock, too
    pyside = [v for n, v, _ in _locked(LOCK.read_text(encoding="utf-8")) if n == "pyside6-essentials"]
    assert pyside and all(Version(v) < Version("6.12") for v in pyside)


def test_lock_check_finds_a_dependency_out_of_step():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    lock_text = LOCK.read_text(encoding="utf-8")
    pyproject["project"]["dependencies"].append("tomli-w>=1")  # added to pyproject, not re-locked
    assert any("tomli-w" in p for p in lock_problems(pyproject, lock_text))
    pyproject["project"]["dependencies"][-1] = "SQLAlchemy>=99"  # a range the pin no longer fits
    assert any("sqlalchemy==" in p for p in lock_problems(pyproject, lock_text))
    with pytest.raises(AssertionError, match="exact pin"):
        _locked(lock_text.replace("alembic==", "alembic>=", 1))


# ----------------------------------------------------------------------------------------------- Windows installer

def test_inno_setup_script_installs_per_user_with_start_menu_and_uninstaller():
    raw = (PKG / "gongji.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads Chinese text only from a UTF-8 file with a BOM"
    text = raw.decode("utf-8-sig")
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif line and not line.startswith(";") and not line.startswith("#") and current:
            sections.setdefault(current, []).append(line)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # = %LOCALAPPDATA%\Programs for a per-user install
    assert setup.get("Uninstallable", "yes") == "yes" and setup["AppId"].startswith("{{")
    assert any(i.startswith('Name: "{autoprograms}\\家庭共济助手"') and "gongji-desktop.exe" in i
               for i in sections["Icons"])  # Start-menu entry
    assert any("{uninstallexe}" in i for i in sections["Icons"])
    assert any('Source: "{#DistDir}\\*"' in f and "recursesubdirs" in f for f in sections["Files"])
    ci_job = (REPO / "scripts" / "ci-job").read_text(encoding="utf-8")
    assert "/DDistDir=" in ci_job and "packaging/gongji.iss" in ci_job
