"""The quality gate: thresholds from ``--fail-under`` and ``--thresholds FILE``.

A threshold names a measure and its statistic (``claim.e2e.f1``,
``date.value.acc``). The gate fails when a measure is below its threshold. A
measure that is ``None`` (nothing to score: no gold and no prediction of that
kind) does not fail it: it is reported as not scored, because a gold file
without, say, relations says nothing about relation extraction. When both
sources name a measure, ``--fail-under`` wins (to try a stricter or looser
gate without editing the file).

>>> parse_fail_under("claim.e2e.f1=0.8, date.relaxed.f1=0.9")
{'claim.e2e.f1': 0.8, 'date.relaxed.f1': 0.9}
>>> [c.status for c in check({"claim.e2e.f1": 0.75, "date.relaxed.f1": None},
...                          {"claim.e2e.f1": 0.8, "date.relaxed.f1": 0.9})]
['failed', 'not scored']
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import SchemaError
from .tally import measure_keys


def _threshold(name: str, value: object, where: str) -> tuple[str, float]:
    known = measure_keys()
    if name not in known:
        close = [k for k in known if k.split(".")[0] == name.split(".")[0]] or known
        raise SchemaError(f"{where}: unknown measure {name!r}; use one of {', '.join(close)}")
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise SchemaError(
            f"{where}: threshold of {name} is {value!r}; give a number between 0 and 1 such as 0.8"
        )
    return name, float(value)


def parse_fail_under(text: str) -> dict[str, float]:
    """``"claim.e2e.f1=0.8,date.relaxed.f1=0.9"`` → ``{measure: threshold}``."""
    out: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, sep, raw = item.partition("=")
        if not sep:
            raise SchemaError(
                f"--fail-under: {item!r} is not measure=value; write for instance claim.e2e.f1=0.8"
            )
        try:
            value: object = float(raw)
        except ValueError:
            value = raw.strip()
        key, threshold = _threshold(name.strip(), value, "--fail-under")
        out[key] = threshold
    return out


def _flatten(table: dict, prefix: str = "") -> dict[str, object]:
    # `claim.e2e.f1 = 0.8` is a dotted key in TOML, read back as nested tables.
    out: dict[str, object] = {}
    for key, value in table.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(_flatten(value, name))
        else:
            out[name] = value
    return out


def load_thresholds(path: str | Path) -> dict[str, float]:
    """``claim.e2e.f1 = 0.8`` lines of a TOML file → ``{measure: threshold}``."""
    try:
        table = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SchemaError(
            f"--thresholds {path}: no such file; create it with lines such as claim.e2e.f1 = 0.8"
        ) from None
    except tomllib.TOMLDecodeError as err:
        raise SchemaError(
            f"--thresholds {path}: not valid TOML ({err}); write one `measure = value` a line"
        ) from None
    return dict(_threshold(name, value, str(path)) for name, value in _flatten(table).items())


@dataclass(frozen=True)
class Check:
    """One threshold against its measured value."""

    measure: str
    threshold: float
    value: float | None

    @property
    def status(self) -> str:
        if self.value is None:
            return "not scored"
        return "ok" if self.value >= self.threshold else "failed"

    @property
    def gap(self) -> float | None:
        """How far below the threshold (positive when failed)."""
        return None if self.value is None else self.threshold - self.value


def check(scores: dict[str, float | int | None], thresholds: dict[str, float]) -> list[Check]:
    return [Check(name, threshold, scores.get(name)) for name, threshold in thresholds.items()]
