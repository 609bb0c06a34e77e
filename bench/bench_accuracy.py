"""The README's accuracy table: the shared scorer on every set of notices with expected records.

    .venv/bin/python bench/bench_accuracy.py [--shared ../shared]

Each set is extracted through the real pipeline (``flows.extract.extract_path``: clean, then parse)
and scored by ``shared/tools/score_extraction.py --json``. Prints one Markdown row per set.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.extract import extract_path  # noqa: E402


def score(gold: Path, docs: list[Path], scorer: Path) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for path in docs:
            out.write(json.dumps(extract_path(path), ensure_ascii=False) + "\n")
    result = subprocess.run([sys.executable, str(scorer), str(gold), out.name, "--json"],
                            capture_output=True, text=True, check=True)
    Path(out.name).unlink()
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    scorer = args.shared / "tools" / "score_extraction.py"
    fixtures = ROOT / "tests" / "fixtures"
    sets = [
        ("shared gold (`../shared/gold`, the seeds)", args.shared / "gold", sorted((args.shared / "seeds").glob("*"))),
        ("project notices (`tests/fixtures/notices`)", fixtures / "notices" / "gold",
         sorted((fixtures / "notices" / "docs").glob("*"))),
        ("held-out notices (`tests/fixtures/notices_heldout`)", fixtures / "notices_heldout" / "gold",
         sorted((fixtures / "notices_heldout" / "docs").glob("*"))),
    ]
    print("| set | notices | indicators strict F1 (P / R) | indicators loose F1 | tasks F1 | meeting accuracy | article checks |")
    print("|---|---|---|---|---|---|---|")
    for label, gold, docs in sets:
        s = score(gold, docs, scorer)
        strict, loose, tasks = s["indicators_strict"], s["indicators_loose"], s["tasks"]
        right, total = s["article_checks"]
        print(f"| {label} | {s['documents']} | {strict['f']:.3f} ({strict['p']:.3f} / {strict['r']:.3f}) "
              f"| {loose['f']:.3f} | {tasks['f']:.3f} | {s['meeting_accuracy']:.3f} | {right}/{total} |")


if __name__ == "__main__":
    main()
