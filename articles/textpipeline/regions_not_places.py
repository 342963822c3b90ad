"""The words that make a region's name no place: a street's, a pavilion's, a community's or a
town's name it opens (通江街道, 南溪镇), an ordinary word it ends (沿海城市) or is (合作, 长寿), a
body's name it sits in (科协会同县教育局), a person's given name (副主席王江安), a car maker's name it
opens (北京现代).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .regions_names import FUNCTION_CHARS, LEVEL_CHARS
from .surnames import has_surname

# What makes a short name before it part of another place's name: 通江街道 (a street of 乐山's 市中区, not
# 通江县), 合江亭 (a pavilion in 成都, not 合江县). Not 镇 or 乡: a county's seat often bears its name; nor 村:
# 丰都村民 are the county's villagers.
PLACE_IN_NAME = ("街道", "亭")
# An earthquake named for its place (汶川特大地震, “5·12”汶川地震, 芦山“4·20”强烈地震, 玉树7.1级地震) is an event:
# the stories of a reconstruction page name it whatever county they are about (北川, 青川, 绵竹).
# A place's seismic body or site (荣昌地震台, 北川地震遗址, 市地震局) is the place's, not an event.
EVENT_AFTER_NAME = re.compile(
    r"(?:[“\"‘]?\d{1,2}[·•.．]\d{1,2}[”\"’]?)?(?:\d(?:\.\d)?级)?(?:特大|强烈|大)?地震(?!台|局|馆|站|遗址|监测|科普|博物馆)"
)
# China's standard time, named for its capital: 9点30分（北京时间） in a tender's deadline is no place.
STANDARD_TIME = "北京时间"
# A river named for a county it flows by (嘉陵江, 金沙江, 安宁河): a short name before 江 or 河 that makes a
# word of the dictionary with it (see regions_find).
RIVER_ENDS = ("江", "河")
# A person's home town (东坡故里, 太白故里): the name before 故里 is the person's, not a place (东坡区, 陕西's
# 太白县), when the person is known by a county's short name; any other place before 故里 is the home town
# (合川故里, 广安故里).
HOME_TOWN_OF = "故里"
PEOPLE_NAMED_AS_COUNTIES = ("东坡", "太白")
# A town's, township's or street's name of two or three characters (新立镇, 双古镇, 旭阳街道; not 城镇, 乡镇):
# right after a county's official name it proves the county (忠县新立镇, 荣县双古镇).
TOWN_NAME_AFTER_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)")
# A campus named by its direction (东区分院, 西区分校, 城区分中心): a part of the body, not 攀枝花's 东区.
CAMPUS = re.compile(r"[东西南北中城]区")
# A community is named so too, but by a name many places share (江北社区 of 巴州区, not 重庆's 江北区): a
# county's own name before 社区 is its communities' (九龙坡社区科普大学, 渝北社区).
COMMUNITY = "社区"
# The foreign partners of China's car joint ventures, whose names open with their Chinese partner's place
# (北京现代, 上海大众, 广州本田): the place is the company's name, not where its news happens (北京现代重庆工厂
# is in 重庆).
JOINT_VENTURE_PARTNERS = (
    "现代", "起亚", "大众", "本田", "丰田", "日产", "奔驰", "宝马", "福特", "通用", "马自达", "铃木", "三菱",
    "雪铁龙", "标致", "雷诺", "吉普", "五十铃", "依维柯", "斯柯达", "沃尔沃",
)
# …and what shows the name is the company's after it: its cars, plants and offices, another maker in a list
# (or a plant's place, see regions_find); not a word the partner's name opens (现代农业, 大众创业, 通用航空)
JOINT_VENTURE_AFTER = re.compile(r"汽车|轿车|新车|车型|车企|整车|工厂|[一二三四五六七八九十\d]+工厂|分公司|公司|集团|品牌|4S|、")

# A town's or township's name after a county's short name: 江安镇 may be 江安县's seat, but 南溪镇 in a story
# of 云阳县 is that county's town; so is a name one character longer, 新都桥镇 in a story of 康定市 (not 成都's
# 新都区: a town's own name is rarely one character). A character that makes a word with 镇 or 乡 (城镇, 乡镇,
# 古镇) names no town.
TOWN_AFTER_SHORT_NAME = re.compile(r"(?:[\u4e00-\u9fff](?<![城乡村集市古小重名强]))?[镇乡]")

# Ordinary words an official name may end in: 海城市 is 海 + 城市, so 沿海城市 and 适应城市 (应城市)
# are no places. A name of one character plus such a word counts only after a boundary or a region.
WORD_TAILS = ("城市", "山区", "新区", "郊区", "城区", "市区", "矿区", "林区", "园区")
# The districts and counties of a city, together: a name's level opening them (新建区县) is no level of it.
LEVEL_PAIRS = ("区县", "县区")
# Short names jieba tags as places that are ordinary words first in these pages: 长寿 (健康长寿, 长寿老人),
# 大英 (大英博物馆). Written whole (长寿区, 大英县) or beside their parent they are places still.
ORDINARY_FIRST = ("长寿", "大英")
# A town's parts, though 攀枝花 has districts so named: 城市东区、西区 (and the parts listed with it) right
# after a town's word are that town's, in a 德阳 story 德阳's; 攀枝花市东区 is still the district.
PARTS_OF_TOWN = re.compile(r"(?<=[城市县镇])[东西南北]区(?:、[东西南北]区)*")

# Posts printed before a person's name: 副主席王江安, 党组书记李长宁, 理事长刘江油. A two-character short
# name right after a surname after one of them is a given name (王江安 is no 江安县), as it is after a 、
# that lists names (王江安、李兴文等: 李兴文 is no 兴文县).
_POSTS = (
    "主席", "书记", "主任", "理事长", "会长", "秘书长", "局长", "院长", "校长", "部长", "处长", "科长", "所长",
    "站长", "馆长", "社长", "厂长", "队长", "经理", "董事长", "委员", "主委", "代表", "教授", "研究员", "工程师",
    "院士", "专家", "博士", "医生", "医师", "老师", "记者", "通讯员", "负责人", "同志", "先生", "女士",
    # the young people of a school's or a contest's story: 江北中学学生王江津 is no 江津区
    "学生", "同学", "选手", "队员", "学员", "营员", "小朋友",
)

# What makes a short name right after a city of the other 川渝 province part of a name, no pair of places: a
# person's post or address (成都梁平同学: a pupil named 梁平) or a local thing (宜宾江北公园, 绵阳江北片区, 泸州江北学校)
NAME_GOES_ON = (
    *_POSTS, "公园", "广场", "景区", "片区", "小区", "校区", "街区", "学校", "中学", "小学", "大道", "路", "街",
)

# How the name of a body ends (科协, 教育局, 区政府). A county whose stem is an ordinary word, between
# such a name and a body named by its level (县教育局, 区科协), is that word: 科协会同县教育局 (会同,
# "together with") is no 会同县.
BODY_ENDS = ("科协", "学会", "协会", "研究会", "联合会", "局", "委", "政府", "办", "公司", "中心", "医院", "大学", "学院")

# In jieba's dictionary, a word at least this frequent and not tagged as a
# place (ns) is an ordinary word first: 合作, 南部, 前锋, 石棉, 安居.
_COMMON_WORD_MIN_FREQ = 100


def jieba_dictionary() -> Iterator[tuple[str, str, str]]:
    """jieba's dictionary as (word, frequency, tag), one per line of three fields or more; nothing when
    jieba is not installed.

    The file is found without importing jieba (its import loads pkg_resources, ~0.15 s a process) and
    split in blocks of lines (a block with three fields a line and a number in each second one is all
    such lines): read line by line it cost ~0.25 s a process, twice (common words, dictionary words)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover
        return
    with (Path(spec.origin).parent / "dict.txt").open("rb") as f:
        for lines in iter(lambda: f.readlines(1 << 18), []):
            fields = b"".join(lines).decode("utf-8").split()
            if len(fields) == 3 * len(lines) and all(map(str.isdigit, fields[1::3])):
                yield from zip(fields[0::3], fields[1::3], fields[2::3], strict=True)
                continue
            for line in lines:
                parts = line.decode("utf-8").split()
                if len(parts) >= 3:
                    yield parts[0], parts[1], parts[2]


def common_words_from_jieba(surfaces: Iterable[str]) -> frozenset[str]:
    """Those of ``surfaces`` that jieba's dictionary knows as frequent non-place words.

    Only reads the dictionary file as a word list (no segmentation); returns
    an empty set when jieba is not installed.
    """
    wanted = set(surfaces)
    return frozenset(
        word
        for word, freq, tag in jieba_dictionary()
        if word in wanted and int(freq) >= _COMMON_WORD_MIN_FREQ and not tag.startswith("ns")
    )


def is_given_name(simple: str, start: int) -> bool:
    """Whether the two characters at ``start`` follow a surname printed after a post or a 、 of a
    list of names (主席王江安, 、李兴文), not after a preposition (书记和江安的干部: 和 is no surname here)."""
    surname = simple[start - 1]
    if surname in FUNCTION_CHARS or surname in LEVEL_CHARS or not has_surname(surname):
        return False
    return simple[start - 2] == "、" or simple.endswith(_POSTS, 0, start - 1)
