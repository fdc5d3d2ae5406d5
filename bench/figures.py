"""Measure the altered_figure detector on DEMETR and NTREX-128 (reads ../shared beside the repo).

python bench/figures.py [--no-dropped]
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr import LANGS, ONE_BEAD, checked, one
from ntrex import NTREX_FILES, lines

from provenance.detect import Comparison
from provenance.detect.figures import FigureDetector

DET = FigureDetector(report_dropped="--no-dropped" not in sys.argv)


def findings(a: str, la: str, b: str, lb: str) -> list:
    return list(DET.detect(Comparison(one(a, la), one(b, lb), ONE_BEAD)))


def rate(pairs, kind: str | None = None) -> tuple[float, Counter]:
    """Share of pairs with a finding (of `kind`, when given), and the findings' labels."""
    hits, kinds, n = 0, Counter(), 0
    for a, la, b, lb in pairs:
        n += 1
        fs = findings(a, la, b, lb)
        hits += any(kind is None or f.kind == kind for f in fs)
        kinds.update(f.message.split(":")[0] for f in fs)
    return hits / n, kinds


nr = checked("critical_id10_numbers_replaced")
ref = checked("base_id35_reference")
print(
    f"| DEMETR numbers_replaced, source vs perturbed (cross-lingual), n={len(nr)} | found as altered_figure "
    f"{rate(((i['src_sent'], LANGS[i['lang_tag']], i['pert_sent'], 'en') for i in nr), 'altered_figure')[0]:.3f} |"
)
print(
    f"| DEMETR numbers_replaced, MT vs perturbed (English), n={len(nr)} | found as altered_figure "
    f"{rate(((i['mt_sent'], 'en', i['pert_sent'], 'en') for i in nr), 'altered_figure')[0]:.3f} |"
)
r, k = rate((i["src_sent"], LANGS[i["lang_tag"]], i["pert_sent"], "en") for i in ref)
print(f"| DEMETR reference, source vs human reference (cross-lingual), n={len(ref)} | any finding {r:.3f} | {dict(k)}")
r, k = rate((i["mt_sent"], "en", i["pert_sent"], "en") for i in ref)
print(f"| DEMETR reference, MT vs human reference (English), n={len(ref)} | any finding {r:.3f} | {dict(k)}")
for name in (
    "critical_id6_addition",
    "critical_id7_antonym",
    "critical_id8_negation",
    "critical_id9_ne_replaced",
    "critical_id25_ne_removed",
    "critical_id21_adj_adv_removed",
    "major_id3_hypernym",
    "major_id5_pp_removed",
):
    items = checked(name)
    r, k = rate((i["src_sent"], LANGS[i["lang_tag"]], i["pert_sent"], "en") for i in items)
    print(f"| DEMETR {name} (no figure changed), n={len(items)} | any finding {r:.3f} | {dict(k)}")
en = lines("en")
total = Counter()
for lang in ("vi", "ru", "zh", "de", "fr", "es"):
    code = NTREX_FILES[lang].split(".")[-2]  # "vie", "zho-CN": the label the table has always used
    tr = lines(lang)
    r, k = rate((a, "en", b, lang) for a, b in zip(en, tr, strict=True))
    total.update(k)
    print(f"| NTREX-128 eng vs {code}, n={len(en)} | pairs with a finding {r:.3f} | {dict(k)}")
print("NTREX findings by kind:", dict(total))
