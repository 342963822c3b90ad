"""Segmenter: one tokenization for index, queries, keywords and themes."""

import time
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.textpipeline.segment import Segmenter, normalize

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seg():
    return Segmenter(["亚特蓝电器", "德阳市科协"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("成渝地区双城经济圈", {"成渝地区双城经济圈", "双城经济圈", "经济圈", "成渝"}),
        ("学习强国平台", {"学习强国"}),
        ("天府科技云服务", {"天府科技云", "科技"}),
        ("科技小院建设", {"科技小院"}),
        ("德阳市科协党组", {"德阳市科协", "德阳市", "科协"}),
        ("重庆市亚特蓝电器有限责任公司", {"亚特蓝电器"}),
        ("区科协联合区卫健委在春晖路街道开展义诊", {"卫健委"}),  # not 区卫 / 健委在
        ("将以赛促学，激发青少年热情", {"以赛促学"}),
        ("2023年全国科普日暨科技活动周启动", {"全国科普日", "科技活动周"}),
    ],
)
def test_tokens_include_project_words_and_sub_words(seg, text, expected):
    """Project and user words stay whole and their sub-words are indexed too."""
    assert expected <= set(seg.tokens(text))


def test_user_words_come_from_the_caller():
    """A name an editor adds segments as one word only when passed in."""
    assert "亚特蓝电器" not in Segmenter().analyze("亚特蓝电器公司").words
    assert "亚特蓝电器" in Segmenter(["亚特蓝电器"]).analyze("亚特蓝电器公司").words


@pytest.mark.parametrize(
    "variant, plain",
    [
        ("資陽市科學技術協會", "资阳市科学技术协会"),
        ("２０２０年７月", "2020年7月"),
        ("ＩＦＣ，World Bank！", "ifc,world bank!"),
        ("脫貧攻堅　復工復產", "脱贫攻坚 复工复产"),
    ],
)
def test_normalization_traditional_fullwidth_latin(seg, variant, plain):
    """Traditional, full-width and upper-case forms index like their plain forms."""
    assert normalize(variant) == normalize(plain)
    assert seg.tokens(variant) == seg.tokens(plain)


def test_punctuation_and_space_dropped_latin_lowercased(seg):
    tokens = seg.tokens("世界银行集团(World Bank Group)，“学习强国”！ 2020年")
    assert "world" in tokens and "bank" in tokens
    assert not any(t.strip(" ,.!?()“”，！") == "" for t in tokens)
    assert "World" not in tokens


def test_query_tokens_are_found_in_the_index(seg):
    """Every query token of a phrase from a text is among the text's index tokens."""
    text = (SEEDS / "004_feb7e2b1474b1bef.txt").read_text(encoding="utf-8")
    index = set(seg.tokens(text))
    for query in ("成渝地区双城经济圈", "双城经济圈", "科技小院", "川渝科协", "资阳市科协", "天府科技云"):
        q = seg.query_tokens(query)
        assert q and set(q) <= index, query
    assert seg.query_tokens("科技 科技 小院") == ["科技", "小院"]


def test_search_text_is_space_joined_tokens(seg):
    text = "重庆小雨点荣获普惠金融领域奖项"
    assert seg.search_text(text) == " ".join(seg.tokens(text))
    assert "普惠金融" in seg.search_text(text).split()


def test_jieba_backend_gives_the_same_chinese_words():
    """Both backends share jieba's dictionary: same words on Chinese prose."""
    text = "青白江区科协迅速发出响应令，积极助力复工复产、满产稳产。"
    fast, slow = Segmenter(backend=None), Segmenter(backend="jieba")
    assert fast.analyze(text).words == slow.analyze(text).words


def test_tokens_at_least_as_fast_as_jieba_lcut(seg):
    """The import must not be slower than single-core jieba.lcut on the same text."""
    if seg.backend != "rjieba":
        pytest.skip("rjieba not installed: the jieba fallback is about as fast as lcut")
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))) * 5
    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    jieba.lcut(text)
    lcut = time.perf_counter() - start
    start = time.perf_counter()
    seg.tokens(text)
    ours = time.perf_counter() - start
    assert ours < lcut


def test_fast_nfkc_equals_unicodedata():
    """nfkc() takes a shortcut for full-width forms; the result is always unicodedata's."""
    import unicodedata

    from articles.textpipeline.segment import nfkc

    samples = [chr(code) for code in range(0x10000)]
    samples += ["２０２０年７月，ＩＦＣ：“测试”……", "e\u0301，ｅ\u0301", "\u1100\u1161，", "ﾊﾟｰ，㍻", "…\u0308，"]
    for text in samples:
        assert nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)


@pytest.mark.parametrize(
    ("text", "names", "word", "pieces"),
    [
        ("走进西南大学调研。", {"西南大学"}, "西南大学", ["西南", "大学"]),
        ("万州区龙沙镇科协成立。", {"万州区龙沙镇科协"}, "万州区龙沙镇科协", ["万州区", "龙沙", "科协"]),
    ],
)
def test_a_name_found_in_the_text_is_one_word_and_one_token_beside_its_pieces(seg, text, names, word, pieces):
    """A body's name the dictionary does not hold yet (the import is about to add it to the tables, from
    which a query is cut): one word for keywords, one index token, and its pieces still tokens (龙沙镇
    is cut 龙沙 + 镇 in a query); the word bounds stay the dictionary's."""
    plain = seg.analyze(text)
    found = seg.analyze(text, names=names)
    assert word not in plain.words and word in found.words
    assert word in found.tokens and all(piece in found.tokens for piece in pieces)
    assert found.cut == plain.cut
    assert seg.analyze(text, names={"南大学调"}).words == plain.words  # no name spelled by whole pieces
    assert seg.analyze("走进西南，看大学。", names=names).words == seg.analyze("走进西南，看大学。").words


@pytest.mark.parametrize(
    ("text", "names", "word", "glued"),
    [
        ("会上，渝北区科协、万州区科协作交流发言。", {"万州区科协"}, "万州区科协", "协作"),  # 万州区科协 作交流发言
        ("彭州市科协联合市农业农村局在丽春镇开展科技下乡活动。", {"市农业农村局"}, "市农业农村局", "局在丽春镇"),
        ("渝北区科协从市科协获悉。", {"市科协"}, "市科协", "从市"),  # the name's start inside the piece before it
    ],
)
def test_a_word_the_dictionary_glued_across_a_names_edge_is_cut_there(seg, text, names, word, glued):
    """万州区科协作交流发言 cut 万州区 / 科 / 协作 with 万州区科协 found in the text: the name is one word and 协作
    (nobody cooperated) none; the word bounds stay the dictionary's."""
    plain = seg.analyze(text)
    found = seg.analyze(text, names=names)
    assert glued in plain.words and glued not in found.words
    assert word in found.words and found.cut == plain.cut


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("合并浪潮正改变着世界银行业的格局。", {"世界银行"}, "银行业"),  # a noun made on the name's last word
        ("达州市预防医学会换届。", {"市预防医学会"}, "达州市"),  # a place before a short name with its level
    ],
)
def test_a_word_across_a_names_edge_that_makes_another_word_stays(seg, text, names, kept):
    """世界银行业 is the world's banking, not 世界银行; 达州市 of 达州市预防医学会 stays the place."""
    assert kept in seg.analyze(text).words and kept in seg.analyze(text, names=names).words


def test_every_join_a_query_looks_up_is_in_the_index_of_a_text_printing_it(seg):
    """The runs round a lone character are stated once (``runs_round``): the join a query is cut into
    is among the index tokens of each seed text that prints the query, cut the same way."""
    from articles.textpipeline.segment_joins import joinable, runs_round

    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        analyzed = seg.analyze(text)
        index = set(analyzed.tokens)
        lengths = list(map(len, analyzed.cut))
        ok = list(map(joinable, analyzed.cut))
        for at in range(len(analyzed.cut)):
            if lengths[at] == 1 and ok[at]:
                for start, end in runs_round(at, lengths, ok):
                    assert "".join(analyzed.cut[start:end]) in index, path.name


@pytest.mark.parametrize(
    ("text", "inside", "not_inside"),
    [
        ("记者王琳琳报道", {"王琳琳"}, {"王琳", "琳琳"}),  # a person's name: 王琳 is someone else
        ("在荣隆镇举行", {"荣隆镇", "荣隆"}, set()),  # a town, whose name a reader types without 镇
        ("新冠肺炎疫情", {"新冠", "冠肺"}, set()),  # a word of the dictionary
    ],
)
def test_two_characters_inside_a_persons_name_are_no_token(seg, text, inside, not_inside):
    """A name the segmenter guessed (a surname and a given name, no dictionary word) is a token whole,
    not its two characters in a row; a place's or a dictionary word's are still tokens."""
    tokens = set(seg.tokens(text))
    assert inside <= tokens and not tokens & not_inside


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("近年来，以大模型为代表的人工智能", "大模型"),  # 以大 + 模型
        ("近年来，以大模型为代表的人工智能", "以大模型为代表"),
        ("我们可以大模型为代表", "以大模型为代表"),  # 可以 + 大 + 模型
        ("是以大模型为代表", "以大模型为代表"),
        ("疫情发生以来", "发生以来"),
        ("川渝两地科协", "川渝"),
    ],
)
def test_a_query_printed_in_a_text_is_found_whatever_word_a_particle_joins(seg, text, query):
    """The query's tokens are among the index tokens of a text that prints it, wherever the dictionary
    joins a particle at the query's end (以大 or 可以)."""
    assert set(seg.query_tokens(query)) <= set(seg.tokens(text))


_PIECES = ["川", "渝", "大", "新", "模型", "两地", "科协", "以大", "作为", "之家", "的", "在", "为", "以", "ai", "5", "18", "月", "，", "大足", "中国科协", "2024"]


def _runs_by_definition(cut: list[str]) -> list[str]:
    """Every run ``runs_round`` gives round each lone character, joined at its first lone character."""
    from articles.textpipeline.segment_joins import joinable, runs_round

    lengths, ok = list(map(len, cut)), list(map(joinable, cut))
    return [
        "".join(cut[start:end])
        for at in range(len(cut))
        if lengths[at] == 1 and ok[at]
        for start, end in runs_round(at, lengths, ok)
        if 1 not in lengths[start:at]
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_the_joins_spelled_out_are_the_runs_round_every_lone_character(seg, cut):
    """``_runs_joined`` spells the runs out for speed, and the pass over the cut with the particles apart
    looks only near them: the joins are still every run of the cut, then every other run of the cut with
    the particles apart (no level of a region among the pieces: no level joins)."""
    from articles.textpipeline.segment_joins import particle_pair

    runs = _runs_by_definition(cut)
    apart = [part for piece in cut for part in (list(piece) if particle_pair(piece) else [piece])]
    runs += [run for run in _runs_by_definition(apart) if run not in set(runs)]
    assert seg._joins(cut) == runs
