"""The README stays true: permalink parameters, the two commands, the build's --help."""

import re
import subprocess
import sys
from pathlib import Path

from geo.view_state import PARAMETERS, VERSION

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_url_parameter_is_documented_in_the_permalink_table():
    table = README.split("## Permalinks")[1].split("\n## ")[0]
    documented = re.findall(r"^\| `([a-z0-9]+)` \|", table, flags=re.MULTILINE)
    assert documented == [*PARAMETERS, VERSION]


def test_the_readme_commands_are_the_ones_ci_and_make_run():
    assert "| `make run` |" in README and "| `make test` |" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd ", "export "))] == ["make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\t$(PY) app.py" in makefile.split("run:")[1].split("\n\n")[0]
    assert "\t$(PY) -m pytest" in makefile.split("test:")[1].split("\n\n")[0]


def test_the_build_help_in_the_readme_is_the_real_one():
    real = subprocess.run(
        [sys.executable, "-m", "geo.build", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "80", "PATH": ""},
    ).stdout
    assert real.strip() in README
