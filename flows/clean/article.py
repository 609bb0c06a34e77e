"""The cleaned article: what ``flows.parse`` reads and what the contract's ``article`` holds."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    title: str | None
    published: str | None  # ISO date, with " HH:MM" where the page gives a time
    source: str | None  # 来源 / 信息来源 / ContentSource
    body: str  # paragraphs joined by "\n", Simplified, page furniture removed
    # How the body was found: "selector:div.TRS_Editor", "extractor:trafilatura", "text" ...
    body_path: str = "text"
    encoding: str | None = None  # what bytes were decoded from, where the input was bytes
    traditional: bool = False  # the input was detected as Traditional and converted
    notes: list[str] = field(default_factory=list)

    def contract(self) -> dict:
        """The contract's ``article`` object (title, published, source, body)."""
        return {k: asdict(self)[k] for k in ("title", "published", "source", "body")}
