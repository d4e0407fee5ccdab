"""Every `gongji` line of README's CLI block runs, in order, in an empty folder (as after the quick start)."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

from core import cli
from core.i18n import set_language

README = Path(__file__).resolve().parents[2] / "README.md"


def _examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The `gongji` command"):]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.startswith("gongji ")]


def test_readme_cli_examples_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    examples = _examples()
    assert len(examples) >= 10
    try:
        for line in examples:
            command, _, comment = line.partition("#")
            expected = 2 if "exit 2" in comment else 0
            code = cli.main(shlex.split(command)[1:])
            out = capsys.readouterr()
            assert code == expected, (line, out.err)
            assert "Traceback" not in out.err
    finally:
        set_language(None)
