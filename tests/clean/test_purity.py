"""flows.clean is pure: no Prefect, Scrapy or DuckDB, and no trafilatura until it is needed."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from flows.clean import clean_html, clean_text
clean_text("全省工业和信息化工作会议召开\\n\\n1月31日，全省工业和信息化工作会议在福州召开。")
clean_html("<html><body><div class='TRS_Editor'><p>1月31日，全省工业和信息化工作会议在福州召开。</p></div></body></html>")
print(",".join(sorted(m for m in ("prefect", "scrapy", "duckdb", "trafilatura") if m in sys.modules)))
"""


def test_cleaning_imports_no_framework_and_no_extractor():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""
