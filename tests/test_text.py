"""Whether a word opens a sentence: the answer the entity, modality and qualifier detectors share."""

import pytest

from provenance.detect.text import sentence_initial


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Almost all of them came.", "Almost"),
        ("He left. Almost all came.", "Almost"),
        ("«\xa0Des millions de personnes", "Des"),  # French: a no-break space inside the guillemets
        ('"Only then," he said.', "Only"),
        ("They waited… Only then did it start.", "Only"),
        ("Two points: Former minister X spoke.", "Former"),
    ],
)
def test_opens_a_sentence(text: str, word: str) -> None:
    assert sentence_initial(text, text.index(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She read Almost Famous twice.", "Almost"),
        ("Ms. Jones said so.", "Jones"),  # a title's full stop ends no sentence
        ("prof. Kowalski przyjechał.", "Kowalski"),
        ("George H. W. Bush spoke.", "Bush"),  # nor an initial's
        ("В. Путин заявил.", "Путин"),  # in any script
    ],
)
def test_inside_a_sentence(text: str, word: str) -> None:
    assert not sentence_initial(text, text.index(word))
