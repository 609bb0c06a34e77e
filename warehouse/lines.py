"""Reading a JSON Lines file into Arrow in blocks of whole lines, without a Python loop per line.

A block is read as bytes up to ``block_bytes`` and then to the end of its last line; the newline
positions (``bytes.find``, a C scan) become the offsets of an Arrow string array that shares the
block's bytes. Invalid UTF-8 is replaced (U+FFFD) so that one bad byte cannot stop a load; the JSON
reader then judges each line.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

BLOCK_BYTES = 128 * 1024 * 1024


def _newline_offsets(data: bytes) -> list[int]:
    offsets = [0]
    position = data.find(b"\n")
    while position != -1:
        offsets.append(position + 1)
        position = data.find(b"\n", position + 1)
    return offsets


def _to_table(data: bytes, first_line_no: int) -> pa.Table:
    if not data.endswith(b"\n"):
        data += b"\n"  # the file's last line, unterminated (perhaps cut short: the JSON reader will tell)
    offsets = _newline_offsets(data)
    lines = pa.LargeStringArray.from_buffers(
        len(offsets) - 1, pa.py_buffer(pa.array(offsets, pa.int64()).buffers()[1]), pa.py_buffer(data)
    )
    try:
        lines.validate(full=True)  # checks the UTF-8
    except pa.ArrowInvalid:
        return _to_table(data.decode("utf-8", "replace").encode("utf-8"), first_line_no)
    numbers = pa.array(range(first_line_no, first_line_no + len(lines)), pa.int64())
    return pa.table({"line_no": numbers, "line": lines})


def line_blocks(path: Path, block_bytes: int = BLOCK_BYTES) -> Iterator[pa.Table]:
    """Tables (line_no from 1, line with its newline) covering the file, one block at a time."""
    line_no = 1
    with path.open("rb") as handle:
        while True:
            data = handle.read(block_bytes)
            if not data:
                return
            if not data.endswith(b"\n"):
                data += handle.readline()
            table = _to_table(data, line_no)
            line_no += table.num_rows
            yield table
