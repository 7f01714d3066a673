"""Join the settled parts into data/gold/gold.jsonl, sorted by document then start."""

import json
from pathlib import Path

HERE = Path(__file__).parent


def start(fact):
    if fact.get("start") is not None:
        return fact["start"]
    return fact["mentions"][0][0] if fact.get("mentions") else -1


facts = [json.loads(line) for part in sorted(HERE.glob("part*.jsonl")) for line in part.open() if line.strip()]
facts.sort(key=lambda f: (f["doc"], start(f)))
with (HERE.parent / "gold.jsonl").open("w", encoding="utf-8") as fh:
    fh.writelines(json.dumps(f, ensure_ascii=False) + "\n" for f in facts)
print(f"{len(facts)} facts")
