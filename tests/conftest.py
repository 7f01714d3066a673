"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW
