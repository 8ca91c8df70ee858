"""The release workflow cannot run here; what can be checked here is: it lints clean, it builds
and uploads every package the README promises, and every script it calls exists."""

from __future__ import annotations

import re
import subprocess
import sys

import yaml

from support.helpers import REPO

WORKFLOW = REPO / ".github" / "workflows" / "build.yml"


def steps(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("with", {}).get("path", "")) for step in job["steps"])


def test_the_workflow_passes_yamllint():
    result = subprocess.run(
        [sys.executable, "-m", "yamllint", "--strict", str(WORKFLOW)], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_builds_and_uploads_every_package_on_its_own_system():
    jobs = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    expected = {
        "linux-packages": (
            "ubuntu-22.04",
            "installers/linux/build.sh",
            ["antigravity-tray_*_amd64.deb", "antigravity-tray-*-linux-x86_64.tar.gz"],
        ),
        "windows": ("windows-latest", "installers/windows/build.ps1", ["antigravity-tray-*-windows-x64-setup.exe"]),
        "macos": ("macos-14", "installers/macos/build.sh", ["antigravity-tray-*-macos-*.dmg"]),
    }
    for name, (runner, script, artifacts) in expected.items():
        job = jobs[name]
        assert job["runs-on"] == runner
        text = steps(job)
        assert script in text and (REPO / script).is_file(), (name, script)
        for artifact in artifacts:
            assert f"dist/{artifact}" in text, (name, artifact)
        assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in job["steps"]), name
    assert "bash .ci/run" in steps(jobs["linux-tests"]) and jobs["linux-tests"]["container"] == "debian:12"


def test_the_package_names_match_what_the_build_scripts_write():
    linux = (REPO / "installers" / "linux" / "build.sh").read_text()
    assert "dist/antigravity-tray_${VERSION}_${ARCH}.deb" in linux
    assert "dist/antigravity-tray-${VERSION}-linux-${MACHINE}.tar.gz" in linux
    assert (
        "antigravity-tray-$version-windows-x64-setup.exe" in (REPO / "installers" / "windows" / "build.ps1").read_text()
    )
    macos = (REPO / "installers" / "macos" / "build.sh").read_text()
    assert re.search(r"dist/antigravity-tray-\$\{VERSION\}-macos-\$\(uname -m\)\.dmg", macos)
