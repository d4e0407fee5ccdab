"""``gongji rules evaluate FILE|-`` — the deduction rule as a JSON function (contract: shared/contracts/EVALUATE.md).

Input: a JSON object with ``policy``, ``payer``, ``pooled`` and ``amount_fen``; extra keys are ignored.
Output: ``{"deductions": [{"account": ..., "amount_fen": ...}, ...], "out_of_pocket_fen": ...}`` on standard output,
exit 0. Invalid input: exit 2, one line ``<field>: <what is wrong>`` on standard error, nothing on standard output.

Also runnable as ``python -m core.evaluate FILE|-``.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import IO, Any, NoReturn

from core import rules
from core.errors import InvalidInput
from core.i18n import tr

EXIT_OK = 0
EXIT_INVALID = 2


def _bad(field: str, detail: str) -> NoReturn:
    raise InvalidInput(f"{field}: {detail}", field=field)


def _object(value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        _bad(field, tr("must be a JSON object"))
    return value


def _required(obj: dict[str, Any], key: str, field: str) -> Any:
    if key not in obj:
        _bad(f"{field}.{key}" if field else key, tr("is missing"))
    return obj[key]


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        _bad(field, tr("must be a string"))
    return value


def _fen(value: object, field: str) -> int:
    # The rule checks money too; checking here as well keeps the message for e.g. 1.0 or true at this field even
    # where the rule would otherwise fail first on something else.
    if isinstance(value, bool) or not isinstance(value, int):
        _bad(field, tr("must be a whole number of fen"))
    return value


def _datetime(value: object, field: str) -> datetime:
    if not isinstance(value, str):
        _bad(field, tr("must be an ISO 8601 date and time such as 2024-05-01T09:00:00+08:00"))
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        _bad(field, tr("must be an ISO 8601 date and time such as 2024-05-01T09:00:00+08:00"))


def _choice(value: object, choices: tuple[str, ...], field: str) -> str:
    if not isinstance(value, str) or value not in choices:
        _bad(field, tr("must be one of {choices}", choices=", ".join(choices)))
    return value


def parse(doc: object) -> tuple[rules.Policy, str, int, list[rules.Pooled], int]:
    """Turn an input document into the arguments of :func:`core.rules.plan_payment`; raises InvalidInput."""
    doc = _object(doc, "input")

    pol = _object(_required(doc, "policy", ""), "policy")
    order = _choice(_required(pol, "order", "policy"), rules.ORDERS, "policy.order")
    min_retained = _fen(pol.get("min_retained_fen", 0), "policy.min_retained_fen")
    shareable = _choice(pol.get("shareable", "all"), rules.SHAREABLE, "policy.shareable")
    policy = rules.Policy(order=order, min_retained_fen=min_retained, shareable=shareable)  # type: ignore[arg-type]

    payer = _object(_required(doc, "payer", ""), "payer")
    payer_id = _text(_required(payer, "id", "payer"), "payer.id")
    payer_balance = _fen(_required(payer, "balance_fen", "payer"), "payer.balance_fen")

    raw_pooled = _required(doc, "pooled", "")
    if not isinstance(raw_pooled, list):
        _bad("pooled", tr("must be a JSON array"))
    pooled: list[rules.Pooled] = []
    for i, raw in enumerate(raw_pooled):
        field = f"pooled[{i}]"
        entry = _object(raw, field)
        acct_id = _text(_required(entry, "id", field), f"{field}.id")
        balance = _fen(_required(entry, "balance_fen", field), f"{field}.balance_fen")
        prior = entry.get("prior_years_fen")  # optional; null counts as absent
        if prior is not None:
            prior = _fen(prior, f"{field}.prior_years_fen")
        bound_at = _datetime(_required(entry, "bound_at", field), f"{field}.bound_at")
        position = _required(entry, "position", field)
        if isinstance(position, bool) or not isinstance(position, int):
            _bad(f"{field}.position", tr("must be a whole number"))
        pooled.append(rules.Pooled(id=acct_id, balance_fen=balance, bound_at=bound_at, position=position,
                                   prior_years_fen=prior))

    amount = _fen(_required(doc, "amount_fen", ""), "amount_fen")
    return policy, payer_id, payer_balance, pooled, amount


def evaluate(doc: dict[str, Any]) -> dict[str, Any]:
    """Apply the deduction rule to an input document; returns the output document. Raises InvalidInput."""
    plan = rules.plan_payment(*parse(doc))
    return {
        "deductions": [{"account": d.account, "amount_fen": d.amount_fen} for d in plan.deductions],
        "out_of_pocket_fen": plan.out_of_pocket_fen,
    }


# --------------------------------------------------------------------------------------------------- command line

USAGE = "usage: gongji rules evaluate FILE|-"


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _load(text: str) -> object:
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)
    except (ValueError, RecursionError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        _bad("input", tr("is not valid JSON: {detail}{where}", detail=detail, where=where))


def _read(source: str, stdin: IO[str] | None) -> str:
    try:
        if source == "-":
            stream = stdin if stdin is not None else sys.stdin
            buffer = getattr(stream, "buffer", None)
            data: bytes | str = buffer.read() if buffer is not None else stream.read()
        else:
            with open(source, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        _bad("input", tr("cannot read {file}: {reason}", file=source, reason=exc.strerror or str(exc)))
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            _bad("input", tr("{file} is not UTF-8 text", file=source))
    return data.removeprefix("\ufeff")


def _write(stream: IO[str], text: str) -> None:
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a console that cannot show some account id: fall back to \u escapes
        stream.write(text.encode("ascii", "backslashreplace").decode("ascii"))
    stream.flush()


def main(argv: list[str] | None = None, stdin: IO[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    """``gongji rules evaluate FILE|-``; ``argv`` is what follows ``evaluate``. Returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if args and args[0] in ("-h", "--help"):
        _write(out, USAGE + "\n" + tr("Prints how a payment would be covered; see EVALUATE.md for the format.") + "\n")
        return EXIT_OK
    if len(args) != 1:
        _write(err, USAGE + "\n")
        return EXIT_INVALID
    try:
        result = evaluate(_load(_read(args[0], stdin)))  # type: ignore[arg-type]
    except InvalidInput as exc:
        _write(err, " ".join(str(exc).splitlines()) + "\n")  # always exactly one line
        return EXIT_INVALID
    _write(out, json.dumps(result, ensure_ascii=False) + "\n")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
