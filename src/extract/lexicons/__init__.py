"""General French lexicons shared by the components, kept as data files.

>>> MONTHS["août"], WEEKDAYS["lundi"]
(8, 0)
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def load(name: str):
    """Parse ``lexicons/<name>`` (JSON) once per process."""
    return json.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))


MONTHS: dict[str, int] = load("calendar.json")["months"]
WEEKDAYS: dict[str, int] = load("calendar.json")["weekdays"]
