"""Shared test fixtures: where ``../shared`` is, and the project's own fixture files."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_dir() -> Path:
    return Path(os.environ.get("GXT_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The team's ``shared/`` folder beside the checkout (``GXT_SHARED`` overrides)."""
    path = _shared_dir()
    if not (path / "contract" / "extraction.md").exists():
        pytest.fail(f"../shared not found at {path}: clone the project beside a copy of shared/")
    return path


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
