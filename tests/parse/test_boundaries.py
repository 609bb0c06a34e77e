"""The parser is pure: importing and running it pulls in none of the heavy parts."""
import subprocess
import sys

CHECK = """
import sys
from flows.clean.article import Article
from flows.parse import parse_notice
parse_notice(Article(title=None, published="2023-02-01", source=None,
                     body="1月31日，全省工业和信息化工作会议在福州召开。全年规上工业增加值增长5.7%。"))
loaded = [m for m in ("prefect", "scrapy", "duckdb", "jionlp", "twisted") if m in sys.modules]
print(",".join(loaded))
"""


def test_parse_imports_no_prefect_scrapy_duckdb_or_jionlp():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == ""
