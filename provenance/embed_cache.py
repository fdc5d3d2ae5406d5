"""A disk cache of sentence embeddings, keyed by (model, content hash).

An audit embeds the same source against many republications and is often rerun; the cache makes a
text cost one model call ever. It is one SQLite file (WAL, so several processes can share it) under
`model_home()/cache` unless told otherwise. Vectors are stored as raw float32 bytes: exact, and a
384-d vector is 1.5 kB.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from provenance.embed import Embedder, model_home

_LOOKUP_CHUNK = 500  # SQLite's default limit on host parameters is 999 (older builds)


def default_cache_dir() -> Path:
    return model_home() / "cache"


def text_key(text: str) -> bytes:
    """16 bytes of BLAKE2b over the UTF-8 text: collisions are not a practical concern."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def open_wal(path: str | Path, timeout: float) -> sqlite3.Connection:
    """A connection in autocommit mode with the file in WAL mode (several processes share it), synced
    at checkpoints only (`synchronous=NORMAL`, safe in WAL mode).

    Two processes opening a new file at once both try to switch it to WAL, and SQLite may answer
    the second "database is locked" at once, without the busy timeout (seen with two Ray workers
    opening one cache): the switch is retried until `timeout`."""
    db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    deadline = time.monotonic() + timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            return db
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                db.close()
                raise
            time.sleep(0.05)


class DiskEmbeddingCache:
    """Vectors by (model name, text hash) in `DIR/embeddings.sqlite`."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / "embeddings.sqlite"
        self._db = open_wal(self.path, timeout=60.0)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings ("
            " model TEXT NOT NULL, key BLOB NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL,"
            " PRIMARY KEY (model, key)) WITHOUT ROWID"
        )

    def close(self) -> None:
        self._db.close()

    def get(self, model: str, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `texts`; absent texts are simply not in the result."""
        by_key: dict[bytes, str] = {text_key(t): t for t in texts}
        keys = list(by_key)
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), _LOOKUP_CHUNK):
            part = keys[i : i + _LOOKUP_CHUNK]
            rows = self._db.execute(
                f"SELECT key, vector FROM embeddings WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                [model, *part],
            ).fetchall()
            for key, blob in rows:
                found[by_key[key]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        rows = [(model, text_key(t), int(v.shape[0]), v.tobytes()) for t, v in zip(texts, vectors, strict=True)]
        with self._db:  # one transaction: a killed process leaves all or none of these rows
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?, ?)", rows)

    def count(self, model: str | None = None) -> int:
        if model is None:
            return int(self._db.execute("SELECT count(*) FROM embeddings").fetchone()[0])
        return int(self._db.execute("SELECT count(*) FROM embeddings WHERE model = ?", (model,)).fetchone()[0])


class CachedEmbedder:
    """An `Embedder` that asks the disk cache first and the wrapped embedder only for new texts.

    `encoded` counts texts sent to the wrapped embedder; `hits` counts texts served from disk.
    """

    def __init__(self, inner: Embedder, cache: DiskEmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.encoded = 0
        self.hits = 0
        if hasattr(inner, "token_embeddings"):
            # token vectors (word alignment) come from the wrapped embedder, uncached: they are
            # per comparison, and only where the inner embedder offers them
            self.token_embeddings = inner.token_embeddings

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        distinct = list(dict.fromkeys(texts))
        found = self.cache.get(self.name, distinct)
        missing = [t for t in distinct if t not in found]
        self.hits += len(distinct) - len(missing)
        if missing:
            vectors = np.asarray(self.inner.encode(missing), dtype=np.float32)
            self.cache.put(self.name, missing, vectors)
            self.encoded += len(missing)
            found.update(zip(missing, vectors, strict=True))
        if not texts:
            return self.inner.encode([])
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)
