"""Span-level omissions and additions inside matched sentences (provenance.detect.spans)."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from provenance.core import Alignment, Bead, Document
from provenance.detect import Comparison
from provenance.detect.spans import (
    SpanDetector,
    aligned_candidates,
    candidate_spans,
    drop_span,
    propose,
    span_severity,
    units,
    word_vectors,
)
from provenance.report.demo import make_document


class BagOfWords:
    """A fake embedder: hashed bag of lower-cased words, L2-normalised. Dropping a word the other
    side lacks raises the cosine, dropping a shared word lowers it: the property the detector uses."""

    name = "bag-of-words"

    def __init__(self, dim: int = 512) -> None:
        self.dim = dim
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                out[i, zlib.crc32(w.encode()) % self.dim] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        return out


class BagOfWordsWithTokens(BagOfWords):
    """Adds `token_embeddings`: one hashed one-hot vector a word, with its character offsets."""

    def __init__(self, dim: int = 512) -> None:
        super().__init__(dim)
        self.token_calls = 0

    def token_embeddings(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        self.token_calls += 1
        out = []
        for t in texts:
            words = list(re.finditer(r"\w+", t))
            offsets = np.array([(m.start(), m.end()) for m in words], dtype=np.int64).reshape(-1, 2)
            vectors = np.zeros((len(words), self.dim), dtype=np.float32)
            for k, m in enumerate(words):
                vectors[k, zlib.crc32(m.group().lower().encode()) % self.dim] = 1.0
            out.append((offsets, vectors))
        return out


def document(sentences: Sequence[str], lang: str) -> Document:
    return make_document([(s, lang) for s in sentences], lang)


def compare(src: Sequence[str], der: Sequence[str], src_lang: str = "en", der_lang: str = "en", embedder=None):
    beads = tuple(Bead((i,), (i,), 1.0) for i in range(min(len(src), len(der))))
    return Comparison(document(src, src_lang), document(der, der_lang), Alignment(beads), embedder or BagOfWords())


# --- cutting sentences ---------------------------------------------------------------------------


def test_units_are_words_without_punctuation() -> None:
    text = "State-aligned media, O’Brien said: 3.5 million (water)."
    words = ["State-aligned", "media", "O’Brien", "said", "3.5", "million", "water"]
    assert [text[a:b] for a, b in units(text)] == words


def test_units_cut_chinese_and_japanese_without_spaces() -> None:
    zh = "在食用受污染宠物食品后死亡。"
    pieces = [zh[a:b] for a, b in units(zh)]
    assert "".join(pieces) == zh[:-1]  # every character but the full stop, in order
    assert all(1 <= len(p) <= 2 for p in pieces)
    ja = "東京で開かれた会議では"
    assert [ja[a:b] for a, b in units(ja)] == ["東京で", "開かれた", "会議では"]


def test_units_keep_devanagari_vowel_signs_inside_words() -> None:
    hi = "पालतू जानवरों के मूत्र में"
    assert [hi[a:b] for a, b in units(hi)] == ["पालतू", "जानवरों", "के", "मूत्र", "में"]


def test_candidate_spans_stay_within_the_cap_and_cover_every_word() -> None:
    text = " ".join(f"w{i}" for i in range(40))
    spans = candidate_spans(text, max_spans=16)
    assert 1 < len(spans) <= 16
    covered = {i for a, b in spans for i in range(a, b)}
    assert all(a in covered for a, _ in units(text))
    assert candidate_spans("One", 16) == []


def test_drop_span_merges_spaces_and_keeps_cjk_tight() -> None:
    text = "Media reported the attack on the city."
    s = text.index("on the city")
    assert drop_span(text, s, s + len("on the city")) == "Media reported the attack."
    assert drop_span("宠物食品后死亡", 2, 4) == "宠物后死亡"


def test_propose_uses_the_word_diff_for_same_language_pairs() -> None:
    a = "Cyanuric acid and melamine were found in pets who died after eating contaminated food."
    b = "Cyanuric acid and melamine were found in pets who died."
    cands = propose(a, b, same_language=True)
    assert [(c.side, a[c.start : c.end], c.from_diff) for c in cands] == [
        ("source", "after eating contaminated food", True)
    ]
    windows = propose(a, b, same_language=False, max_spans=8)
    assert windows and not any(c.from_diff for c in windows)
    assert {c.side for c in windows} == {"source", "derived"}


# --- findings ------------------------------------------------------------------------------------


def test_dropped_qualifier_is_a_partial_omission_with_offsets_into_the_document() -> None:
    src = ["The mayor spoke on Monday.", "State-aligned media reported the attack on the port."]
    der = ["The mayor spoke on Monday.", "Media reported the attack on the port."]
    comp = compare(src, der)
    findings = list(SpanDetector().detect(comp))
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == "partial_omission" and f.detector == "spans"
    assert f.source == (1,) and f.derived == (1,)
    assert f.source_span == "State-aligned"
    assert f.source_range is not None
    assert comp.source.text[f.source_range[0] : f.source_range[1]] == "State-aligned"
    assert f.message == "dropped from the republication: 'State-aligned'"
    assert f.derived_span is None


def test_added_words_are_an_addition_on_the_derived_side() -> None:
    src = ["The bridge was destroyed on Tuesday."]
    der = ["The bridge was destroyed on Tuesday, reportedly by the army."]
    comp = compare(src, der)
    [f] = SpanDetector().detect(comp)
    assert f.kind == "addition"
    assert f.derived_span == "reportedly by the army"
    assert f.derived_range is not None
    assert comp.derived.text[f.derived_range[0] : f.derived_range[1]] == "reportedly by the army"
    assert f.message == "added in the republication: 'reportedly by the army'"
    assert f.severity == "high"  # a hedge


def test_token_vectors_propose_the_unmatched_words_across_languages() -> None:
    # tagged as two languages, so the pair goes through the word-alignment proposals, not the diff
    fake = BagOfWordsWithTokens()
    src = ["The aid convoy brought food, water, blankets and medicine to the town on Sunday."]
    der = ["The aid convoy brought food, blankets and medicine to the town on Sunday."]
    comp = compare(src, der, "xx", "en", embedder=fake)
    findings = list(SpanDetector(use_tokens=True).detect(comp))
    assert [(f.kind, f.source_span) for f in findings] == [("partial_omission", "water")]
    assert fake.calls == 1 and fake.token_calls == 1
    assert comp.source.text[slice(*findings[0].source_range)] == "water"


def test_identical_sentences_give_nothing() -> None:
    s = ["Officials said 12 people were injured in the blast near the station."]
    assert list(SpanDetector().detect(compare(s, s))) == []
    assert list(SpanDetector(use_windows=True).detect(compare(s, s, "xx", "en"))) == []
    assert list(SpanDetector(use_tokens=True).detect(compare(s, s, "xx", "en", BagOfWordsWithTokens()))) == []


def test_one_encode_call_per_comparison() -> None:
    fake = BagOfWords()
    src = ["A red car hit the wall.", "Two people were hurt badly.", "Police closed the road."]
    der = ["A car hit the wall.", "Two people were hurt.", "Police closed the main road."]
    findings = list(SpanDetector().detect(compare(src, der, embedder=fake)))
    assert fake.calls == 1
    assert {f.kind for f in findings} == {"partial_omission", "addition"}


def test_no_embedder_no_findings() -> None:
    comp = Comparison(document(["a b c"], "en"), document(["a b"], "en"), Alignment((Bead((0,), (0,)),)), None)
    assert list(SpanDetector().detect(comp)) == []


@pytest.mark.parametrize(
    ("text", "span", "severity"),
    [
        ("Prices rose by 12 percent last year.", "by 12 percent", "high"),
        ("The envoy met Vladimir Putin in Moscow.", "Vladimir Putin", "high"),
        ("The army, according to officials, withdrew.", "according to officials", "high"),
        ("The famous goods are duty free.", "famous", "medium"),
        ("The goods are carried by ship to the port.", "by ship to the port", "low"),
    ],
)
def test_severity_follows_what_was_lost(text: str, span: str, severity: str) -> None:
    start = text.index(span)
    assert span_severity(text, (start, start + len(span))) == severity


# --- the real model (skipped unless provisioned) ---------------------------------------------------


@pytest.fixture(scope="module")
def model_embedder():
    from provenance.embed import ModelError, SentenceTransformerEmbedder

    try:
        plain = SentenceTransformerEmbedder()
        plain.encode(["probe"])
    except ModelError as exc:
        pytest.skip(f"embedding model not provisioned: {exc}")

    class WithTokens:
        """The provisioned embedder plus `token_embeddings` (what the detector looks for)."""

        name = plain.name

        def encode(self, texts: Sequence[str]) -> np.ndarray:
            return plain.encode(texts)

        def token_embeddings(self, texts: Sequence[str]):
            return plain.token_embeddings(texts)  # hidden layer ALIGN_LAYER

    return WithTokens()


def _ranked(comp: Comparison, side: str) -> list[tuple[str, float]]:
    [(_, src, der, scored)] = SpanDetector(use_tokens=True).score(comp)
    text = src.text if side == "source" else der.text
    return [(text[c.start : c.end], g) for c, g in sorted(scored, key=lambda x: -x[1]) if c.side == side]


@pytest.mark.model
def test_model_ranks_a_dropped_qualifier_first_across_languages(model_embedder) -> None:
    src = ["Staatsnahe Medien berichteten am Montag über den Angriff auf den Hafen."]
    trimmed = _ranked(
        compare(src, ["Media reported on Monday on the attack on the port."], "de", "en", model_embedder), "source"
    )
    assert trimmed[0][0] == "Staatsnahe" and trimmed[0][1] > 0
    # the faithful translation keeps the qualifier: dropping it now costs similarity
    faithful = compare(
        src, ["State-aligned media reported on Monday on the attack on the port."], "de", "en", model_embedder
    )
    assert all(g < 0 for w, g in _ranked(faithful, "source") if "Staatsnahe" in w)


@pytest.mark.model
def test_model_ranks_a_dropped_list_item_first_across_languages(model_embedder) -> None:
    src = ["Đoàn xe chở lương thực, nước, chăn và thuốc men đến thị trấn."]
    der = ["The convoy brought food, blankets and medicine to the town."]
    ranked = _ranked(compare(src, der, "vi", "en", model_embedder), "source")
    assert "nước" in ranked[0][0] and ranked[0][1] > 0


@pytest.mark.model
def test_model_reports_same_language_drops_and_additions(model_embedder) -> None:
    src = ["State-aligned media reported the attack on the port on Monday."]
    der = ["Media reported the attack on the port on Monday, reportedly by the army."]
    found = {
        (f.kind, f.source_span or f.derived_span)
        for f in SpanDetector().detect(compare(src, der, embedder=model_embedder))
    }
    assert found == {("partial_omission", "State-aligned"), ("addition", "reportedly by the army")}


@pytest.mark.model
def test_model_is_silent_on_a_faithful_translation(model_embedder) -> None:
    src = ["Staatsnahe Medien berichteten am Montag über den Angriff auf den Hafen."]
    der = ["State-aligned media reported on Monday on the attack on the port."]
    assert list(SpanDetector(use_tokens=True).detect(compare(src, der, "de", "en", model_embedder))) == []


def test_a_name_cut_from_a_possessive_is_a_dropped_span() -> None:
    a = "Apple's new screens may have appealed to buyers."
    b = "'s new screens may have appealed to buyers."
    assert [(c.side, a[c.start : c.end]) for c in propose(a, b, same_language=True)] == [("source", "Apple")]


def test_windows_are_opt_in_without_token_vectors() -> None:
    src = ["The bridge was destroyed on Tuesday."]
    der = ["The bridge was destroyed on Tuesday, reportedly by the army, after a long siege of the town."]
    fake = BagOfWords()
    assert list(SpanDetector().detect(compare(src, der, "xx", "en", fake))) == []
    assert fake.calls == 0  # nothing to embed: no candidate was proposed
    found = list(SpanDetector(use_windows=True).detect(compare(src, der, "xx", "en", fake)))
    assert found and all(f.kind == "addition" for f in found)


def test_word_vectors_average_the_tokens_inside_each_word() -> None:
    text = "red cars"
    offsets = np.array([(0, 3), (4, 7), (7, 8)], dtype=np.int64)  # "red", "car", "s"
    vectors = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
    us, w = word_vectors(text, (offsets, vectors))
    assert [text[a:b] for a, b in us] == ["red", "cars"]
    assert np.allclose(w[0], [1, 0, 0]) and np.allclose(w[1], [0, 2**-0.5, 2**-0.5])


def test_aligned_candidates_propose_unmatched_content_words_not_function_words() -> None:
    fake = BagOfWordsWithTokens()
    a = "The convoy brought food and medicine to a town."
    b = "The big convoy also brought food and medicine to a town."  # "big" and "also" added
    ta, tb = fake.token_embeddings([a, b])
    cands = aligned_candidates(a, b, ta, tb)
    added = [b[c.start : c.end] for c in cands if c.side == "derived"]
    assert added == ["big"] and all(c.align > 0 for c in cands)
    assert [c for c in cands if c.side == "source"] == []  # every source word has its counterpart


def test_copy_edits_need_no_token_pass() -> None:
    fake = BagOfWordsWithTokens()
    src = ["A red car hit the wall near the station on Monday."]
    der = ["A car hit the wall near the station on Monday."]
    findings = list(SpanDetector(use_tokens=True).detect(compare(src, der, embedder=fake)))
    assert [f.source_span for f in findings] == ["red"]
    assert fake.token_calls == 0  # same language, mostly the same words: the word diff suffices


@pytest.mark.model
def test_model_hidden_layer_token_vectors_map_back_to_the_text(model_embedder) -> None:
    from provenance.embed import SentenceTransformerEmbedder

    text = "Staatsnahe Medien berichteten."
    [(offsets, vectors)] = SentenceTransformerEmbedder().token_embeddings([text], layer=7)
    assert len(offsets) == len(vectors) > 3
    assert "".join(text[a:b] for a, b in offsets).replace(" ", "") == text.replace(" ", "")
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_model_token_pass_stops_at_the_layer_asked_for(model_embedder) -> None:
    # only the first `layer` encoder layers run; the vectors are the whole model's hidden state there
    import torch

    from provenance.embed import SentenceTransformerEmbedder

    texts = ["Staatsnahe Medien berichteten am Montag.", "State-aligned media reported it on Monday, as expected."]
    embedder = SentenceTransformerEmbedder()
    got = embedder.token_embeddings(texts, layer=7)
    model = embedder._load()
    transformer = model[0].auto_model
    assert len(transformer.encoder.layer) == 12  # restored after the pass
    for text, (_offsets, vectors) in zip(texts, got, strict=True):
        enc = model.tokenizer(["query: " + text], return_tensors="pt")
        with torch.inference_mode():
            hidden = transformer(**enc, output_hidden_states=True).hidden_states[7][0].numpy()
        hidden = hidden[-1 - len(vectors) : -1]  # the text's tokens: after the prompt, before [SEP]
        hidden = hidden / np.linalg.norm(hidden, axis=1, keepdims=True)
        assert np.allclose(vectors, hidden, atol=1e-4)


def test_word_alignment_is_opt_in() -> None:
    fake = BagOfWordsWithTokens()
    src = ["The aid convoy brought food, water, blankets and medicine to the town on Sunday."]
    der = ["The aid convoy brought food, blankets and medicine to the town on Sunday."]
    assert list(SpanDetector().detect(compare(src, der, "xx", "en", embedder=fake))) == []
    assert fake.token_calls == 0 and fake.calls == 0


def test_word_alignment_is_opt_in_and_passes_through_the_disk_cache(tmp_path: Path) -> None:
    from provenance.detect import default_detectors
    from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

    def span_detector(detectors: list) -> SpanDetector:
        return next(d for d in detectors if isinstance(d, SpanDetector))

    assert not span_detector(default_detectors()).use_tokens
    assert span_detector(default_detectors(word_alignment=True)).use_tokens

    class Plain:
        name = "plain"

        def encode(self, texts: Sequence[str]) -> np.ndarray:
            return np.ones((len(texts), 2), np.float32) / np.sqrt(2)

    class WithTokens(Plain):
        def token_embeddings(self, texts: Sequence[str], **kwargs: object) -> list[str]:
            return list(texts)

    cache = DiskEmbeddingCache(tmp_path / "cache")
    assert not hasattr(CachedEmbedder(Plain(), cache), "token_embeddings")
    assert CachedEmbedder(WithTokens(), cache).token_embeddings(["a b"]) == ["a b"]
