"""Rebuild the sample pairs from NTREX-128 with the planted changes listed here.

    python samples/build.py [--ntrex ../shared/data/ntrex128]

Each sample takes one NTREX news document: its English original and a professional translation
(or the reverse, to have a non-English original), lays the sentences out in paragraphs, applies
the edits below to the derived side, and writes `source.txt`, `derived.txt` and `expected.json`
(the format `../shared/eval/score.py` reads: `changes` and `preserved_figures`). The texts are
committed, so the samples work without `../shared`; this script says exactly how they were made.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG_FILES = {"en": "newstest2019-src.eng.txt", "vi": "newstest2019-ref.vie.txt",
              "ru": "newstest2019-ref.rus.txt", "zh": "newstest2019-ref.zho-CN.txt",
              "de": "newstest2019-ref.deu.txt", "fr": "newstest2019-ref.fra.txt",
              "es": "newstest2019-ref.spa.txt"}


@dataclass(frozen=True)
class Change:
    kind: str
    note: str
    source_contains: str | None = None
    derived_contains: str | None = None
    must: bool = True


@dataclass(frozen=True)
class Edit:
    """One planted change on the derived side, on the sentence at document line `line` (0-based)."""

    line: int
    op: str  # replace | drop | insert_after | repeat_after | move_after | known (already in the translation)
    old: str = ""
    new: str = ""
    target: int | None = None  # for repeat_after / move_after: the line after which it lands
    change: Change | None = None


@dataclass(frozen=True)
class Sample:
    name: str
    doc: str
    source_lang: str
    derived_lang: str
    about: str
    edits: tuple[Edit, ...]
    preserved: tuple[tuple[str, str, str], ...] = ()  # (source contains, derived contains, figures)
    paragraph_size: int = 2
    extra: dict = field(default_factory=dict)


def _join(sentences: list[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(sentences)


def build(sample: Sample, ntrex: Path) -> None:
    ids = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    src_all = (ntrex / LANG_FILES[sample.source_lang]).read_text(encoding="utf-8").split("\n")
    der_all = (ntrex / LANG_FILES[sample.derived_lang]).read_text(encoding="utf-8").split("\n")
    lines = [i for i, d in enumerate(ids) if d.strip() == sample.doc]
    # derived side: a list of (origin line, text) units, edited in place
    units: list[tuple[int | None, str]] = [(i, der_all[i].strip()) for i in lines]

    def at(line: int) -> int:
        return next(k for k, (origin, _) in enumerate(units) if origin == line)

    for e in sample.edits:
        if e.op == "replace":
            k = at(e.line)
            text = units[k][1]
            if e.old not in text:
                raise SystemExit(f"{sample.name}: {e.old!r} not in line {e.line}: {text}")
            units[k] = (e.line, text.replace(e.old, e.new, 1))
        elif e.op == "drop":
            units.pop(at(e.line))
        elif e.op == "insert_after":
            units.insert(at(e.line) + 1, (None, e.new))
        elif e.op == "repeat_after":
            units.insert(at(e.target) + 1, (None, units[at(e.line)][1]))
        elif e.op == "known":
            pass
        elif e.op == "move_after":
            moved = units.pop(at(e.line))
            units.insert(at(e.target) + 1, (-1 - e.line, moved[1]))
        else:
            raise SystemExit(f"unknown edit {e.op}")

    # paragraphs: the title alone, then `paragraph_size` sentences of the original each; an
    # inserted unit (caption, boilerplate) stands as its own paragraph, as it would on a page
    def layout(items: list[tuple[int | None, str]], lang: str) -> str:
        title, rest = items[0][1], items[1:]
        paragraphs, current = [title], []
        for origin, text in rest:
            if origin is None and not text.endswith((".", "。", "!", "?")):
                if current:
                    paragraphs.append(_join(current, lang))
                    current = []
                paragraphs.append(text)
                continue
            current.append(text)
            if len(current) == sample.paragraph_size:
                paragraphs.append(_join(current, lang))
                current = []
        if current:
            paragraphs.append(_join(current, lang))
        return "\n\n".join(paragraphs) + "\n"

    out = HERE / sample.name
    out.mkdir(exist_ok=True)
    (out / "source.txt").write_text(layout([(i, src_all[i].strip()) for i in lines], sample.source_lang),
                                    encoding="utf-8")
    (out / "derived.txt").write_text(layout(units, sample.derived_lang), encoding="utf-8")
    expected = {
        "about": sample.about,
        "origin": f"NTREX-128 document {sample.doc} ({LANG_FILES[sample.source_lang]} lines "
                  f"{lines[0] + 1}-{lines[-1] + 1} and {LANG_FILES[sample.derived_lang]}), CC BY-SA 4.0",
        "source_lang": sample.source_lang,
        "derived_lang": sample.derived_lang,
        "changes": [
            {"kind": c.kind, "note": c.note, "must": c.must,
             **({"source_sentence_contains": c.source_contains} if c.source_contains else {}),
             **({"derived_sentence_contains": c.derived_contains} if c.derived_contains else {})}
            for c in (e.change for e in sample.edits) if c
        ],
        "preserved_figures": [
            {"source_sentence_contains": s, "derived_sentence_contains": d, "figures": f}
            for s, d, f in sample.preserved
        ],
    }
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ntrex", type=Path, default=HERE.parent.parent / "shared" / "data" / "ntrex128")
    args = parser.parse_args()
    for sample in SAMPLES:
        build(sample, args.ntrex)
        print(f"wrote samples/{sample.name}")


# ---------------------------------------------------------------------------------------------
# The samples. Line numbers are 0-based lines of the NTREX files; notes say what a reader sees.

def _c(kind: str, note: str, src: str | None = None, der: str | None = None, must: bool = True) -> Change:
    return Change(kind, note, src, der, must)


SAMPLES: list[Sample] = [
    Sample(
        name="en-vi-palu-quake",
        doc="reuters.218865",
        source_lang="en",
        derived_lang="vi",
        about="Reuters explainer on the 2018 Palu earthquake, against a Vietnamese rewrite",
        edits=(
            Edit(1585, "replace", "16.000", "61.000",
                 change=_c("altered_figure", "evacuees 16,000 -> 61.000", "16,000 people were evacuated", "61.000")),
            Edit(1587, "replace", "với dân số ước tính là", "với dân số là",
                 change=_c("modality_shift", "hedge dropped: 'an estimated population' -> 'a population'",
                           "estimated population of 379,800", "379.800")),
            Edit(1588, "drop", change=_c("omission", "sentence dropped: the city's 40th anniversary",
                                         "40th anniversary")),
            Edit(1593, "replace", ", theo Cơ quan Giảm nhẹ Thiên tai của Indonesia", "",
                 change=_c("partial_omission", "attribution dropped: 'according to Indonesia's Disaster "
                           "Mitigation Agency'", "Disaster Mitigation Agency", "trong 100 năm qua")),
            Edit(1600, "replace", "Hàng trăm người", "Vài người",
                 change=_c("altered_figure", "quantifier weakened: 'Hundreds' -> 'Vài' (a few)",
                           "Hundreds died in Nias", "Vài người chết")),
            Edit(1583, "insert_after", new="Ảnh: Người dân đi qua đống đổ nát sau trận động đất ở Palu (Reuters)",
                 change=_c("addition", "photo caption added", None, "Ảnh: Người dân đi qua đống đổ nát")),
            Edit(1596, "repeat_after", target=1604,
                 change=_c("duplicate", "sentence repeated: Ring of Fire", "Ring of Fire", "Vành đai lửa")),
            Edit(1608, "insert_after", new="Theo dõi chúng tôi trên Facebook để cập nhật tin tức mới nhất",
                 change=_c("addition", "boilerplate added", None, "Theo dõi chúng tôi trên Facebook")),
            Edit(1602, "known",
                 change=_c("entity_change", "already in NTREX's translation: 'West Sumatra' rendered "
                           "'phía Đông Sumatra' (East)", "West Sumatra", "phía Đông Sumatra", must=False)),
        ),
        preserved=(
            ("7.5 magnitude quake", "7,5 độ richter", "7.5"),
            ("379,800", "379.800", "379,800; 2017"),
            ("226,000 people", "226.000 người", "226,000; 14 countries; Dec. 26; 2004"),
            ("late March and early April", "cuối tháng 3 và đầu tháng 4", "late March, early April"),
            ("more than 300 km (180 miles)", "300 km (180 dặm)", "300 km, 180 miles"),
            ("killing nearly 700 people", "gần 700 người", "6.8; nearly 700"),
            ("More than 1,100 people", "Hơn 1.100 người", "1,100"),
            ("299,200", "299.200", "299,200; 2017"),
        ),
    ),
    Sample(
        name="en-ru-ryder-cup",
        doc="euronews-en.153826",
        source_lang="en",
        derived_lang="ru",
        about="Euronews report on the 2018 Ryder Cup, against a Russian rewrite",
        edits=(
            Edit(1960, "replace", "16,5 — 10,5", "17,5 — 10,5",
                 change=_c("altered_figure", "final score 16.5 -> 17,5", "16.5 to 10.5", "17,5")),
            Edit(1962, "replace", "датского капитана", "капитана",
                 change=_c("partial_omission", "qualifier dropped: 'Danish' captain", "Danish captain",
                           "капитана Томаса Бьорна")),
            Edit(1966, "replace", "который, возможно, участвовал", "который участвовал",
                 change=_c("modality_shift", "hedge dropped: 'may have played' -> 'played'",
                           "may have played", "который участвовал")),
            Edit(1976, "drop", change=_c("omission", "sentence dropped: Woods' 14 major titles", "14 major titles")),
            Edit(1983, "replace", "Все его 12 игроков", "Большинство его игроков",
                 change=_c("altered_figure", "quantifier weakened: 'All 12 of his players' -> 'most of his players'",
                           "All 12 of his players", "Большинство его игроков")),
            Edit(1960, "insert_after", new="Фото: капитан сборной Европы Томас Бьорн с трофеем в Париже / Reuters",
                 change=_c("addition", "photo caption added", None, "Фото: капитан сборной Европы")),
            Edit(1962, "repeat_after", target=1975,
                 change=_c("duplicate", "sentence repeated: Europe regained the crown", "regained the crown",
                           "вернула себе корону")),
            Edit(1987, "insert_after", new="Подписывайтесь на наш канал в Telegram",
                 change=_c("addition", "boilerplate added", None, "Подписывайтесь на наш канал")),
        ),
        preserved=(
            ("since 1993", "с 1993 года", "1993; six"),
            ("14.5 points", "14,5 очков", "14.5"),
            ("25.5 career point", "25,5 очками", "25.5; eight"),
            ("23-year-old Rahm", "23-летний Рэм", "23"),
            ("all four of his matches", "все четыре своих матча", "all four; 13-21-3"),
            ("in 1979", "в 1979 году", "1979; 5-0-0"),
        ),
    ),
    Sample(
        name="en-zh-macedonia-referendum",
        doc="reuters.218932",
        source_lang="en",
        derived_lang="zh",
        about="Reuters report on North Macedonia's 2018 name referendum, against a Chinese rewrite",
        edits=(
            Edit(498, "replace", "此次投票率仅为 16%", "此次投票率仅为 26%",
                 change=_c("altered_figure", "turnout 16 percent -> 26%", "only 16 percent", "26%")),
            Edit(496, "drop", change=_c("omission", "sentence dropped: two-thirds majority needed",
                                        "two-thirds majority")),
            Edit(512, "replace", "对亲西方的政府", "对政府",
                 change=_c("partial_omission", "qualifier dropped: 'pro-Western' government",
                           "pro-Western government", "首次严重打击")),
            Edit(509, "replace", "马其顿 Telma 电视台", "马其顿 Sitel 电视台",
                 change=_c("entity_change", "outlet replaced: Telma TV -> Sitel TV", "Telma TV", "Sitel")),
            Edit(506, "replace", "我相信绝大数人会赞成更名", "我相信所有人都会赞成更名",
                 change=_c("altered_figure", "quantifier strengthened inside a quote: 'the huge majority' -> "
                           "'everyone'", "huge majority will be in favor", "所有人都会赞成")),
            Edit(488, "insert_after", new="图片：斯科普里一名选民在投票站投票（路透社）",
                 change=_c("addition", "photo caption added", None, "斯科普里一名选民在投票站投票")),
            Edit(505, "repeat_after", target=510,
                 change=_c("duplicate", "sentence repeated: unemployment rate", "unemployment rate",
                           "失业率超过")),
            Edit(512, "insert_after", new="更多精彩内容，请关注我们的微信公众号",
                 change=_c("addition", "boilerplate added", None, "请关注我们的微信公众号")),
        ),
        preserved=(
            ("minimum 50 percent", "50% 的要求", "50 percent"),
            ("more than 20 percent", "超过 20%", "more than 20 percent"),
            ("between 30 and 43 percent", "30% 至 43%", "30-43 percent; last Monday"),
            ("57 percent of respondents", "57%", "57 percent; Sunday"),
            ("Of those, 70 percent", "70%", "70 percent"),
            ("September 30, 2018", "2018 年 9 月 30 日", "September 30, 2018"),
            ("50 percent plus one vote", "50% 并另加一票", "50 percent; one"),
        ),
    ),
]


if __name__ == "__main__":
    main()
