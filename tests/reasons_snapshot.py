"""Every English sentence the rules, the review and the sensitivity analysis write, for the 12
reference cases and every single-input variant of them (the sensitivity analysis's changes, which
reach each branch of the rules), plus an empty case. ``tests/data/reasons_en.json`` holds this,
taken before the sentences became catalogue templates (issue 21): English must not change by one
byte. Regenerate only for an intended English change: ``python tests/reasons_snapshot.py``."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.models.case import Case  # noqa: E402
from desktop.models.completeness import missing  # noqa: E402
from desktop.models.library import reference_cases  # noqa: E402
from desktop.models.review import review  # noqa: E402
from desktop.models.rules import effective_leverage, suggest_case, suggest_instruments_for, target_levels  # noqa: E402
from desktop.models.scales import Level, Step  # noqa: E402
from desktop.models.sensitivity import analyse, apply_change, changes, format_text  # noqa: E402

SNAPSHOT = Path(__file__).resolve().parent / "data" / "reasons_en.json"


def case_texts(case: Case) -> list[str]:
    """What the rules and the review say about one case, in a fixed order."""
    result = suggest_case(case)
    out = [*result["leverage"]["reasons"]]
    for value in result["feasibility"].values():
        out += value["reasons"]
    out += [i["reason"] for i in result["instruments"]]
    out += [s.reason for lv in Level for s in suggest_instruments_for(case, lv, same_area_only=False)]
    out += [target_levels(case)[1], effective_leverage(case)[1]]
    out += [f"{f.kind}|{f.step.value}|{f.message}" for f in review(case)]
    out += [text for step in Step for text in missing(case, step)]
    return out


def variants() -> list[tuple[str, Case]]:
    empty = Case.model_validate({"id": "empty", "title": "Empty"})
    out = [("empty", empty)]
    for case in (*reference_cases(), empty):
        out.append((case.id, case))
        out += [(f"{case.id}|{c.key}={c.after}", apply_change(case, c.key, c.after)) for c in changes(case)]
    return out


def collect() -> dict:
    """Distinct sentences (readable on failure) and one digest per variant (order and all)."""
    sentences: set[str] = set()
    digests: dict[str, str] = {}
    for name, case in variants():
        texts = case_texts(case)
        sentences.update(texts)
        digests[name] = hashlib.sha256("\n".join(texts).encode()).hexdigest()
    sensitivity = {}
    for case in (*reference_cases(), Case.model_validate({"id": "empty", "title": "Empty"})):
        result = analyse(case)
        described = [f"{f.change.describe()}|{f.change.steps_text()}|{f.mark()}" for f in result.flips]
        sensitivity[case.id] = "\n".join([format_text(result), *described])
    return {"sentences": sorted(sentences), "digests": digests, "sensitivity": sensitivity}


if __name__ == "__main__":
    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_text(json.dumps(collect(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(SNAPSHOT)
