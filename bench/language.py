"""Per-language accuracy of the language detectors on short sentences.

Data: the NTREX-128 files in ../shared (one news sentence a line: headlines, quotes, body text) and a
dozen Kazakh and Uzbek news-style sentences written for this benchmark (below: NTREX has neither).

    python bench/language.py [--limit N] [--markdown]
"""

from __future__ import annotations

import argparse
import sys
import time

from ntrex import NTREX, NTREX_FILES

from provenance.language import DETECTORS

# Written for this benchmark in the style of news wire copy; Uzbek mixes the apostrophe forms seen in
# practice (ʻ U+02BB, ‘ U+2018 and ASCII ').
KAZAKH = [
    "Қазақстан Республикасының Президенті бүгін Астанада шетелдік инвесторлармен кездесті.",
    "Ұлттық банк базалық мөлшерлемені 14,75 пайызға дейін төмендету туралы шешім қабылдады.",
    "Алматы облысында болған жер сілкінісінен зардап шеккендер жоқ.",
    "Биыл елімізде астық өнімі өткен жылмен салыстырғанда 20 пайызға артты.",
    "Денсаулық сақтау министрі жаңа ауруханалар салу жоспарын таныстырды.",
    "Қала әкімдігі жол ақысын көтеру туралы ұсынысты қайта қарайтынын мәлімдеді.",
    "Сарапшылардың пікірінше, теңге бағамы жыл соңына дейін тұрақты болады.",
    "Мектеп оқушылары халықаралық олимпиадада үш алтын медаль жеңіп алды.",
    "Депутаттар салық кодексіне түзетулерді бірінші оқылымда мақұлдады.",
    "Ақтөбеде жаңа зауыт ашылып, үш жүзден астам адам жұмысқа орналасты.",
    "Синоптиктер солтүстік өңірлерде қатты жел соғатынын ескертті.",
    "Өткен айда елге он мыңға жуық қандас оралды.",
]
UZBEK = [
    "Oʻzbekiston Prezidenti bugun Toshkentda xorijiy investorlar bilan uchrashdi.",
    "Markaziy bank asosiy stavkani 14 foizgacha pasaytirish to‘g‘risida qaror qabul qildi.",
    "Samarqand viloyatida yangi to'qimachilik korxonasi ishga tushirildi.",
    "Sogʻliqni saqlash vazirligi grippga qarshi emlash kampaniyasini boshladi.",
    "Mutaxassislarning fikricha, yil oxirigacha so‘m kursi barqaror bo‘lib qoladi.",
    "Deputatlar soliq kodeksiga kiritilgan o'zgartishlarni birinchi o'qishda ma'qulladi.",
    "Bu yil mamlakatda gʻalla hosili oʻtgan yilga nisbatan 15 foizga oshdi.",
    "Toshkent shahar hokimligi jamoat transporti narxini oshirish taklifini qayta ko‘rib chiqadi.",
    "Maktab o'quvchilari xalqaro olimpiadada uchta oltin medalni qo'lga kiritdi.",
    "Sinoptiklar shimoliy hududlarda kuchli shamol esishidan ogohlantirdi.",
    "Fargʻona vodiysida qurilayotgan yangi yoʻl kelasi yil yakunlanadi.",
    "Prezident farmoniga ko‘ra, pensiyalar 1-dekabrdan oshiriladi.",
]


def datasets(limit: int | None) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    if NTREX.is_dir():
        for lang, name in NTREX_FILES.items():
            lines = [x.strip() for x in (NTREX / name).read_text(encoding="utf-8").splitlines()]
            data[lang] = [x for x in lines if x][:limit]
    else:
        print(f"note: {NTREX} not found; NTREX languages skipped", file=sys.stderr)
    data["kk"] = KAZAKH
    data["uz"] = UZBEK
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="sentences per NTREX language")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per cell")
    args = ap.parse_args()
    data = datasets(args.limit)
    names = list(DETECTORS)
    rows = []
    timing = {}
    for name in names:
        DETECTORS[name]("warm up the model")
        timing[name] = 0.0
    for lang, sents in data.items():
        row = [lang, str(len(sents))]
        for name in names:
            detect = DETECTORS[name]
            t0 = time.perf_counter()
            got = [detect(s) for s in sents]
            timing[name] += time.perf_counter() - t0
            wrong = [(s, g) for s, g in zip(sents, got, strict=True) if g != lang]
            row.append(f"{1 - len(wrong) / len(sents):.3f}")
            for s, g in wrong[: args.errors]:
                print(f"  {name} {lang}->{g}: {s[:80]}", file=sys.stderr)
        rows.append(row)
    total = sum(len(s) for s in data.values())
    header = ["lang", "n", *names]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("| ms / 1k sentences | | " + " | ".join(f"{timing[n] / total * 1e6:.0f}" for n in names) + " |")


if __name__ == "__main__":
    main()
