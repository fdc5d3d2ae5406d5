"""Shared fixtures: the provisioned model (skip when absent) and the ../shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not beside the repo (it holds the evaluation data)")
    return SHARED


@pytest.fixture(scope="session")
def embedder():  # one loaded model for the whole session: loading costs seconds
    from provenance.embed import ModelError, SentenceTransformerEmbedder

    try:
        emb = SentenceTransformerEmbedder()
        emb.dim  # noqa: B018 - loads the model now, so a broken one skips here
    except ModelError as exc:
        pytest.skip(f"model not provisioned: {exc}")
    return emb
