"""Span-level changes inside matched sentences: words dropped from, or added to, an aligned sentence.

Method (contrastive conditioning, measured in bench/results/spans.md): propose candidate spans, drop
each one, and re-embed. Dropping words the other side also says makes the pair *less* similar;
dropping words the other side lacks makes it *more* similar. A span whose removal raises the
similarity by a clear margin is reported: a `partial_omission` when it is in the source, an
`addition` when it is in the derived sentence. All variants of a comparison go into one `encode` call.

Candidates: a same-language copy-edit gets the exact runs of a word diff; otherwise word alignment
on a middle layer's token vectors (when the embedder has `token_embeddings`) points at the source runs
and derived words matched worst, and that alignment deficit is added to the gain; windows over the
sentence are the opt-in fallback. Across languages the evidence is small next to what faithful
translations already show, so the thresholds let through only clear cases (see the bench notes).
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from provenance.core import Bead, Document, Finding, Severity
from provenance.detect import Comparison

Range = tuple[int, int]


# --- cutting a sentence into units and candidate spans -------------------------------------------


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def _cjk_script(ch: str) -> str:
    o = ord(ch)
    if 0x3040 <= o <= 0x309F:
        return "hira"
    if 0x30A0 <= o <= 0x30FF:
        return "kata"
    return "han"


def _is_word_char(ch: str) -> bool:
    # letters, marks (Devanagari vowel signs are marks) and digits; joiners inside words
    return unicodedata.category(ch)[0] in "LMN" or ch in "-'’.,"


_JOINERS = "-'’.,"


def _cjk_units(text: str, start: int, end: int) -> list[Range]:
    """Chinese/Japanese have no spaces: a content run (Han or katakana) takes the short hiragana run
    after it (a particle, an ending: a rough bunsetsu); long Han runs are cut into 2-character pieces."""
    runs: list[tuple[int, int, str]] = []
    k = start
    while k < end:
        script = _cjk_script(text[k])
        m = k
        while m < end and _cjk_script(text[m]) == script:
            m += 1
        runs.append((k, m, script))
        k = m
    out: list[Range] = []
    for a, b, script in runs:
        if script == "hira" and out and b - a <= 3:
            out[-1] = (out[-1][0], b)
        elif script == "han" and b - a > 2:
            out.extend((x, min(b, x + 2)) for x in range(a, b, 2))
        else:
            out.append((a, b))
    return out


def units(text: str) -> list[Range]:
    """Word-like units of `text` as character ranges; punctuation and spaces are not units."""
    out: list[Range] = []
    i, n = 0, len(text)
    while i < n:
        if not _is_word_char(text[i]) or text[i] in _JOINERS:
            i += 1
            continue
        cjk = _is_cjk(text[i])
        j = i
        while j < n and _is_word_char(text[j]) and _is_cjk(text[j]) == cjk:
            j += 1
        if cjk:
            out.extend(_cjk_units(text, i, j))
        else:
            k = j
            while k > i and text[k - 1] in _JOINERS:  # "food." -> "food"
                k -= 1
            out.append((i, k))
        i = j
    return out


def candidate_spans(text: str, max_spans: int = 16) -> list[Range]:
    """Overlapping windows of units, as wide as needed to stay within `max_spans` per sentence.

    Windows overlap by half so a dropped phrase lies mostly inside at least one of them.
    """
    u = units(text)
    n = len(u)
    if n <= 1:
        return []
    width = max(1, math.ceil(2 * n / max_spans))
    stride = max(1, math.ceil(width / 2)) if width > 1 else 1
    out: list[Range] = []
    for a in range(0, n, stride):
        b = min(n, a + width)
        if b - a < n:
            out.append((u[a][0], u[b - 1][1]))
        if b == n:
            break
    return out


def drop_span(text: str, start: int, end: int) -> str:
    """`text` without `text[start:end]`, the spaces around the cut merged."""
    left, right = text[:start].rstrip(), text[end:].lstrip()
    if not left or not right:
        return (left + right).strip()
    # no space between CJK characters, nor before punctuation
    joiner = "" if _is_cjk(left[-1]) or _is_cjk(right[0]) or unicodedata.category(right[0])[0] == "P" else " "
    return left + joiner + right


# --- what a span is worth ------------------------------------------------------------------------

# Hedges and attributions: dropping one turns a claim into a fact (or the reverse). English and the
# languages of the evaluation sets; matched on whole lower-cased words or phrases.
_HEDGES = (  # alternatives of a regular expression: plain words, nothing to escape
    "according to|reportedly|allegedly|alleged|reported|said|says|claimed|claims|may|might|could|possibly|"
    "probably|likely|apparently|suspected|unconfirmed|officials|sources|estimated|about|around|approximately|"
    "nearly|almost|laut|angeblich|mutmaßlich|vermutlich|selon|présumé|supposé|según|presunto|secondo|według|"
    "podobno|podle|údajně|по данным|по словам|якобы|предположительно|theo|据|据报道|可能|据称|によると|とみられる"
)
_HEDGE_RE = re.compile(r"(?<!\w)(?:" + _HEDGES + r")(?!\w)", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
# Latin/Cyrillic adjective-like endings; a rough signal used only to pick between medium and low
_ADJ_RE = re.compile(
    r"(?:ous|ful|less|ive|able|ible|al|ic|ish|ary|ed|est|er|ly|ische?[nrms]?|ique|ale|oso|osa|ный|ная|"
    r"ное|ные|ский|ская|ий|ый|ой|owy|owa|ný|ná|ské)$",
    re.IGNORECASE,
)


def _has_name(text: str, span: Range) -> bool:
    """A capitalised word that does not open the sentence: a name, in scripts that have case."""
    for a, b in units(text[span[0] : span[1]]):
        word = text[span[0] + a : span[0] + b]
        if word[:1].isupper() and text[: span[0] + a].strip(" \"'“‘«(") != "":
            return True
    return False


def span_severity(text: str, span: Range) -> Severity:
    """What was lost or added: a number, a name, a hedge or attribution is high; a short
    descriptive word is medium; anything else is low."""
    words = text[span[0] : span[1]]
    if _DIGIT_RE.search(words) or _HEDGE_RE.search(words) or _has_name(text, span):
        return "high"
    pieces = units(words)
    if len(pieces) <= 2 and any(_ADJ_RE.search(words[a:b]) for a, b in pieces):
        return "medium"
    return "low"


# --- proposing candidate spans for one matched bead ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    side: str  # "source" | "derived": the side the span is dropped from
    start: int  # character range in that side's joined bead text
    end: int
    from_diff: bool  # proposed by the same-language word diff (exact words), not by a window
    # word-alignment evidence: how far below the pair's other words the span is matched on the other
    # side (summed z-scores); 0 for diff runs and windows
    align: float = 0.0


def _word_diff(a: str, b: str) -> tuple[float, list[Candidate]]:
    """Same-language pairs: runs of words present on one side only (case-insensitive word diff)."""
    ua, ub = units(a), units(b)
    wa = [a[s:e].lower() for s, e in ua]
    wb = [b[s:e].lower() for s, e in ub]
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    out: list[Candidate] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "delete":
            out.append(Candidate("source", ua[i1][0], ua[i2 - 1][1], True))
        elif op == "insert":
            out.append(Candidate("derived", ub[j1][0], ub[j2 - 1][1], True))
        elif op == "replace" and i2 - i1 == j2 - j1:
            # a word cut down to its tail: "Apple's" -> "'s" (the name went, the possessive stayed)
            for k in range(i2 - i1):
                x, y = wa[i1 + k], wb[j1 + k]
                if x != y and x.endswith(y) and x[: -len(y)].rstrip(_JOINERS):
                    s = ua[i1 + k][0]
                    out.append(Candidate("source", s, s + len(x[: -len(y)].rstrip(_JOINERS)), True))
                elif x != y and y.endswith(x) and y[: -len(x)].rstrip(_JOINERS):
                    s = ub[j1 + k][0]
                    out.append(Candidate("derived", s, s + len(y[: -len(x)].rstrip(_JOINERS)), True))
        elif op == "replace" and (i2 - i1) - (j2 - j1) >= 2:
            # a long run replaced by a short one: the surplus was dropped along with a rewording
            out.append(Candidate("source", ua[i1][0], ua[i2 - 1][1], True))
        elif op == "replace" and (j2 - j1) - (i2 - i1) >= 2:
            out.append(Candidate("derived", ub[j1][0], ub[j2 - 1][1], True))
    return matcher.ratio(), out


TokenVectors = tuple[np.ndarray, np.ndarray]
"""(offsets (k, 2) of each token into its text, vectors (k, d) L2-normalised), without special tokens."""


# English function words: an inserted "the" or "of" is not an added detail, and across languages such
# words often have no counterpart at all
_STOPWORD_TEXT = (
    "a an the of in on at to for from by with and or but is are was were be been being has have had do does "
    "did it its this that these those as which who whom whose what when where while than then there their "
    "they them he she his her him we our us you your i my me not no so if into about over after before also "
    "very such can will would should could may might must said says"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def token_vectors(embedder: object | None, texts: Sequence[str]) -> dict[str, TokenVectors]:
    """Token vectors of each distinct text, in one `token_embeddings` call; empty without that method."""
    get = getattr(embedder, "token_embeddings", None)
    distinct = list(dict.fromkeys(texts))
    if get is None or not distinct:
        return {}
    return dict(zip(distinct, get(distinct), strict=True))


def word_vectors(text: str, tv: TokenVectors) -> tuple[list[Range], np.ndarray]:
    """One vector a unit of `text`: the mean of the token vectors inside it, L2-normalised (SimAlign's
    subword-to-word step). A unit no token covers gets a zero vector (it matches nothing)."""
    offsets, vectors = tv
    spans = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    us = units(text)
    out = np.zeros((len(us), vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float32)
    for k, (a, b) in enumerate(us):
        inside = np.flatnonzero((spans[:, 0] < b) & (spans[:, 1] > a))
        if inside.size:
            v = vectors[inside].mean(axis=0)
            out[k] = v / max(float(np.linalg.norm(v)), 1e-9)
    return us, out


def _zscores(x: np.ndarray) -> np.ndarray:
    # inside one pair: the model's cosines are bunched, so only the ranking within the pair means anything
    sd = float(x.std())
    return (x - x.mean()) / sd if sd > 1e-6 else np.zeros_like(x)


def aligned_candidates(
    a: str, b: str, ta: TokenVectors, tb: TokenVectors, per_side: int = 2, longest: int = 8
) -> list[Candidate]:
    """Word alignment across languages (SimAlign-style, on a middle layer's word vectors): runs of
    source units and single derived content words that the other sentence matches worst.

    Each unit's best cosine to any unit of the other side is standardised against the other units of
    the same sentence. Source side: runs of up to `longest` below-mean units, scored by their summed
    deficit (a dropped phrase or name is several units). Derived side: single content words (not
    function words, not numbers), scored by their own deficit (DEMETR-style additions are one word).
    The best `per_side` non-overlapping proposals a side, each with its deficit as `align`.
    """
    us_a, wa = word_vectors(a, ta)
    us_b, wb = word_vectors(b, tb)
    if len(us_a) < 3 or len(us_b) < 3:
        return []
    sim = wa @ wb.T
    fwd, bwd = sim.argmax(axis=1), sim.argmax(axis=0)
    # SimAlign's argmax alignment: a word aligned both ways has its counterpart; any other word counts
    # by how far below the pair's other words it is matched (at least a little)
    deficit_a = np.where(bwd[fwd] == np.arange(len(us_a)), -1.0, np.maximum(-_zscores(sim.max(axis=1)), 0.1))
    deficit_b = np.where(fwd[bwd] == np.arange(len(us_b)), -1.0, np.maximum(-_zscores(sim.max(axis=0)), 0.1))
    out: list[Candidate] = []
    runs: list[tuple[float, int, int]] = []
    for i in range(len(us_a)):
        total = 0.0
        for j in range(i, min(len(us_a), i + longest)):
            if deficit_a[j] <= 0:
                break
            total += float(deficit_a[j])
            if j - i + 1 < len(us_a):
                runs.append((total, i, j))
    runs.sort(key=lambda r: -r[0])
    taken: list[tuple[int, int]] = []
    for total, i, j in runs:
        if all(j < x or i > y for x, y in taken):
            taken.append((i, j))
            out.append(Candidate("source", us_a[i][0], us_a[j][1], False, total))
        if len(taken) >= per_side:
            break
    words = [b[s:e].lower() for s, e in us_b]
    content = [k for k, w in enumerate(words) if w not in _STOPWORDS and not _DIGIT_RE.search(w)]
    if len(content) >= 3:
        zb = _zscores(sim.max(axis=0)[content])
        for k in np.argsort(zb)[:per_side]:
            if zb[k] < 0 and deficit_b[content[int(k)]] > 0:
                s, e = us_b[content[int(k)]]
                out.append(Candidate("derived", s, e, False, -float(zb[k])))
    return out


def propose(
    a: str,
    b: str,
    same_language: bool,
    max_spans: int = 16,
    tokens: tuple[TokenVectors, TokenVectors] | None = None,
    diff_ratio: float = 0.7,
) -> list[Candidate]:
    """Candidate spans to drop from `a` (source) and `b` (derived), at most `max_spans` a side.

    Same language and mostly the same words: the diff gives the exact runs. Otherwise (another
    language, or a rewrite) the word-alignment runs when token vectors are given, else overlapping
    windows that cover each side.
    """
    if same_language:
        ratio, diff = _word_diff(a, b)
        if ratio >= diff_ratio:
            return diff[: 2 * max_spans]
    if tokens is not None:
        return aligned_candidates(a, b, tokens[0], tokens[1], max_spans)
    return [Candidate("source", s, e, False) for s, e in candidate_spans(a, max_spans)] + [
        Candidate("derived", s, e, False) for s, e in candidate_spans(b, max_spans)
    ]


# --- the detector --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Side:
    """The joined text of one side of a bead, and where each of its sentences sits in the document."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]  # (start in text, end in text, start in Document.text)

    @classmethod
    def of(cls, doc: Document, indices: Sequence[int]) -> _Side:
        parts, pieces, at = [], [], 0
        for i in indices:
            s = doc.sentences[i]
            parts.append(s.text)
            pieces.append((at, at + len(s.text), s.start))
            at += len(s.text) + 1
        return cls(" ".join(parts), tuple(pieces))

    def to_document(self, start: int, end: int) -> Range | None:
        """Offsets in `Document.text`, when the span lies inside one sentence of the bead."""
        for a, b, doc_start in self.pieces:
            if a <= start and end <= b:
                return doc_start + start - a, doc_start + end - a
        return None


def _merge(found: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
    """Overlapping or touching windows on one side become one span, scored by its best window."""
    out: list[tuple[Candidate, float]] = []
    for cand, gain in sorted(found, key=lambda x: (x[0].side, x[0].start)):
        if out and out[-1][0].side == cand.side and cand.start <= out[-1][0].end + 1:
            prev, best = out[-1]
            merged = Candidate(
                cand.side,
                prev.start,
                max(prev.end, cand.end),
                prev.from_diff and cand.from_diff,
                max(prev.align, cand.align),
            )
            out[-1] = (merged, max(best, gain))
        else:
            out.append((cand, gain))
    return out


@dataclass(frozen=True)
class SpanDetector:
    """`partial_omission` and `addition` findings for words inside matched beads.

    Thresholds are similarity gains (cosine after dropping a span minus cosine before), tuned on the
    DEMETR dev split (see bench/results/spans.md); `max_spans` bounds the cost: at most that many
    variants a side per bead, all embedded in one `encode` call per comparison.
    """

    name: str = "spans"
    max_spans: int = 16
    # window proposals (no token vectors): the largest best-gain seen on 110 unchanged pairs of the
    # DEMETR dev split, per side, so a false alarm stays near 1% (measured: bench/results/spans.md)
    omission_gain: float = 0.024
    addition_gain: float = 0.0155
    # word-alignment proposals (token vectors): evidence = alignment deficit + gain / gain_scale, two
    # weak signals added. Thresholds from ~400 unchanged pairs of the DEMETR dev slots 0-19 (reference
    # translations and unperturbed MT): just above the largest evidence seen, so a faithful translation
    # rarely trips it (7.2, above all but one, finds about twice as many drops at ~1% false alarms on
    # held-out references: bench/results/spans.md)
    gain_scale: float = 0.004
    omission_evidence: float = 10.1
    addition_evidence: float = 5.7
    # additions from word alignment: off, since on dev they found 5% of DEMETR's one-word additions
    # and on held-out references they raised as many false alarms as the omissions
    aligned_additions: bool = False
    diff_gain: float = 0.001  # same-language diff runs: the words are surely absent; they must matter
    diff_ratio: float = 0.7  # word-diff similarity above which a same-language pair is a copy-edit
    confidence_scale: float = 0.01  # gain above the threshold at which confidence passes ~0.73
    max_findings_per_bead: int = 2
    # word alignment across languages from the embedder's `token_embeddings`: opt-in, since the token
    # pass and the variants cost ~1.6x the comparison's sentence embedding (300 de-en beads: +11 s over
    # 7 s on 2 shared cores) for ~10% of DEMETR's dropped phrases and names at the defaults
    use_tokens: bool = False
    token_spans: int = 2  # proposals a side from token vectors
    # without token vectors, windows would cost up to 2 * max_spans texts a bead for ~no recall at
    # this false-alarm budget (bench/results/spans.md): off unless asked for
    use_windows: bool = False

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        for bead, src, der, scored in self.score(comparison):
            found = [(c, gain) for c, gain in scored if self._margin(c, gain) > 0 or self._always(src, der, c)]
            found = sorted(_merge(found), key=lambda x: -x[1])[: self.max_findings_per_bead]
            for c, gain in found:
                yield self._finding(bead, src, der, c, gain)

    def score(self, comparison: Comparison) -> list[tuple[Bead, _Side, _Side, list[tuple[Candidate, float]]]]:
        """Every candidate span of every matched bead with its similarity gain (no threshold yet)."""
        embedder = comparison.embedder
        if embedder is None:
            return []
        beads = [
            (bead, _Side.of(comparison.source, bead.source), _Side.of(comparison.derived, bead.derived))
            for bead in comparison.alignment.matches
        ]
        # a same-language copy-edit takes the word diff: no token pass for it
        same = [_same_language(comparison, bead) for bead, _, _ in beads]
        copyedit = [
            sl and _word_diff(src.text, der.text)[0] >= self.diff_ratio
            for sl, (_, src, der) in zip(same, beads, strict=True)
        ]
        tokens: dict[str, TokenVectors] = {}
        if self.use_tokens:
            sides = zip(copyedit, beads, strict=True)
            tokens = token_vectors(embedder, [t for ce, (_, src, der) in sides if not ce for t in (src.text, der.text)])
        work: list[tuple[Bead, _Side, _Side, list[Candidate]]] = []
        texts: list[str] = []
        for (bead, src, der), sl, ce in zip(beads, same, copyedit, strict=True):
            pair = (tokens[src.text], tokens[der.text]) if tokens and not ce else None
            cap = self.token_spans if pair else self.max_spans
            cands = propose(src.text, der.text, sl, cap, pair, self.diff_ratio)
            if pair is None and not self.use_windows:
                cands = [c for c in cands if c.from_diff]
            if pair is not None and not self.aligned_additions:
                cands = [c for c in cands if c.from_diff or c.side == "source"]
            if not cands:
                continue
            work.append((bead, src, der, cands))
            texts += [src.text, der.text]
            texts += [_variant(src, der, c) for c in cands]
        if not work:
            return []
        # one batched call for every bead and variant of the comparison; repeated texts share a row
        unique = list(dict.fromkeys(texts))
        row = {t: i for i, t in enumerate(unique)}
        vectors = np.asarray(embedder.encode(unique), dtype=np.float32)
        out = []
        for bead, src, der, cands in work:
            vs, vd = vectors[row[src.text]], vectors[row[der.text]]
            base = float(vs @ vd)
            scored = []
            for c in cands:
                other = vd if c.side == "source" else vs
                scored.append((c, float(vectors[row[_variant(src, der, c)]] @ other) - base))
            out.append((bead, src, der, scored))
        return out

    @staticmethod
    def _always(src: _Side, der: _Side, c: Candidate) -> bool:
        """Exact words a copy-edit dropped or added that carry a number, a name or a hedge ("almost",
        "reportedly"): reported even when the sentence vector barely moves (it often does not)."""
        side = src if c.side == "source" else der
        return c.from_diff and span_severity(side.text, (c.start, c.end)) == "high"

    def _margin(self, c: Candidate, gain: float) -> float:
        """How far the evidence for `c` passes its threshold, in similarity-gain units (> 0: report)."""
        if c.from_diff:
            return gain - self.diff_gain
        if c.align > 0:  # a word-alignment proposal: its deficit counts as gain
            threshold = self.omission_evidence if c.side == "source" else self.addition_evidence
            return (c.align + gain / self.gain_scale - threshold) * self.gain_scale
        return gain - (self.omission_gain if c.side == "source" else self.addition_gain)

    def _finding(self, bead: Bead, src: _Side, der: _Side, c: Candidate, gain: float) -> Finding:
        side = src if c.side == "source" else der
        words = side.text[c.start : c.end]
        margin = self._margin(c, gain)
        confidence = round(1.0 / (1.0 + math.exp(-margin / self.confidence_scale)), 3)
        if c.from_diff:  # the words are certainly absent; the gain only says they mattered
            confidence = max(confidence, 0.8)
        severity = span_severity(side.text, (c.start, c.end))
        where = side.to_document(c.start, c.end)
        if c.side == "source":
            return Finding(
                kind="partial_omission",
                source=bead.source,
                derived=bead.derived,
                message=f"dropped from the republication: {words!r}",
                severity=severity,
                confidence=confidence,
                source_span=words,
                source_range=where,
                detector=self.name,
            )
        return Finding(
            kind="addition",
            source=bead.source,
            derived=bead.derived,
            message=f"added in the republication: {words!r}",
            severity=severity,
            confidence=confidence,
            derived_span=words,
            derived_range=where,
            detector=self.name,
        )


def _variant(src: _Side, der: _Side, c: Candidate) -> str:
    return drop_span(src.text if c.side == "source" else der.text, c.start, c.end)


def _same_language(comparison: Comparison, bead: Bead) -> bool:
    langs = {comparison.source.sentences[i].lang for i in bead.source}
    langs |= {comparison.derived.sentences[j].lang for j in bead.derived}
    return len(langs) == 1
