"""`gongji rules evaluate` (core.evaluate) against the contract in shared/contracts/EVALUATE.md.

Every file in evaluate_cases/ is an input document plus either "expect" (the output) or "expect_error" (the field
the one-line error must name). Files with "raw_input" feed that text on standard input instead (for input that is
not a JSON object at all). The case files are themselves valid inputs: their extra keys must be ignored.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import core.i18n
from core import evaluate as ev
from core.errors import InvalidInput

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CASES_DIR = HERE / "evaluate_cases"
CONTRACTS = REPO.parent / "shared" / "contracts"
EXAMPLE = CONTRACTS / "example-manual.json"

CASES = sorted(CASES_DIR.glob("*.json"))
OK_CASES = [p for p in CASES if "expect" in json.loads(p.read_text(encoding="utf-8"))]
ERROR_CASES = [p for p in CASES if "expect_error" in json.loads(p.read_text(encoding="utf-8"))]


def run(argv: list[str], stdin_text: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = ev.main(argv, stdin=io.StringIO(stdin_text), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_case(path: Path) -> tuple[int, str, str]:
    case = json.loads(path.read_text(encoding="utf-8"))
    if "raw_input" in case:
        return run(["-"], case["raw_input"])
    return run([str(path)])


def assert_error(code: int, out: str, err: str, field: str) -> None:
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, f"not exactly one line: {err!r}"
    assert err.startswith(f"{field}: "), f"expected the message to name {field!r}, got {err!r}"
    assert len(err.strip()) > len(field) + 2


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setattr(core.i18n, "_language", "en")


def test_case_files_present_and_well_formed():
    assert len(OK_CASES) >= 15 and len(ERROR_CASES) >= 40
    for p in CASES:
        case = json.loads(p.read_text(encoding="utf-8"))
        assert ("expect" in case) != ("expect_error" in case), p.name


@pytest.mark.skipif(not EXAMPLE.exists(), reason=f"shared contract example not found at {EXAMPLE}")
def test_contract_example():
    expect = json.loads(EXAMPLE.read_text(encoding="utf-8"))["expect"]
    code, out, err = run([str(EXAMPLE)])
    assert (code, err) == (0, "")
    assert json.loads(out) == expect


@pytest.mark.parametrize("path", OK_CASES, ids=lambda p: p.stem)
def test_ok_case(path: Path):
    expect = json.loads(path.read_text(encoding="utf-8"))["expect"]
    code, out, err = run_case(path)
    assert (code, err) == (0, ""), err
    assert out.endswith("\n") and out.count("\n") == 1
    assert json.loads(out) == expect
    # evaluate() gives the same without the command line
    assert ev.evaluate(json.loads(path.read_text(encoding="utf-8"))) == expect


@pytest.mark.parametrize("path", ERROR_CASES, ids=lambda p: p.stem)
def test_error_case(path: Path):
    field = json.loads(path.read_text(encoding="utf-8"))["expect_error"]
    assert_error(*run_case(path), field)


def test_message_from_contract(english):
    doc = {"policy": {"order": "manual"}, "payer": {"id": "c", "balance_fen": 0},
           "pooled": [{"id": "a", "balance_fen": 1, "bound_at": "2024-05-01T09:00:00+08:00", "position": 1},
                      {"id": "b", "balance_fen": 1.0, "bound_at": "2024-05-01T09:00:00+08:00", "position": 2}],
           "amount_fen": 1}
    code, out, err = run(["-"], json.dumps(doc))
    assert (code, out, err) == (2, "", "pooled[1].balance_fen: must be a whole number of fen\n")


def test_evaluate_raises_invalid_input_with_field():
    with pytest.raises(InvalidInput) as info:
        ev.evaluate({"policy": {"order": "manual"}, "payer": {"id": "c", "balance_fen": 0}, "pooled": [],
                     "amount_fen": 0})
    assert info.value.field == "amount_fen"
    with pytest.raises(InvalidInput) as info:
        ev.evaluate([])  # type: ignore[arg-type]
    assert info.value.field == "input"


def test_stdin_dash(tmp_path):
    doc = json.loads((CASES_DIR / "manual_three_accounts.json").read_text(encoding="utf-8"))
    code, out, err = run(["-"], json.dumps(doc))
    assert (code, err) == (0, "")
    assert json.loads(out) == doc["expect"]


def test_stdin_bytes_buffer():
    doc = json.loads((CASES_DIR / "unicode_ids_and_extra_keys.json").read_text(encoding="utf-8"))
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(doc, ensure_ascii=False).encode("utf-8")), encoding="latin-1")
    out, err = io.StringIO(), io.StringIO()
    assert ev.main(["-"], stdin=stdin, stdout=out, stderr=err) == 0  # read as UTF-8 bytes, not the stream's codec
    assert json.loads(out.getvalue()) == doc["expect"]


def test_file_with_utf8_bom(tmp_path):
    doc = json.loads((CASES_DIR / "payer_covers_all.json").read_text(encoding="utf-8"))
    f = tmp_path / "bom.json"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode("utf-8"))
    code, out, _ = run([str(f)])
    assert code == 0 and json.loads(out) == doc["expect"]


def test_unreadable_file(tmp_path):
    assert_error(*run([str(tmp_path / "does-not-exist.json")]), "input")
    assert_error(*run([str(tmp_path)]), "input")  # a directory


def test_not_utf8(tmp_path):
    f = tmp_path / "latin1.json"
    f.write_bytes('{"policy": {"order": "manual"}, "payer": {"id": "m\u00e9", "balance_fen": 1}}'.encode("latin-1"))
    assert_error(*run([str(f)]), "input")


def test_deeply_nested_json_is_an_error_not_a_crash():
    assert_error(*run(["-"], "[" * 100_000 + "]" * 100_000), "input")


def test_bad_arguments():
    for argv in ([], ["a.json", "b.json"]):
        code, out, err = run(argv)
        assert code == 2 and out == "" and err.count("\n") == 1 and "usage" in err


def test_help():
    code, out, err = run(["--help"])
    assert code == 0 and "usage" in out and err == ""


def test_error_line_is_single_even_with_newline_in_id():
    doc = {"policy": {"order": "manual"}, "payer": {"id": "x", "balance_fen": 0},
           "pooled": [{"id": "a\nb", "balance_fen": 1, "bound_at": "2024-05-01T09:00:00", "position": 1},
                      {"id": "a\nb", "balance_fen": 1, "bound_at": "2024-05-01T09:00:00", "position": 2}],
           "amount_fen": 1}
    assert_error(*run(["-"], json.dumps(doc)), "pooled[1].id")


# ------------------------------------------------------------------------------------------ as a real process

def subprocess_run(args: list[str], stdin_text: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GONGJI_LANG="en", PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "core.evaluate", *args], input=stdin_text, capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, env=env, timeout=60)


@pytest.mark.parametrize("name", ["prior_years_sharing", "bind_time_tie_by_position", "unicode_ids_and_extra_keys"])
def test_subprocess_ok(name: str):
    path = CASES_DIR / f"{name}.json"
    proc = subprocess_run([str(path)])
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout) == json.loads(path.read_text(encoding="utf-8"))["expect"]


@pytest.mark.skipif(not EXAMPLE.exists(), reason=f"shared contract example not found at {EXAMPLE}")
def test_subprocess_contract_example_on_stdin():
    proc = subprocess_run(["-"], EXAMPLE.read_text(encoding="utf-8"))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout) == json.loads(EXAMPLE.read_text(encoding="utf-8"))["expect"]


@pytest.mark.parametrize("name", ["error_pooled_balance_float", "error_payer_among_pooled", "error_not_json"])
def test_subprocess_error(name: str):
    case = json.loads((CASES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    if "raw_input" in case:
        proc = subprocess_run(["-"], case["raw_input"])
    else:
        proc = subprocess_run([str(CASES_DIR / f"{name}.json")])
    assert_error(proc.returncode, proc.stdout, proc.stderr, case["expect_error"])


def test_subprocess_missing_file(tmp_path):
    proc = subprocess_run([str(tmp_path / "nope.json")])
    assert_error(proc.returncode, proc.stdout, proc.stderr, "input")
