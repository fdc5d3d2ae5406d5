"""Hand-built reports for tests, the browser test and the docs: every finding kind, moved and
duplicated passages, unmatched sentences on both sides, several scripts (Latin with diacritics,
CJK, Cyrillic, Arabic right-to-left) and hostile markup in sentences and messages.

Built from the core dataclasses through `report_to_dict`, exactly as the pipeline does.
"""

from __future__ import annotations

from typing import Any

from provenance import __version__
from provenance.core import Alignment, Bead, Document, Finding, Report, Sentence
from provenance.report.contract import report_to_dict

MODEL = "intfloat/multilingual-e5-small"

# Markup a hostile page could carry; none of it may ever run in a rendered report.
HOSTILE_SOURCE = "The page carried <script>document.title='pwned-src';alert(1)</script> in its body."
HOSTILE_DERIVED = 'Trang có "><img src=x onerror="document.title=\'pwned-img\'"> và </script><b>đậm</b>.'
HOSTILE_MESSAGE = "quote changed: </script><script>document.title='pwned-msg'</script> & <i>x</i>"


def make_document(
    sentences: list[tuple[str, str] | tuple[str, str, str]], lang: str, path: str | None = None
) -> Document:
    """A document from (text, lang[, kind]) triples; a blank text starts a new paragraph."""
    parts: list[str] = []
    out: list[Sentence] = []
    pos, paragraph = 0, 0
    for item in sentences:
        text, s_lang = item[0], item[1]
        kind = item[2] if len(item) > 2 else "sentence"
        if not text:
            paragraph += 1
            parts.append("\n")
            pos += 1
            continue
        if parts:
            parts.append(" ")
            pos += 1
        out.append(Sentence(len(out), text, pos, pos + len(text), s_lang, paragraph, kind))  # type: ignore[arg-type]
        parts.append(text)
        pos += len(text)
    return Document("".join(parts), tuple(out), lang, path)


def span(doc: Document, index: int, words: str) -> tuple[int, int]:
    """Document offsets of `words` inside sentence `index` (a ValueError if it is not there)."""
    s = doc.sentences[index]
    at = s.text.index(words)
    return s.start + at, s.start + at + len(words)


def _finding(
    kind: str,
    src: Document,
    der: Document,
    source: tuple[int, ...],
    derived: tuple[int, ...],
    message: str,
    severity: str,
    source_span: str | None = None,
    derived_span: str | None = None,
    confidence: float = 0.8,
) -> Finding:
    return Finding(
        kind=kind,  # type: ignore[arg-type]
        source=source,
        derived=derived,
        message=message,
        severity=severity,  # type: ignore[arg-type]
        confidence=confidence,
        source_span=source_span,
        derived_span=derived_span,
        source_range=span(src, source[0], source_span) if source_span else None,
        derived_range=span(der, derived[0], derived_span) if derived_span else None,
        detector="demo",
    )


def english_vietnamese() -> Report:
    """An English article and a Vietnamese rewrite with one change of every kind."""
    src = make_document(
        [
            ("Mekong floods displace thousands", "en", "heading"),
            ("", ""),
            ("Flooding in the Mekong Delta has displaced 12,000 people, officials said on Monday.", "en"),
            ("The provincial government may extend the evacuation order until Friday.", "en"),
            ('"We are doing everything we can," said Governor Nguyen Van An.', "en"),
            ("Rainfall reached 310 millimetres in 24 hours, according to the weather service.", "en"),
            (HOSTILE_SOURCE, "en"),
            ("", ""),
            ("Aid groups from Cambodia and Thailand sent boats.", "en"),
            ("Schools will remain closed for the rest of the week.", "en"),
            ("Residents were told to boil drinking water, and the ministry warned of a cholera risk.", "en"),
            ("The last flood of this scale, in 2011, killed 85 people.", "en"),
            ("Officials will give an update on Tuesday.", "en"),
            ("Officials asked people to stay away from the river banks.", "en"),
        ],
        "en",
        "samples/mekong.en.txt",
    )
    der = make_document(
        [
            ("Lũ lụt ở Đồng bằng sông Cửu Long", "vi", "heading"),
            ("", ""),
            (
                "Lũ lụt ở Đồng bằng sông Cửu Long đã khiến 12.000 người phải sơ tán, "
                "các quan chức cho biết hôm thứ Hai.",
                "vi",
            ),
            ("Chính quyền tỉnh sẽ gia hạn lệnh sơ tán đến thứ Sáu.", "vi"),
            ("“Chúng tôi đã kiểm soát được tình hình,” Thống đốc Nguyễn Văn An nói.", "vi"),
            ("Lượng mưa đạt 130 milimét trong 24 giờ, theo cơ quan khí tượng.", "vi"),
            (HOSTILE_DERIVED, "vi"),
            ("", ""),
            ("Các nhóm cứu trợ từ Campuchia và Lào đã gửi thuyền.", "vi"),
            ("Người dân được yêu cầu đun sôi nước uống.", "vi"),
            ("Các quan chức yêu cầu người dân tránh xa bờ sông.", "vi"),
            ("一位居民说：“水涨得太快了。”", "zh"),
            ("Một số nhà báo cho rằng chính phủ đã phản ứng chậm.", "vi"),
            ("Trường học sẽ đóng cửa đến hết tuần.", "vi"),
            ("Các quan chức yêu cầu người dân tránh xa bờ sông.", "vi"),
            ("Перевод: редакция «Новости Дельты»", "ru", "line"),
        ],
        "vi",
        "samples/mekong.vi.txt",
    )
    beads = (
        Bead((0,), (0,), 0.93),
        Bead((1,), (1,), 0.91),
        Bead((2,), (2,), 0.9),
        Bead((3,), (3,), 0.9),
        Bead((4,), (4,), 0.88),
        Bead((5,), (5,), 0.84),
        Bead((6,), (6,), 0.9),
        Bead((8,), (7,), 0.89),
        Bead((9,), (), 0.0),
        Bead((10,), (), 0.0),
        Bead((11,), (8,), 0.92),
        Bead((), (9,), 0.0),
        Bead((), (10,), 0.0),
        Bead((7,), (11,), 0.9, "moved"),
        Bead((11,), (12,), 0.92, "duplicate"),
        Bead((), (13,), 0.0),
    )
    f = _finding
    findings = (
        f(
            "modality_shift",
            src,
            der,
            (2,),
            (2,),
            "hedge dropped: 'may extend' became 'sẽ gia hạn' (will extend)",
            "high",
            "may extend",
            "sẽ gia hạn",
        ),
        f(
            "altered_quote",
            src,
            der,
            (3,),
            (3,),
            "the quotation says something else",
            "high",
            "We are doing everything we can",
            "Chúng tôi đã kiểm soát được tình hình",
        ),
        f(
            "altered_figure",
            src,
            der,
            (4,),
            (4,),
            "310 millimetres became 130",
            "high",
            "310",
            "130",
            confidence=0.97,
        ),
        f(
            "altered_quote",
            src,
            der,
            (5,),
            (5,),
            HOSTILE_MESSAGE,
            "low",
            "<script>document.title='pwned-src';alert(1)</script>",
            '"><img src=x onerror="document.title=\'pwned-img\'">',
        ),
        f("entity_change", src, der, (6,), (6,), "Thailand became Lào (Laos)", "medium", "Thailand", "Lào"),
        f(
            "partial_omission",
            src,
            der,
            (8,),
            (7,),
            "the cholera warning was left out",
            "medium",
            "and the ministry warned of a cholera risk",
        ),
        f(
            "omission",
            src,
            der,
            (9,),
            (),
            "not in the derived text: the death toll of the 2011 flood",
            "high",
            confidence=0.9,
        ),
        f("omission", src, der, (10,), (), "not in the derived text", "low", confidence=0.6),
        f(
            "addition",
            src,
            der,
            (),
            (9,),
            "added: a resident's quotation, in Chinese",
            "medium",
            confidence=0.7,
        ),
        f(
            "addition",
            src,
            der,
            (),
            (10,),
            "added: a claim that the government responded slowly",
            "high",
            derived_span="chính phủ đã phản ứng chậm",
        ),
        f("moved", src, der, (7,), (11,), "moved from paragraph 2 to the end", "low"),
        f("duplicate", src, der, (11,), (8, 12), "the same sentence appears twice", "low"),
        f("addition", src, der, (), (13,), "added: a translator's credit line", "low", confidence=0.5),
    )
    return Report(src, der, Alignment(beads), findings, MODEL, __version__, {"segment": 0.01, "align": 0.2})


def arabic_english() -> Report:
    """A right-to-left source: an Arabic wire story and its English rewrite."""
    src = make_document(
        [
            ("قال المتحدث إن 40 شخصا أصيبوا في الحريق.", "ar"),
            ("وقد تستمر عمليات الإنقاذ حتى المساء.", "ar"),
            ("وأكدت وزارة الصحة أن المستشفيات مستعدة.", "ar"),
        ],
        "ar",
        "samples/fire.ar.txt",
    )
    der = make_document(
        [
            ("The spokesman said 14 people were injured in the fire.", "en"),
            ("Rescue operations will continue until the evening.", "en"),
            ("The cause of the fire is still unknown.", "en"),
        ],
        "en",
        "samples/fire.en.txt",
    )
    beads = (
        Bead((0,), (0,), 0.9),
        Bead((1,), (1,), 0.88),
        Bead((2,), (), 0.0),
        Bead((), (2,), 0.0),
    )
    f = _finding
    findings = (
        f("altered_figure", src, der, (0,), (0,), "40 became 14", "high", "40", "14"),
        f(
            "modality_shift",
            src,
            der,
            (1,),
            (1,),
            "'قد تستمر' (may continue) became 'will continue'",
            "medium",
            "قد تستمر",
            "will continue",
        ),
        f("omission", src, der, (2,), (), "the health ministry's statement is missing", "medium"),
        f("addition", src, der, (), (2,), "added sentence", "low"),
    )
    return Report(src, der, Alignment(beads), findings, MODEL, __version__)


def demo_reports() -> dict[str, dict[str, Any]]:
    """Every hand-built report, as `provenance.report/1` dicts, by name."""
    return {"en-vi": report_to_dict(english_vietnamese()), "ar-en": report_to_dict(arabic_english())}
