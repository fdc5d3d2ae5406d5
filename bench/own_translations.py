"""Figures, hedges and negations in languages NTREX-128 lacks: false alarms on faithful translations, and
planted edits found.

NTREX-128 has no Arabic, Kazakh, Uzbek, Ukrainian, Portuguese, Indonesian or Turkish. `bench/data/ntrex_<lang>.tsv`
holds faithful translations of the same 32 NTREX English lines, chosen for their figures, hedges and negations (one
line in seven with any of them, in file order), written for this bench. Two measurements:

1. faithful: the real pipeline (`compare_documents`, default detectors, the provisioned model) on the
   English lines against the translation, both ways; every finding is a false alarm.
2. planted: each translated line edited the way a republisher would (a hedge or a negation dropped, a
   quantifier or a number in words changed, an approximation dropped), run through the figure and
   modality detectors against the English: found = a finding the unedited pair does not raise.

The translations were written, and the language's tables tuned, with these lines in view: they are dev data.

    python bench/own_translations.py [--lang ar|id|kk|pt|tr|uk|uz] [--list]
    python bench/own_translations.py --lang tr --documents [--list]   # two whole NTREX documents in Turkish
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from demetr import ONE_BEAD, one
from false_alarms import build
from ntrex import NTREX, lines

from provenance.detect import Comparison
from provenance.detect.figures import FigureDetector
from provenance.detect.modality import ModalityDetector

DATA = Path(__file__).resolve().parent / "data"

# per language, (name, pattern, replacement): every match in a line is one edit of its own. Arabic's are
# patterns; Kazakh and Uzbek mark negation and "may" with suffixes, so their edits name the words to rewrite.
_W = r"(?<![\w'ʻ’])"
EDITS: dict[str, list[tuple[str, str, str]]] = {
    "ar": [
        ("hedge dropped", r"(?:ربما|قد)\s+(?=(?:ي|تكون|تزداد|أطلق))", ""),
        ("negation dropped", r"(?<![\w])(?:لم|لا)\s+(?=ي|ت)", ""),
        ("approximation dropped", r"(?:أكثر من|ما يقرب من|حوالي)\s+", ""),
        ("quantifier changed", r"معظمها", "جميعها"),
        ("number in words changed", r"(?<![\w])(ثلاث|خمس|ستة|ثمانية)(?![\w])", "سبع"),
    ],
    "kk": [
        ("hedge dropped", r"болуы мүмкін", "болды"),
        ("hedge dropped", r"жаууы мүмкін", "жауады"),
        ("hedge dropped", r"нашарлауы мүмкін", "нашарлайды"),
        ("hedge dropped", r",? бәлкім,", ""),
        ("hedge dropped", r"хабарларға қарағанда, ", ""),
        ("negation dropped", r"саналмайды", "саналады"),
        ("negation dropped", r"түспегенін", "түскенін"),
        ("negation dropped", r"жарияламады", "жариялады"),
        ("negation dropped", r"айтпады", "айтты"),
        ("negation dropped", r"көрсетпеуі", "көрсетуі"),
        ("negation dropped", r"түспеуі", "түсуі"),
        ("negation dropped", r"жарияланған жоқ", "жарияланды"),
        ("approximation dropped", r"(-тен|нан)? астам", ""),
        ("approximation dropped", r"миллионға жуық", "миллион"),
        ("approximation dropped", r"шамамен ", ""),
        ("quantifier changed", r"көпшілігі", "барлығы"),
        ("quantifier changed", _W + r"кейбір", "барлық"),
        ("number in words changed", _W + r"(?:үш|бес)(?!\w)", "жеті"),
        ("number in words changed", r"алтауы", "жетеуі"),
        ("number in words changed", r"елу сегіз", "алпыс сегіз"),
    ],
    "uz": [
        ("hedge dropped", r"bo'lishi mumkin", "bo'ldi"),
        ("hedge dropped", r"yog'ishi mumkin", "yog'adi"),
        ("hedge dropped", r"yomonlashishi mumkin", "yomonlashadi"),
        ("hedge dropped", r",? ehtimol,", ""),
        ("hedge dropped", r"xabarlarga ko'ra, ", ""),
        ("negation dropped", r"hisoblanmaydi", "hisoblanadi"),
        ("negation dropped", r"tushmaganini", "tushganini"),
        ("negation dropped", r"qilmadi", "qildi"),
        ("negation dropped", r"aytmadi", "aytdi"),
        ("negation dropped", r"demadi", "dedi"),
        ("negation dropped", r"qatnashmasligi", "qatnashishi"),
        ("negation dropped", r"qilmasligi", "qilishi"),
        ("negation dropped", r"qilinmagan", "qilingan"),
        ("approximation dropped", r" ?dan ortiq", ""),
        ("approximation dropped", r"taxminan ", ""),
        ("approximation dropped", r"qariyb ", ""),
        ("quantifier changed", r"aksariyati", "barchasi"),
        ("quantifier changed", _W + r"ayrim", "barcha"),
        ("number in words changed", _W + r"(?:uch|besh)(?![\w'])", "yetti"),
        ("number in words changed", r"oltitasi", "yettitasi"),
        ("number in words changed", r"ellik sakkiz", "oltmish sakkiz"),
    ],
    "id": [
        ("hedge dropped", r"juga mungkin ditembakkan", "juga ditembakkan"),
        ("hedge dropped", r"bisa menjadi berkah", "menjadi berkah"),
        ("hedge dropped", r"bisa sangat lebat", "akan sangat lebat"),
        ("hedge dropped", r"bisa menjadi jauh", "akan menjadi jauh"),
        ("hedge dropped", r"(?:kabarnya|mungkin) (?=cenderung|berada|menguasai|bisa menyelesaikannya)", ""),
        ("negation dropped", r"tidak (?=dianggap|ada laporan|menyinggung|boleh|mencalonkan|menyebut|terancam)", ""),
        ("negation dropped", r"belum (?=mengumumkan|diungkapkan)", "sudah "),
        ("approximation dropped", r"(?:lebih dari|hampir) ", ""),
        ("approximation dropped", r"sekitar pukul", "pukul"),
        ("quantifier changed", r"sebagian besar", "semuanya"),
        ("quantifier changed", r"di sebagian wilayah", "di seluruh wilayah"),
        ("number in words changed", r"(?:tiga|lima) tahun", "tujuh tahun"),
        ("number in words changed", r"enam di", "tujuh di"),
        ("number in words changed", r"Lima puluh delapan", "Enam puluh delapan"),
    ],
    "pt": [
        ("hedge dropped", r"pode ter sido disparada", "foi disparada"),
        ("hedge dropped", r"pode ser uma", "é uma"),
        ("hedge dropped", r"podem ser fortes", "serão fortes"),
        ("hedge dropped", r"pode ficar", "vai ficar"),
        ("hedge dropped", r"(?:talvez|provavelmente) ", ""),
        ("hedge dropped", r"pode ter dominado", "dominou"),
        ("hedge dropped", r"estariam inclinados", "estão inclinados"),
        ("negation dropped", r"não (?=é |havia|fez|devem|deveria|foi|tenha)", ""),
        ("negation dropped", r"ainda não anunciaram", "já anunciaram"),
        ("approximation dropped", r"(?:mais de|quase) ", ""),
        ("approximation dropped", r"por volta das", "às"),
        ("quantifier changed", r"a maioria", "todas"),
        ("quantifier changed", r"em partes do", "em todas as partes do"),
        ("number in words changed", r"(?:três|cinco) anos", "sete anos"),
        ("number in words changed", r"seis no", "sete no"),
        ("number in words changed", r"Cinquenta e oito", "Sessenta e oito"),
    ],
    "tr": [
        ("hedge dropped", r"edilmiş olabilir", "edildi"),
        ("hedge dropped", r"bir nimet olabilir", "bir nimettir"),
        ("hedge dropped", r"şiddetli olabilir", "şiddetli olacak"),
        ("hedge dropped", r"oluşturabilir", "oluşturacak"),
        ("hedge dropped", r"kötüye gidebilir", "kötüye gidecek"),
        ("hedge dropped", r"sahip olmuş olabilir", "sahip oldu"),
        ("hedge dropped", r"(?:bildirildiğine göre|belki de|muhtemelen) ", ""),
        ("negation dropped", r"sayılmadığını", "sayıldığını"),
        ("negation dropped", r"taşımayanlar", "taşıyanlar"),
        ("negation dropped", r"bildirilmediğini", "bildirildiğini"),
        ("negation dropped", r"açıklamadı", "açıkladı"),
        ("negation dropped", r"hiç söz etmedi", "söz etti"),
        ("negation dropped", r"olmaması", "olması"),
        ("negation dropped", r"açıklanmadı", "açıklandı"),
        ("negation dropped", r"söylemedi", "söyledi"),
        ("negation dropped", r"okumamalılar", "okumalılar"),
        ("approximation dropped", r"'(?:t|d)en fazla", ""),
        ("approximation dropped", r"neredeyse ", ""),
        ("approximation dropped", r" sularında", "'te"),
        ("quantifier changed", r"çoğunun", "hepsinin"),
        ("quantifier changed", r"bazı bölgelerinde", "tüm bölgelerinde"),
        ("number in words changed", r"üç yıl", "yedi yıl"),
        ("number in words changed", r"beş yıllık", "yedi yıllık"),
        ("number in words changed", r"altısı", "yedisi"),
        ("number in words changed", r"elli sekizi", "altmış sekizi"),
    ],
    "uk": [
        ("hedge dropped", r"можуть стати", "стануть"),
        ("hedge dropped", r"можуть бути", "будуть"),
        ("hedge dropped", r"може стати", "стане"),
        ("hedge dropped", r"Можливо, в", "В"),
        ("hedge dropped", r",? (?:мабуть|можливо|за повідомленнями),", ""),
        (
            "negation dropped",
            r"(?<=[\s«])не (?=вважаються|надходило|доживши|мають|варто|розголошується|сказав,|загрожують)",
            "",
        ),
        ("negation dropped", r"ще не оголосили", "вже оголосили"),
        ("negation dropped", r"нічого не сказав", "сказав"),
        ("approximation dropped", r"(?:понад|близько|майже) ", ""),
        ("quantifier changed", r"більшість", "усі"),
        ("quantifier changed", r"деяких", "усіх"),
        ("number in words changed", r"три роки", "сім років"),
        ("number in words changed", r"п'яти", "семи"),
        ("number in words changed", r"шести", "семи"),
        ("number in words changed", r"П'ятдесят вісім", "Шістдесят вісім"),
    ],
}


def read_pairs(lang: str, documents: bool = False) -> list[tuple[str, str]]:
    english = lines("en")
    text = (DATA / f"ntrex_{lang}{'_documents' if documents else ''}.tsv").read_text(encoding="utf-8")
    rows = [r.split("\t", 1) for r in text.splitlines() if r and not r.startswith("#")]
    return [(english[int(i)], translation) for i, translation in rows]


def _found(english: str, translation: str, lang: str) -> set[str]:
    comparison = Comparison(one(english, "en"), one(translation, lang), ONE_BEAD)
    return {f.message for detector in (FigureDetector(), ModalityDetector()) for f in detector.detect(comparison)}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=sorted(EDITS), default="ar", help="the translation's language (default ar)")
    ap.add_argument("--list", action="store_true", help="print every finding and every edit")
    ap.add_argument(
        "--documents",
        action="store_true",
        help="the faithful run only, on whole documents (bench/data/ntrex_<lang>_documents.tsv, where one exists)",
    )
    args = ap.parse_args(argv)
    if not NTREX.is_dir():
        print(f"NTREX-128 not found at {NTREX}", file=sys.stderr)
        return 2
    lang = args.lang
    pairs = read_pairs(lang, args.documents)
    from provenance.embed import SentenceTransformerEmbedder
    from provenance.pipeline import compare_documents

    embedder = SentenceTransformerEmbedder()
    english = build([en for en, _ in pairs], "en")
    translated = build([t for _, t in pairs], lang)
    print(f"faithful ({len(pairs)} pairs): findings by kind")
    for name, (src, der) in ((f"en->{lang}", (english, translated)), (f"{lang}->en", (translated, english))):
        report = compare_documents(src, der, embedder=embedder)
        kinds = Counter(f.kind for f in report.findings)
        print(f"  {name}: {len(report.findings)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items())) or 'none'})")
        if args.list:
            for f in report.findings:
                print(f"    {f.kind} {f.source}->{f.derived}: {f.message}")
    if args.documents:
        return 0
    found: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    for en, translation in pairs:
        before = _found(en, translation, lang)
        for name, pattern, replacement in EDITS[lang]:
            for m in re.finditer(pattern, translation):
                edited = translation[: m.start()] + m.expand(replacement) + translation[m.end() :]
                new = _found(en, edited, lang) - before
                planted[name] += 1
                found[name] += bool(new)
                if args.list:
                    print(f"[{name}] {'FOUND' if new else 'missed'} {sorted(new)}\n  {lang}: {edited}")
    print(f"planted edits in the {lang} lines, found by the figure and modality detectors:")
    for name in dict.fromkeys(name for name, _, _ in EDITS[lang]):
        print(f"  {name}: {found[name]}/{planted[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
