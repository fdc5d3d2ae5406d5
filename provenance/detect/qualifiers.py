"""Qualifiers added or dropped across languages: "only", "almost", "mostly", "partly", "sometimes",
"temporarily", "initially", "former", "deputy", "again", ...: "the minister resigned" -> "the minister
temporarily resigned", "der ehemalige Minister" -> "the minister".

One word that limits a claim in time, degree, frequency or office changes what the sentence asserts,
yet the encoder hardly notices it (a one-word addition moves the cosine less than translation does), and
across languages no word diff can see it. These words form a small closed class with a few renderings
each, so they are read as concepts: each concept lists its forms per language, *strong* ones (the word
itself: "vorübergehend", "временно", "暂时") and *weak* ones (words a translator may render it by, or
that overlap it: "kurz", "на время", "一度"). A concept strongly present on one side with none of its forms,
strong or weak, on the other is reported: on the derived side as an `addition`, on the source side as a
`partial_omission`. Each side's weak forms are deliberately generous: a qualifier a translation
renders another way must find a form here, and a missed one is a false alarm.

Only pairs in two different languages the tables cover: within one language the span detector's word
diff names the exact words. A word inside a quotation is the quote detector's, and a qualifier on a figure
("almost 40", "only 5") is the figure detector's (figure_hedges.py), so neither is read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from provenance.core import Bead, Finding
from provenance.detect import Comparison, deletion_gains
from provenance.detect.modality import normalize_lang, to_document_range
from provenance.detect.quantities import extract
from provenance.detect.quotes import find_quotes
from provenance.detect.text import sentence_initial


def _after(words: str, form: str) -> str:
    """`form` right after one of `words` and a space (a fixed-width lookbehind each): "médias d'État", not
    "coup d'État"."""
    return "(?:" + "|".join(f"(?<={w} )" for w in words.split()) + f"){form}"


# a short quotation (at most 40 characters): a name held at a distance ("the «republic»"), not a speech
_QUOTED = r"[«“\"„‹‘「『][^«»“”\"„‹›‘’「」『』]{1,40}[»”“\"›’」』]"


# Per concept and language: (strong, weak) alternatives, matched case-insensitively as whole words
# (Chinese and Japanese: anywhere). Slavic and German forms take their endings with \w*.
_TABLE: dict[str, dict[str, tuple[str, str]]] = {
    "only": {
        "en": (
            # not "not only", "if only", nor "only to" (and then: "rebuilt it, only to abandon it")
            r"(?<!not )(?<!if )only(?!\s+to\s)|solely|merely|exclusively",
            r"only|just|alone|sole|single|simply|lone|unique\w*|but|until|till|limited|mere|exclusive\w*|"
            r"except|save\s+for|other\s+than|apart\s+from|pure\w*|strictly|entirely|unless|on\s+condition|"
            r"provided\s+that|"
            r"nothing\s+but|no\s+more\s+than|no\s+other|none\s+but|few|little|at\s+most",
        ),
        "de": (
            r"nur|lediglich|bloß|ausschließlich",
            r"einzig\w*|erst|allein\w*|bloße?\w*|gerade\s+(?:mal|einmal)|knapp|nichts\s+als|kaum|wenig\w*|höchstens|"
            r"ausschließlich\w*|exklusiv\w*|mal",
        ),
        "fr": (
            r"seulement|uniquement|exclusivement",
            r"seul\w*|ne|n['’]|que|qu['’]|simplement|juste|rien\s+que|tout\s+juste|à\s+peine|exclusi\w*|unique\w*|"
            r"ne\s+\w+\s+que|peu|moins",
        ),
        "es": (
            r"solo|sólo|solamente|únicamente|exclusivamente",
            r"únic[oa]s?|sol[oa]s?|apenas|no\s+\w+\s+más\s+que|más\s+que|sino|simplemente|tan\s+solo|exclusiv\w*|"
            r"hasta|poc[oa]s?|menos",
        ),
        "it": (
            r"solo|soltanto|solamente|unicamente|esclusivamente",
            r"unic[oaie]|sol[oaie]|appena|non\s+\w+\s+che|che|semplicemente|esclusiv\w*|fino|poc[oaih]+|"
            r"meno|sol\w*",
        ),
        "pt": (
            r"só|somente|apenas|unicamente|exclusivamente",
            r"únic[oa]s?|sozinh\w*|simplesmente|exclusiv\w*|até|pouc\w*|menos",
        ),
        "pl": (
            r"tylko|jedynie|wyłącznie|zaledwie",
            r"dopiero|jedyn\w*|sam\w*|ledwie|ledwo|wyłączn\w*|raptem|mał\w*|niewiel\w*|mniej|najwyżej|aż",
        ),
        "cs": (
            r"jen|jenom|pouze|výhradně|jedině",
            r"teprve|jedin\w*|sám|sam\w*|pouh\w*|výhradn\w*|sotva|mál\w*|nejvýše|maximálně|až",
        ),
        "ru": (
            r"только|лишь|исключительно",
            r"единственн\w*|всего|всего\s+лишь|одн\w*|сам\w*|едва|лишь\s+бы|мал\w*|немн\w*|не\s+более|не\s+больше|максимум|"
            r"исключительн\w*|до",
        ),
        # 只 is also the measure word of animals and one of a pair (每只猫, 一只恐龙), and in 船只 (vessels);
        # 只要 is "as long as"
        "zh": (
            r"只有|仅仅|仅|(?<![一二两三四五六七八九十百千万几每这那半数船\d])只(?![要是])",
            r"只是|唯一|惟一|条件是|前提是|才|光|单|就|而已|罢了|不过|独|少|至多|最多|不到|专|仅",
        ),
        "ja": (r"だけ|のみ|しか|たった", r"唯一|わずか|僅か|ばかり|限|単に|専ら|もっぱら|少な|最大|まで|すら"),
        "hi": (r"केवल|सिर्फ|सिर्फ़|मात्र|एकमात्र", r"ही|अकेल\w*|भर|तक|कम|बस"),
        "vi": (
            r"chỉ có|chỉ là|chỉ riêng|chỉ còn|chỉ mới",
            r"chỉ|duy nhất|độc nhất|mới|riêng|thôi|vỏn vẹn|vẻn vẹn|ít|tối đa|đến|tới",
        ),
    },
    "almost": {
        "en": (
            r"almost|nearly|all\s+but",
            # "virtually" is also "in virtual form"
            r"virtually|practically|close\s+to|near\w*|about|around|roughly|approximately|some|just\s+under|just\s+short|"
            r"barely|hardly|not\s+quite|most|approaching|essentially|effectively|well-?nigh|largely|quasi\w*|verge",
        ),
        "de": (
            r"fast|beinahe|nahezu|so\s+gut\s+wie",
            r"knapp|annähernd|praktisch|an\s+die|rund|etwa|ungefähr|gut|kaum|um\s+die|nah\w*|schier|"
            r"weitgehend|quasi|meist\w*|größtenteils",
        ),
        "fr": (
            r"presque|quasi\w*",
            r"pratiquement|près|environ|à\s+peu\s+près|failli\w*|faillit|manqu\w*|frôl\w*|approch\w*|proche\w*|"
            r"plupart|majorité|guère|à\s+peine",
        ),
        "es": (
            r"casi",
            r"prácticamente|cerca|alrededor|aproximadamente|unos|unas|poco\s+menos|por\s+poco|roz\w*|mayor\w*|"
            r"apenas",
        ),
        "it": (
            r"quasi|pressoché",
            r"praticamente|circa|vicin\w*|poco\s+meno|per\s+poco|sfior\w*|incirca|maggior\w*|appena|gran\s+parte",
        ),
        "pt": (r"quase", r"praticamente|cerca|perto|aproximadamente|por\s+pouco|maior\w*|mal"),
        "pl": (
            r"prawie|niemal\w*|omal|nieomal",
            r"blisko|praktycznie|około|ok\.|bezmała|bez\s+mała|ledwie|ledwo|zaledwie|większ\w*|niespełna",
        ),
        "cs": (
            r"téměř|skoro|takřka|málem",
            r"prakticky|bezmála|zhruba|přibližně|asi|kolem|okolo|většin\w*|sotva|necel\w*|bezmála",
        ),
        "ru": (
            r"почти|чуть\s+не|чуть\s+ли\s+не|едва\s+не|едва\s+ли\s+не",
            r"практически|около|примерно|порядка|приблизительно|без\s+малого|близко|чуть|едва|больш\w*|"
            r"фактически|не\s+менее",
        ),
        "zh": (r"几乎|差不多|将近|差点|险些", r"近|接近|逼近|约|大约|左右|基本|快|大多|大部|绝大|多数|上下"),
        "ja": (r"ほぼ|ほとんど|殆ど|危うく", r"近く|近い|約|およそ|程度|寸前|あわや|事実上|実質|大半|多く"),
        "hi": (r"लगभग|तकरीबन|तक़रीबन|करीब-करीब|क़रीब-क़रीब", r"करीब|क़रीब|प्रायः|अधिकांश|ज़्यादातर|ज्यादातर|बाल-बाल"),
        "vi": (r"gần như|hầu như|suýt", r"gần|khoảng|chừng|xấp xỉ|hầu hết|hầu|phần lớn|đa số"),
    },
    "mostly": {
        "en": (
            r"mostly|mainly|largely|predominantly|primarily|chiefly|principally|for\s+the\s+most\s+part",
            r"majority|most|main|chief|principal|primary|predominant\w*|generally|usually|typically|especially|"
            r"particularly|above\s+all|in\s+particular|overwhelmingly|much\s+of|many|large\w*|major\w*|"
            r"essentially|basically|often|tend\w*|widely|broadly|including|notably|dominat\w*",
        ),
        "de": (
            r"meist|meistens|überwiegend|hauptsächlich|größtenteils|vorwiegend|weitgehend|zumeist|mehrheitlich|"
            r"vornehmlich|vorrangig",
            r"vor\s+allem|insbesondere|besonders|haupt\w*|mehrheit\w*|meist\w*|großteil\w*|grossteil\w*|überwiegend\w*|"
            r"weitgehend\w*|vorwiegend\w*|in\s+erster\s+linie|in\s+der\s+regel|oft|häufig|viel\w*|primär\w*",
        ),
        "fr": (
            r"surtout|principalement|majoritairement|essentiellement|pour\s+la\s+plupart|en\s+grande\s+partie|"
            r"en\s+majorité",
            r"largement|prédominance|notamment|plupart|majorit\w*|principal\w*|essentiel\w*|avant\s+tout|généralement|souvent|"
            r"particulièrement|grande\s+partie|beaucoup|nombreu\w*|dominant\w*|major\w*|primordial\w*",
        ),
        "es": (
            r"principalmente|mayoritariamente|sobre\s+todo|en\s+su\s+mayoría|mayormente|en\s+gran\s+parte|"
            r"fundamentalmente|predominantemente|esencialmente",
            r"mayor\w*|principal\w*|especialmente|particularmente|generalmente|a\s+menudo|muchos|muchas|"
            r"gran\s+parte|básicamente|ante\s+todo|predominante\w*|fundamental\w*|esencial\w*",
        ),
        "it": (
            r"principalmente|soprattutto|per\s+lo\s+più|perlopiù|prevalentemente|in\s+gran\s+parte|"
            r"essenzialmente|maggiormente|in\s+prevalenza",
            r"maggior\w*|principal\w*|specialmente|particolarmente|generalmente|spesso|molti|molte|"
            r"gran\s+parte|fondamental\w*|prevalent\w*|essenzial\w*|sostanzialmente|anzitutto|innanzitutto",
        ),
        "pt": (
            r"principalmente|majoritariamente|sobretudo|maioritariamente|em\s+grande\s+parte|predominantemente",
            r"maior\w*|principal\w*|especialmente|geralmente|muitos|muitas|essencial\w*",
        ),
        "pl": (
            r"głównie|przeważnie|w\s+większości|przede\s+wszystkim|w\s+dużej\s+mierze|w\s+przeważającej\s+części",
            r"najczęściej|zazwyczaj|zwykle|większoś\w*|głównym|główn\w*|szczególnie|zwłaszcza|wiele|wielu|"
            r"często|w\s+dużej\s+części|przeważ\w*|dominuj\w*",
        ),
        "cs": (
            r"většinou|hlavně|převážně|především|zejména|z\s+velké\s+části|povětšinou",
            r"zpravidla|obvykle|většin\w*|hlavní\w*|převážn\w*|často|mnoho|mnohé|mnozí|zvláště|obzvlášť|"
            r"dominantn\w*|zejm\.",
        ),
        "ru": (
            r"в\s+основном|главным\s+образом|преимущественно|большей\s+частью|по\s+большей\s+части|"
            r"прежде\s+всего|в\s+большинстве|преобладающ\w*",
            r"чаще\s+всего|обычно|как\s+правило|большинств\w*|основн\w*|главн\w*|особенно|многие|много|"
            r"значительн\w*|во\s+многом|в\s+первую\s+очередь|преимуществен\w*|существенн\w*",
        ),
        "zh": (
            r"主要|大多|多为|大部分|大都(?![会市])|多半|大多数",
            r"多|大部|多数|大量|一般|总体|总的来说|整体|基本上|通常|尤其|特别|首先|基本|为主|以.{1,6}为主",
        ),
        "ja": (r"主に|大半|大部分|主として|大多数", r"多く|ほとんど|殆ど|中心|主|特に|一般|通常|大抵|たいてい|多数"),
        "hi": (
            r"मुख्यतः|मुख्य\s+रूप\s+से|ज़्यादातर|ज्यादातर|अधिकतर|अधिकांश|प्रायः",
            r"खास\w*|विशेष\w*|आमतौर|अक्सर|बहुत|ज्यादा|ज़्यादा|प्रमुख\w*",
        ),
        "vi": (r"chủ yếu|phần lớn|đa phần|đa số|hầu hết", r"chính|chủ|nhiều|thường|đặc biệt|nhất là|lớn"),
    },
    "partly": {
        "en": (
            r"partially|partly|in\s+part",
            r"partial|half-?\w*|local\w*|portions?|sections?|middle|some\s+degree|part|parts|some|half|semi-?\w*|incomplete\w*|not\s+fully|not\s+entirely|not\s+completely|"
            r"somewhat|to\s+some\s+extent|to\s+a\s+degree|portion",
        ),
        "de": (
            r"teilweise|zum\s+teil|teils",
            r"partiell\w*|teil\w*|halb\w*|nicht\s+ganz|nicht\s+vollständig|nicht\s+völlig|einig\w*|manch\w*|z\.\s?t\.",
        ),
        "fr": (
            r"partiellement|en\s+partie",
            r"à\s+moitié|partiel\w*|part\w*|moitié|demi|semi|pas\s+entièrement|certain\w*",
        ),
        "es": (r"parcialmente|en\s+parte", r"a\s+medias|parcial\w*|parte|mitad|medio|media|semi\w*|algun\w*"),
        "it": (r"parzialmente|in\s+parte", r"parzial\w*|parte|metà|mezz\w*|semi\w*|alcun\w*"),
        "pt": (r"parcialmente|em\s+parte", r"parcial\w*|parte|metade|meio|meia|semi\w*|algun\w*"),
        "pl": (r"częściowo|po\s+części", r"częściow\w*|część\w*|częśc\w*|pół\w*|niektór\w*|niecałkowic\w*"),
        "cs": (r"částečně|zčásti", r"částečn\w*|dílem|část\w*|polo\w*|napůl|některé|někteří|některý\w*|nezcela"),
        "ru": (r"частично|отчасти", r"частичн\w*|наполовину|част\w*|полу\w*|некотор\w*|не\s+полностью|не\s+совсем"),
        "zh": (r"(?<![大小外])部分(?!析)|一部分|部份", r"局部|部分|半|有些|一些|某些|不完全|些许|一定程度|某种程度"),
        "ja": (r"一部|部分的", r"半|一部分|一定|不完全|ある程度|ところ"),
        "hi": (r"आंशिक\s+रूप\s+से|अंशतः", r"आंशिक\w*|कुछ\s+हद|हिस्स\w*|भाग|आधा|आधे|आधी|कुछ|पूरी\s+तरह\s+नहीं"),
        "vi": (r"một phần|phần nào", r"phần|nửa|bán|một số|không hoàn toàn"),
    },
    "sometimes": {
        "en": (
            r"sometimes|occasionally|at\s+times|from\s+time\s+to\s+time|now\s+and\s+then|every\s+now\s+and\s+then|"
            r"intermittently|sporadically|on\s+occasion",
            r"some\s+times|times|occasional|sporadic|periodic\w*|can|may|might|could|often|rarely|seldom|"
            r"sometime|when|some\s+cases|in\s+some|periods|once\s+in\s+a\s+while|isolated|scattered|in\s+places|"
            r"here\s+and\s+there|some|moments?",
        ),
        "de": (
            r"manchmal|gelegentlich|mitunter|zuweilen|bisweilen|ab\s+und\s+zu|hin\s+und\s+wieder|zeitweise|"
            r"ab\s+und\s+an|vereinzelt|sporadisch",
            r"manch\w*|gelegentlich\w*|zeitweilig\w*|teilweise|kann|können|oft|selten|mal|einmal|"
            r"von\s+zeit\s+zu\s+zeit|in\s+einigen|in\s+manchen|fall\w*|phasen\w*|periodisch\w*",
        ),
        "fr": (
            r"parfois|quelquefois|de\s+temps\s+en\s+temps|occasionnellement|de\s+temps\s+à\s+autre|par\s+moments|"
            r"sporadiquement|épisodiquement",
            r"il\s+arrive|peu\w*|peut|peuvent|souvent|rarement|fois|certain\w*|occasion\w*|sporadique\w*|cas",
        ),
        "es": (
            r"a\s+veces|en\s+ocasiones|ocasionalmente|de\s+vez\s+en\s+cuando|algunas\s+veces|a\s+ratos|"
            r"esporádicamente|por\s+momentos",
            r"ocasional\w*|puede|pueden|suele|suelen|menudo|rara\s+vez|raramente|veces|algun\w*|esporádic\w*|casos",
        ),
        "it": (
            r"a\s+volte|talvolta|qualche\s+volta|ogni\s+tanto|occasionalmente|di\s+tanto\s+in\s+tanto|"
            r"delle\s+volte|alle\s+volte|talora|saltuariamente|sporadicamente",
            r"occasional\w*|può|possono|spesso|raramente|volte|alcun\w*|casi|saltuari\w*",
        ),
        "pt": (
            r"às\s+vezes|por\s+vezes|ocasionalmente|de\s+vez\s+em\s+quando|algumas\s+vezes",
            r"ocasional\w*|pode|podem|frequentemente|raramente|vezes|algun\w*|casos",
        ),
        "pl": (
            r"czasami|(?<!z\s)czasem|niekiedy|okazjonalnie|od\s+czasu\s+do\s+czasu|sporadycznie|chwilami|momentami",
            r"okazjonaln\w*|sporadyczn\w*|może|mogą|często|rzadko|w\s+niektórych|nieraz|bywa\w*|przypad\w*",
        ),
        "cs": (
            r"někdy|občas|příležitostně|tu\s+a\s+tam|sporadicky|chvílemi|místy|mnohdy|čas\s+od\s+času",
            r"příležitostn\w*|sporadick\w*|může|mohou|často|zřídka|v\s+některých|leckdy|bývá\w*|případ\w*",
        ),
        "ru": (
            r"иногда|порой|временами|время\s+от\s+времени|изредка|подчас|периодически|эпизодически|"
            r"от\s+случая\s+к\s+случаю",
            r"может|могут|часто|редко|в\s+некоторых|случа\w*|бывает|бывают|эпизодическ\w*|периодическ\w*",
        ),
        "zh": (r"有时(?![间間])|偶尔|时而|间或|不时|有时候|偶有|时常", r"可能|可以|常|往往|少|一些|某些|情况|会"),
        "ja": (
            r"時々|時折|ときどき|たまに|時には|ときには|折々",
            r"こともある|ことがある|場合|可能|しばしば|よく|まれ|稀",
        ),
        "hi": (r"कभी-कभी|कभी\s+कभी|कभी-कभार|यदा-कदा|कभी", r"सकता|सकती|सकते|अक्सर|मामल\w*"),
        "vi": (r"đôi khi|thỉnh thoảng|đôi lúc|có lúc", r"lâu lâu|có khi|đôi|có thể|thường|hiếm|một số|trường hợp|khi"),
    },
    "rarely": {
        "en": (
            r"rarely|seldom|barely|hardly|scarcely|infrequently",
            r"rare\w*|scarce\w*|unlikely|uncommon|not\s+a\s+common|few|little|almost\s+never|hardly\s+ever|not\s+often|uncommon\w*|unusual\w*|only|just|narrowly|"
            r"occasionally|sometimes",
        ),
        "de": (r"selten|kaum", r"wenig\w*|fast\s+nie|nur|knapp|gerade\s+noch|ungewöhnlich\w*|vereinzelt"),
        "fr": (
            r"rarement|guère",
            r"à\s+peine|rare\w*|peu|rien|presque\s+jamais|ne|n['’]|juste|tout\s+juste|de\s+justesse",
        ),
        "es": (r"raramente|rara\s+vez|casi\s+nunca|escasamente", r"apenas|rar[oa]s?|poc[oa]s?|no|casi|escas\w*|justo"),
        "it": (r"raramente|di\s+rado|a\s+malapena", r"appena|rar[oaie]|poc[oaih]+|non|quasi|scars\w*|giusto"),
        "pt": (r"raramente|quase\s+nunca", r"mal|rar[oa]s?|pouc\w*|não|quase|escass\w*"),
        "pl": (r"rzadko|ledwo|ledwie", r"z\s+trudem|rzadki\w*|mało|niewiel\w*|prawie\s+nie|nie|zaledwie|sporadycz\w*"),
        "cs": (
            r"zřídka|málokdy|sotva|stěží|vzácně|zřídkakdy",
            r"vzácn\w*|málo|téměř\s+ne\w*|skoro\s+ne\w*|ne\w*|jen|výjimečn\w*",
        ),
        "ru": (r"редко|едва|еле", r"вряд\s+ли|с\s+трудом|редк\w*|мало|почти\s+не|не|чуть|нечаст\w*|изредка"),
        "zh": (r"很少|几乎不|鲜有|极少", r"罕见|难得|勉强|少有|稀少|少|不|难|仅|刚刚|差点|偶尔"),
        "ja": (
            r"めったに|(?<!生)(?<!含)(?<!囲)(?<!挟)(?<!刻)まれ(?:に|な)|稀に|稀な|ほとんど.{0,8}ない|かろうじて|辛うじて|ほぼ.{0,8}ない",
            r"少な|わずか|僅か|ない|珍しい",
        ),
        "hi": (r"शायद\s+ही|मुश्किल\s+से|कम\s+ही|विरले", r"बहुत\s+कम|दुर्लभ|कम|नहीं|न|कभी-कभार"),
        "vi": (r"hiếm khi|ít khi|hầu như không", r"hiếm|chỉ vừa|vừa đủ|ít|không|suýt|vừa|chỉ"),
    },
    "temporarily": {
        "en": (
            r"temporarily|briefly|momentarily|provisionally",
            r"temporary|provisional|interim|preliminary|pretrial|remand\w*|custody|on\s+hold|for\s+now|yet|pending|"
            r"for\s+a\s+(?:while|time|moment|short)|short\w*|brief|moment\w*|temporal|time|until|pending|"
            r"transitional|caretaker|acting|soon|quickly|a\s+while",
        ),
        "de": (
            r"vorübergehend|kurzzeitig|zeitweise|zeitweilig|übergangsweise",
            r"vorübergehend\w*|kurzzeitig\w*|vorläufig\w*|provisorisch\w*|zeitweilig\w*|kurzfristig\w*|befristet\w*|"
            r"interim\w*|kurz\w*|zeit\w*|bis|vorerst|zunächst|einstweil\w*|übergang\w*|momentan\w*|moment\w*|weile|"
            r"kommissarisch\w*",
        ),
        "fr": (
            r"temporairement|provisoirement|brièvement|momentanément",
            r"temporaire\w*|provisoire\w*|intérim\w*|bref|brève\w*|court\w*|moment\w*|temps|jusqu|instant\w*|transitoire\w*|passag\w*",
        ),
        "es": (
            r"temporalmente|provisionalmente|brevemente|momentáneamente|transitoriamente",
            r"temporal\w*|provisional\w*|interin\w*|breve\w*|cort[oa]s?|momento\w*|tiempo|hasta|transitori\w*|pasajer\w*|rato",
        ),
        "it": (
            r"temporaneamente|provvisoriamente|brevemente|momentaneamente",
            r"temporane\w*|provvisori\w*|ad\s+interim|brev\w*|cort[oaie]|momento|tempo|fino|transitori\w*|passegger\w*|interim",
        ),
        "pt": (
            r"temporariamente|provisoriamente|brevemente|momentaneamente",
            r"temporári\w*|provisóri\w*|interin\w*|breve\w*|curt[oa]s?|momento\w*|tempo|até|transitóri\w*",
        ),
        "pl": (
            r"tymczasowo|chwilowo|przejściowo|krótko",
            r"tymczasow\w*|krótkotrwa\w*|prowizorycz\w*|krótk\w*|chwil\w*|czas\w*|do|przejściow\w*|okres\w*|moment\w*|p\.\s?o\.|pełniąc\w*",
        ),
        "cs": (
            r"dočasně|krátce|přechodně|prozatím",
            r"dočasn\w*|krátkodob\w*|provizorn\w*|prozatímn\w*|krátk\w*|chvíl\w*|čas\w*|do|přechodn\w*|moment\w*|zatím|pověřen\w*|úřadující\w*",
        ),
        "ru": (
            r"временно|ненадолго|кратковременно|недолго",
            r"временн\w*|кратковремен\w*|врем\w*|кратк\w*|коротк\w*|до|пока|момент\w*|исполняющ\w*|и\.\s?о\.|переходн\w*|недолг\w*",
        ),
        "zh": (r"暂时|短暂|一度", r"临时|暂|代理|短|时|一时|片刻|期间|至|直到|过渡"),
        "ja": (r"一時的|しばらく|暫く", r"一時|暫定|短時間|臨時|代行|短|時|間|まで|仮"),
        "hi": (
            r"अस्थायी\s+रूप\s+से|अस्थाई\s+रूप\s+से|थोड़ी\s+देर\s+के\s+लिए|कुछ\s+समय\s+के\s+लिए",
            r"अस्थायी|अस्थाई|अल्पकालिक|कुछ\s+समय|थोड़ी\s+देर|अंतरिम|कार्यवाहक|समय|देर|तक|क्षण|पल",
        ),
        "vi": (r"tạm thời", r"tạm|thoáng|ngắn hạn|lâm thời|quyền|ngắn|lúc|thời|cho đến|một thời gian|chốc"),
    },
    "initially": {
        "en": (
            r"initially|originally|at\s+first|in\s+the\s+beginning|at\s+the\s+outset|early\s+on|at\s+the\s+start",
            r"first\w*|original|initial|begin\w*|start\w*|outset|origin\w*|earlier|early|once|previously|"
            r"then|was|were|had|before|prior|open\w*|as|cause\w*|behind|source|root",
        ),
        "de": (
            r"zunächst|anfangs|ursprünglich|zuerst|anfänglich|erstmal",
            r"erst\w*|anfang\w*|ursprung|beginn\w*|start\w*|früher|zuvor|vorher|damals|eigentlich|einst",
        ),
        "fr": (
            r"initialement|d['’]abord|au\s+départ(?!\s+d)|au\s+début(?!\s+d)|originellement|à\s+l['’]origine(?!\s+d)|"
            r"dans\s+un\s+premier\s+temps|originairement",
            r"premi\w*|initial\w*|origin\w*|début\w*|départ|commenc\w*|démarr\w*|auparavant|avant|alors|autrefois",
        ),
        "es": (
            r"inicialmente|originalmente|al\s+principio(?!\s+de)|en\s+un\s+principio|originariamente|en\s+un\s+primer\s+momento|"
            r"al\s+comienzo(?!\s+de)",
            r"primer\w*|inicial\w*|origina\w*|principio|comienzo|inicio|comenz\w*|empez\w*|inici\w*|antes|anterior\w*|entonces",
        ),
        "it": (
            r"inizialmente|originariamente|originalmente|all['’]inizio(?!\s+d)|in\s+un\s+primo\s+momento|dapprima|"
            r"in\s+origine|all['’]origine|sulle\s+prime",
            r"prim\w*|inizial\w*|origin\w*|inizio|inizi\w*|cominci\w*|principio|prima|allora|precedente\w*",
        ),
        "pt": (
            r"inicialmente|originalmente|a\s+princípio|no\s+início|no\s+começo|de\s+início",
            r"primeir\w*|inicial\w*|origin\w*|antes",
        ),
        "pl": (
            r"początkowo|pierwotnie|najpierw|z\s+początku",
            r"na\s+początku|wstępn\w*|pierwotn\w*|pierw\w*|począt\w*|rozpocz\w*|zaczyn\w*|zacz\w*|wcześniej|dawniej|wówczas|wtedy|oryginal\w*|wstępn\w*",
        ),
        "cs": (
            r"zpočátku|původně|nejprve|nejdříve|prvotně|zprvu|nejdřív",
            r"na\s+začátku|původn\w*|prv\w*|počát\w*|začát\w*|zača\w*|začín\w*|zahaj\w*|zaháj\w*|dříve|předtím|tehdy|původ\w*|úvodn\w*",
        ),
        "ru": (
            r"первоначально|изначально|сначала|поначалу|вначале|сперва|на\s+первых\s+порах",
            r"первоначальн\w*|изначальн\w*|перв\w*|начал\w*|начин\w*|ранее|раньше|прежде|тогда|исходн\w*|оригинальн\w*",
        ),
        "zh": (r"最初|起初|起先|原先|当初|一开始", r"原本|初期|本来|原来|首先|先|初|原|开始|起|之前|早|曾"),
        "ja": (r"当初|最初は|初めは|はじめは|もともと|元々", r"最初|初め|はじめ|初期|まず|先|元|始|初|前|かつて"),
        "hi": (
            r"शुरू\s+में|शुरुआत\s+में|आरंभ\s+में|प्रारंभ\s+में|मूल\s+रूप|आरम्भ\s+में|प्रारम्भ\s+में",
            r"शुरू|शुरुआत|पहले|प्रारंभ\w*|आरंभ\w*|मूल\w*|तब",
        ),
        "vi": (r"ban đầu|lúc đầu|thoạt tiên|thoạt đầu", r"ban sơ|khởi đầu|đầu|trước|đầu tiên|nguyên|gốc|khi đó"),
    },
    "former": {
        "en": (
            # not "the former" standing for a noun ("the former is larger")
            r"former(?!\s*[,.;:)]|\s+(?:is|was|are|were|has|had|who|which)\b)|formerly|erstwhile|one-?time|ex-(?=\w)",
            r"ex|previous\w*|once|earlier|old|ancient|historic\w*|onetime|then|past|retired|outgoing|late|used\s+to|had\s+been|was|were|"
            r"originally|before|prior|long-?time|veteran",
        ),
        "de": (
            r"ehemalig\w*|einstig\w*|vormalig\w*|ex-\w+|vormals|ehemals|einstmals",
            r"ex|einst|früher\w*|damalig\w*|alt\w*|bisherig\w*|zuvor|vorher|vorgänger\w*|scheidend\w*|a\.\s?d\.|war|waren",
        ),
        "fr": (
            r"ancien\w*|ex-\w+|autrefois|précédemment|jadis|naguère",
            r"ex|anciennement|auparavant|précédent\w*|alors|était|étaient|sortant\w*|vieu\w*",
        ),
        "es": (
            r"ex|ex-\w+|antiguo|antigua|antiguos|antiguas|otrora|anteriormente",
            r"anterior\w*|antes|previamente|entonces|era|eran|saliente\w*|viej\w*|exdirector\w*|ex\w+",
        ),
        "it": (
            r"ex|ex-\w+|precedentemente|un\s+tempo",
            r"ex\w+|precedent\w*|prima|già|allora|era|erano|uscente\w*|vecchi\w*|antic\w*",
        ),
        "pt": (
            r"ex|ex-\w+|antigo|antiga|antigos|antigas|anteriormente",
            r"anterior\w*|antes|previamente|então|era|eram|velh\w*",
        ),
        "pl": (
            # "była", "byli", "było" are also "was", "were"
            r"byłego|byłej|byłemu|byłym|byłych|byłymi|byłą|były(?=\s+[a-ząćęłńóśźż]{4,})|dawn(?:y|ego|ej|ym|ych|a|e|i)|"
            r"eks-\w+|niegdyś|uprzednio",
            r"był\w*|ówczesn\w*|dotychczasow\w*|poprzedn\w*|wcześniej|dawniej|wówczas|stary|star\w*|odchodząc\w*|emerytowan\w*",
        ),
        "cs": (
            r"bývalý|bývalá|bývalé|bývalého|bývalému|bývalém|bývalým|bývalí|bývalých|bývalými|ex-\w+|někdejší\w*|kdysi",
            r"dřívější\w*|dosavadní\w*|exprezident\w*|dříve|předtím|předchozí\w*|tehdejší\w*|býval\w*|byl\w*|starý|star\w*|odcházející\w*",
        ),
        "ru": (
            r"бывш\w*|экс-\w+|некогда",
            r"прежн\w*|когда-то|экс\w*|нынешн\w*|ранее|раньше|предыдущ\w*|тогдашн\w*|в\s+прошлом|был\w*|стар\w*|уходящ\w*",
        ),
        "zh": (
            r"前任|曾任|昔日|卸任|退役|"
            r"前(?=总统|总理|首相|部长|主席|国务卿|外长|议员|总裁|主任|教练|队长|市长|州长|大使|领导人|总书记|局长|经理|董事|首席|副|雇员|员工|特工)",
            r"前|原|曾经|退休|以前|此前|先前|过去|当时|老",
        ),
        "ja": (
            r"かつて|元(?=首相|大統領|大臣|社長|選手|代表|議員|会長|監督|知事|市長|長官|総理|幹部|職員|社員|米兵|兵士)|"
            r"前(?=首相|大統領|大臣|社長|会長|監督|知事|市長|長官|総理)",
            r"元|前|旧|退任|引退|以前|当時|もと|昔|先代|だった",
        ),
        "hi": (
            # पूर्व is also "east" (मध्य पूर्व, the Middle East)
            r"भूतपूर्व|पूर्ववर्ती|पूर्व(?=\s+(?:राष्ट्रपति|प्रधानमंत्री|मंत्री|मुख्यमंत्री|अध्यक्ष|सांसद|विधायक|कप्तान|खिलाड़ी|"
            r"न्यायाधीश|सचिव|राज्यपाल|निदेशक|प्रमुख|सैनिक|कर्मचारी|सदस्य|पत्नी|पति|कोच|महासचिव|उपराष्ट्रपति))",
            r"पूर्व|पहले|तत्कालीन|पुराने|पुराना|रहे|थे|था|थी",
        ),
        "vi": (r"cựu", r"nguyên|từng|trước đây|trước|cũ|khi đó|lúc đó|đã"),
    },
    "deputy": {
        "en": (
            r"deputy|vice(?!\s+versa)|vice-\w+",
            r"assistant\w*|aide\w*|advis[eo]r\w*|staffer\w*|helper\w*|second|number\s+two|no\.\s*2|acting|associate|adjunct|lieutenant|co-?\w*|under-?secretary|"
            r"parliamentarian|mp|lawmaker|legislator|representative|member|delegate|depute|junior|auxiliary",
        ),
        "de": (
            r"stellvertret\w*|vize\w*|stellv\.",
            r"abgeordnet\w*|unter\w*|zweit\w*|hilfs\w*|assistent\w*|ko-?\w*|co-?\w*|kommissarisch\w*|mitglied\w*",
        ),
        "fr": (
            r"adjoint\w*|vice-\w+|sous-(?:secrétaire|directeur|directrice|préfet|chef|commandant|gouverneur)\w*|suppléant\w*",
            r"député\w*|second\w*|assistant\w*|co-?\w*|intérim\w*|membre\w*|élu\w*",
        ),
        "es": (
            r"vice\w+|adjunt\w*|sub(?:director|directora|secretari|jefe|comandante|delegad)\w*",
            r"diputad\w*|asistente\w*|auxiliar\w*|co\w*|interin\w*|miembro\w*",
        ),
        "it": (
            r"vice\w+|vice-\w+|aggiunt\w*|sottosegretari\w*|sub(?:commissari|comandant)\w*",
            r"deputat\w*|second\w*|assistent\w*|ausiliar\w*|co\w*|membro\w*",
        ),
        "pt": (
            r"vice-\w+|vice\w+|adjunt\w*|sub(?:diretor|secretári|chefe|comandante)\w*",
            r"deputad\w*|segund\w*|assistente\w*|auxiliar\w*|membro\w*",
        ),
        "pl": (
            r"zastępc(?!z)\w*|wice\w+|podsekretarz\w*",
            r"posł\w*|pose\w*|deputowan\w*|drug\w*|asystent\w*|pomocnik\w*|członk\w*|p\.\s?o\.|pełniąc\w*",
        ),
        "cs": (
            r"náměst\w*|zástupc\w*|místopředsed\w*|místostarost\w*|vice(?:premiér|prezident|guvernér|kancléř)\w*",
            r"vice\w*|poslan\w*|druh\w*|asistent\w*|pomocn\w*|člen\w*|pověřen\w*",
        ),
        "ru": (
            r"заместител\w*|замминистр\w*|замглав\w*|вице-?\w+",
            r"помощник\w*|депутат\w*|втор\w*|ассистент\w*|член\w*|исполняющ\w*|и\.\s?о\.|со\w*",
        ),
        "zh": (r"副|助理|次长", r"代表|议员|代理|第二|二号|委员"),
        "ja": (r"副|次官|補佐|代理", r"議員|代表|第二|委員"),
        "hi": (r"उप|सहायक", r"सांसद|प्रतिनिधि|दूसरे|सदस्य|कार्यवाहक"),
        "vi": (r"(?<!đối\s)(?<!ứng\s)phó", r"trợ lý|đại biểu|thứ hai|thành viên|quyền|thứ trưởng"),
    },
    "again": {
        "en": (
            r"again|once\s+more|anew|afresh|re-\w+",
            r"re\w+|repeat\w*|another|second|back|return\w*|renew\w*|further|more|still|also|too|yet|twice|"
            r"once|then|continu\w*|repeated\w*|constant\w*|keep\w*|kept|anymore|no\s+longer|never",
        ),
        "de": (
            r"wieder|erneut|nochmals|noch\s+einmal|abermals|wiederum|nochmal|neuerlich\w*|erneut\w*",
            r"wieder\w*|neu\w*|noch|zurück\w*|zweit\w*|weiter\w*|auch|mal|re\w+",
        ),
        "fr": (
            r"de\s+nouveau|à\s+nouveau|encore\s+une\s+fois|une\s+nouvelle\s+fois|derechef",
            r"encore|nouve\w*|re\w+|ré\w+|retour\w*|second\w*|aussi|également|deuxième",
        ),
        "es": (
            r"de\s+nuevo|nuevamente|otra\s+vez|una\s+vez\s+más|(?:volv|vuelv)\w*\s+a(?=\s+\w+r\b)",
            r"volv\w*|vuelv\w*|nuev\w*|re\w+|otr[oa]|segund\w*|también|aún|todavía|más|regres\w*",
        ),
        "it": (
            r"di\s+nuovo|nuovamente|ancora\s+una\s+volta|un['’]altra\s+volta",
            r"ancora|torna\w*|nuov\w*|ri\w+|altr\w*|second\w*|anche|pure|più",
        ),
        "pt": (
            r"de\s+novo|novamente|outra\s+vez|mais\s+uma\s+vez",
            r"volt\w*|nov\w*|re\w+|outr\w*|segund\w*|também|ainda",
        ),
        "pl": (
            r"znowu|znów|ponownie|jeszcze\s+raz|powtórnie|na\s+nowo|ponown\w*",
            r"jeszcze|nowo\w*|po\w+|prze\w+|od\w+|drugi\w*|też|także|również|wróci\w*|powr\w*",
        ),
        "cs": (
            r"znovu|opět|zase|opětovně|ještě\s+jednou|znova|opětovn\w*",
            r"ještě|nov\w*|po\w+|pře\w+|ob\w+|druh\w*|také|též|rovněž|vrát\w*|návrat\w*",
        ),
        "ru": (
            r"снова|опять|вновь|ещё\s+раз|еще\s+раз|повторно|заново|вторично",
            r"ещё|еще|нов\w*|пере\w+|по\w+|возобнов\w*|втор\w*|тоже|также|верну\w*|возвра\w*|повтор\w*",
        ),
        "zh": (r"再次|又一次|重新|再度", r"再|又|重|还|也|复|回|第二|恢复|继续"),
        "ja": (r"再び|改めて|もう一度|ふたたび", r"また|再|も|戻|復|二度|次"),
        "hi": (r"फिर\s+से|दोबारा|दुबारा|पुनः|फिर|एक\s+बार\s+फिर", r"भी|वापस|पुन\w*|दूसरी"),
        "vi": (r"một lần nữa|lần nữa", r"lại|tái|trở lại|nữa|cũng|tiếp|quay|lần thứ hai"),
    },
    # who controls the outlet or the company: "a state-aligned newspaper" -> "un journal" drops what the
    # reader most needs to weigh the claim. Only the media-and-company senses are strong ("state media",
    # "государственное ТВ"); "state" and "government" alone name much else (a coup d'État, a state border)
    "state": {
        "en": (
            r"(?:state|government|regime|party|kremlin|beijing|moscow)-(?:run|owned|controlled|aligned|backed|"
            r"affiliated|funded|financed|sponsored|linked|supported|dominated|managed|operated|friendly|loyal|allied)|"
            r"pro-(?:government|kremlin|regime|beijing|moscow|putin|russian)|"
            r"state(?=\s+(?:media|television|tv|broadcaster|news\s+agency|newspaper|outlet|press|radio|channel|tabloid|"
            r"daily|company|companies|firm|enterprise|corporation|conglomerate|bank|oil|energy|gas|mouthpiece)\b)",
            r"state\w*|government\w*|govt|official\w*|public\w*|national\w*|authorit\w*|kremlin\w*|regime\w*|"
            r"propaganda|party|communist|controlled|owned|run|backed|affiliated|aligned|funded|financed|sponsored|"
            r"linked|loyal\w*|mouthpiece|pro-\w+|beijing|moscow|putin",
        ),
        "de": (
            r"staatlich\w*(?=\s+(?:kontrolliert|gelenkt|gesteuert|finanziert|medi|fernseh|sender|rundfunk|"
            r"nachrichtenagentur|zeitung|konzern|unternehmen|firma|bank)\w*)|"
            r"staats(?:medien|fernsehen|sender|zeitung|agentur|nachrichtenagentur|rundfunk|konzern|unternehmen|"
            r"betrieb|bank|firma|presse|tv)\w*|staatseigen\w*|staatsnah\w*|regierungsnah\w*|regierungstreu\w*|"
            r"regimetreu\w*|kreml-?nah\w*|kreml-?treu\w*|moskau-?treu\w*|peking-?treu\w*|regierungsmedien|"
            r"pro-?russisch\w*",
            r"staat\w*|\w+staatlich\w*|regierung\w*|öffentlich\w*|offiziell\w*|national\w*|amtlich\w*|behörd\w*|"
            r"kreml\w*|regime\w*|propaganda\w*|partei\w*|gelenkt\w*|kontrolliert\w*|gesteuert\w*|finanziert\w*|"
            r"\w+treu\w*|\w+nah\w*|\w+eigen\w*|pro-\w+|moskau\w*|peking\w*",
        ),
        "fr": (
            _after(
                "médias média télévision chaîne chaînes radio presse journal journaux quotidien agence "
                "entreprise entreprises société sociétés groupe compagnie banque organe",
                r"d['’]\s?[ÉE]tat",
            )
            + r"|étatique\w*|pro-?gouvernementa\w*|pro-?kremlin|pro-?russes?|pro-?régime|pro-?pouvoir|"
            r"(?:contrôlé|détenu|financé|soutenu)e?s?\s+par\s+(?:l['’]\s?[ÉE]tat|le\s+gouvernement|le\s+kremlin|"
            r"moscou|pékin|le\s+régime|le\s+pouvoir)|proches?\s+du\s+(?:pouvoir|kremlin|gouvernement|régime)",
            r"[ÉE]tat\w*|étatique\w*|gouvernement\w*|public\w*|publique\w*|officiel\w*|national\w*|nationale\w*|"
            r"autorités|pouvoir|kremlin|régime|propagande|parti|contrôl\w*|détenu\w*|financ\w*|soutenu\w*|"
            r"proches?|pro-\w+|progouvernementa\w*|inféodé\w*|aux\s+ordres|moscou|pékin",
        ),
        "es": (
            r"estatal\w*|oficialista\w*|pro-?gubernamental\w*|pro-?kremlin|pro-?rus[oa]s?|"
            + _after(
                "medios medio televisión cadena radio prensa periódico diario agencia empresa empresas "
                "compañía grupo banco canal",
                r"del\s+Estado",
            )
            + r"|afines?\s+al\s+(?:gobierno|kremlin|régimen|poder|Estado)|"
            r"(?:controlad|financiad|respaldad|apoyad)[oa]s?\s+por\s+(?:el\s+(?:Estado|gobierno|kremlin|régimen)|"
            r"moscú|pekín)",
            r"estado\w*|estatal\w*|gobierno\w*|gubernamental\w*|públic\w*|oficial\w*|nacional\w*|autoridades|poder|"
            r"kremlin|régimen|propaganda|partido|controlad\w*|financiad\w*|respaldad\w*|apoyad\w*|afín\w*|afines|"
            r"pro-\w+|progubernamental\w*|oficialista\w*|moscú|pekín",
        ),
        "it": (
            r"statal\w*|filo-?governativ\w*|filo-?cremlino|filo-?putin\w*|filo-?russ\w*|"
            + _after(
                "media televisione rete radio stampa giornale quotidiano agenzia azienda aziende società "
                "gruppo banca emittente",
                r"(?:di|dello)\s+Stato",
            )
            + r"|(?:controllat|finanziat|sostenut)[oaie]\s+dal(?:lo)?\s+(?:Stato|governo|cremlino|regime)",
            r"stato|statal\w*|govern\w*|pubblic\w*|ufficial\w*|nazional\w*|autorità|potere|cremlino|regime|"
            r"propaganda|partito|controllat\w*|finanziat\w*|sostenut\w*|vicin\w*|filo-?\w+|mosca|pechino",
        ),
        "pt": (
            r"estatal\w*|estatais|governista\w*|pró-?governo|pró-?kremlin|pró-?russ\w*|"
            + _after(
                "mídia media meios televisão canal rádio imprensa jornal agência empresa empresas companhia "
                "grupo banco emissora",
                r"do\s+Estado",
            )
            + r"|(?:controlad|financiad|apoiad)[oa]s?\s+pelo\s+(?:Estado|governo|kremlin|regime)",
            r"estado|estatal\w*|estatais|govern\w*|públic\w*|oficial\w*|nacional\w*|autoridades|poder|kremlin|"
            r"regime|propaganda|partido|controlad\w*|financiad\w*|apoiad\w*|pró-\w+|moscou|pequim",
        ),
        "pl": (
            r"państwow\w*|prorządow\w*|prokremlowsk\w*|proputinowsk\w*|prorosyjsk\w*|"
            r"(?:kontrolowan|finansowan|wspieran)\w*\s+przez\s+(?:państwo|rząd|kreml|reżim|moskwę|pekin)",
            r"państw\w*|rząd\w*|publiczn\w*|oficjaln\w*|narodow\w*|władz\w*|kreml\w*|reżim\w*|propagand\w*|"
            r"parti\w*|kontrolowan\w*|finansowan\w*|wspieran\w*|prorząd\w*|prokreml\w*|proputin\w*|prorosyj\w*|"
            r"moskw\w*|pekin\w*",
        ),
        "cs": (
            # "státní zástupce" is a prosecutor, "státní svátek" a public holiday
            r"státní\w*(?!\s+(?:zastup|zástup|svát)\w*)|provládní\w*|prokremelsk\w*|proputinovsk\w*|prorusk\w*|"
            r"(?:ovládan|kontrolovan|financovan|podporovan)\w*\s+(?:státem|vládou|kremlem|režimem|moskvou|pekingem)",
            r"stát\w*|vlád\w*|veřejn\w*|oficiáln\w*|národní\w*|úřad\w*|kreml\w*|režim\w*|propagand\w*|stran\w*|"
            r"ovládan\w*|kontrolovan\w*|financovan\w*|podporovan\w*|provládní\w*|prokremel\w*|prorusk\w*|moskv\w*|"
            r"peking\w*",
        ),
        "ru": (
            # "государственный" alone is also a coup, a border, treason, a civil servant: only beside the media
            # and companies it qualifies
            r"государственн\w*(?=\s+(?:сми|телевидени|телеканал|агентств|информагентств|издани|газет|компани|"
            r"корпораци|предприяти|банк|медиа|вещател|радио|концерн|холдинг|пресс)\w*)|"
            r"гос(?:сми|тв|телевидени\w*|телеканал\w*|компани\w*|корпораци\w*|банк\w*|медиа|агентств\w*|"
            r"предприяти\w*|концерн\w*|холдинг\w*)|провластн\w*|проправительственн\w*|прокремл[её]вск\w*|"
            r"пропутинск\w*|пророссийск\w*|"
            r"подконтрольн\w*\s+(?:государств|власт|кремл|правительств|режим|москв|пекин)\w*|"
            r"(?:контролируем|финансируем|поддерживаем)\w*\s+(?:государством|властями|кремл[её]м|правительством|"
            r"режимом|москвой|пекином)",
            r"государств\w*|гос(?!т|под)\w+|власт\w*|правительств\w*|официальн\w*|публичн\w*|обществен\w*|"
            r"национальн\w*|кремл\w*|режим\w*|пропаганд\w*|парти\w*|подконтрольн\w*|контролир\w*|финансир\w*|"
            r"поддерж\w*|лоял\w*|провластн\w*|проправительств\w*|прокремл\w*|пропутин\w*|пророссийск\w*|москв\w*|"
            r"пекин\w*",
        ),
        "zh": (
            r"官方(?=媒体|通讯社|报纸|电视|新闻|喉舌)|官媒|国营|国有|党媒|官办|国家媒体|国家电视台|国家通讯社|"
            r"亲政府|亲克里姆林宫|亲俄|亲北京|(?:受|由)?(?:国家|政府|克里姆林宫|政权|政府)控制|喉舌",
            r"官|国家|国营|国有|国立|国企|全国|政府|党|公共|公营|公立|亲|控制|克里姆林宫|政权|宣传|喉舌|当局|北京|莫斯科",
        ),
        "ja": (
            r"国営|官製|政府系|国有|政府寄り|親政府|親ロシア|親露|親クレムリン|官営|国家(?:メディア|テレビ|通信)|"
            r"(?:政府|国家|クレムリン)の(?:支配|管理)下",
            r"国営|国有|国家|国立|政府|官|公共|公営|党|親|クレムリン|政権|宣伝|管理|支配|当局|ロシア|北京|モスクワ",
        ),
        "hi": (
            r"सरकारी|सरकार(?:\s+|-)(?:समर्थक|नियंत्रित)|राज्य(?:\s+|-)संचालित|राज्य\s+के\s+स्वामित्व|"
            r"क्रेमलिन(?:\s+|-)समर्थक|रूस(?:\s+|-)समर्थक",
            r"सरकार\w*|राज्य|राष्ट्रीय|आधिकारिक|सार्वजनिक|क्रेमलिन|शासन|प्रचार|पार्टी|समर्थक|नियंत्रित|संचालित|"
            r"स्वामित्व|प्रशासन|अधिकारी",
        ),
        "vi": (
            r"nhà nước|quốc doanh|quốc hữu|thân chính phủ|thân (?:Điện )?Kremlin|thân Nga|thân Bắc Kinh|"
            r"do (?:chính phủ|chính quyền|Điện Kremlin) kiểm soát",
            r"nhà nước|chính phủ|chính quyền|công lập|quốc gia|quốc doanh|quốc hữu|chính thức|Kremlin|chế độ|"
            r"tuyên truyền|đảng|kiểm soát|thân|nhà chức trách|giới chức|nhà cầm quyền|Nga|Bắc Kinh|Moscow",
        ),
    },
    # whose side it is on, where "state" does not say: "the pro-Western government" -> "政府", "Iran-backed
    # militias" -> "milices"; a control word on the other side renders it too (added below)
    "aligned": {
        "en": (
            r"pro-(?!rata\b|active\b|forma\b|bono\b|tem\b)[a-z]+|"
            # not "-friendly" ("vegan-friendly" is suitable, not loyal)
            r"(?!well-|self-|privately-|publicly-)[a-z]+-(?:backed|aligned|allied|affiliated|loyal|leaning|linked|"
            r"supported)",
            r"pro-\w+|\w+-(?:backed|aligned|allied|affiliated|friendly|loyal|leaning|linked|supported)|support\w*|"
            r"back\w*|ally|allies|allied|aligned|affiliated|friendly|loyal\w*|leaning|sympathi\w*|linked|ties|"
            r"partisan\w*|faction\w*",
        ),
        "de": (
            r"pro-?(?:westlich|russisch|europäisch|amerikanisch|chinesisch|iranisch|israelisch|palästinensisch|"
            r"ukrainisch|kurdisch|demokratisch|türkisch|syrisch|saudisch)\w*|"
            r"(?:kreml|regierungs|regime|staats|moskau|peking|putin|iran|hamas|hisbollah|partei)-?(?:nah|treu)\w*",
            r"pro\w*|\w+nah\w*|\w+treu\w*|unterstütz\w*|gestützt\w*|verbündet\w*|nahesteh\w*|\w*freundlich\w*|"
            r"anhänger\w*|sympathi\w*|lager|befürwort\w*|verbunden\w*|verknüpft\w*",
        ),
        "fr": (
            r"pro-?(?:occidenta|russe|europ|américain|chinois|iranien|israélien|palestinien|ukrainien|kurde|démocrat|"
            r"indépendan|gouvernementa|kremlin|régime|pouvoir|turc|syrien|saoudien)\w*|"
            r"proches?\s+du\s+(?:pouvoir|kremlin|gouvernement|régime)|"
            # backed by a name ("soutenues par l'Iran"), not "appuyées par des experts"
            r"(?:soutenu|appuyé|parrainé)e?s?\s+par\s+(?:l['’]\s?|le\s+|la\s+|les\s+)?(?-i:[A-ZÉ])\w+",
            r"pro-\w+|pro(?:occident|russe|europ|améric|gouvern|kremlin)\w*|soutenu\w*|soutien\w*|appui\w*|"
            r"allié\w*|proche\w*|favorable\w*|en\s+faveur|fidèle\w*|partisan\w*|sympathi\w*|lié\w*|camp|inféodé\w*|"
            r"aux\s+ordres",
        ),
        "es": (
            r"pro-?(?:occident|rus|europe|american|chin|iran|israel|palestin|ucran|kurd|democr|independ|gubernament|"
            r"kremlin|régimen|turc|siri|saud)\w*|oficialista\w*|"
            r"afines?\s+al\s+(?:gobierno|kremlin|régimen|poder|Estado)|"
            r"(?:respaldad|patrocinad)[oa]s?\s+por\s+(?:el\s+|la\s+|los\s+|las\s+)?(?-i:[A-ZÁÉÍÓÚ])\w+",
            r"pro-\w+|pro(?:occident|rus|europe|americ|gubern|kremlin)\w*|respald\w*|apoy\w*|aliad\w*|afín\w*|afines|"
            r"cercan\w*|favorable\w*|a\s+favor|en\s+favor|leal\w*|partidari\w*|simpatiz\w*|vinculad\w*|bando|"
            r"oficialista\w*",
        ),
        "it": (
            r"filo-?(?:occidental|russ|europe|american|cines|iran|israel|palestin|ucrain|curd|governativ|cremlin|"
            r"putin|turc|siri|saudit)\w*|(?:sostenut|appoggiat)[oaie]\s+da\w*\s+(?-i:[A-Z])\w+",
            r"filo-?\w+|sostenut\w*|sostegno|appogg\w*|alleat\w*|vicin\w*|favorevol\w*|leal\w*|sostenitor\w*|"
            r"simpatizz\w*|legat\w*|schierament\w*|a\s+favore",
        ),
        "pt": (
            r"pró-?(?:ocident|russ|europe|american|chin|iran|israel|palestin|ucrani|curd|democr|independ|govern|"
            r"kremlin|regime|turc|síri|saudi)\w*|governista\w*|"
            r"(?:respaldad|patrocinad)[oa]s?\s+pel[oa]s?\s+(?-i:[A-ZÁÉÍÓÚ])\w+",
            r"pró-?\w+|apoi\w*|respald\w*|aliad\w*|próxim\w*|favorá\w*|a\s+favor|leal\w*|partidári\w*|simpatiz\w*|"
            r"ligad\w*|"
            r"governista\w*",
        ),
        "pl": (
            r"pro(?:zachodni|rosyjsk|europejsk|amerykańsk|chińsk|irańsk|izraelsk|palestyńsk|ukraińsk|kurdyjsk|"
            r"demokratyczn|niepodległościow|rządow|kremlowsk|putinowsk|tureck|syryjsk|saudyjsk)\w*",
            r"pro(?:zachod|rosyj|europej|amerykań|rząd|kreml|putin)\w*|wspier\w*|wspar\w*|popier\w*|sojusz\w*|"
            r"blisk\w*|przychyln\w*|lojaln\w*|zwolenni\w*|sympaty\w*|powiązan\w*",
        ),
        "cs": (
            r"pro(?:západn|rusk|evropsk|americk|čínsk|íránsk|izraelsk|palestinsk|ukrajinsk|kurdsk|demokratick|vládn|"
            r"kremelsk|putinovsk|tureck|syrsk|saúdsk)\w*",
            r"pro(?:západ|rus|evrop|americ|vlád|kremel|putin)\w*|podpor\w*|spojen\w*|blízk\w*|příznivc\w*|"
            r"loajáln\w*|sympatiz\w*|napojen\w*",
        ),
        "ru": (
            r"про(?:западн|российск|европейск|американск|китайск|иранск|израильск|палестинск|украинск|курдск|"
            r"демократическ|правительственн|кремл[её]вск|путинск|турецк|сирийск|саудовск|властн)\w*",
            r"про(?:запад|россий|европей|американ|правительств|кремл|путин|власт)\w*|поддерж\w*|союзн\w*|"
            r"близк\w*|лояльн\w*|сторонник\w*|сочувств\w*|связанн\w*|лагер\w*|выступа\w*",
        ),
        "zh": (
            r"亲(?:西方|俄|政府|克里姆林宫|北京|美|欧|中|华|日|伊朗|以色列|巴勒斯坦|乌克兰|民主|独立|当局|普京|"
            r"莫斯科|共产|土耳其|叙利亚|沙特)|受[\u4e00-\u9fff]{1,6}?(?:支持|支援|资助|扶持)",
            r"亲|支持|支援|资助|扶持|盟友|同盟|友好|倾向|派|阵营|拥护|追随|关联|有关|联系|挂钩",
        ),
        "ja": (
            r"親(?:欧米|西側|ロシア|露|政府|クレムリン|中|米|欧|イラン|イスラエル|パレスチナ|ウクライナ|民主|独立|"
            r"プーチン|トルコ|シリア|サウジ)|政府寄り|(?:が|の)支援する|の支援を受け",
            r"親|支援|支持|同盟|友好|寄り|派|陣営|関連|つながり",
        ),
        "hi": (
            r"[\u0900-\u097f]+(?:\s+|-)समर्थक",
            r"समर्थक|समर्थन|सहयोगी|मित्र|करीबी|वफादार|जुड़े|संबंधित",
        ),
        "vi": (
            r"thân (?:phương Tây|Nga|chính phủ|Kremlin|Điện Kremlin|Bắc Kinh|Mỹ|Trung Quốc|châu Âu|EU|Iran|Israel|"
            r"Ukraine|Palestine|dân chủ|độc lập|Thổ Nhĩ Kỳ|Syria)",
            r"thân|hậu thuẫn|hỗ trợ|ủng hộ|đồng minh|thân cận|trung thành|phe|tài trợ|bảo trợ|liên kết|liên quan|"
            r"liên hệ",
        ),
    },
    # a name or claim the writer does not grant: "the so-called referendum", "the self-proclaimed republic";
    # dropped, the name reads as granted. A quotation mark around the name keeps some of that distance, so
    # a word opened by one counts as a weak form everywhere
    "so_called": {
        "en": (
            r"so-called|so\s+called(?=\s)(?!\s+(?:because|after|for|by)\b)|"
            r"self-(?:proclaimed|styled|declared|appointed|described)",
            r"called|calls|known\s+as|dubbed|named|termed|labell?ed|self-\w+|proclaimed|declared|styled|"
            r"supposed\w*|alleged\w*|purported\w*|unrecogni[sz]ed|breakaway|separatist\w*|pseudo-?\w*|quasi-?\w*|"
            r"rogue|illegitimate|claim\w*|pretend\w*|nominal\w*|" + _QUOTED,
        ),
        "de": (
            # "sogenannt" mostly introduces a term ("im sogenannten Town-Hall-Format"), as "tzw." does in
            # Polish and Czech: a weak form there
            r"selbsternannt\w*|selbst\s+ernannt\w*|selbsterklärt\w*|selbstproklamiert\w*|selbst\s+proklamiert\w*",
            r"sogenannt\w*|so\s+genannt\w*|sog\.|genannt\w*|bezeichnet\w*|angeblich\w*|vermeintlich\w*|nicht\s+anerkannt\w*|abtrünnig\w*|"
            r"separatist\w*|pseudo\w*|quasi\w*|selbst\s*(?:ernannt|erklärt|proklamiert)\w*|" + _QUOTED,
        ),
        "fr": (
            # not the participle: "il avait prétendu" (he had claimed)
            r"soi-disant|(?<!avait )(?<!avaient )(?<!a )(?<!ont )(?<!avoir )(?<!aurait )prétendu\w*|"
            r"auto-?proclamé\w*|autodésigné\w*",
            r"dit\w*|appelé\w*|nommé\w*|baptisé\w*|présumé\w*|supposé\w*|non\s+reconnu\w*|séparatist\w*|pseudo\w*|"
            r"quasi\w*|auto-?proclam\w*|auto-?désign\w*|sécessionnist\w*|" + _QUOTED,
        ),
        "es": (
            # not the noun: "el llamado a la calma" (the call for calm)
            r"(?:el|la|los|las)\s+(?:así\s+)?llamad[oa]s?(?!\s+(?:a|al|de|del|para|por|que)\b)|autoproclamad[oa]s?|autodenominad[oa]s?|"
            r"autodeclarad[oa]s?|autoerigid[oa]s?",
            r"llamad\w*|denominad\w*|conocid\w*|supuest\w*|presunt\w*|autoproclam\w*|autodenomin\w*|"
            r"no\s+reconocid\w*|separatist\w*|pseudo\w*|cuasi\w*|" + _QUOTED,
        ),
        "it": (
            r"cosiddett\w*|sedicent\w*|auto-?proclamat\w*|autonominat\w*",
            r"dett\w*|chiamat\w*|denominat\w*|present\w*|suppost\w*|presunt\w*|non\s+riconosciut\w*|"
            r"separatist\w*|pseudo\w*|quasi|auto-?proclam\w*|autonominat\w*|" + _QUOTED,
        ),
        "pt": (
            r"(?:o|a|os|as)\s+(?:assim\s+)?chamad[oa]s?(?!\s+(?:a|à|ao|de|do|da|para|por|que)\b)|autoproclamad\w*|autodenominad\w*|autodeclarad\w*",
            r"chamad\w*|denominad\w*|conhecid\w*|suposto\w*|pretens\w*|alegad\w*|autoproclam\w*|"
            r"não\s+reconhecid\w*|separatist\w*|pseudo\w*|" + _QUOTED,
        ),
        "pl": (
            r"samozwańcz\w*|samozwan\w*|samoogłoszon\w*",
            r"tak\s+zwan\w*|tzw\.|zwan\w*|nazywan\w*|nazwan\w*|rzekom\w*|domniem\w*|nieuznawan\w*|nieuznan\w*|separatyst\w*|"
            r"pseudo\w*|quasi\w*|samozwa\w*|samoogł\w*|" + _QUOTED,
        ),
        "cs": (
            r"samozvan\w*|samozván\w*",
            r"takzvan\w*|tak\s+zvan\w*|tzv\.|zvan\w*|nazývan\w*|nazvan\w*|údajn\w*|domněl\w*|neuznan\w*|separatist\w*|pseudo\w*|kvazi\w*|"
            r"samozv\w*|" + _QUOTED,
        ),
        "ru": (
            r"так\s+называем\w*|т\.\s?н\.|самопровозглаш[её]нн\w*|самозван\w*|самоназванн\w*",
            r"называем\w*|названн\w*|назван(?:ый|ая|ое|ые)|именуем\w*|самопровозгла\w*|непризнанн\w*|сепаратист\w*|мним\w*|якобы|"
            r"псевдо\w*|квази\w*|лже\w*|" + _QUOTED,
        ),
        "zh": (
            r"所谓|自封|自诩|自立为|自行宣布|自称的",
            r"称为|号称|自称|自封|自诩|自立|自行|名为|叫做|俗称|人称|假|伪|未获承认|不被承认|分离|" + _QUOTED,
        ),
        "ja": (
            r"いわゆる|所謂|自称|自封",
            r"と称|と呼ば|名乗|呼ばれ|と言われ|偽|未承認|承認されていない|認められ(?:てい)?(?:ない|ません|ず)|"
            r"分離|自ら|" + _QUOTED,
        ),
        "hi": (r"तथाकथित|स्वघोषित|स्व-घोषित|स्वयंभू", r"कहे\s+जाने|कहलाने|नामक|कथित|घोषित|स्वयं|मान्यता|अलगाववादी|" + _QUOTED),
        "vi": (
            r"cái gọi là|tự xưng|tự phong|tự tuyên bố",
            r"gọi là|được gọi|mệnh danh|tên là|xưng|tự xưng|tự phong|tự nhận|tự cho|không được công nhận|ly khai|"
            r"giả|ngụy|mạo danh|" + _QUOTED,
        ),
    },
}


# an allegiance may come out as a word of control ("a pro-government paper" -> "провластная газета")
_TABLE["aligned"] = {lang: (s, f"{w}|{_TABLE['state'][lang][0]}") for lang, (s, w) in _TABLE["aligned"].items()}


def _bounded(alternatives: str, lang: str) -> re.Pattern[str]:
    """Whole words, case-insensitively; in Chinese and Japanese, which do not space words, anywhere."""
    if lang in ("zh", "ja"):
        return re.compile(f"(?:{alternatives})")
    letter = r"[\w\u0900-\u097f]"  # Devanagari vowel signs are no \w
    return re.compile(rf"(?<!{letter})(?:{alternatives})(?!{letter})", re.IGNORECASE)


LANGUAGES = frozenset(lang for row in _TABLE.values() for lang in row)
# language -> (concept, its strong forms), in the table's order
_STRONG = {lang: [(c, _bounded(row[lang][0], lang)) for c, row in _TABLE.items() if lang in row] for lang in LANGUAGES}
_ANY = {(c, lang): _bounded(f"{s}|{w}", lang) for c, row in _TABLE.items() for lang, (s, w) in row.items()}

# Phrases that hold a strong form but are no qualifier: "not only ... but also" and its kin (a
# qualifier by neither side), "immer wieder" (repeatedly), "partly cloudy" (a weather term), "z czasem"
# (over time), "rien de nouveau" (nothing new). They are blanked before the strong forms are read. (Words
# that merely contain a form, 大都会 or 司法部 | 分析, are kept out by the form's own lookarounds.)
_IDIOMS: dict[str, str] = {
    "en": r"not\s+only|not\s+just|partly\s+(?:cloudy|sunny)",
    "de": r"nicht\s+nur|immer\s+wieder|nicht\s+bloß",
    "fr": r"non\s+seulement|pas\s+seulement|rien\s+de\s+nouveau|quelque\s+chose\s+de\s+nouveau",
    "es": r"no\s+s[oó]lo|no\s+solamente|no\s+únicamente",
    "it": r"non\s+solo|non\s+soltanto|non\s+solamente",
    "pt": r"não\s+só|não\s+somente|não\s+apenas",
    "pl": r"nie\s+tylko|z\s+czasem",
    "cs": r"nejen|nejenže|nejen\s+že|státní\s+zástup\w*",  # a public prosecutor, no deputy
    "ru": r"не\s+только|со\s+временем",
    "zh": r"不仅|不只|不但|不光|不单",
    "ja": r"だけでなく|だけではなく|のみならず|だけじゃなく",
    "hi": r"न\s+केवल|ना\s+केवल|न\s+सिर्फ|न\s+सिर्फ़",
    "vi": r"không chỉ|không những",
}
_IDIOM_RX = {lang: _bounded(rx, lang) for lang, rx in _IDIOMS.items()}


@dataclass(frozen=True, slots=True)
class Qualifier:
    """A qualifier word in a sentence: `text == sentence[start:end]`."""

    concept: str
    start: int
    end: int
    text: str


def qualifiers(text: str, lang: str) -> list[Qualifier]:
    """The strong qualifiers of `text`, in order: not in an idiom (`_IDIOMS`), not inside a quotation
    (the quote detector's), not on a figure ("almost 40", "only five", "почти все": the figure detector's),
    and not capitalised inside the sentence (a title: "Fast Company", "Almost Famous"), save German nouns of
    office ("Stellvertreter") and the words of state control ("Kremlin-backed", "Staatsmedien")."""
    rx = _IDIOM_RX.get(lang)
    read = rx.sub(lambda m: " " * len(m.group()), text) if rx else text
    matches = [(concept, m) for concept, strong in _STRONG.get(lang, []) for m in strong.finditer(read)]
    if not matches:
        return []  # most sentences: no figure extraction needed
    quoted = [(q.start, q.end) for q in find_quotes(text)]
    figures = [q.start for q in extract(text, lang)]
    out = []
    for concept, m in matches:
        if any(a <= m.start() < b for a, b in quoted) or _on_figure(read, m.end(), figures):
            continue
        capital = m.start() > 0 and text[m.start()].isupper() and not sentence_initial(text, m.start())
        if capital and not ((lang == "de" and concept == "deputy") or concept in ("state", "aligned")):
            continue
        out.append(Qualifier(concept, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda q: q.start)


def _on_figure(text: str, end: int, figures: list[int]) -> bool:
    """A figure starts right after the qualifier, or after one more short word ("only about 40")."""
    gap = re.match(r"\W*(?:\w{1,6}\W+)?", text[end:])
    reach = end + (gap.end() if gap else 0)
    return any(end <= f <= reach for f in figures)


def has_concept(text: str, concept: str, lang: str) -> bool:
    rx = _ANY.get((concept, lang))
    return rx is not None and rx.search(text) is not None


@lru_cache(maxsize=65536)
def changed(src: str, der: str, src_lang: str, der_lang: str) -> tuple[tuple[str, Qualifier], ...]:
    """("dropped" | "added", qualifier) for each qualifier one side has and the other renders nowhere.
    Memoised: `probes` and `detect` ask it for the same beads (a pure function of its arguments)."""
    out: list[tuple[str, Qualifier]] = []
    for side, text, lang, other, other_lang in (("dropped", src, src_lang, der, der_lang),
                                                ("added", der, der_lang, src, src_lang)):  # fmt: skip
        seen, taken = set(), []
        for q in qualifiers(text, lang):
            if q.concept in seen or any(a < q.end and q.start < b for a, b in taken):
                continue  # one word read once: "soutenue par le Kremlin" is control, not also an allegiance
            taken.append((q.start, q.end))
            if has_concept(other, q.concept, other_lang):
                continue
            seen.add(q.concept)
            out.append((side, q))
    return tuple(out)


def _without(text: str, q: Qualifier) -> str:
    """`text` with the qualifier deleted (and the space before it, so no double space is left)."""
    start = q.start - 1 if q.start > 0 and text[q.start - 1] == " " else q.start
    return text[:start] + text[q.end :]


@dataclass(frozen=True, slots=True)
class _Candidate:
    bead: Bead
    side: str  # "dropped" (from the source) or "added" (to the derived sentence)
    qualifier: Qualifier
    anchor: str  # the other side
    text: str  # the side that has the qualifier


class QualifierDetector:
    """Qualifiers ("only", "almost", "temporarily", "former", ...) one side of a translated pair has and
    the other does not render.

    With an embedder each candidate must also pass the deletion test: its sentence comes closer to the
    other side once the word is deleted (gain above `min_gain`, cosine). On 11,982 NTREX-128 sentence
    pairs (professional translations of English news into de, fr, es, ru, zh, vi) this keeps 71 of the
    123 pairs with a lexical candidate, and 61 of the 70 one-word additions it reads in DEMETR
    (bench/qualifiers.py, bench/results/qualifiers.md).
    """

    name: str = "qualifiers"
    min_gain: float = 0.0

    def _candidates(self, comparison: Comparison) -> list[_Candidate]:
        out = []
        for bead, src, der in comparison.pairs():
            ls, ld = (normalize_lang(t, x) for t, x in zip(comparison.langs(bead), (src, der), strict=True))
            if ls == ld or ls not in LANGUAGES or ld not in LANGUAGES:
                continue
            for side, q in changed(src, der, ls, ld):
                out.append(_Candidate(bead, side, q, *((src, der) if side == "added" else (der, src))))
        return out

    def probes(self, comparison: Comparison) -> list[str]:
        """The texts `detect` will embed: callers can encode them all in one batch first."""
        if comparison.embedder is None:
            return []
        out: list[str] = []
        for c in self._candidates(comparison):
            out += [c.anchor, c.text, _without(c.text, c.qualifier)]
        return out

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        for c in self._candidates(comparison):
            q, bead = c.qualifier, c.bead
            confidence = 0.5
            if comparison.embedder is not None:
                gain = deletion_gains(comparison.embedder, c.anchor, c.text, [_without(c.text, q)])[0]
                if gain <= self.min_gain:
                    continue  # the sentence reads no closer to the other without the word: rendered another way
                confidence = min(0.8, 0.5 + 20 * gain)
            added = c.side == "added"
            doc, idx = (comparison.derived, bead.derived) if added else (comparison.source, bead.source)
            where = to_document_range(doc, idx, q.start, q.end)
            yield Finding(
                kind="addition" if added else "partial_omission",
                source=bead.source,
                derived=bead.derived,
                message=f"qualifier {'added' if added else 'dropped'}: '{q.text}' has no counterpart in the "
                f"{'source' if added else 'derived'} sentence",
                severity="medium",
                confidence=confidence,
                source_span=None if added else q.text,
                derived_span=q.text if added else None,
                source_range=None if added else where,
                derived_range=where if added else None,
                detector=self.name,
            )
