"""The pip pins, the full lock and the conda/Binder environment must agree.

conda (and Binder's mamba) install an environment file's pip section by writing its lines to a
temporary requirements file next to the environment file and running pip on it, so a ``-r`` or
``-c`` line there is read relative to the environment file's folder, as pip reads nested files.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO

ENVIRONMENT = REPO / "environment.yml"
# Options that name a file of pins, as pip spells them in a requirements file.
FILE_OPTIONS = {
    "-r": "requirements",
    "--requirement": "requirements",
    "-c": "constraints",
    "--constraint": "constraints",
}


def _name(requirement: str) -> str:
    """Return a requirement's project name, normalised as PEP 503 does (case, runs of -_.)."""
    return re.sub(r"[-_.]+", "-", requirement).lower()


def _pins(lines: list[str]) -> dict[str, str]:
    """Return {project name: version} of requirement lines; every requirement must be pinned with ``==``."""
    pins = {}
    for line in lines:
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-")):
            continue
        name, _, version = line.partition("==")
        assert version and re.fullmatch(r"[A-Za-z0-9_.\-]+", name), f"not pinned exactly: {line!r}"
        pins[_name(name)] = version
    return pins


def requirement_pins() -> dict[str, str]:
    return _pins((REPO / "requirements.txt").read_text().splitlines())


def lock_pins() -> dict[str, str]:
    return _pins((REPO / "constraints.txt").read_text().splitlines())


def pip_section(environment: Path) -> list[str]:
    """Return the lines of the pip section of a conda environment file."""
    dependencies = yaml.safe_load(environment.read_text())["dependencies"]
    sections = [item["pip"] for item in dependencies if isinstance(item, dict) and "pip" in item]
    assert len(sections) == 1, "environment.yml needs exactly one pip section"
    return [str(line).strip() for line in sections[0]]


def pins_installed_by(environment: Path) -> dict[str, dict[str, str]]:
    """Return the pins a pip section installs: {"requirements": …, "constraints": …, "packages": …}.

    ``-r``/``-c`` files are read relative to the environment file (see the module docstring);
    "packages" are requirements named in the section itself, outside any pin file.
    """
    found: dict[str, dict[str, str]] = {"requirements": {}, "constraints": {}, "packages": {}}
    for line in pip_section(environment):
        option, _, value = line.partition(" ")
        if option in FILE_OPTIONS:
            path = environment.parent / value.strip()
            assert path.is_file(), f"{line!r}: no file {path.name} next to {environment.name}"
            found[FILE_OPTIONS[option]].update(_pins(path.read_text().splitlines()))
        elif line not in ("-e .", "."):  # the analysis package itself, from this repository
            found["packages"].update(_pins([line]))
    return found


def test_environment_yml_installs_the_requirements_with_the_full_lock():
    installed = pins_installed_by(ENVIRONMENT)
    assert installed["requirements"] == requirement_pins()
    assert installed["constraints"] == lock_pins()
    # A package named in environment.yml itself would escape the lock and drift from pip.
    assert installed["packages"] == {}


def test_environment_yml_has_no_conda_packages_but_python_and_pip():
    dependencies = yaml.safe_load(ENVIRONMENT.read_text())["dependencies"]
    conda_packages = {re.split(r"[=<> ]", item)[0] for item in dependencies if isinstance(item, str)}
    assert conda_packages == {"python", "pip"}


def test_pins_read_through_the_pip_section_follow_the_files(tmp_path):
    # The same reader on an invented environment: a pin file next to it, and a package outside any file.
    (tmp_path / "reqs.txt").write_text("Foo_Bar==1.0\n")
    (tmp_path / "lock.txt").write_text("# header\nfoo-bar==1.0\nbaz==2.1\n")
    env = tmp_path / "environment.yml"
    env.write_text(
        "dependencies:\n  - python=3.11\n  - pip:\n      - -r reqs.txt\n      - -c lock.txt\n      - qux==3\n"
    )
    assert pins_installed_by(env) == {
        "requirements": {"foo-bar": "1.0"},
        "constraints": {"foo-bar": "1.0", "baz": "2.1"},
        "packages": {"qux": "3"},
    }
    env.write_text("dependencies:\n  - pip:\n      - -r missing.txt\n")
    with pytest.raises(AssertionError, match="no file missing.txt"):
        pins_installed_by(env)


def test_environment_yml_pins_python_minor_version():
    env = yaml.safe_load(ENVIRONMENT.read_text())
    python = [d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert python and re.fullmatch(r"python=3\.\d+", python[0])
    lock_header = (REPO / "constraints.txt").read_text().splitlines()[0]
    assert f"Python {python[0].split('=')[1]}" in lock_header


def test_every_direct_pin_is_in_the_lock_with_the_same_version():
    lock = lock_pins()
    assert {name: lock.get(name) for name in requirement_pins()} == requirement_pins()


def test_every_line_of_the_lock_is_an_exact_pin():
    lines = [line for line in (REPO / "constraints.txt").read_text().splitlines() if line and not line[0] == "#"]
    assert len(lock_pins()) == len(lines)


def test_binder_apt_packages_exist_on_ubuntu():
    # Binder builds on Ubuntu, where Chromium is only a snap package (snaps do not run in a container)
    # and Debian's names 'chromium' and 'chromium-driver' do not exist: listing them fails the build.
    apt = REPO / "apt.txt"
    packages = set(apt.read_text().split()) if apt.is_file() else set()
    assert not packages & {"chromium", "chromium-driver", "chromium-browser", "chromium-chromedriver"}


def _outside_code_blocks(markdown: str) -> str:
    """Return ``markdown`` without its fenced code blocks (text a reader sees rendered)."""
    return re.sub(r"^( *)```.*?^\1```", "", markdown, flags=re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("page", ["README.md", "notebooks/README.md"])
def test_no_page_shows_a_binder_badge_without_an_address(page):
    # A badge linking to the placeholder OWNER/REPO looks like a working link and is not one:
    # the placeholder may appear only inside a code block, as the line to copy once published.
    rendered = _outside_code_blocks((REPO / page).read_text(encoding="utf-8"))
    assert "mybinder.org/v2/gh/OWNER/REPO" not in rendered


def test_code_blocks_are_left_out_of_the_rendered_text():
    text = "before\n\n  ```\n  [![Binder](https://mybinder.org/v2/gh/OWNER/REPO/HEAD)]\n  ```\nafter\n"
    assert _outside_code_blocks(text) == "before\n\n\nafter\n"
