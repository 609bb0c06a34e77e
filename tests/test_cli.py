"""The ``gxt`` command as a user meets it."""
from __future__ import annotations

from typer.testing import CliRunner

from gxt.cli import app


def test_help_lists_extract() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.output


def test_extract_reports_unreadable_files_and_goes_on(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(app, ["extract", str(empty), str(binary)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2
    assert '"error": "input is empty"' in lines[0]
    assert "binary" in lines[1]
