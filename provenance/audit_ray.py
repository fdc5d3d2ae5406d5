"""`provenance audit --engine ray`: the same audit, with the pairs compared by Ray actors.

Each actor loads the model once and compares whole chunks (pooled embedding, as locally). The driver
keeps the store: it claims chunks, reads the files (so workers need no shared file system), sends
the texts, and records each chunk's results in one transaction as they come back. A dead driver
leaves its claimed rows to be released by the next run, exactly like a local run.

Point it at a cluster with `--address auto` (on a cluster node) or `--address ray://HEAD:10001`
(Ray client, needs `pip install "ray[client]"`). Every worker needs `provenance` installed and the
model folder present (or `--model` naming a path that exists on every node).

Imported only for `--engine ray`: the local engine never imports Ray.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from provenance.audit import (
    AuditOptions,
    DocumentMemo,
    EmbedderFactory,
    LoadedPair,
    PairResult,
    _make_embedder,
    _record,
    _Tally,
    audit_chunk,
    load_pairs,
)
from provenance.audit_store import AuditStore

IN_FLIGHT_PER_ACTOR = 2  # one chunk computing, one queued: the actor never waits for the driver


class AuditWorker:
    """The actor's body (plain class, wrapped with `ray.remote` at run time)."""

    def __init__(self, factory: EmbedderFactory, options: AuditOptions) -> None:
        self.factory = factory
        self.options = options
        self.embedder: Any = None
        self.memo = DocumentMemo()
        self.detectors: list[Any] | None = None

    def run(self, loaded: Sequence[LoadedPair]) -> list[PairResult]:
        if any(lp.error is None for lp in loaded) and self.embedder is None:
            self.embedder = _make_embedder(self.factory, self.options)
        if self.embedder is None:
            return [PairResult(lp.spec.id, error=lp.error) for lp in loaded]
        if self.detectors is None:
            from provenance.detect import active_detectors

            self.detectors = active_detectors(word_alignment=self.options.word_alignment)
        return audit_chunk(
            loaded, self.embedder, any_language=self.options.any_language, memo=self.memo, detectors=self.detectors
        )

    def stats(self) -> tuple[int, int]:
        return int(getattr(self.embedder, "encoded", 0)), int(getattr(self.embedder, "hits", 0))


def work_on_ray(
    store: AuditStore,
    factory: EmbedderFactory,
    options: AuditOptions,
    on_chunk: Callable[[], None] | None = None,
) -> _Tally:
    try:
        import ray
    except ImportError as exc:
        from provenance.read import InputError

        raise InputError('--engine ray needs Ray: pip install "ray==2.60.0"') from exc

    started_here = not ray.is_initialized()
    if started_here:
        if options.address:
            ray.init(address=options.address, log_to_driver=False)
        else:  # a private local instance: small object store, no dashboard
            ray.init(include_dashboard=False, object_store_memory=200 * 1024 * 1024, log_to_driver=False)
    try:
        n_actors = options.workers if options.workers > 0 else max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor_cls = ray.remote(num_cpus=1)(AuditWorker)
        actors = [actor_cls.remote(factory, options) for _ in range(n_actors)]
        busy: dict[Any, Any] = {}  # object ref -> the actor computing it
        load: dict[int, int] = {i: 0 for i in range(n_actors)}
        owner: dict[Any, int] = {}
        tally = _Tally()
        exhausted = False
        while True:
            # keep every actor fed: claim a chunk per free slot, read its files here, ship the texts
            while not exhausted and min(load.values()) < IN_FLIGHT_PER_ACTOR:
                specs = store.claim(options.chunk_pairs)
                if not specs:
                    exhausted = True
                    break
                i = min(load, key=lambda k: load[k])
                ref = actors[i].run.remote(load_pairs(specs, max_bytes=options.max_bytes))
                busy[ref], owner[ref] = actors[i], i
                load[i] += 1
            if not busy:
                break
            ready, _ = ray.wait(list(busy), num_returns=1)
            ref = ready[0]
            load[owner.pop(ref)] -= 1
            del busy[ref]
            _record(store, ray.get(ref), tally)  # an actor's exception (a missing model) surfaces here
            if on_chunk:
                on_chunk()
        for encoded, hits in ray.get([a.stats.remote() for a in actors]):
            tally.encoded += encoded
            tally.hits += hits
        for a in actors:
            ray.kill(a)
        return tally
    finally:
        if started_here:
            ray.shutdown()
