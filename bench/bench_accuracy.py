"""The README's accuracy table: the shared scorer on every set of notices with expected records,
with the indicator errors sorted into classes.

    .venv/bin/python bench/bench_accuracy.py [--shared ../shared] [--show CLASS ...]

Each set is extracted through the real pipeline (``flows.extract.extract_path``: clean, then parse)
and scored by ``shared/tools/score_extraction.py --json``. Prints one Markdown row per set, then a
second table that sorts every strict indicator error into one class:

- ``name``, ``period``, ``target``: a prediction that is loosely right (measure, value and unit of an
  unmatched gold record) but has that field wrong (checked in that order);
- ``spurious``: a prediction with no unmatched gold record of the same measure, value and unit;
- ``missed``: a gold record (not optional) that no prediction matched even loosely.

``--show period`` (or any class, or ``all``) lists the errors of that class, one a line.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.extract import extract_path  # noqa: E402

CLASSES = ("name", "period", "target", "spurious", "missed")


def load_scorer(path: Path):
    """The shared scorer as a module (standard library only), for its matching functions."""
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(docs: list[Path]) -> Path:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for path in docs:
            out.write(json.dumps(extract_path(path), ensure_ascii=False) + "\n")
    return Path(out.name)


def score(gold: Path, predictions: Path, scorer: Path) -> dict:
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(predictions), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def error_classes(gold: Path, predictions: Path, scorer) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
    """Counts per class and ``(class, doc, line)`` for every strict indicator error."""
    golds = scorer.load_gold(gold)
    preds = scorer.load_predictions(str(predictions))
    counts = dict.fromkeys(CLASSES, 0)
    errors: list[tuple[str, str, str]] = []
    for doc, g in sorted(golds.items()):
        found = (preds.get(doc) or {}).get("indicators") or []
        *_, misses, wrong = scorer.match_indicators(found, g.get("indicators", []), scorer.strict_match)
        misses = list(misses)
        for pred in wrong:
            pair = next((m for m in misses if scorer.loose_match(pred, m)), None)
            if pair is None:
                kind, line = "spurious", scorer.short(pred)
            else:
                misses.remove(pair)
                kind = ("name" if not scorer.names_match(pred.get("name"), pair)
                        else "period" if not scorer.period_ok(pred, pair) else "target")
                line = f"{scorer.short(pred)}  (gold: {scorer.short(pair)})"
            counts[kind] += 1
            errors.append((kind, doc, f"{line}  « {pred.get('evidence') or ''}"))
        for miss in misses:
            counts["missed"] += 1
            errors.append(("missed", doc, scorer.short(miss)))
    return counts, errors


def sets(shared: Path) -> list[tuple[str, Path, list[Path]]]:
    fixtures = ROOT / "tests" / "fixtures"
    real = shared / "realtexts"
    return [
        ("real texts, dated (`../shared/realtexts/dated`)", shared / "realgold", sorted(real.glob("dated/*.txt"))),
        ("real texts, as found (`../shared/realtexts`)", shared / "realgold", sorted(real.glob("*.txt"))),
        ("shared gold (`../shared/gold`, the seeds)", shared / "gold", sorted((shared / "seeds").glob("*"))),
        ("project notices (`tests/fixtures/notices`)", fixtures / "notices" / "gold",
         sorted((fixtures / "notices" / "docs").glob("*"))),
        ("held-out notices (`tests/fixtures/notices_heldout`)", fixtures / "notices_heldout" / "gold",
         sorted((fixtures / "notices_heldout" / "docs").glob("*"))),
        ("fresh notices (`tests/fixtures/notices_fresh`)", fixtures / "notices_fresh" / "gold",
         sorted((fixtures / "notices_fresh" / "docs").glob("*"))),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", nargs="*", default=[], help="list the errors of these classes (or all)")
    args = parser.parse_args()
    scorer_path = args.shared / "tools" / "score_extraction.py"
    scorer = load_scorer(scorer_path)
    rows, breakdown = [], []
    for label, gold, docs in sets(args.shared):
        predictions = predict(docs)
        try:
            s = score(gold, predictions, scorer_path)
            counts, errors = error_classes(gold, predictions, scorer)
        finally:
            predictions.unlink()
        strict, loose, tasks = s["indicators_strict"], s["indicators_loose"], s["tasks"]
        right, total = s["article_checks"]
        rows.append(f"| {label} | {s['documents']} | {strict['f']:.3f} ({strict['p']:.3f} / {strict['r']:.3f}) "
                    f"| {loose['f']:.3f} | {tasks['f']:.3f} | {s['meeting_accuracy']:.3f} | {right}/{total} |")
        breakdown.append(f"| {label} | " + " | ".join(str(counts[c]) for c in CLASSES) + f" | {sum(counts.values())} |")
        for kind, doc, line in errors:
            if kind in args.show or "all" in args.show:
                print(f"{label.split(' (')[0]} · {doc} · {kind}: {line}")
    print("| set | notices | indicators strict F1 (P / R) | indicators loose F1 | tasks F1 | meeting accuracy | article checks |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("| indicator errors by class | " + " | ".join(CLASSES) + " | all |")
    print("|---|" + "---|" * (len(CLASSES) + 1))
    print("\n".join(breakdown))


if __name__ == "__main__":
    main()
