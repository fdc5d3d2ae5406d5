"""A small cross-lingual sanity check for a multilingual sentence embedder.

Ten English news sentences, each translated into nine languages, and ten more English sentences from
other stories as distractors. Every translation must retrieve its own English sentence first among
the 20 English candidates. Written for this project (no external data).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

ENGLISH = [
    "The government announced on Monday that fuel prices will rise by ten percent next month.",
    "Heavy rain caused flooding in several northern provinces, forcing thousands of people to leave their homes.",
    "The national football team won the final match two goals to one.",
    "Scientists have discovered a new species of frog in the rainforest.",
    "The company reported a sharp drop in profits in the third quarter.",
    "The president will visit Japan next week to discuss trade.",
    "A fire destroyed an old market in the city centre overnight, but no one was injured.",
    "Schools will remain closed until the end of the month because of the epidemic.",
    "The new bridge across the river will open to traffic in December.",
    "Police arrested two men suspected of stealing paintings from the museum.",
]

DISTRACTORS = [
    "The central bank kept interest rates unchanged for the third time this year.",
    "A new hospital with five hundred beds opened in the capital yesterday.",
    "Farmers are worried that the drought will reduce this year's wheat harvest.",
    "The film festival will show more than two hundred films from forty countries.",
    "Voters will elect a new parliament in the spring.",
    "The airline cancelled dozens of flights because of a strike by pilots.",
    "An earthquake of magnitude six struck the coast, damaging hundreds of buildings.",
    "The minister resigned after a corruption scandal.",
    "Tourism revenue reached a record high last summer.",
    "The university launched a free online course on artificial intelligence.",
]

TRANSLATIONS: dict[str, list[str]] = {
    "vi": [
        "Chính phủ thông báo hôm thứ Hai rằng giá nhiên liệu sẽ tăng mười phần trăm vào tháng tới.",
        "Mưa lớn đã gây ngập lụt ở nhiều tỉnh phía bắc, buộc hàng nghìn người phải rời khỏi nhà.",
        "Đội tuyển bóng đá quốc gia đã thắng trận chung kết với tỷ số hai một.",
        "Các nhà khoa học đã phát hiện một loài ếch mới trong rừng mưa nhiệt đới.",
        "Công ty báo cáo lợi nhuận giảm mạnh trong quý ba.",
        "Tổng thống sẽ thăm Nhật Bản vào tuần tới để thảo luận về thương mại.",
        "Một vụ hỏa hoạn đã thiêu rụi một khu chợ cũ ở trung tâm thành phố trong đêm, nhưng không ai bị thương.",
        "Các trường học sẽ tiếp tục đóng cửa đến cuối tháng vì dịch bệnh.",
        "Cây cầu mới bắc qua sông sẽ thông xe vào tháng Mười Hai.",
        "Cảnh sát đã bắt giữ hai người đàn ông bị tình nghi đánh cắp tranh từ bảo tàng.",
    ],
    "ru": [
        "Правительство объявило в понедельник, что цены на топливо в следующем месяце вырастут на десять процентов.",
        "Сильные дожди вызвали наводнения в нескольких северных провинциях, вынудив тысячи людей покинуть свои дома.",
        "Национальная сборная по футболу выиграла финальный матч со счётом два один.",
        "Учёные обнаружили в тропическом лесу новый вид лягушек.",
        "Компания сообщила о резком падении прибыли в третьем квартале.",
        "На следующей неделе президент посетит Японию, чтобы обсудить торговлю.",
        "Ночью пожар уничтожил старый рынок в центре города, но никто не пострадал.",
        "Из-за эпидемии школы останутся закрытыми до конца месяца.",
        "Новый мост через реку откроется для движения в декабре.",
        "Полиция арестовала двух мужчин, подозреваемых в краже картин из музея.",
    ],
    "zh": [
        "政府周一宣布，下个月燃油价格将上涨百分之十。",
        "暴雨导致北部多个省份发生洪灾，迫使数千人离开家园。",
        "国家足球队以二比一赢得了决赛。",
        "科学家在雨林中发现了一种新的青蛙。",
        "该公司报告第三季度利润大幅下降。",
        "总统下周将访问日本，讨论贸易问题。",
        "一场大火在夜间烧毁了市中心的一个老市场，但无人受伤。",
        "由于疫情，学校将继续关闭到月底。",
        "这座跨河新桥将于十二月通车。",
        "警方逮捕了两名涉嫌从博物馆盗窃画作的男子。",
    ],
    "fr": [
        "Le gouvernement a annoncé lundi que les prix du carburant augmenteront de dix pour cent le mois prochain.",
        "De fortes pluies ont provoqué des inondations dans plusieurs provinces du nord, obligeant des milliers "
        "de personnes à quitter leur domicile.",
        "L'équipe nationale de football a remporté la finale deux buts à un.",
        "Des scientifiques ont découvert une nouvelle espèce de grenouille dans la forêt tropicale.",
        "L'entreprise a annoncé une forte baisse de ses bénéfices au troisième trimestre.",
        "Le président se rendra au Japon la semaine prochaine pour discuter de commerce.",
        "Un incendie a détruit un vieux marché du centre-ville pendant la nuit, mais personne n'a été blessé.",
        "Les écoles resteront fermées jusqu'à la fin du mois en raison de l'épidémie.",
        "Le nouveau pont sur le fleuve sera ouvert à la circulation en décembre.",
        "La police a arrêté deux hommes soupçonnés d'avoir volé des tableaux au musée.",
    ],
    "de": [
        "Die Regierung kündigte am Montag an, dass die Kraftstoffpreise im nächsten Monat um zehn Prozent "
        "steigen werden.",
        "Starker Regen hat in mehreren nördlichen Provinzen Überschwemmungen verursacht und Tausende Menschen "
        "gezwungen, ihre Häuser zu verlassen.",
        "Die Fußballnationalmannschaft gewann das Endspiel mit zwei zu eins.",
        "Wissenschaftler haben im Regenwald eine neue Froschart entdeckt.",
        "Das Unternehmen meldete im dritten Quartal einen starken Gewinnrückgang.",
        "Der Präsident wird nächste Woche Japan besuchen, um über Handel zu sprechen.",
        "Ein Feuer hat in der Nacht einen alten Markt in der Innenstadt zerstört, verletzt wurde niemand.",
        "Wegen der Epidemie bleiben die Schulen bis Ende des Monats geschlossen.",
        "Die neue Brücke über den Fluss wird im Dezember für den Verkehr freigegeben.",
        "Die Polizei nahm zwei Männer fest, die verdächtigt werden, Gemälde aus dem Museum gestohlen zu haben.",
    ],
    "es": [
        "El gobierno anunció el lunes que los precios del combustible subirán un diez por ciento el próximo mes.",
        "Las fuertes lluvias provocaron inundaciones en varias provincias del norte y obligaron a miles de "
        "personas a abandonar sus hogares.",
        "La selección nacional de fútbol ganó la final por dos goles a uno.",
        "Unos científicos han descubierto una nueva especie de rana en la selva tropical.",
        "La empresa informó de una fuerte caída de sus beneficios en el tercer trimestre.",
        "El presidente visitará Japón la próxima semana para hablar de comercio.",
        "Un incendio destruyó durante la noche un antiguo mercado del centro de la ciudad, pero nadie resultó herido.",
        "Las escuelas permanecerán cerradas hasta final de mes debido a la epidemia.",
        "El nuevo puente sobre el río se abrirá al tráfico en diciembre.",
        "La policía detuvo a dos hombres sospechosos de robar cuadros del museo.",
    ],
    "ar": [
        "أعلنت الحكومة يوم الاثنين أن أسعار الوقود سترتفع بنسبة عشرة في المئة الشهر المقبل.",
        "تسببت الأمطار الغزيرة في فيضانات في عدة مقاطعات شمالية، مما أجبر آلاف الأشخاص على مغادرة منازلهم.",
        "فاز المنتخب الوطني لكرة القدم بالمباراة النهائية بهدفين مقابل هدف واحد.",
        "اكتشف علماء نوعا جديدا من الضفادع في الغابة المطيرة.",
        "أعلنت الشركة عن انخفاض حاد في أرباحها في الربع الثالث.",
        "سيزور الرئيس اليابان الأسبوع المقبل لبحث التجارة.",
        "دمر حريق سوقا قديما في وسط المدينة خلال الليل، لكن لم يصب أحد بأذى.",
        "ستبقى المدارس مغلقة حتى نهاية الشهر بسبب الوباء.",
        "سيفتح الجسر الجديد فوق النهر أمام حركة المرور في ديسمبر.",
        "اعتقلت الشرطة رجلين يشتبه في سرقتهما لوحات من المتحف.",
    ],
    "kk": [
        "Үкімет дүйсенбі күні келесі айда жанармай бағасы он пайызға өсетінін мәлімдеді.",
        "Қатты жаңбыр солтүстіктегі бірнеше провинцияда су тасқынын тудырып, мыңдаған адамды үйлерін тастап "
        "кетуге мәжбүр етті.",
        "Ұлттық футбол құрамасы финалдық матчта екі бір есебімен жеңді.",
        "Ғалымдар тропикалық орманнан бақаның жаңа түрін тапты.",
        "Компания үшінші тоқсанда пайданың күрт төмендегенін хабарлады.",
        "Президент келесі аптада сауда мәселесін талқылау үшін Жапонияға барады.",
        "Түнде өрт қала орталығындағы ескі базарды жойды, бірақ ешкім зардап шеккен жоқ.",
        "Індетке байланысты мектептер ай соңына дейін жабық болады.",
        "Өзен арқылы өтетін жаңа көпір желтоқсанда көлік қозғалысы үшін ашылады.",
        "Полиция мұражайдан суреттерді ұрлады деп күдіктелген екі ер адамды ұстады.",
    ],
    "uz": [
        "Hukumat dushanba kuni kelasi oyda yoqilg'i narxi o'n foizga oshishini e'lon qildi.",
        "Kuchli yomg'ir shimoldagi bir nechta viloyatlarda suv toshqiniga sabab bo'lib, minglab odamlarni "
        "uylarini tark etishga majbur qildi.",
        "Milliy futbol terma jamoasi final o'yinida ikki-bir hisobida g'alaba qozondi.",
        "Olimlar tropik o'rmonda qurbaqaning yangi turini kashf qilishdi.",
        "Kompaniya uchinchi chorakda foydaning keskin kamayganini ma'lum qildi.",
        "Prezident kelasi hafta savdo masalalarini muhokama qilish uchun Yaponiyaga tashrif buyuradi.",
        "Tunda yong'in shahar markazidagi eski bozorni vayron qildi, ammo hech kim jarohat olmadi.",
        "Epidemiya sababli maktablar oy oxirigacha yopiq qoladi.",
        "Daryo ustidagi yangi ko'prik dekabrda transport harakati uchun ochiladi.",
        "Politsiya muzeydan rasmlarni o'g'irlashda gumon qilingan ikki erkakni hibsga oldi.",
    ],
}


def all_sentences() -> list[str]:
    return [*ENGLISH, *DISTRACTORS, *(s for sents in TRANSLATIONS.values() for s in sents)]


def rank_translations(encode: Callable[[Sequence[str]], np.ndarray]) -> dict:
    """`encode` returns L2-normalised rows. Each translation must rank its English sentence first among
    the 20 English candidates. Returns counts, the worst margin and the failures as 'lang#i->j'."""
    candidates = [*ENGLISH, *DISTRACTORS]
    cand = np.asarray(encode(candidates), dtype=np.float32)
    failures: list[str] = []
    correct = total = 0
    margins = []
    for lang, sents in TRANSLATIONS.items():
        q = np.asarray(encode(sents), dtype=np.float32)
        sims = q @ cand.T
        for i, row in enumerate(sims):
            total += 1
            best = int(np.argmax(row))
            others = np.delete(row, i)
            margins.append(float(row[i] - others.max()))
            if best == i:
                correct += 1
            else:
                failures.append(f"{lang}#{i}->{best}")
    return {
        "correct": correct,
        "total": total,
        "candidates": len(candidates),
        "min_margin": min(margins),
        "failures": failures,
    }
