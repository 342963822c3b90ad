"""Articles and photo news items, with their bylines, captions, links and flags."""

import re

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles import bodytext
from articles.models.fields import IdListField, web_address


class NewestFirstIndex(models.Index):
    """An index in ``newest_first()`` order: ``date DESC NULLS LAST, id DESC`` after the leading fields.

    PostgreSQL sorts NULLs first in a DESC index unless told otherwise, so a plain
    ``-date`` index cannot serve ``ORDER BY date DESC NULLS LAST`` and every list
    sorted the whole published set. SQLite already sorts NULLs last in DESC order
    (and rejects ``NULLS LAST`` in an index), so there the index is a plain DESC one.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        plain = models.Index(
            *[
                models.F(expr.expression.name).desc() if isinstance(expr, models.OrderBy) else expr
                for expr in self.expressions
            ],
            name=self.name,
        )
        return plain.create_sql(model, schema_editor, using=using, **kwargs)


# A token PostgreSQL's 'simple' parser keeps whole: letters and digits only (Chinese characters included).
_PLAIN_TOKEN = re.compile(r"[^\W_]+")


class ArticleQuerySet(models.QuerySet):
    """Every public read starts here: views, feeds, sitemaps, search and the FilterSet."""

    def published(self):
        return self.filter(status=Article.Status.PUBLISHED)

    def in_region(self, region):
        """Articles about the region or anything under it (one indexed prefix match on the path)."""
        links = ArticleRegion.objects.filter(article=OuterRef("pk"), region__path__startswith=region.path)
        return self.filter(Exists(links))

    def with_theme(self, *themes):
        """Articles with any of the themes."""
        links = Article.themes.through.objects.filter(article=OuterRef("pk"), theme__in=themes)
        return self.filter(Exists(links))

    def by_organization(self, organization):
        links = ArticleOrganization.objects.filter(article=OuterRef("pk"), organization=organization)
        return self.filter(Exists(links))

    def newest_first(self):
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")

    def for_listing(self):
        return self.select_related("source_document").prefetch_related("themes")

    def search(self, tokens):
        """Articles whose segmented title or body hold every token.

        ``tokens`` come from ``Segmenter.query_tokens()``, the segmenter that filled
        ``search_title``/``search_text``. PostgreSQL matches the stored ``search_vector``
        (GIN index, 'simple' configuration); other databases match the same
        space-joined tokens with LIKE. Order by ``with_search_rank()``.
        """
        from articles.services.search_syntax import Term

        tokens = self._clean_tokens(tokens)
        if not tokens:
            return self.none()
        queryset = self.alias(_search_all=self._padded("search_title", "search_text"))
        return queryset.filter(self._term_condition(Term(tuple(tokens))))

    def matching(self, query):
        """Articles matching a parsed search box query (``search_syntax.parse_query``): every group by one
        of its terms, no excluded term; a phrase's tokens in the index and its text in the story."""
        queryset = self.alias(_search_all=self._padded("search_title", "search_text"))
        for group in query.groups:
            condition = models.Q()
            for term in group:
                condition |= self._term_condition(term)
            queryset = queryset.filter(condition)
        for term in query.excluded:
            queryset = queryset.exclude(self._term_condition(term))
        return queryset

    def _term_condition(self, term) -> models.Q:
        tokens = self._clean_tokens(term.tokens)
        if self._on_postgresql():
            condition = models.Q(search_vector=self._tsquery(tokens))
            # The vector's parser cuts a token with a sign in it (c++ → c, 5% → 5, 023-6360 → 023, -6360):
            # the stored tokens say whether the story holds it whole, as they do on every other database.
            for token in tokens:
                if not _PLAIN_TOKEN.fullmatch(token):
                    condition &= models.Q(_search_all__contains=f" {token} ")
        else:
            condition = models.Q()
            for token in tokens:
                condition &= models.Q(_search_all__contains=f" {token} ")
        if term.phrase:  # as printed, in simplified or traditional characters
            from articles.textpipeline.segment import simplify, traditional

            printed = models.Q()
            for form in {term.phrase, simplify(term.phrase), traditional(term.phrase)}:
                pattern = self._phrase_pattern(form)
                for field in ("title", "subtitle", "kicker", "body"):
                    printed |= models.Q(**{f"{field}__iregex": pattern})
            condition &= printed
        return condition

    @staticmethod
    def _phrase_pattern(phrase: str) -> str:
        """A regular expression for the phrase as printed: Latin letters in any case (``iregex``, on both
        databases) and any spaces, or none, between its characters (科技创新 强国有我 = 科技创新强国有我)."""
        import re

        return r"\s*".join(re.escape(char) for char in phrase if not char.isspace())

    def with_search_rank(self, tokens, groups=()):
        """Annotate ``search_rank``: ts_rank with the title (weight A) above the body (B) on PostgreSQL;
        elsewhere one point per token in the title and a tenth per token only in the body.

        ``groups``: the parsed query's (``search_syntax.ParsedQuery.groups``), so that PostgreSQL ranks a
        story by the words it matched with (人工智能 OR 5G: either word), not by all of them AND-ed, which
        a story holding one alternative misses (every rank then ties and the order is by date alone).
        """
        tokens = self._clean_tokens(tokens)
        if not tokens:
            return self.annotate(search_rank=models.Value(0.0, output_field=models.FloatField()))
        if self._on_postgresql():
            from django.contrib.postgres.search import SearchRank

            query = self._tsquery_of_groups(groups) if groups else self._tsquery(tokens)
            return self.annotate(search_rank=SearchRank(models.F("search_vector"), query))
        queryset = self.alias(_search_title=self._padded("search_title"))
        terms = [
            models.Case(
                models.When(_search_title__contains=f" {token} ", then=models.Value(1.0)),
                default=models.Value(0.1),
                output_field=models.FloatField(),
            )
            for token in tokens
        ]
        rank = terms[0]
        for term in terms[1:]:
            rank = rank + term
        return queryset.annotate(search_rank=rank)

    def _on_postgresql(self) -> bool:
        from django.db import connections

        return connections[self.db].vendor == "postgresql"

    @staticmethod
    def _clean_tokens(tokens) -> list[str]:
        return [token for token in dict.fromkeys(tokens) if token and not any(ch.isspace() for ch in token)]

    @staticmethod
    def _tsquery(tokens):
        """``'tok1' & 'tok2'`` in the 'simple' configuration: the parser splits each quoted token
        exactly as it split the indexed text."""
        from django.contrib.postgres.search import SearchQuery

        return SearchQuery(ArticleQuerySet._all_of(tokens), search_type="raw", config="simple")

    @classmethod
    def _tsquery_of_groups(cls, groups):
        """Every group by one of its terms, each term by all its tokens: ``('a' & 'b' | 'c') & 'd'``."""
        from django.contrib.postgres.search import SearchQuery

        alternatives = []
        for group in groups:
            terms = [cls._all_of(tokens) for term in group if (tokens := cls._clean_tokens(term.tokens))]
            if terms:
                alternatives.append("(" + " | ".join(f"({term})" for term in terms) + ")")
        return SearchQuery(" & ".join(alternatives), search_type="raw", config="simple")

    @staticmethod
    def _all_of(tokens) -> str:
        quoted = ("'{}'".format(token.replace("\\", "\\\\").replace("'", "''")) for token in tokens)
        return " & ".join(quoted)

    @staticmethod
    def _padded(*fields):
        """The space-joined token fields with a space at each end, so ``contains " tok "`` matches whole tokens."""
        from django.db.models.functions import Concat

        parts = [models.Value(" ")]
        for name in fields:
            parts += [name, models.Value(" ")]
        return Concat(*parts, output_field=models.TextField())

    def related_to(self, article):
        """Other articles sharing a theme or a region with ``article`` (two correlated EXISTS, no joins)."""
        theme_links = Article.themes.through.objects
        shared_theme = theme_links.filter(
            article=OuterRef("pk"), theme__in=theme_links.filter(article=article.pk).values("theme")
        )
        shared_region = ArticleRegion.objects.filter(
            article=OuterRef("pk"),
            region__in=ArticleRegion.objects.filter(article=article.pk).values("region"),
        )
        return self.exclude(pk=article.pk).filter(Exists(shared_theme) | Exists(shared_region))

    def newer_than(self, article):
        """Articles listed before ``article`` in ``newest_first()`` order, nearest first."""
        Q = models.Q
        if article.date is None:
            condition = Q(date__isnull=False) | Q(date__isnull=True, pk__gt=article.pk)
        else:
            condition = Q(date__gt=article.date) | Q(date=article.date, pk__gt=article.pk)
        return self.filter(condition).order_by(models.F("date").asc(nulls_first=True), "id")

    def older_than(self, article):
        """Articles listed after ``article`` in ``newest_first()`` order, nearest first."""
        Q = models.Q
        if article.date is None:
            condition = Q(date__isnull=True, pk__lt=article.pk)
        else:
            condition = (
                Q(date__lt=article.date) | Q(date=article.date, pk__lt=article.pk) | Q(date__isnull=True)
            )
        return self.filter(condition).newest_first()


class ArticleRegion(models.Model):
    article = models.ForeignKey(
        "articles.Article", verbose_name=_("稿件"), on_delete=models.CASCADE, related_name="region_links"
    )
    region = models.ForeignKey(
        "articles.Region", verbose_name=_("地区"), on_delete=models.CASCADE, related_name="article_links"
    )

    class Meta:
        verbose_name = _("稿件地区")
        verbose_name_plural = _("稿件地区")
        constraints = [models.UniqueConstraint(fields=["article", "region"], name="article_region_unique")]

    def __str__(self):
        return self.region.full_name


class ArticleOrganization(models.Model):
    article = models.ForeignKey(
        "articles.Article", verbose_name=_("稿件"), on_delete=models.CASCADE, related_name="organization_links"
    )
    organization = models.ForeignKey(
        "articles.Organization", verbose_name=_("组织"), on_delete=models.CASCADE, related_name="article_links"
    )
    name_in_text = models.CharField(_("文中名称"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("稿件组织")
        verbose_name_plural = _("稿件组织")
        constraints = [
            models.UniqueConstraint(fields=["article", "organization"], name="article_organization_unique")
        ]

    def __str__(self):
        return self.name_in_text or self.organization.name


class BylinesInHistory(models.Model):
    """A version's 署名: bylines are rows of their own, which a version of the article would not hold.
    Written by the admin once the inlines are saved (``editing.record_bylines_in_history``)."""

    bylines = models.JSONField(
        _("署名"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("这一版的署名：[身份, 姓名] 的列表；空值表示这一版没有记下署名。"),
    )

    class Meta:
        abstract = True


# Kept by name: the admin writes an article's links into the version its save made once the inlines are
# saved (see editing.record_links_in_history).
ARTICLE_HISTORY = HistoricalRecords(
    bases=[BylinesInHistory],
    # Not the importer's bookkeeping: machine_output repeats the body and every extracted field
    # (the admin compares it with the article itself); the segmented copies and facet keys are derived.
    excluded_fields=[
        "search_title",
        "search_text",
        "search_vector",
        "machine_output",
        "updated_at",
        "facet_regions",
        "facet_upper_regions",
        "facet_themes",
    ],
    m2m_fields=["regions", "organizations", "themes"],
    # History is read by article id and date; the article's own look-up indexes would only slow every write.
    no_db_index=["source_organization", "source_document"],
)


class Article(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("文章")
        PHOTO = "photo", _("图片新闻")

    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        REVIEW = "review", _("待审核")
        PUBLISHED = "published", _("已发布")

    # Fields an editor can change; the importer never overwrites them once changed.
    EDITABLE_FIELDS = (
        "kind",
        "title",
        "subtitle",
        "kicker",
        "body",
        "dateline",
        "source_text",
        "source_organization",
        "date",
        "keywords",
        "regions",
        "organizations",
        "themes",
        "bylines",
        "captions",
    )

    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices, default=Kind.ARTICLE)
    title = models.CharField(_("标题"), max_length=300)
    subtitle = models.CharField(_("副题"), max_length=300, blank=True)
    kicker = models.CharField(_("引题"), max_length=300, blank=True)
    # Decoration of the URL (/articles/<id>/<slug>/): articles are found by id, so not indexed.
    slug = models.SlugField(_("网址名"), max_length=200, blank=True, allow_unicode=False, db_index=False)
    body = models.TextField(
        _("正文"),
        blank=True,
        help_text=_("段落之间空一行。小标题单独一段，以“## ”开头；“数说”之类的边栏每行以“> ”开头。"),
    )
    dateline = models.CharField(
        _("电头"), max_length=200, blank=True, help_text=_("如“本报讯（记者 李霜）”，不属于正文。")
    )
    source_text = models.CharField(
        _("稿件来源"),
        max_length=200,
        blank=True,
        help_text=_("文末括号中的署名，如“渝科”“遂宁市科协”“李华”。"),
    )
    source_organization = models.ForeignKey(
        "articles.Organization",
        verbose_name=_("来源组织"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sourced_articles",
    )
    date = models.DateField(
        _("日期"), null=True, blank=True, help_text=_("电头或正文给出的事件日期；正文没有时留空。")
    )
    page_date = models.DateField(_("版面日期"), null=True, blank=True)
    original_url = models.URLField(_("原文链接"), max_length=1000, blank=True, validators=[web_address])
    regions = models.ManyToManyField(
        "articles.Region", verbose_name=_("地区"), through=ArticleRegion, blank=True, related_name="articles"
    )
    organizations = models.ManyToManyField(
        "articles.Organization",
        verbose_name=_("组织"),
        through=ArticleOrganization,
        blank=True,
        related_name="articles",
    )
    themes = models.ManyToManyField(
        "articles.Theme", verbose_name=_("主题"), blank=True, related_name="articles"
    )
    keywords = models.JSONField(_("关键词"), default=list, blank=True)
    status = models.CharField(
        _("状态"),
        max_length=10,
        choices=Status.choices,
        default=Status.REVIEW,  # indexed by article_status_newest and article_status_kind, which lead with it
        help_text=_("只有“已发布”的稿件出现在公开网站上。"),
    )
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    source_document = models.ForeignKey(
        "articles.SourceDocument",
        verbose_name=_("来源页面"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    position = models.PositiveIntegerField(_("页内顺序"), default=0)
    span_start = models.PositiveIntegerField(_("原文起点"), default=0)
    span_end = models.PositiveIntegerField(_("原文终点"), default=0)
    # Compared in memory among one page's articles, never looked up: no index to update on every insert.
    fingerprint = models.CharField(_("内容指纹"), max_length=64, blank=True)
    edited_fields = models.JSONField(
        _("编辑改过的字段"), default=list, blank=True, help_text=_("这些字段重新导入时不会被覆盖。")
    )
    machine_output = models.JSONField(
        _("机器结果"),
        default=dict,
        blank=True,
        help_text=_("最近一次导入时机器给出的结果，供与编辑修改对照。"),
    )
    search_title = models.TextField(_("标题分词"), blank=True, editable=False)
    search_text = models.TextField(_("正文分词"), blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    # Copies of the links that a search's facets count without joining them (services/facet_keys.py).
    facet_regions = IdListField(
        _("分面地区"), help_text=_("所涉地区及其省、市、区县级上级的编号，由地区关联自动生成。")
    )
    facet_upper_regions = IdListField(
        _("分面省市"), help_text=_("分面地区中省级和市级的编号，由地区关联自动生成。")
    )
    facet_themes = IdListField(_("分面主题"), help_text=_("主题编号，由主题关联自动生成。"))
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = ARTICLE_HISTORY

    class Meta:
        verbose_name = _("稿件")
        verbose_name_plural = _("稿件")
        ordering = ["-date", "-id"]
        permissions = [("publish_article", _("可以发布稿件或撤回发布"))]
        constraints = [
            models.UniqueConstraint(
                fields=["source_document", "position"],
                name="article_unique_provenance",
                condition=models.Q(source_document__isnull=False),
            ),
            models.CheckConstraint(condition=~models.Q(title=""), name="article_title_not_empty"),
            models.CheckConstraint(
                condition=models.Q(span_end__gte=models.F("span_start")), name="article_span_ordered"
            ),
        ]
        indexes = [
            # The public list order (newest_first) within a status: LIMIT 20 reads 20 index entries.
            NewestFirstIndex(
                models.F("status"),
                models.F("date").desc(nulls_last=True),
                models.F("id").desc(),
                name="article_status_newest",
            ),
            # The facet cache's data version reads max(updated_at) from this (services/facets.py).
            models.Index(fields=["updated_at"], name="article_updated_at"),
            models.Index(fields=["status", "kind"], name="article_status_kind"),
            # The admin's list in ``Meta.ordering`` (every status) and its date range: at 100,000
            # articles its LIMIT 50 sorted the whole table (~140 ms of the page) without it.
            models.Index(models.F("date").desc(), models.F("id").desc(), name="article_date_id"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.pk, self.slug or "-"])

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def blocks(self):
        return bodytext.text_to_blocks(self.body)

    @property
    def subheadings(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "subheading"]

    @property
    def plain_body(self) -> str:
        return bodytext.plain_text(self.body)

    @property
    def story_text(self) -> str:
        """The body as plain text or, for a photo story (no body), its captions: what the story says.
        Reads ``captions`` only when the body is empty (prefetch them for a list)."""
        return self.plain_body or "\n\n".join(caption.text for caption in self.captions.all())

    @property
    def summary_text(self) -> str:
        """The subtitle, else the story's text: the feeds' summary and the page's description."""
        return self.subtitle or self.story_text

    def open_flags(self):
        return [flag for flag in self.flags.all() if flag.resolved_at is None]


class Byline(models.Model):
    class Role(models.TextChoices):
        REPORTER = "reporter", _("记者")
        CORRESPONDENT = "correspondent", _("通讯员")
        INTERN = "intern", _("实习生")
        AUTHOR = "author", _("作者")
        PHOTOGRAPHER = "photographer", _("摄影")
        EDITOR = "editor", _("编辑")

    article = models.ForeignKey(Article, verbose_name=_("稿件"), on_delete=models.CASCADE, related_name="bylines")
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    role = models.CharField(_("身份"), max_length=16, choices=Role.choices)
    name = models.CharField(_("姓名"), max_length=60)

    class Meta:
        verbose_name = _("署名")
        verbose_name_plural = _("署名")
        ordering = ["order", "id"]

    def __str__(self):
        return f"{self.get_role_display()} {self.name}"


class PhotoCaption(models.Model):
    article = models.ForeignKey(Article, verbose_name=_("稿件"), on_delete=models.CASCADE, related_name="captions")
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    text = models.TextField(_("图片说明"))
    photographer = models.CharField(_("摄影"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("图片说明")
        verbose_name_plural = _("图片说明")
        ordering = ["order", "id"]

    def __str__(self):
        return self.text[:40]


class ArticleFlag(models.Model):
    """Something the importer could not prove, for an editor to check and mark resolved."""

    class Code(models.TextChoices):
        """The pipeline's stable codes (``articles/textpipeline``) as editors read them."""

        ADVERTISEMENT = "advertisement", _("疑似广告")
        CONTINUED_FROM = "continued_from", _("接自其他版面")
        CONTINUES_ELSEWHERE = "continues_elsewhere", _("后文在其他版面")
        CUT_TABLE_CELL = "cut_table_cell", _("表格单元格被折断")
        DATE_YEAR_GUESSED = "date_year_guessed", _("日期年份为推定")
        GARBAGE_LINE = "garbage_line", _("乱码行")
        HEADLINE_OR_SUBHEADING = "headline_or_subheading", _("标题还是小标题")
        INCOMPLETE_PARAGRAPH = "incomplete_paragraph", _("段落不完整")
        INTERLEAVED_COLUMNS = "interleaved_columns", _("两栏文字逐行混排")
        LINE_END_HYPHEN = "line_end_hyphen", _("行末连字符断词")
        MACHINE_CHANGED = "machine_changed", _("重新导入后机器结果变了")
        MID_SENTENCE_START = "mid_sentence_start", _("段落从句中开始")
        MISSING_HEADLINE = "missing_headline", _("缺标题")
        NO_BODY = "no_body", _("没有正文")
        NOT_IN_PAGE = "not_in_page", _("页面中已找不到")
        POSSIBLE_DUPLICATE = "possible_duplicate", _("可能重复")
        RIVAL_ATTRIBUTIONS = "rival_attributions", _("文末署名单位互相矛盾")
        SIDE_BY_SIDE_COLUMNS = "side_by_side_columns", _("并排两栏的标题")
        STRAY_LATIN = "stray_latin", _("中文里夹英文词")
        UNPLACED_PARAGRAPH = "unplaced_paragraph", _("段落无所属稿件")
        UNREADABLE_CHARACTERS = "unreadable_characters", _("字符已损坏")

    article = models.ForeignKey(Article, verbose_name=_("稿件"), on_delete=models.CASCADE, related_name="flags")
    code = models.CharField(_("问题"), max_length=40, db_index=True, choices=Code.choices)
    message = models.TextField(_("说明"))
    excerpt = models.TextField(_("原文片段"), blank=True)
    resolved_at = models.DateTimeField(_("处理时间"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("处理人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("发现时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("待查问题")
        verbose_name_plural = _("待查问题")
        ordering = ["article", "id"]

    def __str__(self):
        return f"{self.get_code_display()}：{self.message[:40]}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None
