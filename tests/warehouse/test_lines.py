"""Reading JSON Lines files in blocks of whole lines."""
from warehouse.lines import line_blocks


def test_blocks_cover_every_line_once_with_its_number(tmp_path):
    path = tmp_path / "x.jsonl"
    lines = [f'{{"n": {i}, "text": "{"字" * (i % 50)}"}}' for i in range(1000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = list(line_blocks(path, block_bytes=4096))
    assert len(blocks) > 1
    seen = [(n, line.rstrip("\n")) for block in blocks for n, line in zip(block["line_no"].to_pylist(), block["line"].to_pylist())]
    assert seen == list(enumerate(lines, 1))


def test_an_unterminated_last_line_and_invalid_utf8_still_come_through(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": "\xff\xfe"}\n{"c": 3')
    block = next(line_blocks(path))
    assert [line.rstrip("\n") for line in block["line"].to_pylist()] == ['{"a": 1}', '{"b": "\ufffd\ufffd"}', '{"c": 3']
    assert block["line_no"].to_pylist() == [1, 2, 3]
