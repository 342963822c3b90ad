"""Navigation and decoration: a site's menus, breadcrumbs, pagers and share bars, the headings over lists
of other posts (往期推荐, 相关新闻, a digest's or a bulletin's contents), teasers pointing to other pages, page
numbers, and the rules, ornaments and scan noise between parts of a page.

None of these lines is a story's; ``meta_line_kind`` calls them 'navigation' or 'decoration'.
"""

from __future__ import annotations

import re
import unicodedata

from .lines import fold

# 【字体：大 中 小】, 【字号 大 中 小】; 华龙网's 字号：T|T (a small and a large T), others' A+ A-
_FONT_SIZE = re.compile(r"^[【\[]?\s*字[体号]\s*[:：]?\s*(?:[大中小\s]+|[TA][+\-－]?(?:\s*[|｜]?\s*[TA][+\-－]?)*)[】\]]?$")
LETTERED_PAGE = re.compile(r"^[A-H]\d{1,2}$")
# 第 1 页 共 2 页, 第 8 页, P8: a PDF's page footer (8/12 alone may be a ratio or a score a sentence prints)
PDF_PAGE_NUMBER = re.compile(r"^(?:第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|[Pp]\.?\s?\d{1,3})$")
# 共4条  第1页/共1页, 首页 上一页 1 2 3 下一页 尾页: a list page's pager
_PAGER = re.compile(r"^(?:共\s*\d+\s*条|第\s*\d+\s*页\s*/\s*共\s*\d+\s*页|首页|尾页|上一页|下一页|末页|\d{1,3}|[\s|｜])+$")
# 首页 > 新闻中心 > 区县动态, 当前位置：首页 > …; a site may print its name before it (资阳科协网　首页 > 工作动态)
BREADCRUMB = re.compile(
    r"^(?:([\u4e00-\u9fffA-Za-z]{2,12})\s+)?(?:(?:当前|您的|您现在的)?位置\s*[:：]\s*)?(?:首页|网站首页|主页)\s*[>›»/＞]"
)
# 四川频道 >> 正文, 新闻中心 > 区县动态: short names chained by arrows.
_ARROW_TRAIL = re.compile(r"^[^\s\d>›»＞]{1,12}(?:\s*(?:>>|[>›»＞])\s*[^\s\d>›»＞]{1,12})+$")
_BRACKETED_NAV = re.compile(r"^(?:\s*[【\[]([^【】\[\]]{1,10})[】\]])+\s*")
# 首页 | 机构概况 | 新闻中心 | 学会工作 | 科学普及: a site's menu bar, its sections between bars
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_FOOTER_LINKS = frozenset(["网站地图", "联系我们", "关于我们", "法律声明", "网站声明", "隐私政策", "版权声明", "帮助中心", "手机版"])
# Headings over a list of other posts' titles (WeChat, web pages): the list is navigation too.
# What a WeChat post prints under everything, its list of other posts included: 阅读原文, 阅读 2345,
# 分享 收藏 在看 点赞. After it, a list of recommended titles has ended.
_POST_END = re.compile(r"^(?:阅读原文|阅读\s*\d|.{0,12}(?:在看|点赞))")


def closes_a_post(text: str) -> bool:
    """阅读原文, 阅读 2345, 分享 收藏 在看 点赞: the last lines a WeChat post prints."""
    return bool(_POST_END.match(text.strip()))


# 点赞 36, 赞(8), 👍 58: the likes under one reader's comment, which a comment list goes on after
_COMMENT_LIKES = re.compile(r"^(?:点赞|赞|👍)\s*[(（]?\s*\d+(?:\.\d+)?[万wW]?\s*[)）]?$")


def is_comment_likes(text: str) -> bool:
    """点赞 36 under a reader's comment: the comment's count, not the post's closing bar."""
    return bool(_COMMENT_LIKES.match(text.strip()))


def is_comment_heading(text: str) -> bool:
    """网友评论, 热门评论（2）, 精选留言: the heading over readers' comments, signed and perhaps liked."""
    heading = _heading_words(text)
    return heading in _COMMENT_HEADINGS or (counted_heading(heading) and _COUNTED.sub("", heading) in _COMMENT_HEADINGS)


def is_breadcrumb(text: str) -> bool:
    """首页 > 通知公告, 当前位置：首页 > 新闻中心: where a web page stands in its site."""
    return bool(BREADCRUMB.match(fold(text)))


# A front page's digest box over its teasers, whose heading a story may also print over its own prose
_DIGEST_HEADINGS = frozenset(["要闻提要", "本期提要", "今日提要", "今日看点", "本期看点", "要闻速览"])
_CONTENTS_HEADINGS = ("要目", "本期要目", "本期要览", "目录", "本期目录")
_COMMENT_HEADINGS = frozenset(
    # a web page's readers' comments under the story, each signed and dated like a site's line
    ["网友评论", "读者评论", "用户评论", "最新评论", "热门评论", "精彩评论", "全部评论", "相关评论",
     # …and a WeChat post's, its readers' messages (留言) under the post
     "读者留言", "网友留言", "精选留言", "留言精选", "精彩留言", "热门留言", "留言区", "写留言"]
)
RECOMMENDATION_HEADINGS = frozenset(
    ["往期推荐", "往期回顾", "往期精彩", "精彩回顾", "精彩推荐", "热文推荐", "近期热文", "猜你喜欢", "更多精彩",
     "推荐阅读", "推荐资讯", "相关阅读", "相关新闻", "热门推荐", "延伸阅读", "相关链接", "相关文章",
     # a news app's or portal's (川观, 封面, 百家号) list under the story
     "热点推荐", "热点新闻", "热门文章", "推荐新闻", "最新文章", "作者最新文章",
     # a video platform's (今日头条, B站, 视频号) list under the player
     "相关推荐", "相关视频", "为你推荐", "更多视频",
     # a site's box of its sections
     "栏目导航", "网站导航", "频道导航",
     # a paper's front-page box of the stories inside
     "导读", "本期导读", "今日导读", "要闻导读", "本版导读", "内容导读", "版面导读",
     # …and an e-paper's list of the stories on the page shown (方正-style 数字报)
     "本版新闻", "标题导航", "本版标题导航", "版面导航",
     *_DIGEST_HEADINGS,
     # …and a bulletin's (简报, 工作通讯) contents box over its items' titles
     *_CONTENTS_HEADINGS,
     *_COMMENT_HEADINGS]
)


def _closed_up(text: str) -> str:
    """目  录 → 目录: a heading a magazine letter-spaces, one character apart; other text as it is."""
    parts = text.split()
    return "".join(parts) if len(parts) > 1 and all(len(part) == 1 for part in parts) else text


def _heading_words(text: str) -> str:
    """The words of a list's heading out of its ornaments, brackets and colon, closed up if letter-spaced."""
    return _closed_up(strip_decoration(fold(text).strip()).strip("【】[] :："))


def is_contents_heading(text: str) -> bool:
    """本期要目, 目录, 目  录: a bulletin's contents heading (only over its first item; inside a story, the story's)."""
    return _heading_words(text) in _CONTENTS_HEADINGS


def is_digest_heading(text: str) -> bool:
    """今日看点, 【要闻速览】: a digest box's heading, or a story's sub-heading over its prose."""
    return _heading_words(text) in _DIGEST_HEADINGS


def opens_recommendations(text: str) -> bool:
    """往期推荐, 【推荐阅读】, 🌟往期回顾🌟, ▼ 相关新闻 ▼, 相关链接：, 导  读: a heading over a list of other
    posts' titles, in whatever brackets, ornaments or colon the post dresses it."""
    heading = _heading_words(text)
    return heading in RECOMMENDATION_HEADINGS or counted_heading(heading)


def counted_heading(text: str) -> bool:
    """网友评论（2）, 精选留言 12条: a list's heading with the count of what it lists."""
    if not text.rstrip("\n").endswith((")", "）", "条")):
        return False  # (no count ends it: the pattern's search would try every character)
    return bool(_COUNTED.search(text)) and _COUNTED.sub("", text) in RECOMMENDATION_HEADINGS


# the count after a list's heading: 网友评论（2）, 精选留言 12条
_COUNTED = re.compile(r"\s*(?:[（(]\s*\d{1,5}\s*条?\s*[)）]|\d{1,5}\s*条)$")


# 科技助农忙秋收 ▶2版, 院士专家进万州（见第3版）: a teaser pointing to a story on another page; or its
# 见 first (详见第5版 冬季慢病管理指南). A headline's words, no sentence: …500万人次。详见第5版 closes a
# teaser's text, which stays with its headline.
PAGE_TEASER = re.compile(
    r"^[^\s。！？；!?;][^。！？；!?;]{1,40}?\s*(?:[▶►→>＞]+\s*|[（(]\s*(?:详)?见?\s*|(?:详)?见\s*)"
    r"第?\s*[\d一二三四五六七八九十]{1,2}\s*版\s*[）)]?$"
    r"|^(?:详)?见\s*第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,2}\s*版\s*[:：]?\s*[^\s\d].{1,40}$"
)
# ▶详见第5版, （见第3版）: a pointer alone on its line, under a teaser's headline (or its text)
_BARE_PAGE_POINTER = re.compile(
    r"^(?:[▶►→>＞]+\s*(?:详见|转见|见)?|[（(]\s*(?:详见|转见|见)|详见|转见)\s*第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,2}\s*版\s*[）)]?$"
)


def is_page_pointer(text: str) -> bool:
    """▶详见第5版, （见第3版）: only the pointer to the page a teaser's story is printed on."""
    return bool(_BARE_PAGE_POINTER.match(fold(text).strip()))


# 02版 自贡：灯会里的科技范儿, A4 巴中：科普大篷车进村入户: a teaser with its page first, which reads as a
# page's head (第3版 区县传真) but under a digest's heading (本期导读)
_PAGE_FIRST_TEASER = re.compile(r"^(?:第?\s*[A-Za-z]?\d{1,2}\s*版|[A-Za-z]\d{1,2}(?=\s))\s*[:：|｜丨]?\s*[^\s\d].{1,40}$")

# 【第01版】要闻, 【A3版】区县传真: an e-paper's list of its pages, each a link to a page, the number bracketed
PAGE_LIST_ENTRY = re.compile(r"^[【\[]\s*第?\s*[A-Za-z]?\d{1,2}\s*版\s*[】\]]\s*[:：]?\s*[\u4e00-\u9fff·]{2,10}$")


def is_page_first_teaser(text: str) -> bool:
    """02版 自贡：灯会里的科技范儿, A4 巴中：科普大篷车进村入户: a digest's line, the page it points to first."""
    return bool(_PAGE_FIRST_TEASER.match(fold(text)))


NAVIGATION = frozenset(
    [
        "时政",
        "推荐资讯",
        "推荐阅读",
        "相关阅读",
        "相关新闻",
        "热门推荐",
        "热点",
        "首页",
        "返回",
        "返回顶部",
        "返回首页",
        "分享",
        "分享到",
        "打印",
        "打印本页",
        "打印此页",
        "打印此文",
        "打印文章",
        "关闭",
        "关闭窗口",
        "关闭本页",
        "上一篇",
        "下一篇",
        "点击排行",
        "更多",
        "阅读原文",
        "扫一扫",
        "收藏",
        "点赞",
        # …stacked one a line as a post's closing call: 点分享 / 点收藏 / 点点赞 / 点在看
        "点分享",
        "点收藏",
        "点点赞",
        "在看",
        "END",
        "End",
        "end",
        "完",
        # WeChat's page furniture, copied with the post
        "原创",
        "转发",
        "留言",
        "写留言",
        "精选留言",
        "赞",
        "喜欢",
        "关注",
        "阅读",
        "评论",
        "我要评论",
        "发表评论",
        "微信扫一扫",
        "关注该公众号",
        "继续滑动看下一个",
        "向上滑动看下一个",
        "轻触阅读原文",
        "预览时标签不可点",
        "知道了",
        "手机版",
        # a video's counters, under its player: 播放量 1.2万  点赞 856  评论 32, 弹幕 12  投币 30
        "播放",
        "播放量",
        "弹幕",
        "投币",
        "视频号",  # the platform under a video's account name: 重庆科协 / 视频号
        "举报",  # a platform's button under the post: 举报, then 相关推荐
        "举报/反馈",  # 百家号's, and its comment box's buttons
        "发表",
        "换一换",
        "查看原图",  # a picture viewer's buttons
        "查看大图",
        "收起全文",
        "展开全文",
        *RECOMMENDATION_HEADINGS,
    ]
)
# A line of furniture words, some with their counts: 分享 收藏 在看 点赞 / 阅读 2345 / 赞 12  在看 3.
_COUNT = re.compile(r"^\d+(?:\.\d+)?[万wW千kK]?\+?$")

DECORATION = frozenset("-—–－=＝~～*＊_·•▼▽▲△◆◇■□●○★☆♦❤→←↓↑ \u3000")  # not 。 or …: sentences end so


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum() says of a character, in one search


def is_garbage_line(text: str) -> bool:
    """▓▒░■□▲△◆◇ ~~ ##@@ ‖‖ ┃┃, ~~~~####^^^^****: a line of mixed symbols with no character, letter or
    digit, noise a scan or a broken copy left; not a rule of one or two marks (————, ★★★, ◆ ◆ ◆), nor a
    row of emoji a post is decorated with."""
    if _LETTER_OR_DIGIT.search(text):
        return False  # the cheap test first: a character, a letter or a digit (most lines)
    marks = "".join(fold(text).split())
    if len(marks) < 6 or len(set(marks)) < 3 or all(mark in DECORATION for mark in marks):
        return False
    return not any(
        mark.isalnum() or unicodedata.category(mark).startswith("L") or 0x2600 <= ord(mark) <= 0x27BF or ord(mark) >= 0x1F000
        for mark in marks
    )


def is_symbol(char: str) -> bool:
    """Emoji and other pictographs (👇, ✅); CJK characters, letters and digits are never symbols."""
    return not ("\u4e00" <= char <= "\u9fff") and (
        unicodedata.category(char) in ("So", "Sk", "Cs") or 0x1F000 <= ord(char) <= 0x1FAFF
    )


def strip_decoration(text: str) -> str:
    """The words inside a line's ornaments: ·END· → END, 👇扫码关注我们👇 → 扫码关注我们."""
    start, end = 0, len(text)
    while start < end and (text[start] in DECORATION or is_symbol(text[start])):
        start += 1
    while end > start and (text[end - 1] in DECORATION or is_symbol(text[end - 1])):
        end -= 1
    return text[start:end]


# A web page's share bar: 分享到：微信 微博 QQ空间
_SHARE_BAR = re.compile(
    r"^分享(?:到)?\s*[:：]?\s*(?:(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|人人网|复制链接|更多)[\s,，、|｜]*)+$"
)


# 还没有评论，快来抢沙发吧！, 学习强国's 暂无观点: a comment box with no comment in it yet
_EMPTY_COMMENT_BOX = re.compile(r"^(?:还没有|暂无|暂时没有)(?:评论|留言|观点)[，,！!。]?(?:快来抢沙发吧?[！!]?)?$|^快来抢沙发吧?[！!]?$")


def is_empty_comment_box(text: str) -> bool:
    """还没有评论，快来抢沙发吧！, 暂无观点: what an app prints where no reader has commented yet."""
    return bool(_EMPTY_COMMENT_BOX.match(text.strip()))


# An app's comment bar: 0条评论, 评论(3), 登录后发表评论, 写评论..., 我来说两句
_COMMENT_BAR = re.compile(
    r"^\d{1,6}\s*条评论$|^评论\s*[(（]\s*\d{1,6}\s*[)）]$"
    r"|^(?:请)?登录后?(?:即可)?(?:发表|参与)?评论[.。…]*$|^(?:写评论|我来说两句|说点什么吧?|发表评论)[.。…]*$"
)


def is_comment_bar(text: str) -> bool:
    """0条评论, 评论(3), 写评论...: the comment bar an app floats over its story, copied wherever it stood."""
    return bool(_COMMENT_BAR.match(text.strip()))


# A news app's furniture in the copied story: its prompts to download or open the app (下载新重庆客户端，
# 查看更多精彩内容; 5G新闻 打开封面新闻APP; 打开APP阅读全文), an empty comment box (还没有评论，快来抢沙发吧！,
# 学习强国's 暂无观点) and its character counter (0/2000), a read count with a colon (阅读量：3.6万), and the
# account's ID line (ID：jrtt)
_APP_FURNITURE = re.compile(
    r"^(?:\S{1,6}\s+)?(?:扫码|扫描二维码)?(?:下载|打开)\S{0,10}(?:APP|App|app|客户端)[，,\s]*(?:(?:查看|阅读)(?:更多)?(?:精彩)?(?:内容|全文|资讯|新闻)?)?[！!。]?$"
    r"|^(?:阅读全文|查看全文)$"
    rf"|{_EMPTY_COMMENT_BOX.pattern}"
    rf"|{_COMMENT_BAR.pattern}"
    r"|^\d{1,4}\s*/\s*\d{3,4}$"
    r"|^(?:阅读量?|浏览量?|播放量?)\s*[:：]\s*\d+(?:\.\d+)?[万wW千kK]?\+?$"
    r"|^ID\s*[:：]\s*[A-Za-z][A-Za-z0-9_-]{1,30}$"
)
# 微信 微博 QQ空间 on its own line, under 分享到：: the share bar's platforms, two or more
_SHARE_PLATFORMS = re.compile(r"^(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|人人网|复制链接)(?:[\s,，、|｜]+(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|人人网|复制链接))+$")


def short_navigation(text: str) -> bool:
    """分享到：, 目  录, 【打印本页】 【关闭窗口】, 分享 收藏 在看 点赞, 【字体：大 中 小】, 四川频道 >> 正文,
    分享到：微信 微博 QQ空间, 打开APP阅读全文, 还没有评论，快来抢沙发吧！."""
    return (
        text.rstrip(":：") in NAVIGATION  # 分享到：
        or _closed_up(text) in _CONTENTS_HEADINGS  # 目  录 (关 注, 热 点 are column heads papers letter-space)
        or (text.startswith("分享") and bool(_SHARE_BAR.match(text)))
        or bool(_SHARE_PLATFORMS.match(text))
        or bool(_APP_FURNITURE.match(text))
        or _bracketed_navigation(text)
        or (any(char.isspace() for char in text) and _navigation_words(text))  # 打印本页　关闭窗口
        or bool(_FONT_SIZE.match(text))
        or _font_bar_with_navigation(text)
        or (("页" in text or "条" in text) and bool(_PAGER.match(text)))
        or (any(arrow in text for arrow in ">›»＞") and bool(_ARROW_TRAIL.match(text)))
    )


def _navigation_words(text: str) -> bool:
    """分享 收藏 在看 点赞, 阅读 2345, 赞 12  在看 3: only furniture words, each optionally with its count."""
    tokens = text.split()
    if len(tokens) < 2:
        return False
    previous_was_word = False
    for token in tokens:
        if token in NAVIGATION:
            previous_was_word = True
        elif previous_was_word and _COUNT.match(token):
            previous_was_word = False
        else:
            return False
    return True


def _bracketed_navigation(text: str) -> bool:
    """【打印本页】 【关闭窗口】, 【打印本页】　【关闭窗口】　分享到：: a line of bracketed navigation words, the
    last of them perhaps bare."""
    bracketed = _BRACKETED_NAV.match(text)
    if not bracketed:
        return False
    words = re.findall(r"[【\[]([^【】\[\]]+)[】\]]", bracketed.group())
    bare_words = text[bracketed.end() :].split()
    return all(word.strip() in NAVIGATION or _FONT_SIZE.match(word) for word in words) and all(
        word.rstrip(":：") in NAVIGATION for word in bare_words
    )  # 【字体：大 中 小】【打印】


_FONT_BAR = re.compile(r"[【\[]\s*字[体号]\s*[:：]?\s*[大中小\s]+[】\]]")


def _font_bar_with_navigation(text: str) -> bool:
    """【字体：大 中 小】  打印本页  关闭窗口: a font-size bar beside navigation words, bracketed or bare."""
    rest = _FONT_BAR.sub(" ", text)
    if rest == text:
        return False
    words = [word.strip("【】[]") for word in rest.split()]
    return all(word in NAVIGATION for word in words)


def menu_bar(text: str) -> bool:
    """首页 | 机构概况 | 新闻中心 | 学会工作: four or more short section names between bars, or a footer's
    links (网站地图 | 联系我们 | 法律声明); 科技活动周 | 图说, two labels, is a banner."""
    parts = [part.strip() for part in re.split(r"[|｜丨]", text)]
    if not all(_MENU_ITEM.match(part) for part in parts):
        return False
    return len(parts) >= 4 or (len(parts) >= 2 and any(part in _FOOTER_LINKS for part in parts))  # 网站地图 | 联系我们


_HOME_PAGE = frozenset(["首页", "网站首页", "主页"])


def spaced_menu(text: str) -> bool:
    """首页 政务公开 政务服务 互动交流 走进石柱: a 区县 portal's menu, its sections spaced apart after 首页
    (a headline stacked on one line opens with no 首页)."""
    parts = text.split()
    return len(parts) >= 4 and parts[0] in _HOME_PAGE and all(_MENU_ITEM.match(part) for part in parts[1:])
