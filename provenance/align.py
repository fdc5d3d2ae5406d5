"""Cross-lingual sentence alignment: a Bertalign-style two-pass DP plus an order-free pass.

1. Anchors: every source sentence's k nearest derived sentences (chunked, never a dense n x m
   matrix), re-scored by a kNN margin (cosine minus the mean similarity of each side's nearest
   neighbours: Artetxe & Schwenk), then the heaviest strictly monotone chain of those candidates.
2. Beads: a DP inside a band that follows the anchor chain, over 0-1, 1-0 and a-b beads with
   a, b <= max_run + 1 and a + b <= max_run + 2 (for max_run 3: 1-1, 1-2, 2-1, 2-2, 1-3, 3-1,
   1-4, 4-1, 2-3, 3-2). Runs of max_run + 1 sentences are not encoded: their vector is the
   length-weighted sum of the vectors of their first max_run sentences and of the rest (cosine
   0.994 with the encoded run on Text+Berg dev), so the longer beads cost no embedding. A bead
   scores the cosine of its joined-run embeddings minus the mean similarity to the sentences just
   around it (the cosines of this model are bunched, so only the contrast carries signal), times a
   character-length penalty; null beads pay a skip penalty. Each DP row is vectorised with numpy;
   insertions along a row are a running maximum, so there is no per-cell Python loop. After the
   DP, an edge sentence a merge absorbed is peeled off (`_trim`), and a 1-1 pair that is a far
   outlier in its document, matching worse than either sentence's neighbours and neither one the
   other's nearest, is undone into an omission and an addition (`_unpair_replaced`: a sentence
   replaced by an unrelated one).
3. Order-free: an unmatched derived sentence whose best source sentence is unmatched too, mutual
   best with a clear margin and out of the monotone order, becomes a `moved` bead; one that repeats
   an aligned source sentence becomes a `duplicate` bead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy as np

from provenance.core import Alignment, Bead
from provenance.embed import Embedder

NEG = -1e9  # "unreachable" in the DP: finite so sums stay ordered


@dataclass(frozen=True)
class AlignParams:
    """Knobs of the aligner; the defaults were tuned on Text+Berg `dev` only."""

    knn: int = 4  # neighbours averaged for the kNN margin
    candidates: int = 3  # anchor candidates per source sentence
    window: int = 5  # band half-width (sentences) around the anchor chain
    skip: float = -0.0125  # score of a 1-0 or 0-1 bead
    # None: `skip` as it is; a number f: the skip is -f times the document's median anchor margin
    # (the cosine's contrast with the kNN baseline varies from text to text)
    skip_scale: float | None = None
    neighbour_margin: bool = True  # subtract the similarity to adjacent sentences
    length_penalty: bool = True
    length_power: float = 1.0
    merge_gain: bool = False  # True: a multi-sentence bead must match better than any one of its sentences
    merge_tolerance: float = 0.02
    # bead sizes: a-b beads with a + b <= bead_total (default max_run + 2) and runs of up to
    # run_limit sentences a side (default max_run + 1); runs longer than max_run are composed from
    # the embedded runs, so they add nothing to encode (Text+Berg has 1-4, 2-3 and 3-2 beads)
    bead_total: int | None = None
    run_limit: int | None = None
    compose: str = "length"  # "length": length-weighted sum of the parts; "sum": plain sum
    margin_weight: float = 1.0
    # after the DP: peel an edge sentence off a multi-sentence bead when the rest matches at least
    # this much better without it (an inserted caption or a dropped sentence a merge absorbed);
    # None keeps the DP's beads as they are
    trim_gain: float | None = 0.0
    trim_apart: float = 0.12  # ... and the sentence alone matches the other side this much worse than the rest
    # order-free pass: the best pair must beat the runner-up by this much (margin-score units)
    moved_gap: float = 0.03
    duplicate_gap: float = 0.03
    duplicate_tolerance: float = 0.01
    free_length_ratio: float = 0.5  # and be of comparable length (after the typical ratio)
    floor_quantile: float = 0.1  # moved/duplicate pairs must match as well as this share of 1-1 beads
    # after the DP: a 1-1 bead is undone into an omission and an addition (a sentence replaced by
    # another) when its cosine lies this many robust deviations (MAD, at least `unpair_spread`) below
    # the document's median 1-1 cosine, below both sentences' kNN baselines, and neither sentence is
    # the other's nearest; None keeps every 1-1 bead
    unpair_z: float | None = 5.0
    unpair_spread: float = 0.01
    chunk: int = 512  # rows per block in the nearest-neighbour search


DEFAULT_PARAMS = AlignParams()


def _check_max_run(max_run: int) -> int:
    if max_run < 1:
        raise ValueError(f"max_run must be at least 1, got {max_run}")
    return max_run


def embedding_texts(sentences: Sequence[str], max_run: int = 3) -> list[str]:
    """Every text `align` encodes for one side: all runs of 1..max_run consecutive sentences.

    Ordered by run length, then start: the single sentences first, then pairs, then triples.
    """
    _check_max_run(max_run)
    n = len(sentences)
    texts: list[str] = []
    for k in range(1, max_run + 1):
        texts.extend(" ".join(sentences[i : i + k]) for i in range(n - k + 1))
    return texts


@dataclass(frozen=True)
class _Side:
    runs: list[np.ndarray]  # runs[k] = (n-k+1, d) embeddings of runs of k sentences; runs[0] unused
    lens: list[np.ndarray]  # character lengths of the same runs

    @property
    def ones(self) -> np.ndarray:
        return self.runs[1]


def _side(
    sentences: Sequence[str], vectors: np.ndarray, max_run: int, run_limit: int = 0, compose: str = "length"
) -> _Side:
    n = len(sentences)
    vectors = np.asarray(vectors, dtype=np.float32)
    runs: list[np.ndarray] = [np.zeros((0, vectors.shape[1]), np.float32)]
    lens: list[np.ndarray] = [np.zeros(0)]
    sl = np.array([len(s) for s in sentences], dtype=np.float64)
    csum = np.concatenate([[0.0], np.cumsum(sl)])
    off = 0
    for k in range(1, max_run + 1):
        cnt = max(0, n - k + 1)
        runs.append(vectors[off : off + cnt])
        # joined with single spaces, as in embedding_texts
        lens.append(csum[k : k + cnt] - csum[:cnt] + (k - 1))
        off += cnt
    for k in range(max_run + 1, run_limit + 1):
        # a longer run: its first max_run sentences plus the rest, both embedded; the encoder
        # pools over tokens, so a length-weighted sum approximates the joined text's vector
        cnt = max(0, n - k + 1)
        head, tail = runs[max_run][:cnt], runs[k - max_run][max_run : max_run + cnt]
        if compose == "length":
            wh = lens[max_run][:cnt, None]
            wt = lens[k - max_run][max_run : max_run + cnt, None]
        else:
            wh = wt = np.ones((cnt, 1))
        v = (head * wh + tail * wt).astype(np.float32)
        v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
        runs.append(v)
        lens.append(csum[k : k + cnt] - csum[:cnt] + (k - 1))
    return _Side(runs, lens)


# ----------------------------------------------------------------------------- pass 1: anchors


def _knn(src: np.ndarray, der: np.ndarray, k: int, cand: int, chunk: int):
    """Row-wise top-`cand` candidates and kNN means of both sides, one block of rows at a time."""
    n, m = len(src), len(der)
    kk = min(k, m)
    kc = min(cand, m)
    kd = min(k, n)
    r_src = np.empty(n, np.float32)
    cand_j = np.empty((n, kc), np.int64)
    cand_s = np.empty((n, kc), np.float32)
    col_top = np.full((kd, m), -np.inf, np.float32)  # running top-kd per derived column
    for s in range(0, n, chunk):
        block = src[s : s + chunk] @ der.T  # (c, m)
        top = np.partition(block, m - kk, axis=1)[:, m - kk :]
        r_src[s : s + chunk] = top.mean(axis=1)
        idx = np.argpartition(block, m - kc, axis=1)[:, m - kc :]
        cand_j[s : s + chunk] = idx
        cand_s[s : s + chunk] = np.take_along_axis(block, idx, axis=1)
        rows = min(kd, len(block))
        ctop = np.partition(block, len(block) - rows, axis=0)[len(block) - rows :]
        merged = np.concatenate([col_top, ctop], axis=0)
        col_top = np.partition(merged, len(merged) - kd, axis=0)[len(merged) - kd :]
    r_der = col_top.mean(axis=0)
    return r_src, r_der, cand_j, cand_s


def _anchor_chain(cand_j: np.ndarray, weight: np.ndarray, m: int) -> list[tuple[int, int]]:
    """The heaviest chain of candidates strictly increasing on both sides (weights > 0 only)."""
    n, kc = cand_j.shape
    best = np.full(m, 0.0)  # best chain weight ending exactly at derived column j so far
    best_node = np.full(m, -1, np.int64)
    node_i: list[int] = []
    node_j: list[int] = []
    node_prev: list[int] = []
    ar = np.arange(m)
    top_w, top_node = 0.0, -1
    for i in range(n):
        pm = np.maximum.accumulate(best)
        pidx = np.maximum.accumulate(np.where(best >= pm, ar, 0))
        updates = []
        for c in range(kc):
            w = float(weight[i, c])
            if w <= 0:
                continue
            j = int(cand_j[i, c])
            prev_w, prev = (float(pm[j - 1]), int(best_node[pidx[j - 1]])) if j > 0 else (0.0, -1)
            if prev_w <= 0:
                prev_w, prev = 0.0, -1
            updates.append((j, prev_w + w, prev))
        for j, total, prev in updates:
            if total > best[j]:
                node_i.append(i)
                node_j.append(j)
                node_prev.append(prev)
                best[j] = total
                best_node[j] = len(node_i) - 1
                if total > top_w:
                    top_w, top_node = total, len(node_i) - 1
    chain = []
    node = top_node
    while node >= 0:
        chain.append((node_i[node], node_j[node]))
        node = node_prev[node]
    return chain[::-1]


def _band(chain: list[tuple[int, int]], n: int, m: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    """Per DP row (boundary 0..n) the inclusive range of boundary columns the DP may visit."""
    lo = np.full(n + 1, m, np.int64)
    hi = np.zeros(n + 1, np.int64)
    # the anchor path: gaps between anchors are rectangles, anchors are unit diagonal steps
    points = [(0, 0)] + [p for i, j in chain for p in ((i, j), (i + 1, j + 1))] + [(n, m)]
    for (i0, j0), (i1, j1) in pairwise(points):
        i1, j1 = max(i1, i0), max(j1, j0)
        lo[i0 : i1 + 1] = np.minimum(lo[i0 : i1 + 1], j0 - w)
        hi[i0 : i1 + 1] = np.maximum(hi[i0 : i1 + 1], j1 + w)
    lo = np.minimum.accumulate(np.clip(lo, 0, m)[::-1])[::-1]  # widen to a monotone band
    hi = np.maximum.accumulate(np.clip(hi, 0, m))
    lo[0], hi[n] = 0, m
    return lo, hi


# ----------------------------------------------------------------------------- pass 2: beads


def _bead_types(limit: int, total: int) -> list[tuple[int, int]]:
    return [(a, b) for a in range(1, limit + 1) for b in range(1, limit + 1) if a + b <= total]


def _length_ratio(src: _Side, der: _Side, chain: list[tuple[int, int]]) -> float:
    """How much longer derived sentences run than their sources (language and style), from the
    anchors: whole-document totals would count additions and omissions as expansion."""
    if not chain:
        return 1.0
    i, j = np.array(chain).T
    r = (der.lens[1][j] + 1.0) / (src.lens[1][i] + 1.0)
    return float(np.clip(np.median(r), 0.5, 2.0))


def _dp(
    src: _Side,
    der: _Side,
    lo: np.ndarray,
    hi: np.ndarray,
    chain: list[tuple[int, int]],
    embedded: int,
    p: AlignParams,
):
    """Best monotone bead sequence inside the band; returns beads as (a, b, i0, j0) runs.

    Per row, the similarities the row needs come from one small matrix product per run length
    of the derived side; each bead type is then a few slices of those.
    """
    n, m = len(src.ones), len(der.ones)
    max_run = len(src.runs) - 1  # longest run, embedded or composed
    total = embedded + 2 if p.bead_total is None else p.bead_total
    types = [(1, 0), *_bead_types(max_run, total)]
    ratio = _length_ratio(src, der, chain)
    # with margin_weight w < 1, a share 1 - w of the raw cosine stays in the score; centre it on
    # the document's typical anchor cosine so that it does not become a reward per bead
    if chain:
        ai, aj = np.array(chain).T
        centre = float(np.median(np.einsum("kd,kd->k", src.ones[ai], der.ones[aj])))
    else:
        centre = 0.0
    S1 = src.ones
    score_rows: list[np.ndarray] = []
    back_rows: list[np.ndarray] = []  # type index, or -1 for a 0-1 bead (insertion)
    for r in range(n + 1):
        L, H = int(lo[r]), int(hi[r])
        width = H - L + 1
        js = np.arange(L, H + 1)
        T = np.full(width, NEG)
        bt = np.full(width, -1, np.int64)
        if r == 0:
            T[0] = 0.0  # lo[0] == 0
        else:
            # source-side vectors this row compares with: runs ending at r, and the sentences
            # just before each run (r-a-1) and just after (r), for the neighbour margin
            alist = [a for a in range(1, max_run + 1) if r - a >= 0]
            vecs = [src.runs[a][r - a] for a in alist]
            col_u = {a: c for c, a in enumerate(alist)}
            col_nb: dict[int, int] = {}
            # (and each sentence of the runs, to check that a merge gains over its parts)
            for x in {r - a - 1 for a in alist} | {r} | set(range(r - max_run, r)):
                if 0 <= x < n:
                    col_nb[x] = len(vecs)
                    vecs.append(S1[x])
            U = np.stack(vecs, axis=1)  # (d, K)
            # sims[b][s - base[b]] = run of b derived sentences starting at s, against U
            sims: dict[int, np.ndarray] = {}
            base: dict[int, int] = {}
            for b in range(1, max_run + 1):
                # single sentences also serve as neighbours: from L - max_run - 1 up to H
                s0 = max(0, L - (max_run + 1 if b == 1 else b))
                s1 = min(m - b, H - (0 if b == 1 else b))
                base[b] = s0
                sims[b] = der.runs[b][s0 : s1 + 1] @ U if s1 >= s0 else np.zeros((0, U.shape[1]))
            for t, (a, b) in enumerate(types):
                if r - a < 0:
                    continue
                pl, ph = int(lo[r - a]), int(hi[r - a])
                # columns j in [L, H] whose predecessor j - b lies in row r-a's band
                j0, j1 = max(L, pl + b), min(H, ph + b)
                if j0 > j1:
                    continue
                prev = score_rows[r - a][j0 - b - pl : j1 - b - pl + 1]
                if b == 0:
                    val = prev + p.skip
                else:
                    rows = slice(j0 - b - base[b], j1 - b - base[b] + 1)
                    sim = sims[b][rows, col_u[a]]
                    if p.merge_gain and (a > 1 or b > 1):
                        lost = sim < _best_part(sims, base, col_u[a], col_nb, r, a, b, j0, j1) - p.merge_tolerance
                    if p.neighbour_margin:
                        nb = _neighbour_mean(sims, base, col_u[a], col_nb, r, a, b, j0, j1, n, m)
                        sim = sim - p.margin_weight * nb - (1.0 - p.margin_weight) * centre
                    if p.length_penalty:
                        ls = src.lens[a][r - a] * ratio
                        ld = der.lens[b][j0 - b : j1 - b + 1]
                        lp = np.log2(1.0 + np.minimum(ls, ld) / np.maximum(np.maximum(ls, ld), 1.0))
                        sim = sim * lp**p.length_power
                    val = prev + sim
                    if p.merge_gain and (a > 1 or b > 1):
                        # a run that matches worse than one of its own sentences has absorbed
                        # a sentence that belongs nowhere: an omission or addition, not a merge
                        val = np.where(lost, NEG, val)
                seg = slice(j0 - L, j1 - L + 1)
                better = val > T[seg]
                T[seg] = np.where(better, val, T[seg])
                bt[seg] = np.where(better, t, bt[seg])
        # 0-1 beads along the row: S[j] = max_{j' <= j} T[j'] + (j - j') * skip, a running maximum
        off = js * p.skip
        X = T - off
        P = np.maximum.accumulate(X)
        score_rows.append(P + off)
        back_rows.append(np.where(X < P, -1, bt))
    beads: list[tuple[int, int, int, int]] = []
    r, j = n, m
    while r > 0 or j > 0:
        t = int(back_rows[r][j - int(lo[r])])
        a, b = (0, 1) if t < 0 or r == 0 else types[t]
        r, j = r - a, j - b
        beads.append((a, b, r, j))
    return beads[::-1]


def _best_part(sims, base, cu, col_s, r, a, b, j0, j1) -> np.ndarray:
    """The best cosine of one sentence of either run with the whole other run."""
    best = np.full(j1 - j0 + 1, -np.inf)
    rows = slice(j0 - b - base[b], j1 - b - base[b] + 1)
    for x in range(r - a, r) if a > 1 else ():
        best = np.maximum(best, sims[b][rows, col_s[x]])
    for t in range(b) if b > 1 else ():
        lo = j0 - b + t - base[1]
        best = np.maximum(best, sims[1][lo : lo + j1 - j0 + 1, cu])
    return best


def _neighbour_mean(sims, base, cu, col_nb, r, a, b, j0, j1, n, m) -> np.ndarray:
    """Mean cosine of each side's run with the sentences just before and after the other run."""
    total = np.zeros(j1 - j0 + 1)
    count = np.zeros(j1 - j0 + 1)
    g, gb = sims[1], base[1]  # single derived sentences against the source run (column cu)
    # derived neighbours of the source run: j-b-1 (before) and j (after) for j in [j0, j1]
    s, e = j0 - b - 1, j1 - b - 1
    if s < 0:
        s = 0
    if e >= s:
        total[s - (j0 - b - 1) :] += g[s - gb : e - gb + 1, cu]
        count[s - (j0 - b - 1) :] += 1
    e = min(j1, m - 1)
    if e >= j0:
        total[: e - j0 + 1] += g[j0 - gb : e - gb + 1, cu]
        count[: e - j0 + 1] += 1
    # source neighbours of the derived runs: r-a-1 (before) and r (after)
    rows = slice(j0 - b - base[b], j1 - b - base[b] + 1)
    for x in (r - a - 1, r):
        if x in col_nb:
            total += sims[b][rows, col_nb[x]]
            count += 1
    return total / np.maximum(count, 1)


# ----------------------------------------------------------------------------- order-free pass


@dataclass(frozen=True)
class _Free:
    """What the order-free pass needs to judge one unmatched derived sentence."""

    S1: np.ndarray
    D1: np.ndarray
    r_src: np.ndarray
    r_der: np.ndarray
    partner: dict[int, Bead]  # aligned source sentence -> its monotone bead
    floor: float  # cosine minus r_der of a weak monotone 1-1 of this document: pairs must reach it
    p: AlignParams
    src_len: np.ndarray
    der_len: np.ndarray
    ratio: float  # typical derived/source length ratio

    def margin_col(self, i: int) -> np.ndarray:
        return self.S1[i] @ self.D1.T - (self.r_src[i] + self.r_der) / 2


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _order_free(
    beads: list[Bead],
    derived: Sequence[str],
    src: _Side,
    der: _Side,
    ratio: float,
    r_src: np.ndarray,
    r_der: np.ndarray,
    p: AlignParams,
) -> list[Bead]:
    """Moved and duplicate beads for the derived sentences the monotone pass left unmatched."""
    S1, D1 = src.ones, der.ones
    n, m = len(S1), len(D1)
    # a sentence without a letter (OCR debris, a dash, a page number) has no meaning to repeat
    unmatched_der = [j for b in beads if not b.source for j in b.derived if _has_letter(derived[j])]
    ones = [(b.source[0], b.derived[0]) for b in beads if len(b.source) == 1 and len(b.derived) == 1]
    if not unmatched_der or n < 2 or m < 2 or not ones:
        return []
    i1, j1 = np.array(ones).T
    # the floor uses the derived side's normalisation only: a duplicated source sentence has two
    # close neighbours, which would lower its two-sided margin
    margins = np.einsum("kd,kd->k", S1[i1], D1[j1]) - r_der[j1]
    ctx = _Free(
        S1,
        D1,
        r_src,
        r_der,
        {i: b for b in beads if b.is_match for i in b.source},
        float(np.quantile(margins, p.floor_quantile)),
        p,
        src.lens[1],
        der.lens[1],
        ratio,
    )
    in_order = _order_test(beads)
    extra: list[Bead] = []
    used_src: set[int] = set()
    # one block of unmatched rows at a time: never a dense n x m matrix
    for s in range(0, len(unmatched_der), p.chunk):
        js = unmatched_der[s : s + p.chunk]
        rows = D1[js] @ S1.T - (r_der[js, None] + r_src[None, :]) / 2
        for row, j in zip(rows, js, strict=True):
            bead = _free_bead(ctx, row, j, used_src, in_order)
            if bead is not None:
                extra.append(bead)
                if bead.relation == "moved":
                    used_src.update(bead.source)
    return extra


def _free_bead(ctx: _Free, row: np.ndarray, j: int, used_src: set[int], in_order) -> Bead | None:
    """The moved or duplicate bead for unmatched derived sentence j, or None."""
    p = ctx.p
    top2 = np.argsort(row)[-2:]
    i, runner = int(top2[1]), int(top2[0])
    gap = float(row[i] - row[runner])
    if float(ctx.S1[i] @ ctx.D1[j]) - ctx.r_der[j] < ctx.floor - p.duplicate_tolerance:
        return None
    ls, ld = ctx.src_len[i] * ctx.ratio, ctx.der_len[j]
    if min(ls, ld) < p.free_length_ratio * max(ls, ld):
        return None  # a fragment or a much longer sentence says something else as well
    col = ctx.margin_col(i)
    c2 = np.argsort(col)[-2:]
    if i not in ctx.partner:
        if i in used_src or gap < p.moved_gap:
            return None
        if int(c2[1]) != j or col[j] - col[int(c2[0])] < p.moved_gap:
            return None
        if in_order(i, j):
            return None  # a weak monotone match the DP declined: not a move
        return Bead((i,), (j,), float(ctx.S1[i] @ ctx.D1[j]), "moved")
    if gap < p.duplicate_gap or j not in (int(c2[0]), int(c2[1])):
        return None
    partner = ctx.partner[i]
    if partner.derived[0] - 1 <= j <= partner.derived[-1] + 1:
        return None  # next to its partner: the rest of a split the DP could not group, not a repeat
    # a repeat says what source i says about as well as the sentences aligned to it (margin
    # units), or is closer to one of them than that one is to its own source sentence
    repeats_source = row[i] >= min(float(col[k]) for k in partner.derived) - p.duplicate_tolerance
    dd = ctx.D1 @ ctx.D1[j]
    dd[j] = -np.inf
    d2 = np.argsort(dd)[-2:]
    k = int(d2[1])
    repeats_partner = (
        k in partner.derived and dd[k] - dd[int(d2[0])] >= p.duplicate_gap and dd[k] >= float(ctx.D1[k] @ ctx.S1[i])
    )
    if repeats_source or repeats_partner:
        return Bead((i,), (j,), float(ctx.S1[i] @ ctx.D1[j]), "duplicate")
    return None


def _cosine(u: np.ndarray, v: np.ndarray) -> float:
    return float(u @ v) / (float(np.linalg.norm(u) * np.linalg.norm(v)) or 1.0)


def _trim(
    a: int,
    b: int,
    i0: int,
    j0: int,
    src: _Side,
    der: _Side,
    gain: float,
    apart: float,
    alone: tuple[Sequence[bool], Sequence[bool]],
) -> list[tuple[int, int, int, int]]:
    """A DP bead, less the edge sentences its translation does without, each as a null bead.

    The DP's score is per bead, so a merge can absorb a neighbouring sentence that has no
    counterpart at little cost; for a fact-checker that hides an addition or an omission. A
    sentence belongs in the bead only if the bead matches worse without it. A standalone unit
    (a caption, a byline, a boilerplate line: `alone`) at an edge is peeled more readily, as long as
    the other side's unit at that edge is not standalone too (two headlines belong together).
    """
    pieces: list[tuple[int, int, int, int]] = []
    while a and b and a + b >= 3:
        current = _cosine(src.runs[a][i0], der.runs[b][j0])
        options: list[tuple[tuple[int, int, int, int], tuple[int, int, int, int]]] = []
        if a >= 2:  # (kept bead, peeled null bead)
            options += [((a - 1, b, i0 + 1, j0), (1, 0, i0, j0)), ((a - 1, b, i0, j0), (1, 0, i0 + a - 1, j0 + b))]
        if b >= 2:
            options += [((a, b - 1, i0, j0 + 1), (0, 1, i0, j0)), ((a, b - 1, i0, j0), (0, 1, i0 + a, j0 + b - 1))]
        accepted = []
        for kept, null in options:
            score = _cosine(src.runs[kept[0]][kept[2]], der.runs[kept[1]][kept[3]])
            # the peeled sentence against the other side of the bead that keeps it out
            own = (
                _cosine(src.runs[1][null[2]], der.runs[kept[1]][kept[3]])
                if null[0]
                else _cosine(der.runs[1][null[3]], src.runs[kept[0]][kept[2]])
            )
            if null[0]:  # a source sentence: is the derived unit at the same edge standalone too?
                unit, facing = alone[0][null[2]], alone[1][j0 if null[2] == i0 else j0 + b - 1]
            else:
                unit, facing = alone[1][null[3]], alone[0][i0 if null[3] == j0 else i0 + a - 1]
            if (unit and not facing and score >= current - 2 * apart / 3) or (
                score >= current + gain and own <= score - apart
            ):
                accepted.append((score, kept, null))
        if not accepted:
            break
        _, (a, b, i0, j0), null = max(accepted, key=lambda t: t[0])
        pieces = [*pieces, null]
    return [(a, b, i0, j0), *pieces]


def _unpair_replaced(
    path: list[tuple[int, int, int, int]],
    S1: np.ndarray,
    D1: np.ndarray,
    r_src: np.ndarray,
    r_der: np.ndarray,
    z: float,
    spread: float,
) -> list[tuple[int, int, int, int]]:
    """1-1 beads that pair a sentence with one that replaced its translation, as an omission and an
    addition. The DP pairs whatever stands in the slot when one weak match beats two skips, so a
    sentence swapped for an unrelated one (an invented claim, a boilerplate line) came out matched.
    Such a pair is an outlier three ways at once: its cosine is far below the document's typical
    1-1 cosine (the model's cosines are bunched, so the test is relative to the document), below
    what each sentence scores with its own nearest neighbours (the kNN margin is negative), and
    neither sentence is the other's best match anywhere."""
    ones = [k for k, (a, b, _, _) in enumerate(path) if a == 1 and b == 1]
    if len(ones) < 3:
        return path
    idx = np.array([(path[k][2], path[k][3]) for k in ones])
    cos = np.einsum("kd,kd->k", S1[idx[:, 0]], D1[idx[:, 1]])
    median = float(np.median(cos))
    mad = max(float(np.median(np.abs(cos - median))), spread)
    replaced = set()
    for k, (i, j), c in zip(ones, idx, cos, strict=True):
        if c >= median - z * mad or c >= (r_src[i] + r_der[j]) / 2:
            continue
        if int(np.argmax(D1 @ S1[i])) != j and int(np.argmax(S1 @ D1[j])) != i:
            replaced.add(k)
    out: list[tuple[int, int, int, int]] = []
    for k, (a, b, i, j) in enumerate(path):
        out += [(1, 0, i, j), (0, 1, i + 1, j)] if k in replaced else [(a, b, i, j)]
    return out


def _text_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _unpair_repeats(
    keyed: list[tuple[tuple[int, int], Bead]], source: Sequence[str], derived: Sequence[str]
) -> list[tuple[tuple[int, int], Bead]]:
    """Undo a 1-1 pairing of a verbatim copy with whatever source sentence happened to stand there.

    When a republisher drops a sentence and pastes a copy of another in its place, the monotone
    pass pairs the two unrelated sentences; the copy's original matches its source better. When
    the source repeats word for word too (a motto quoted twice in the original) and each copy is
    paired with a copy of it, the pairs are faithful translations of the repeat and stay.
    """
    best: dict[str, float] = {}
    pairs: dict[tuple[str, str], int] = {}  # (derived text, source text) -> 1-1 beads pairing them
    for _, b in keyed:
        if b.is_match:
            for j in b.derived:
                k = _text_key(derived[j])
                best[k] = max(best.get(k, -1.0), b.score)
            if len(b.source) == 1 and len(b.derived) == 1:
                pair = (_text_key(derived[b.derived[0]]), _text_key(source[b.source[0]]))
                pairs[pair] = pairs.get(pair, 0) + 1
    out = []
    for key, b in keyed:
        k = _text_key(derived[b.derived[0]]) if len(b.derived) == 1 else ""
        if b.is_match and len(b.source) == 1 and len(k) >= 20 and best[k] > b.score:
            if pairs.get((k, _text_key(source[b.source[0]])), 0) > 1:
                out.append((key, b))  # a repeat on both sides, paired copy with copy
                continue
            j0, i0 = b.derived[0], b.source[0]
            out += [((j0, i0), Bead(b.source, (), 0.0)), ((j0, -1), Bead((), b.derived, 0.0))]
        else:
            out.append((key, b))
    return out


def _verbatim_repeats(beads: list[Bead], extra: list[Bead], derived: Sequence[str]) -> list[Bead]:
    """Unmatched derived sentences that repeat, word for word, a derived sentence already aligned.

    The embeddings cannot tell a copy from its original, so a pasted-twice paragraph is found by
    its text: it is a duplicate of whatever source sentences the original copy aligned to.
    """
    key = _text_key
    taken = {j for b in extra for j in b.derived}
    home: dict[str, Bead] = {}
    for b in beads:
        if b.is_match:
            for j in b.derived:
                home.setdefault(key(derived[j]), b)
    out = []
    for b in beads:
        if b.source or len(b.derived) != 1 or b.derived[0] in taken:
            continue
        j = b.derived[0]
        k = key(derived[j])
        if len(k) >= 20 and k in home:
            out.append(Bead(home[k].source, (j,), home[k].score, "duplicate"))
    return out


def _order_test(beads: list[Bead]):
    """A test: does pairing source i with derived j cross no monotone match?"""
    matches = [b for b in beads if b.is_match]
    by_end = sorted((b.derived[-1], b.source[-1]) for b in matches)
    ends = np.array([d for d, _ in by_end], np.int64)
    src_max = np.maximum.accumulate(np.array([s for _, s in by_end] or [0], np.int64))
    by_start = sorted((b.derived[0], b.source[0]) for b in matches)
    starts = np.array([d for d, _ in by_start], np.int64)
    src_min = np.minimum.accumulate(np.array([s for _, s in by_start] or [0], np.int64)[::-1])[::-1]

    def test(i: int, j: int) -> bool:
        k = int(np.searchsorted(ends, j, side="left"))  # matches ending before j: [0, k)
        if k > 0 and src_max[k - 1] >= i:
            return False
        k = int(np.searchsorted(starts, j, side="right"))  # matches starting after j: [k, ...)
        return not (k < len(starts) and src_min[k] <= i)

    return test


# ----------------------------------------------------------------------------- public API


def align(
    source: Sequence[str],
    derived: Sequence[str],
    embedder: Embedder,
    *,
    max_run: int = 3,
    params: AlignParams = DEFAULT_PARAMS,
    standalone: tuple[Sequence[bool], Sequence[bool]] | None = None,
) -> Alignment:
    """Align the sentences of `source` and `derived` (any two languages the embedder knows).

    `standalone` marks, per side, units that stand on their own on the page (captions, bylines,
    boilerplate lines): a merge gives them up more readily, so an added caption stays an addition.

    The embedder is called once per side, with exactly `embedding_texts(side, max_run)`; nothing
    is encoded when either side is empty.
    """
    _check_max_run(max_run)
    n, m = len(source), len(derived)
    if n == 0 or m == 0:
        return Alignment(tuple(Bead((i,), (), 0.0) for i in range(n)) + tuple(Bead((), (j,), 0.0) for j in range(m)))
    limit = max(max_run, max_run + 1 if params.run_limit is None else params.run_limit)
    src = _side(source, embedder.encode(embedding_texts(source, max_run)), max_run, limit, params.compose)
    der = _side(derived, embedder.encode(embedding_texts(derived, max_run)), max_run, limit, params.compose)
    S1, D1 = src.ones, der.ones

    r_src, r_der, cand_j, cand_s = _knn(S1, D1, params.knn, params.candidates, params.chunk)
    weight = cand_s - (r_src[:, None] + r_der[cand_j]) / 2
    chain = _anchor_chain(cand_j, weight, m)
    lo, hi = _band(chain, n, m, params.window)
    if params.skip_scale is not None and chain:
        ai, aj = np.array(chain).T
        margins = np.einsum("kd,kd->k", S1[ai], D1[aj]) - (r_src[ai] + r_der[aj]) / 2
        params = replace(params, skip=-params.skip_scale * float(np.median(margins)))
    path = _dp(src, der, lo, hi, chain, max_run, params)

    if params.trim_gain is not None:
        gain, apart = params.trim_gain, params.trim_apart
        alone = standalone or ([False] * n, [False] * m)
        path = [piece for a, b, i0, j0 in path for piece in _trim(a, b, i0, j0, src, der, gain, apart, alone)]
    if params.unpair_z is not None:
        path = _unpair_replaced(path, S1, D1, r_src, r_der, params.unpair_z, params.unpair_spread)
    keyed: list[tuple[tuple[int, int], Bead]] = []
    for a, b, i0, j0 in path:
        s, d = tuple(range(i0, i0 + a)), tuple(range(j0, j0 + b))
        score = float(src.runs[a][i0] @ der.runs[b][j0]) if a and b else 0.0
        # a deletion sorts where it falls in the derived order: before derived j0
        keyed.append(((j0, i0 if a else -1), Bead(s, d, score)))
    beads = [bd for _, bd in keyed]
    keyed = _unpair_repeats(keyed, source, derived)
    beads = [bd for _, bd in keyed]
    extra = _order_free(beads, derived, src, der, _length_ratio(src, der, chain), r_src, r_der, params)
    extra += _verbatim_repeats(beads, extra, derived)
    if extra:
        # a moved bead takes over its two null beads; a duplicate takes over its derived null bead
        taken_src = {i for bd in extra if bd.relation == "moved" for i in bd.source}
        taken_der = {j for bd in extra for j in bd.derived}
        keyed = [
            (k, bd) for k, bd in keyed if bd.is_match or not (set(bd.source) & taken_src or set(bd.derived) & taken_der)
        ]
        keyed += [((bd.derived[0], bd.source[0]), bd) for bd in extra]
    keyed.sort(key=lambda kb: kb[0])
    return Alignment(tuple(bd for _, bd in keyed))


def format_beads(alignment: Alignment) -> str:
    """One bead a line, `[0, 1]:[2]`, `[]:[5]`, `[7]:[]` (the format of `align_score.py`)."""
    return "\n".join(f"[{', '.join(map(str, b.source))}]:[{', '.join(map(str, b.derived))}]" for b in alignment.beads)
