"""The pip pins, the full lock and the conda/Binder environment must agree."""

from __future__ import annotations

import re

import yaml

from conftest import REPO


def _pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("#", "-")):
            continue
        name, _, version = line.partition("==")
        assert version, f"not pinned exactly: {line!r}"
        pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def requirement_pins() -> dict[str, str]:
    return _pins((REPO / "requirements.txt").read_text().splitlines())


def test_environment_yml_has_the_same_pins_as_requirements():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    pip_section = next(item for item in env["dependencies"] if isinstance(item, dict))["pip"]
    assert _pins(pip_section) == requirement_pins()


def test_environment_yml_pins_python_minor_version():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    python = [d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert python and re.fullmatch(r"python=3\.\d+", python[0])
    lock_header = (REPO / "constraints.txt").read_text().splitlines()[0]
    assert f"Python {python[0].split('=')[1]}" in lock_header


def test_every_direct_pin_is_in_the_lock_with_the_same_version():
    lock = _pins((REPO / "constraints.txt").read_text().splitlines())
    for name, version in requirement_pins().items():
        assert lock.get(name) == version, name
