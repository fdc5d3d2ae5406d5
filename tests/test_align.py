"""The aligner on controlled input: a fake embedder whose vectors come from "meaning ids".

A sentence is a few tokens like `m3`; its vector is the normalised sum of one fixed random vector
per token (seeded from a hash of the token), so two sentences mean the same exactly when they
carry the same tokens, and a joined run means the sum of its parts, as with a real model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from provenance.align import AlignParams, align, embedding_texts, format_beads
from provenance.core import Alignment, Bead

DIM = 96
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


class MeaningEmbedder:
    """Deterministic vectors from the meaning ids in a text; records every call to `encode`."""

    name = "meaning-fake"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    @staticmethod
    def _token(tok: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(tok.encode()).digest()[:8], "little")
        return np.random.default_rng(seed).standard_normal(DIM)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), DIM), np.float32)
        for row, text in enumerate(texts):
            v = sum(self._token(t) for t in text.split())
            out[row] = v / np.linalg.norm(v)
        return out


def meanings(n: int, prefix: str = "m") -> list[str]:
    # each sentence carries its own id and filler of its own, so lengths look like real sentences
    return [f"{prefix}{i} {prefix}{i}a {prefix}{i}b" for i in range(n)]


def run(source: list[str], derived: list[str]) -> Alignment:
    result = align(source, derived, MeaningEmbedder())
    check_cover(result, len(source), len(derived))
    return result


def check_cover(result: Alignment, n: int, m: int) -> None:
    """Every sentence in a bead; derived sentences exactly once; sources once but for duplicates."""
    derived = [j for b in result.beads for j in b.derived]
    assert sorted(derived) == list(range(m))
    source = [i for b in result.beads if b.relation != "duplicate" for i in b.source]
    assert sorted(source) == list(range(n))


def pairs(result: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.source, b.derived) for b in result.beads]


def test_one_to_one() -> None:
    src = meanings(12)
    result = run(src, list(src))
    assert pairs(result) == [((i,), (i,)) for i in range(12)]
    assert all(b.relation == "monotone" for b in result.beads)
    assert all(b.score == pytest.approx(1.0, abs=1e-5) for b in result.beads)


def test_deletion() -> None:
    src = meanings(12)
    result = run(src, src[:5] + src[6:])
    # a deletion has no derived index: it sits where it falls, between derived 4 and 5
    expected = [((i,), (i,)) for i in range(5)] + [((5,), ())] + [((i,), (i - 1,)) for i in range(6, 12)]
    assert pairs(result) == expected
    assert result.beads[5] == Bead((5,), (), 0.0)


def test_insertion() -> None:
    src = meanings(12)
    added = "z1 z1a z1b"
    result = run(src, [*src[:7], added, *src[7:]])
    assert ((), (7,)) in pairs(result)
    assert [b for b in result.beads if not b.source] == [Bead((), (7,), 0.0)]
    assert len(result.matches) == 12


@pytest.mark.parametrize("k", [0, 5, 11])
def test_a_replaced_sentence_is_an_omission_and_an_addition(k: int) -> None:
    # a new sentence in the slot of a dropped one (an invented claim): the article's sentences share
    # its topic ("t"); the newcomer does not, and echoes a word of a passage further on
    src = [f"{s} t" for s in meanings(12)]
    der = [*src[:k], f"x1 x1a m{(k + 6) % 12}b", *src[k + 1 :]]
    result = run(src, der)
    assert ((k,), ()) in pairs(result) and ((), (k,)) in pairs(result)
    assert len(result.matches) == 11


def test_without_the_replacement_check_the_dp_pairs_a_stranger_at_the_end() -> None:
    # the DP weighs one weak match against two skips: at the last slot the match wins, and only the
    # check after it (`unpair_z`) says the two have nothing to do with each other
    src = [f"{s} t" for s in meanings(12)]
    der = [*src[:11], "x1 x1a m5b"]
    assert ((11,), (11,)) in pairs(align(src, der, MeaningEmbedder(), params=AlignParams(unpair_z=None)))
    assert ((11,), (11,)) not in pairs(run(src, der))


def test_a_loose_translation_stays_paired() -> None:
    # two of three meanings shared: far below the document's exact matches, but still each
    # sentence's best match, and above its neighbours
    src = [f"{s} t" for s in meanings(12)]
    result = run(src, [*src[:5], "m5 m5a y5 t", *src[6:]])
    assert pairs(result) == [((i,), (i,)) for i in range(12)]


def test_two_to_one_merge() -> None:
    src = meanings(10)
    merged = f"{src[3]} {src[4]}"
    result = run(src, [*src[:3], merged, *src[5:]])
    assert ((3, 4), (3,)) in pairs(result)
    assert len(result.beads) == 9


def test_one_to_two_split() -> None:
    src = meanings(10)
    # source 4 carries two meanings that the derived text states in two sentences
    src[4] = "m4 m4a m4b k4 k4a k4b"
    der = [*src[:4], "m4 m4a m4b", "k4 k4a k4b", *src[5:]]
    result = run(src, der)
    assert ((4,), (4, 5)) in pairs(result)
    assert len(result.beads) == 10


def test_moved_sentence() -> None:
    src = meanings(12)
    der = [*src[:2], *src[3:9], src[2], *src[9:]]  # sentence 2 moved after sentence 8
    result = run(src, der)
    moved = [b for b in result.beads if b.relation == "moved"]
    assert [(b.source, b.derived) for b in moved] == [((2,), (8,))]
    assert moved[0].score == pytest.approx(1.0, abs=1e-5)
    # still sorted by derived position
    firsts = [b.derived[0] for b in result.beads if b.derived]
    assert firsts == sorted(firsts)


def test_duplicated_sentence() -> None:
    src = meanings(12)
    der = [*src[:9], src[3], *src[9:]]  # sentence 3 repeated later
    result = run(src, der)
    dup = [b for b in result.beads if b.relation == "duplicate"]
    assert [(b.source, b.derived) for b in dup] == [((3,), (9,))]
    assert ((3,), (3,)) in pairs(result)  # the original stays in the monotone alignment


def test_a_repeat_on_both_sides_stays_paired() -> None:
    # the original quotes its motto twice and so does the translation; one derived copy carries an
    # extra mark, so it matches its source a little worse than the other copy: still no duplicate
    motto = "motto mottoa mottob mottoc mottod"
    src = meanings(12)
    src[2] = src[9] = motto
    der = list(src)
    der[2] = f"{motto} ."
    result = run(src, der)
    assert ((2,), (2,)) in pairs(result)
    assert ((9,), (9,)) in pairs(result)
    assert all(b.relation == "monotone" for b in result.beads)


def test_a_pasted_copy_in_a_dropped_sentence_slot_is_a_duplicate() -> None:
    # the derived text drops sentence 6 and pastes a copy of sentence 2 in its slot
    src = meanings(12)
    src[2] = "motto mottoa mottob mottoc mottod"
    der = list(src)
    der[6] = f"{src[2]} ."
    result = run(src, der)
    assert ((6,), ()) in pairs(result)
    assert [(b.source, b.derived) for b in result.beads if b.relation == "duplicate"] == [((2,), (6,))]


def test_unrelated_insertions_are_not_moved_or_duplicates() -> None:
    src = meanings(15)
    der = [*src[:5], "q1 q1a q1b", *src[5:10], "q2 q2a q2b", "q3 q3a q3b", *src[10:]]
    result = run(src, der)
    assert all(b.relation == "monotone" for b in result.beads)
    assert [b.derived for b in result.beads if not b.source] == [(5,), (11,), (12,)]


def test_empty_sides() -> None:
    emb = MeaningEmbedder()
    assert align([], [], emb).beads == ()
    src = meanings(3)
    assert pairs(align(src, [], emb)) == [((0,), ()), ((1,), ()), ((2,), ())]
    assert pairs(align([], src, emb)) == [((), (0,)), ((), (1,)), ((), (2,))]
    assert emb.calls == []  # nothing to compare, nothing encoded


def test_one_sentence_documents() -> None:
    assert pairs(run(["m1 x y"], ["m1 x y"])) == [((0,), (0,))]
    result = run(["m1 x y"], ["m1 x y", "m2 u v"])
    assert len(result.matches) == 1 and len(result.beads) == 2


def test_every_sentence_covered_on_a_messy_pair() -> None:
    src = meanings(30)
    der = [*src[:4], f"{src[4]} {src[5]}", *src[6:11], "n1 n1a n1b", *src[12:20], src[25], *src[20:25]]
    der += ["n2 n2a n2b", *src[26:], src[7]]
    result = run(src, der)
    keys = [(b.derived[0] if b.derived else None) for b in result.beads]
    assert [k for k in keys if k is not None] == sorted(k for k in keys if k is not None)


def test_embedding_texts_is_what_encode_receives() -> None:
    src, der = meanings(7), meanings(5, "d")
    emb = MeaningEmbedder()
    align(src, der, emb, max_run=3)
    assert emb.calls == [embedding_texts(src, 3), embedding_texts(der, 3)]
    texts = embedding_texts(src, 3)
    assert texts[:7] == src
    assert texts[7] == f"{src[0]} {src[1]}" and texts[-1] == " ".join(src[4:7])
    assert len(texts) == 7 + 6 + 5
    assert embedding_texts(src, 1) == src
    with pytest.raises(ValueError):
        embedding_texts(src, 0)


def test_max_run_limits_bead_size() -> None:
    src = meanings(8)
    der = [*src[:2], " ".join(src[2:5]), *src[5:]]
    assert ((2, 3, 4), (2,)) in pairs(run(src, der))
    # runs of max_run sentences are embedded, one sentence more is composed from them
    emb = MeaningEmbedder()
    result = align(src, der, emb, max_run=2)
    check_cover(result, 8, len(der))
    assert emb.calls == [embedding_texts(src, 2), embedding_texts(der, 2)]
    assert ((2, 3, 4), (2,)) in pairs(result)
    result = align(src, der, MeaningEmbedder(), max_run=2, params=AlignParams(run_limit=2))
    check_cover(result, 8, len(der))
    assert all(len(b.source) <= 2 and len(b.derived) <= 2 for b in result.beads)


def test_four_sentences_into_one_from_composed_runs() -> None:
    src = meanings(10)
    der = [*src[:3], " ".join(src[3:7]), *src[7:]]
    emb = MeaningEmbedder()
    result = align(src, der, emb)
    check_cover(result, 10, len(der))
    assert emb.calls == [embedding_texts(src, 3), embedding_texts(der, 3)]  # nothing longer is encoded
    assert ((3, 4, 5, 6), (3,)) in pairs(result)


def test_format_beads() -> None:
    alignment = Alignment((Bead((0, 1), (2,), 0.9), Bead((), (5,)), Bead((7,), ()), Bead((3,), (4,), 0.8, "moved")))
    assert format_beads(alignment) == "[0, 1]:[2]\n[]:[5]\n[7]:[]\n[3]:[4]"
    assert format_beads(Alignment(())) == ""


NTREX = SHARED / "data" / "ntrex128"


@pytest.mark.model
def test_real_model_aligns_a_german_french_news_document() -> None:
    from provenance.embed import ModelError, SentenceTransformerEmbedder

    if not (NTREX / "DOCUMENT_IDS.tsv").is_file():
        pytest.skip(f"shared data not found at {NTREX}")
    try:
        embedder = SentenceTransformerEmbedder()
    except ModelError as exc:
        pytest.skip(f"model not provisioned: {exc}")
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    first = [k for k, doc in enumerate(ids) if doc == ids[0]]
    de_all = (NTREX / "newstest2019-ref.deu.txt").read_text(encoding="utf-8").splitlines()
    fr_all = (NTREX / "newstest2019-ref.fra.txt").read_text(encoding="utf-8").splitlines()
    de, fr = [de_all[k] for k in first], [fr_all[k] for k in first]
    assert pairs(align(de, fr, embedder)) == [((i,), (i,)) for i in range(len(de))]
    # two French sentences merged into one: a 2-1 bead
    merged = align(de, [*fr[:5], f"{fr[5]} {fr[6]}", *fr[7:]], embedder)
    check_cover(merged, len(de), len(fr) - 1)
    assert ((5, 6), (5,)) in pairs(merged)
    # one French sentence dropped: every other sentence keeps its own translation, and the
    # dropped one is left alone or at worst merged into a neighbour's bead
    dropped = align(de, [*fr[:2], *fr[3:]], embedder)
    check_cover(dropped, len(de), len(fr) - 1)
    for bead in dropped.beads:
        expected = {i - 1 if i > 2 else i for i in bead.source if i != 2}
        assert set(bead.derived) == expected, bead
