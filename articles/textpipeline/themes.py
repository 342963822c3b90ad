"""Themes from the editors' rules: each rule is a list of terms, optionally weighted.

A rule's terms are editor-editable text (one term per line, ``脱贫攻坚*3`` for a
weight of 3). Terms are matched as substrings of the normalized text with one
Aho-Corasick automaton; within a rule, overlapping terms count once (the longest),
so 脱贫攻坚 does not also count as 脱贫, and a term of weight 0 (党组书记*0) hides the shorter
term inside it (党组) without counting. Title hits weigh more than body hits. Given the
segmenter's word ends, a hit that begins inside a word and runs past it is dropped (人大 in
机器人大赛), so a theme rests on the words search also sees.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .segment import normalize

TITLE_WEIGHT = 3.0  # a term in the title counts like three in the body
BODY_CAP = 5  # repeated body hits of one term stop adding after this many
RELATIVE_FLOOR = 0.3  # a second/third theme needs this share of the best score
# Below min_score the best theme still stands, unless all its evidence is one passing mention: a term of
# weight 1 once in the body, as one item of a list (激光切割、激光医疗、光纤通信; 搬到库区、搬到田间)
PASSING_MENTION = 2.0
# A term of weight below 1 (博物馆*0.5) supports a theme but never makes one alone, below min_score: a travel
# piece whose church became a 博物馆 is no science popularisation
WHOLE_TERM = 1.0
_LIST_ITEM_MAX = 10  # a list's item is a noun phrase (激光医疗, 搬到田间), no clause
_CLAUSE_ENDS = "，。；：！？,;:!?\n"
_TERM_SPLIT = re.compile(r"[\n,，、;；]+")
_WEIGHTED = re.compile(r"^(.+?)\s*[*×xX]\s*(\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class ThemeRule:
    """A theme and its evidence terms (``term`` or ``term*weight``)."""

    slug: str
    name: str
    keywords: tuple[str, ...]

    @classmethod
    def from_text(cls, slug: str, name: str, text: str) -> ThemeRule:
        """Build a rule from the editor's text field (one term a line; commas also split)."""
        return cls(slug, name, tuple(t.strip() for t in _TERM_SPLIT.split(text) if t.strip()))

    def terms(self) -> list[tuple[str, float]]:
        """(normalized term, weight) pairs; malformed weights count as 1."""
        out = []
        for raw in self.keywords:
            m = _WEIGHTED.match(raw.strip())
            term, weight = (m.group(1), float(m.group(2))) if m else (raw.strip(), 1.0)
            term = normalize(term)
            if term:
                out.append((term, weight))
        return out


@dataclass(frozen=True)
class WordEnds:
    """The segmenter's word ends (offsets) in a text the matched text starts ``offset`` into:
    an item's theme body is its whole text after the headline, so its ends need no copy."""

    ends: Collection[int]  # a set: membership is all the check asks
    offset: int = 0


class ThemeMatcher:
    """All rules' terms in one automaton, built once per rule set."""

    def __init__(self, rules: Sequence[ThemeRule]):
        self.rules = tuple(rules)
        self._automaton = ahocorasick.Automaton()
        payload: dict[str, list[tuple[int, float]]] = {}
        for index, rule in enumerate(self.rules):
            for term, weight in rule.terms():
                payload.setdefault(term, []).append((index, weight))
        for term, targets in payload.items():
            # A rule listing a term twice counts its hits once: keep each rule index once.
            self._automaton.add_word(term, (len(term), term, tuple(dict.fromkeys(index for index, _ in targets))))
        self._empty = not payload
        self._weights = [dict(rule.terms()) for rule in self.rules]
        if not self._empty:
            self._automaton.make_automaton()

    def scores(
        self,
        title: str,
        text: str,
        *,
        normalized: bool = False,
        title_ends: WordEnds | Sequence[int] | None = None,
        body_ends: WordEnds | Sequence[int] | None = None,
    ) -> list[float]:
        """Evidence score of every rule for one item (``normalized``: both texts are already ``normalize()``d).

        With the segmenter's word ends of each text, a term that begins inside a word and runs
        past its end is no evidence: 人大 in 机器人大赛 (机器人 / 大赛) is not 人大.
        """
        if not normalized:
            title, text = normalize(title) if title else title, normalize(text) if text else text
        title_counts, body_counts = self._term_counts(title, title_ends), self._term_counts(text, body_ends)
        scores = [0.0] * len(self.rules)
        for index in title_counts.keys() | body_counts.keys():
            scores[index] = _score(title_counts.get(index, {}), body_counts.get(index, {}), self._weights[index])
        return scores

    def _term_counts(self, norm: str, words: WordEnds | Sequence[int] | None = None) -> dict[int, dict[str, int]]:
        """{rule index: {term: non-overlapping hit count}} for the rules with a hit, longest term winning an overlap."""
        per_rule: dict[int, list[tuple[int, int, str]]] = {}
        if words is not None and not isinstance(words, WordEnds):
            words = WordEnds(frozenset(words))
        ends, offset = (words.ends, words.offset) if words is not None else (None, 0)
        if not self._empty and norm:
            for end, (length, term, rules) in self._automaton.iter(norm):
                start = end - length + 1
                if ends is not None and not _respects_words(start + offset, end + 1 + offset, ends):
                    continue
                for index in rules:
                    per_rule.setdefault(index, []).append((start, -length, term))
        result = {}
        for index, matches in per_rule.items():
            if len(matches) > 1:
                matches.sort()  # leftmost first, then longest; (start, −length) is unique per rule
            counts: dict[str, int] = {}
            last_end = -1
            for start, minus_length, term in matches:
                if start >= last_end:
                    counts[term] = counts.get(term, 0) + 1
                    last_end = start - minus_length
            result[index] = counts
        return result

    def _in_passing(
        self,
        index: int,
        title: str,
        text: str,
        normalized: bool,
        title_ends: WordEnds | Sequence[int] | None,
        body_ends: WordEnds | Sequence[int] | None,
    ) -> bool:
        """Whether rule ``index``'s evidence, too weak for ``min_score``, is only mentions in passing: supporting
        terms alone (a travel piece's 博物馆), or one body hit of one term named in a list (the uses a
        physicist lists, 激光切割、激光医疗、光纤通信, are not what the interview is about)."""
        if not normalized:
            title, text = normalize(title) if title else title, normalize(text) if text else text
        weights = self._weights[index]
        title_counts = self._term_counts(title, title_ends).get(index, {})
        body_counts = self._term_counts(text, body_ends).get(index, {})
        if all(weights.get(term, 0) < WHOLE_TERM for term in title_counts.keys() | body_counts.keys()):
            return True
        hits = [term for term, count in body_counts.items() if weights.get(term, 0) > 0 for _ in range(count)]
        return (
            not title_counts and len(hits) == 1 and weights[hits[0]] < PASSING_MENTION
            and _in_enumeration(text, hits[0])
        )

    def assign(
        self,
        title: str,
        text: str,
        *,
        max_themes: int = 3,
        min_score: float = 3.0,
        normalized: bool = False,
        title_ends: WordEnds | Sequence[int] | None = None,
        body_ends: WordEnds | Sequence[int] | None = None,
    ) -> list[str]:
        """Slugs of the best 1..max_themes rules; [] only when no term matched at all."""
        all_scores = self.scores(title, text, normalized=normalized, title_ends=title_ends, body_ends=body_ends)
        scored = sorted(
            ((score, index) for index, score in enumerate(all_scores) if score > 0),
            key=lambda pair: (-pair[0], pair[1]),
        )
        if not scored:
            return []
        best = scored[0][0]
        floor = max(min_score, best * RELATIVE_FLOOR)
        chosen = [index for score, index in scored[:max_themes] if score >= floor]
        if not chosen and self._in_passing(scored[0][1], title, text, normalized, title_ends, body_ends):
            return []
        return [self.rules[index].slug for index in chosen or [scored[0][1]]]


def _in_enumeration(text: str, term: str) -> bool:
    """Whether ``term``'s first place in ``text`` is one short item of a list, set off by a 、 on one side
    (激光切割、激光医疗，: 激光医疗; not 日本的6名海外专家与企业技术人员围绕…, a clause after a list)."""
    at = text.find(term)
    if at < 0:
        return False
    start = max(text.rfind(mark, 0, at) for mark in _CLAUSE_ENDS + "、") + 1
    ends = [end for mark in _CLAUSE_ENDS + "、" if (end := text.find(mark, at)) >= 0]
    end = min(ends, default=len(text))
    return end - start <= _LIST_ITEM_MAX and (text[start - 1 : start] == "、" or text[end : end + 1] == "、")


def _respects_words(start: int, end: int, word_ends: Collection[int]) -> bool:
    """False when the hit [start, end) begins inside a word and runs past its end: 人大 across
    机器人 / 大赛 or 个人 / 大. A term beginning where a word does (预防医学 across 预防 / 医学会)
    or inside one word (脱贫 in 脱贫攻坚) is the text's, unless it begins with a lone character and
    stops inside the next word: that character is the tail of a word the dictionary lacks (人大 in
    机械人 / 大赛, the 港澳 word for robot)."""
    if start == 0 or start in word_ends:
        lone_first = start + 1 in word_ends and end - start > 1
        return not lone_first or end in word_ends  # begins where a word does
    return not any(at in word_ends for at in range(start + 1, end))  # no word ends inside it


def _score(title_counts: dict[str, int], body_counts: dict[str, int], weights: dict[str, float]) -> float:
    score = 0.0
    for term, weight in weights.items():
        if term in title_counts or term in body_counts or weight == math.inf:  # else it adds exactly 0.0
            score += weight * (TITLE_WEIGHT * min(title_counts.get(term, 0), 1) + min(body_counts.get(term, 0), BODY_CAP))
    return score


@lru_cache(maxsize=8)
def matcher_for(rules: tuple[ThemeRule, ...]) -> ThemeMatcher:
    """A cached matcher for an immutable rule set."""
    return ThemeMatcher(rules)


def assign_themes(
    title: str,
    text: str,
    rules: Sequence[ThemeRule],
    *,
    max_themes: int = 3,
    min_score: float = 3.0,
    normalized: bool = False,
    title_ends: WordEnds | Sequence[int] | None = None,
    body_ends: WordEnds | Sequence[int] | None = None,
) -> list[str]:
    """Theme slugs for one item, best first (ties in rule order); the keywords: see ``ThemeMatcher.scores``."""
    return matcher_for(tuple(rules)).assign(
        title,
        text,
        max_themes=max_themes,
        min_score=min_score,
        normalized=normalized,
        title_ends=title_ends,
        body_ends=body_ends,
    )


def _rule(slug: str, name: str, terms: str) -> ThemeRule:
    return ThemeRule.from_text(slug, name, terms)


# The starting taxonomy (DOMAIN.md), loaded into the Theme table by a data migration.
DEFAULT_THEME_RULES: tuple[ThemeRule, ...] = (
    _rule("yiqing-fangkong", "疫情防控",
          # (bare 防控 and 消毒 also control a crop's pests and disinfect a pig farm: no epidemic without 疫情)
          "疫情防控*3, 新冠肺炎*2, 新冠*2, 疫情, 防疫*2, 抗疫*2, 战疫*2, 隔离, 口罩, 发热门诊*2, "
          # a network cut off, a people kept apart, a road's median: no quarantine
          "物理隔离*0, 种族隔离*0, 隔离带*0, "
          # the epidemics of the 2000s pages (非典型 alone is any "atypical")
          "非典*2, 非典型肺炎*2, 非典型*0, SARS*2, 甲流*2, 甲型H1N1*2"),
    _rule("fugong-fuchan", "复工复产",
          "复工复产*3, 复工*2, 复产*2, 返岗*2, 稳产满产*3, 满产, 开市"),  # (开工: any project starts, no return to work)
    _rule("tuopin-gongjian", "脱贫攻坚",
          "脱贫攻坚*3, 扶贫攻坚*3, 脱贫*2, 扶贫*2, 贫困户*2, 返贫*2, 致贫, 帮扶, 两不愁三保障*3, 建档立卡*2, "
          "消费扶贫*2, 督战, 定点帮扶*2, 全面小康*2"),
    _rule("xiangcun-zhenxing", "乡村振兴与农业",
          "乡村振兴*3, 农业, 农村, 农民, 农户, 春耕*2, 备耕*2, 农产品*2, 农资*2, 种植, 养殖, 农技*2, 合作社, "
          "科技小院, 施肥, 田间, 耕作, "  # (科技小院 is also one item of a 科协's list of work)
          # crops, pests and livestock, as a farm-advice piece names them
          "病虫害*2, 虫害*2, 病害, 农药*2, 品种, 果农*2, 果园, 作物, 水稻*2, 玉米*2, 小麦*2, 柑橘*2, "
          "生猪*2, 畜牧, 兽医*2, 猪瘟*2, 农艺师*2, 栽培*2, 育苗*2, 苗木, "
          # a short brief on a village's crop names the crop, no farming word
          "茶叶, 茶园, 茶农, 花椒, 蔬菜, 中药材, "
          # the land farmed: its soil, its fields kept for grain
          "耕地*2, 高标准农田*2, 粮食安全*2"),
    _rule("kexue-puji", "科学普及",
          "科学普及*3, 科普*2, 科学传播*2, 科学素质*2, 科学家, 科技馆*2, 科普基地*2, 应急科普*2, 科技志愿, 夏令营, "
          # a museum shows science to the public: its halls, exhibits, specimens and guides (supporting
          # words: alone, a travel piece's 博物馆 makes no theme)
          "博物馆*0.5, 自然博物馆*2, 展厅*0.5, 展品*0.5, 展柜*0.5, 导览*0.5, 标本*0.5, 化石*0.5, "
          "青少年科技创新*2, 科技创新大赛*2, 科技活动周*2, 科学教育*2, 科学课*2, 科技辅导员*2, 自然教育*2, 研学, "
          "科技史*2, 科学史*2, "  # 科技史话, 科技史上的今天: the history of science told
          # the youth contests, camps and school festivals of science
          "青少年科技*2, 科技教育*2, 机器人竞赛*2, 机器人大赛*2, 航模*2, 航空航天模型*2, 科技节*2, 科学营*2, "
          "机械人竞赛*2, 机械人大赛*2, "  # 机械人: the 港澳台 word for robot
          "英才计划*2, 信息学奥林匹克*2, "
          # the pupils' coding and robot contests and classes (创意编程大赛, VEX工程挑战赛, RoboMaster机甲大师赛);
          # bare 编程 and 挑战赛 are a job's skill and any sport's race
          "编程大赛*2, 编程比赛*2, 创意编程*2, 青少年编程*2, 编程教育*2, 人工智能教育*2, 工程挑战赛*2, 机甲大师*2, "
          "robomaster*2, "
          # a 辟谣 piece sets a rumour right with science (谣言粉碎机, 网传：… 专家：…)
          "辟谣*2, 谣言, 流言, 网传, "
          # a safety explainer (防溺水“六不准”, 防汛避险指南) teaches the public what to do, as 应急科普 does
          # (避险 alone is no explainer: 组织群众转移避险 is a flood's news)
          "防溺水*2, 避险指南*2, 避险知识*2, 自救知识*2, "
          # a 科协's department (市科协科学普及部副部长) names where a person works, no science told
          "科学普及部*0, 科普部*0"),
    _rule("chengyu-shuangcheng", "成渝地区双城经济圈",
          # (巴蜀 alone names the land and its culture, 巴蜀文化, “巴蜀古生物” 展厅: no policy of the two; the
          # circle's named projects still are, 巴蜀文化旅游走廊 of its 规划纲要)
          "成渝地区双城经济圈*3, 双城经济圈*3, 成渝*2, 川渝*2, 双城记*2, 经济圈, 巴蜀文化旅游走廊*2"),
    _rule("chanxueyan-fuwu-qiye", "产学研合作与服务企业",
          "产学研*3, 服务企业*3, 精准对接*2, 企业, 高校专家*2, 科技成果转化*2, 成果转化*2, 技术难题*2, "
          "创新驱动*2, 院士(专家)工作站*2, 院士专家工作站*2, 企业创新*2, 天府科技云*2, "
          "校地合作*2, 校企合作*2, "
          # a lab or centre built with a place or a company, its contracts and patents put to use
          "联合实验室*2, 联合研究中心*2, 横向合同*2, 技术转移*2, 专利转化*2, 转化专利*2, 联合培养, "
          # the measure of a transfer: the contracts registered and their turnover (技术合同成交额, 技术交易额)
          "技术合同*2, 技术交易*2"),
    _rule("dangjian-xuexi", "党建与学习",
          "党建*2, 学习强国*3, 党组, 党支部, 党员, 主题党课*2, 党课*2, 理论学习*2, 支部, 党委, 干部职工, "
          "学习贯彻*2, 全会精神*2, 中心组学习*2, 主题教育*2, "
          "老干部, "  # 老干部工作, the care of retired cadres, is the party's organization departments' work
          # a 科协 head's office (市科协党组书记、常务副主席王合清) names who speaks, no party work
          "党组书记*0, 党组副书记*0, 党组成员*0, 党委书记*0, 党委副书记*0, 党委委员*0, "
          # an obituary's formula for the dead (中国共产党优秀党员、…王守成同志) tells a life, no party work
          "中国共产党优秀党员*0"),
    _rule("keji-jinrong", "科技金融",
          "科技金融*3, 普惠金融*3, 金融*2, 贷款*2, 小额贷款*2, 融资*2, 信贷*2, 银行, 供应链金融*2"),
    _rule("xuehui-zuzhi-jianshe", "学会与组织建设",
          "学会*2, 协会, 研究会*2, 科技社团*2, 组织建设*2, 基层科协*2, 理事会*2, 会员, 换届*2, 脱钩改革*2, "
          "商会, 联合会, 会员单位, "
          # a 科协's own congress and plenary meetings (not the people's congress, 人民代表大会, nor a country, 会员国)
          "代表大会*2, 全委会*2, 全委会议*2, 全委扩大会议*2, 全体委员会议*2, 科协工作会议*2, 选举产生, "
          "人民代表大会*0, 会员国*0, "
          # 学会 the verb: 茶农学会“看天管茶”, 学会了, 学会如何 (learning, no society)
          "学会“*0, 学会了*0, 学会如何*0, "
          # a 科协's department (市科协学会学术部部长) names where a person works, no society's affairs
          "学会学术部*0, 学会部*0"),
    _rule("renda-daibiao-lvzhi", "人大代表履职",
          "人大代表*3, 人大常委会*2, 代表履职*3, 履职*2, 人大, 选民*2, 代表小组*2, 代表工作*2, "
          # a leader's office (县委书记、县人大常委会主任何勇) names who attends, no deputy's work
          "人大常委会主任*0, 人大常委会副主任*0, 人大常委会党组书记*0"),
    _rule("weisheng-jiankang", "卫生健康",
          "医院, 医生, 医务, 卫生, 健康, 疾控*2, 预防医学*2, 免疫规划*2, 预防接种*2, 流脑*2, 传染病*2, "
          "主任医师, 诊治, 医疗, 养生*2, 营养*2, 膳食*2, 中暑*2, 感冒, 疾病, 就医*2, 患者, 症状, 过敏*2, "
          "医师*2, 医学, 临床*2, 诊疗*2, 慢性病*2, 急救, 急诊, 护理, "
          # a disease's and a treatment's own words, where no doctor or hospital is named
          "传染, 病毒, 细菌, 治疗, 药物, 用药*2, 抗生素*2, 血压*2, 血糖*2, 血脂*2, 流感*2, 疫苗, "
          # a budget's functional classes (卫生健康（类）支出, 行政事业单位医疗（项）) are in every body's 预算/决算
          "卫生健康(类)*0, 卫生健康支出*0, 卫生健康类*0, 行政事业单位医疗*0, 医疗保障(类)*0, "
          "身体健康*0, 卫生间*0, "  # 祝大家身体健康: a greeting, no health story; a 卫生间 refitted, none either
          "土壤健康*0, 耕地健康*0, 植物健康*0, 生态健康*0, "  # the health of soil, crops, land: no one's
          # a flu or a vaccine of farm animals (鸡鸭接种禽流感疫苗): a farm's work, no one's health
          "禽流感*0, 猪流感*0, 禽流感疫苗*0, 动物疫苗*0, 兽用疫苗*0"),
)
