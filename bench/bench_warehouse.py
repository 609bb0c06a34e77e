"""Warehouse benchmark: load N synthetic parsed notices (about 20 indicators and 10 tasks each) and
query ``indicator_series`` for one indicator across provinces.

    .venv/bin/python bench/bench_warehouse.py               # 100 000 notices (the README figures)
    .venv/bin/python bench/bench_warehouse.py --notices 500  # quick look

Prints the figures: write of the synthetic file, load (wall time, and CPU time of all threads: on a
busy machine the wall time says more about the neighbours than about the load), publish, and query
latency on the published copy (median of repeated runs, after one warm-up), and the machine's load
average. Aims: load < 60 s, query < 50 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PROVINCES = [
    ("beijing", "北京"), ("tianjin", "天津"), ("hebei", "河北"), ("shanxi", "山西"), ("neimenggu", "内蒙古"),
    ("liaoning", "辽宁"), ("jilin", "吉林"), ("heilongjiang", "黑龙江"), ("shanghai", "上海"), ("jiangsu", "江苏"),
    ("zhejiang", "浙江"), ("anhui", "安徽"), ("fujian", "福建"), ("jiangxi", "江西"), ("shandong", "山东"),
    ("henan", "河南"), ("hubei", "湖北"), ("hunan", "湖南"), ("guangdong", "广东"), ("guangxi", "广西"),
    ("hainan", "海南"), ("chongqing", "重庆"), ("sichuan", "四川"), ("guizhou", "贵州"), ("yunnan", "云南"),
    ("xizang", "西藏"), ("shaanxi", "陕西"), ("gansu", "甘肃"), ("qinghai", "青海"), ("ningxia", "宁夏"),
    ("xinjiang", "新疆"),
]
NAMES = [
    ("规模以上工业增加值", "growth", "%"), ("规上工业增加值", "growth", "%"), ("工业投资", "growth", "%"),
    ("技改投资", "growth", "%"), ("制造业增加值", "share", "%"), ("高技术制造业增加值", "growth", "%"),
    ("装备制造业增加值", "growth", "%"), ("工业用电量", "growth", "%"), ("规上工业企业营业收入", "value", "元"),
    ("专精特新“小巨人”企业", "value", "家"), ("国家级企业技术中心", "value", "家"), ("数字经济核心产业增加值", "growth", "%"),
    ("工业增加值", "value", "元"), ("规上工业企业数", "value", "家"), ("软件业务收入", "growth", "%"),
    ("国家级绿色工厂", "value", "家"), ("制造业投资", "growth", "%"), ("工业战略性新兴产业增加值", "growth", "%"),
    ("规上工业增加值增速全国排名", "rank", "位"), ("规上工业企业利润总额", "growth", "%"),
]
PERIODS = ["2022", "2023", "2023Q1", "2023M10", "2023H1", "2018-2022", "2024"]


def synthetic_line(i: int, rng: random.Random, parser_version: int = 1) -> dict:
    """One parsed-notice line in the interface format, with ~20 indicators and ~10 tasks."""
    site, province = PROVINCES[i % len(PROVINCES)]
    year = 2015 + (i // len(PROVINCES)) % 11
    url = f"https://gxt.{site}.gov.cn/xwdt/{year}/t{i:07d}.html"
    indicators = []
    for seq in range(20):
        name, measure, unit = NAMES[(i + seq) % len(NAMES)]
        indicators.append(
            {
                "name": name, "measure": measure, "value": round(rng.uniform(-5, 30), 1), "unit": unit,
                "period": PERIODS[(i + seq) % len(PERIODS)], "target": seq % 5 == 0,
                "qualifier": "左右" if seq % 7 == 0 else None,
                "evidence": f"全年{name}增长{rng.uniform(0, 20):.1f}%，位居全国前列",
            }
        )
    tasks = [
        {"kind": "task", "year": year, "ordinal": k, "declared_count": 10,
         "headline": f"第{k}项：着力推动制造业高质量发展，加快建设现代化产业体系",
         "body": f"第{k}项：着力推动制造业高质量发展，加快建设现代化产业体系。" * 3}
        for k in range(1, 11)
    ]
    body = "会议指出，" + "全省工业经济稳中向好，规上工业增加值增长，工业投资持续扩大。" * 30
    return {
        "url": url, "raw_sha256": f"{i:064x}", "site": site, "column": "gzdt", "province": province,
        "published": f"{year}-02-{1 + i % 27:02d}", "parser_version": parser_version,
        "record": {
            "doc": f"t{i:07d}.html", "is_meeting": True,
            "meeting": {"province": province, "date": f"{year}-01-{1 + i % 28:02d}", "city": None,
                        "kind": "work_conference" if i % 3 == 0 else "operation_meeting"},
            "article": {"title": f"{year}年全省工业和信息化工作会议召开（{i}）", "published": f"{year}-02-{1 + i % 27:02d} 09:30",
                        "source": f"{province}省工业和信息化厅", "body": body},
            "indicators": indicators,
            "tasks": tasks,
        },
    }


def write_synthetic(path: Path, notices: int, seed: int = 7, parser_version: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(notices):
            handle.write(json.dumps(synthetic_line(i, rng, parser_version), ensure_ascii=False))
            handle.write("\n")


def run(notices: int, workdir: Path, repeats: int = 20) -> dict[str, float]:
    from warehouse.readonly import open_published
    from warehouse.store import Warehouse

    figures: dict[str, float] = {"notices": notices, "cpus": os.cpu_count() or 0, "loadavg_1min_start": os.getloadavg()[0]}
    parsed = workdir / "parsed" / "bench.jsonl"
    parsed.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    write_synthetic(parsed, notices)
    figures["write_file_s"] = time.perf_counter() - started
    figures["file_mb"] = parsed.stat().st_size / 1e6

    with Warehouse.open(workdir) as wh:
        started, cpu = time.perf_counter(), time.process_time()
        result = wh.load_parsed(parsed)
        figures["load_s"] = time.perf_counter() - started
        figures["load_cpu_s"] = time.process_time() - cpu
        figures["indicators"] = result.indicators
        figures["tasks"] = result.tasks
        started = time.perf_counter()
        again = wh.load_parsed(parsed)
        figures["reload_unchanged_s"] = time.perf_counter() - started
        assert again.notices_loaded == 0, again
        started = time.perf_counter()
        published = wh.publish()
        # publish = the full-text search refresh (the first one segments every document) + the copy
        figures["publish_with_search_refresh_s"] = time.perf_counter() - started
        figures["publish_copy_s"] = published.seconds
        figures["published_mb"] = published.bytes / 1e6

    con = open_published(workdir / "published" / "gxt.duckdb")
    sql = ("SELECT province, period, value, source_url FROM indicator_series "
           "WHERE canonical_name = '规上工业增加值' AND measure = 'growth' ORDER BY province, period")
    rows = con.execute(sql).fetchall()  # warm-up
    figures["query_rows"] = len(rows)
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        con.execute(sql).fetchall()
        timings.append(time.perf_counter() - started)
    con.close()
    figures["query_median_ms"] = statistics.median(timings) * 1000
    figures["query_max_ms"] = max(timings) * 1000
    figures["loadavg_1min_end"] = os.getloadavg()[0]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=100_000, help="how many synthetic notices (default 100000)")
    parser.add_argument("--repeats", type=int, default=20, help="query repetitions for the latency figure")
    parser.add_argument("--keep", type=Path, default=None, help="work in this directory and keep it")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        figures = run(args.notices, args.keep, args.repeats)
    else:
        with tempfile.TemporaryDirectory(prefix="gxt-bench-") as tmp:
            figures = run(args.notices, Path(tmp), args.repeats)
    for key, value in figures.items():
        print(f"{key:>20}: {value:,.3f}" if isinstance(value, float) else f"{key:>20}: {value:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
