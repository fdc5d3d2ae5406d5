"""Compass directions on a place: "West Sumatra" -> "phía Đông Sumatra", "North Korea" -> "Corée du Sud".

A translation that turns a region round keeps every name and every figure, so neither the entity nor
the figures detector sees it, and the encoder reads "West" and "East" as near neighbours. Here each
side's direction words are read with the place they qualify (the name right after them, or, in
French, Spanish and Italian, right before: "Sumatra occidental", "Corea del Sur"; German glues them
on: "Nordkorea"), the places are paired across the two sides as the entity detector pairs names
(`entities.has_counterpart`: spelling, sound, the gazetteer), and a place whose directions share no
point of the compass ("west" / "east"; not "north" / "north-east") is reported as an `entity_change`.

Within one language too: the span detector's word diff sees a one-word substitution there ("West" ->
"East") as no omission or addition. Chinese and Japanese are left out, where 东, 西, 南, 北 also spell
names by sound (东加拉 is Donggala, 西姆斯 is Sims).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from provenance.core import Finding
from provenance.detect import Comparison
from provenance.detect.entities import has_counterpart
from provenance.detect.modality import normalize_lang, to_document_range

_NE, _NW, _SE, _SW = "NE", "NW", "SE", "SW"

# Per language: (pattern, points of the compass), compounds first. Patterns are matched
# case-insensitively at word starts; a German one may run on into the place ("Nordkorea").
_WORDS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"north-?east(?:ern)?", _NE), (r"north-?west(?:ern)?", _NW), (r"south-?east(?:ern)?", _SE),
        (r"south-?west(?:ern)?", _SW), (r"north(?:ern)?", "N"), (r"south(?:ern)?", "S"), (r"east(?:ern)?", "E"),
        (r"west(?:ern)?", "W"),
    ],
    "vi": [
        (r"đông bắc", _NE), (r"tây bắc", _NW), (r"đông nam", _SE), (r"tây nam", _SW), (r"bắc", "N"), (r"nam", "S"),
        (r"đông", "E"), (r"tây", "W"),
    ],
    "ru": [
        (r"северо-восто\w*", _NE), (r"северо-запад\w*", _NW), (r"юго-восто\w*", _SE), (r"юго-запад\w*", _SW),
        # not the first half of a compound ("северокорейских", read below as one)
        (r"север(?!о[а-яё]{4})\w*", "N"), (r"юг(?:е|а|у|ом)?(?!\w)|южн(?!о[а-яё]{4})\w*", "S"),
        (r"восто(?!чно[а-яё]{4})\w*", "E"), (r"запад(?!но[а-яё]{4})\w*", "W"),
    ],
    "de": [
        (r"nordost(?:en)?|nordöstlich\w*", _NE), (r"nordwest(?:en)?|nordwestlich\w*", _NW),
        (r"südost(?:en)?|südöstlich\w*", _SE), (r"südwest(?:en)?|südwestlich\w*", _SW),
        (r"nord(?:en)?|nördlich\w*", "N"), (r"süd(?:en)?|südlich\w*", "S"), (r"ost(?:en)?|östlich\w*", "E"),
        (r"west(?:en)?|westlich\w*", "W"),
    ],
    "fr": [
        (r"nord-est", _NE), (r"nord-ouest", _NW), (r"sud-est", _SE), (r"sud-ouest", _SW), (r"nord", "N"),
        (r"sud", "S"), (r"(?<=l['’])est", "E"), (r"ouest", "W"), (r"septentrional\w*", "N"),
        (r"méridional\w*", "S"), (r"oriental\w*", "E"), (r"occidental\w*", "W"),
    ],
    "es": [
        (r"noreste|nordeste|nororiental\w*", _NE), (r"noroeste|noroccidental\w*", _NW),
        (r"sureste|sudeste|suroriental\w*", _SE), (r"suroeste|sudoeste|suroccidental\w*", _SW), (r"norte", "N"),
        (r"sur", "S"), (r"(?<=\bel )este|(?<=\bal )este|(?<=\bdel )este", "E"), (r"oeste", "W"),
        (r"septentrional\w*", "N"), (r"meridional\w*", "S"), (r"oriental\w*", "E"), (r"occidental\w*", "W"),
    ],
    "it": [
        (r"nord-?est", _NE), (r"nord-?ovest", _NW), (r"sud-?est", _SE), (r"sud-?ovest", _SW), (r"nord", "N"),
        (r"sud", "S"), (r"(?<=l['’])est", "E"), (r"ovest", "W"), (r"settentrional\w*", "N"),
        (r"meridional\w*", "S"), (r"oriental\w*", "E"), (r"occidental\w*", "W"),
    ],
    "tr": [
        (r"kuzeydoğu", _NE), (r"kuzeybatı", _NW), (r"güneydoğu", _SE), (r"güneybatı", _SW), (r"kuzey", "N"),
        (r"güney", "S"), (r"doğu", "E"), (r"batı", "W"),
    ],
}  # fmt: skip
_PATTERNS = {
    lang: [(re.compile(rf"(?<!\w)(?:{p})(?![\w-])", re.IGNORECASE), points) for p, points in table]
    for lang, table in _WORDS.items()
}
# a direction glued to the place: German "Nordkorea", "nordkoreanischer"; Russian "северокорейских"
_GLUED = {
    "de": re.compile(r"(?<![\w-])(nord|süd|ost|west)(?=[a-zäöü]{4,})", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(северо|южно|восточно|западно)(?=[а-яё]{4,})", re.IGNORECASE),
}
# German compounds of a direction that name no place ("Westküste", "Südseite", "Ostwind")
_GLUED_NOT_PLACES = re.compile(r"(?:küste|seite|teil|wind|grenze|ufer|flügel|rand|wärts|lich|flanke|hang)", re.I)
_GLUED_POINTS = {
    "nord": "N", "süd": "S", "ost": "E", "west": "W", "северо": "N", "южно": "S", "восточно": "E", "западно": "W"
}  # fmt: skip
# the words between a direction and the place after it ("south of Java", "miền Bắc Mexico")
_LINK_AFTER = r"(?:\s+(?:of|the|de|du|des|la|le|les|l['’]|del|della|dell['’]|di|von|der))*\s*"
# up to three words that may be a name (kept only while capitalised: `_capitalised`); a hyphen may join
# them ("Virginie-Occidentale")
_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
_NAME_AFTER = re.compile(_LINK_AFTER + "(" + _NAME + ")")
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)(?:\s+(?:du|del|des|de la|de l['’]|de|della|dell['’]))?[\s-]*$")
_POSTPOSED = frozenset({"fr", "es", "it"})  # "Corée du Nord", "Sumatra occidental", "Carolina del Sur"


@dataclass(frozen=True, slots=True)
class Direction:
    """A direction word and the place it qualifies, with offsets into the sentence."""

    points: str  # "N", "NE", ...
    place: str
    start: int  # the direction word and the place together
    end: int


def directions(text: str, lang: str | None) -> list[Direction]:
    """Every direction word of `text` that qualifies a named place."""
    code = normalize_lang(lang, text)
    found: list[Direction] = []
    taken: list[tuple[int, int]] = []
    for rx, points in _PATTERNS.get(code, []):
        for m in rx.finditer(text):
            if _overlaps(m.start(), m.end(), taken):
                continue  # "nord" inside "nord-est", read already
            taken.append((m.start(), m.end()))
            after = _NAME_AFTER.match(text, m.end())
            place = _capitalised(after.group(1), 1 if code == "de" else 3) if after else ""  # German nouns
            if after and place:
                found.append(Direction(points, place, m.start(), after.start(1) + len(place)))
                continue
            before = _NAME_BEFORE.search(text[: m.start()]) if code in _POSTPOSED else None
            place = _capitalised(before.group(1), 1) if before else ""
            if before and place:
                found.append(Direction(points, place, before.start(1), m.end()))
    glued = _GLUED.get(code)
    if glued is not None:
        for m in glued.finditer(text):
            rest = re.match(r"\w+", text[m.end() :])
            if rest and not _GLUED_NOT_PLACES.match(rest.group()) and not _overlaps(m.start(), m.end(), taken):
                place = rest.group()
                found.append(
                    Direction(_GLUED_POINTS[m.group(1).lower()], place.capitalize(), m.start(), m.end() + len(place))
                )
    return sorted(found, key=lambda d: d.start)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _capitalised(words: str, most: int) -> str:
    """The leading capitalised words of `words` (at most `most`), as written, without the sentence's
    full stop ("Sumatra."; abbreviations kept: "U.S.") or a joining hyphen; "" when the first is not one."""
    end = 0
    for k, word in enumerate(re.finditer(r"\S+", words)):
        if k == most or not word.group()[0].isupper():
            break
        end = word.end()
    name = words[:end].rstrip("-")
    return name[:-1] if name.endswith(".") and "." not in name[:-1] else name


def changed_directions(
    source: str, derived: str, source_lang: str | None, derived_lang: str | None
) -> list[tuple[Direction, Direction]]:
    """Places both sides qualify by direction, with no point of the compass in common. A place the
    other side also names with a direction that agrees is not turned round ("North Korean defectors
    to South Korea" / "nordkoreanischer Überläufer nach Südkorea")."""
    out = []
    ds = directions(derived, derived_lang)
    for s in directions(source, source_lang):
        # the same place: each name has a counterpart in the other (a bare "U.S." has no word to test)
        same = [d for d in ds if has_counterpart(s.place, d.place) and has_counterpart(d.place, s.place)]
        if same and not any(set(s.points) & set(d.points) for d in same):
            out.append((s, same[0]))
    return out


@dataclass(frozen=True)
class DirectionDetector:
    """A place turned round: "West Sumatra" -> "phía Đông Sumatra", "East Sumatra"."""

    name: str = "directions"

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        for bead, src, der in comparison.pairs():
            ls, ld = comparison.langs(bead)
            for s, d in changed_directions(src, der, ls, ld):
                s_span, d_span = src[s.start : s.end], der[d.start : d.end]
                yield Finding(
                    kind="entity_change",
                    source=bead.source,
                    derived=bead.derived,
                    message=f"direction changed: '{s_span}' -> '{d_span}'",
                    severity="high",
                    confidence=0.7,
                    source_span=s_span,
                    derived_span=d_span,
                    source_range=to_document_range(comparison.source, bead.source, s.start, s.end),
                    derived_range=to_document_range(comparison.derived, bead.derived, d.start, d.end),
                    detector=self.name,
                )
