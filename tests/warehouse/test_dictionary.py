"""warehouse/README.md's data dictionary is the one the migrations describe."""
from pathlib import Path

from warehouse.dictionary import render_dictionary

README = Path(__file__).resolve().parents[2] / "warehouse" / "README.md"


def test_the_readme_data_dictionary_matches_the_migrations():
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- dictionary:start -->\n", 1)[1].split("<!-- dictionary:end -->", 1)[0]
    assert section == render_dictionary(), "run: python -m warehouse.dictionary, and paste it into warehouse/README.md"
