"""Common Chinese surnames, to tell a line of names from a short line of verse."""

from __future__ import annotations

_SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由兰岳"
)
DOUBLE_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "端木",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "令狐",
        "夏侯",
        "轩辕",
    )
)
# Two-syllable heads of the four-character names 凉山, 甘孜 and 阿坝 pages print: Yi clan names (吉克阿呷,
# 沙马拉毅) and Tibetan first names (格桑卓玛, 泽仁拉姆); with the double surnames, the names of four
# characters a line of names may hold (成都商报, 万州发布 are no names).
NAME_HEADS = frozenset(
    (
        "吉克", "吉木", "吉伍", "沙马", "马海", "曲比", "俄木", "阿苦", "阿约", "阿尔", "阿说", "海来", "勒格", "瓦扎", "木乃",
        "格桑", "泽仁", "扎西", "达瓦", "尼玛", "次仁", "洛桑", "降央", "益西", "丹增", "央金", "多吉", "索朗", "白玛", "四郎",
    )
)
# Characters that are surnames but far more often start an ordinary phrase of verse.
_TOO_COMMON_AS_WORDS = frozenset("和时来都但于由那平国明海原信")


# Words that open with a Tibetan name's head and name no one: a greeting, a flower (格桑花开)
_HEAD_WORDS = ("扎西德勒", "格桑花", "格桑梅朵")


def has_surname(name: str) -> bool:
    """True when ``name`` starts with a common surname, or with a Yi or Tibetan name's head (海来伍呷,
    泽仁多吉: 海 alone too common a word, 泽 no surname; 扎西德勒 and 格桑花开 are words)."""
    if name.startswith(_HEAD_WORDS):
        return False
    if name[:2] in DOUBLE_SURNAMES or name[:2] in NAME_HEADS:
        return True
    return bool(name) and name[0] in _SINGLE and name[0] not in _TOO_COMMON_AS_WORDS


def may_start_a_name(name: str) -> bool:
    """True when ``name`` starts with any surname of the list, 于 and 和 included: for a place where
    only names are printed (an editors' line), not verse."""
    return name[:2] in DOUBLE_SURNAMES or (bool(name) and name[0] in _SINGLE)


def has_long_name_head(name: str) -> bool:
    """True when a four-character ``name`` opens with a double surname (欧阳晓丽) or a Yi or Tibetan
    name's head (吉克阿呷, 格桑卓玛): a name, not a four-character word."""
    return (
        len(name) == 4
        and not name.startswith(_HEAD_WORDS)
        and (name[:2] in DOUBLE_SURNAMES or name[:2] in NAME_HEADS)
        and name[2:] not in _OUTLET_TAILS
    )


# What ends an outlet's or a firm's four-character name after a double surname's characters: 东方卫视,
# 东方甄选, 上官日报 (no person's given name)
_OUTLET_TAILS = frozenset(
    {"卫视", "甄选", "日报", "晚报", "早报", "商报", "时报", "周刊", "新闻", "发布", "传媒", "融媒", "在线", "网站"}
    | {"集团", "公司", "医院", "学院", "大学", "科技", "科普", "电视", "广播", "论坛", "频道", "头条", "快报"}
)
