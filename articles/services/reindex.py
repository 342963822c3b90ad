"""Re-cut the search index of stories indexed before the dictionary learnt a name they hold.

The index keeps the words jieba cut when a story was imported or saved. A name added later (an
organization an editor or a later page of the same import adds, a county's short name) is one word
in the dictionary from then on, so a search for it is cut as one word, and the older stories,
indexed with its pieces (小雨点 科普 团), would not match. So after such a change the stories that
hold the name, and lack it among their index words, are cut again with the tables' segmenter
(the admin's saves, an import at its end); ``manage.py reindex_search`` re-cuts every story (after
a release changes the project's word list).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick
from django.db import DatabaseError, connection, transaction
from django.db.models import Exists, Max, OuterRef, Prefetch, Q

from articles.models import Article, ArticleOrganization, OrganizationAlias, PhotoCaption
from articles.services.context import get_segmenter, tables_changed
from articles.services.editing import search_fields
from articles.services.search import refresh_search_vectors
from articles.textpipeline.segment import normalize, simplify, traditional

logger = logging.getLogger(__name__)

BATCH = 500  # stories segmented, then written, at a time
SQL_NAMES = 10  # up to this many names the database finds the stories holding them; for more, one
# pass over every story's text is cheaper (a first import adds hundreds)


@dataclass(frozen=True)
class ReindexCounts:
    """Stories read, and those whose index changed (the others already matched the dictionary)."""

    checked: int = 0
    changed: int = 0


def name_mark() -> int:
    """Where the names table stands now: ``names_added_since`` lists the names added after it."""
    return OrganizationAlias.objects.aggregate(last=Max("id"))["last"] or 0


def names_added_since(mark: int) -> list[str]:
    return list(OrganizationAlias.objects.filter(id__gt=mark).values_list("name", flat=True))


def reindex_names_added_since(mark: int) -> ReindexCounts:
    """After an import: the names it added (``name_mark`` before it), in the stories indexed before them.
    The pages are written by then, so a database error here is logged with what to run, not raised."""
    try:
        return reindex_naming(names_added_since(mark))
    except DatabaseError as error:
        logger.warning("导入已完成，但新名称的检索词未能更新（%s）；请运行 manage.py reindex_search。", error)
        return ReindexCounts()


def reindex_naming(names: Iterable[str]) -> ReindexCounts:
    """Cut again the stories that hold one of ``names`` but lack it among their index words."""
    names = {name.strip() for name in names if _one_word(normalize(name.strip()))}
    if not names:
        return ReindexCounts()
    tables_changed()  # an import adds names in bulk, without the signals that tell the segmenter
    stories = articles_naming(names) if len(names) <= SQL_NAMES else Article.objects.all()
    stale = sorted(_lacking(stories, names))
    changed = sum(reindex_articles(Article.objects.filter(pk__in=chunk)).changed for chunk in _batches(stale))
    return ReindexCounts(len(stale), changed)


def articles_naming(names: Iterable[str]):
    """Stories (any status) whose headline lines, body or captions hold one of ``names`` as typed,
    in simplified or in traditional characters (a story keeps the characters it was printed in)."""
    forms = {form for name in names if name.strip() for form in _written_forms(name.strip())}
    if not forms:
        return Article.objects.none()
    in_story = Q()
    in_captions = Q()
    for form in forms:
        in_story |= Q(title__contains=form) | Q(subtitle__contains=form) | Q(kicker__contains=form)
        in_story |= Q(body__contains=form)
        in_captions |= Q(text__contains=form)
    captions = PhotoCaption.objects.filter(in_captions, article=OuterRef("pk"))
    return Article.objects.filter(in_story | Exists(captions))


def reindex_articles(articles, *, segmenter=None) -> ReindexCounts:
    """Cut ``articles`` again; write the index of those it changes, a batch per transaction."""
    segmenter = segmenter or get_segmenter()
    links = Prefetch(
        "organization_links", queryset=ArticleOrganization.objects.only("article_id", "name_in_text")
    )
    queryset = articles.order_by("pk").prefetch_related(links, "bylines", "captions")
    checked = changed = 0
    batch: list[Article] = []
    for article in queryset.iterator(chunk_size=BATCH):
        checked += 1
        fields = search_fields(article, segmenter)
        if not _same_words(fields, (article.search_title, article.search_text)):
            article.search_title, article.search_text = fields
            batch.append(article)
        if len(batch) >= BATCH:
            changed += _write(batch)
            batch = []
    changed += _write(batch)
    return ReindexCounts(checked, changed)


def _written_forms(name: str) -> set[str]:
    return {name, simplify(name), traditional(name)}


def _one_word(word: str) -> bool:
    """The segmenter keeps ``word`` whole (a name with a space never is: ``Segmenter.add_word``)."""
    return len(word) >= 2 and not any(char.isspace() for char in word)


def _lacking(stories, names: set[str]) -> set[int]:
    """The ``stories`` whose text holds one of ``names`` (in any written form) that their index lacks."""
    automaton = ahocorasick.Automaton()
    for name in names:
        for form in _written_forms(name):
            automaton.add_word(form, normalize(name))
    automaton.make_automaton()
    lacking: set[int] = set()
    text_fields = ("search_title", "search_text", "kicker", "title", "subtitle", "body")
    for pk, search_title, search_text, *texts in stories.values_list("pk", *text_fields).iterator(
        chunk_size=2000
    ):
        if not _holds_all(_found(automaton, texts), search_title, search_text):
            lacking.add(pk)
    in_captions: dict[int, set[str]] = {}
    captions = PhotoCaption.objects.filter(article__in=stories).values_list("article_id", "text")
    for article_id, text in captions.iterator(chunk_size=2000):
        if article_id not in lacking and (words := _found(automaton, [text])):
            in_captions.setdefault(article_id, set()).update(words)
    for chunk in _batches(list(in_captions)):
        indexed = Article.objects.filter(pk__in=chunk).values_list("pk", "search_title", "search_text")
        for pk, search_title, search_text in indexed:
            if not _holds_all(in_captions[pk], search_title, search_text):
                lacking.add(pk)
    return lacking


def _batches(items: list) -> Iterable[list]:
    return (items[start : start + BATCH] for start in range(0, len(items), BATCH))


def _found(automaton, texts) -> set[str]:
    """The names in ``texts``, the longest where they overlap (长宁县科协, not the 宁县科协 inside it)."""
    return {word for _end, word in automaton.iter_long("\n".join(filter(None, texts)))}


def _holds_all(words: set[str], search_title: str, search_text: str) -> bool:
    if not words:
        return True
    tokens = f" {search_title} {search_text} "
    return all(f" {word} " in tokens for word in words)


def _same_words(fields: tuple[str, ...], stored: tuple[str, ...]) -> bool:
    """The same tokens in each field, in any order and number (a name's sub-words come before or after
    its pieces depending on whether the dictionary knew it; what a search matches is the same)."""
    return all(set(new.split()) == set(old.split()) for new, old in zip(fields, stored, strict=True))


def _write(articles: list[Article]) -> int:
    if not articles:
        return 0
    table = connection.ops.quote_name(Article._meta.db_table)
    rows = [(article.search_title, article.search_text, article.pk) for article in articles]
    with transaction.atomic(), connection.cursor() as cursor:  # bulk_update's CASE per row costs more
        cursor.executemany(f"UPDATE {table} SET search_title = %s, search_text = %s WHERE id = %s", rows)
        refresh_search_vectors([article.pk for article in articles])
    return len(articles)
