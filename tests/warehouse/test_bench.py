"""The warehouse benchmark runs (tiny here; the README figures come from 100 000 notices)."""
import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_warehouse.py"


def test_the_benchmark_runs_at_a_tiny_size(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_warehouse", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.run(62, tmp_path, repeats=2)
    assert figures["indicators"] == 62 * 20 and figures["tasks"] == 62 * 10
    assert figures["query_rows"] > 0
    assert {"load_s", "load_cpu_s", "publish_with_search_refresh_s", "publish_copy_s", "query_median_ms"} <= set(figures)
