"""The CPU half of an import: bytes → analysed page, with no database access.

Kept free of Django so that ``import_seeds`` can run it in worker processes
while the main process writes earlier pages; ``import_page`` runs it inline.
"""

from __future__ import annotations

import gc
import hashlib
from dataclasses import dataclass, field

from articles.slugs import pinyin_slug
from articles.textpipeline.decode import PageDecodeError, decode_page
from articles.textpipeline.enrich import EnrichmentContext, enrich_page, found_names, headline_search_text
from articles.textpipeline.headline import display_title
from articles.textpipeline.keywords import default_extractor
from articles.textpipeline.model import PageResult
from articles.textpipeline.orgnames import OrganizationGazetteer, OrgEntry
from articles.textpipeline.regions import RegionEntry, RegionGazetteer
from articles.textpipeline.segment import Segmenter
from articles.textpipeline.split import split_page
from articles.textpipeline.themes import ThemeRule

FAILED, UNCHANGED, ANALYSED = "failed", "unchanged", "analysed"
DUPLICATE = "duplicate"  # the text of a page already imported under another name: not written again


@dataclass(frozen=True)
class ContextSpec:
    """Everything the pipeline needs from the tables, as plain picklable data.

    Worker processes build their own EnrichmentContext from it (``build``), so
    pages can be analysed in parallel without touching the database.
    """

    regions: tuple[RegionEntry, ...]
    organizations: tuple[OrgEntry, ...]
    theme_rules: tuple[ThemeRule, ...]
    user_words: tuple[str, ...]

    def build(self, *, regions: RegionGazetteer | None = None,
              organizations: OrganizationGazetteer | None = None) -> EnrichmentContext:
        """The full context; gazetteers already built from this spec may be passed in and are reused."""
        return EnrichmentContext(
            regions=regions or self.build_regions(),
            organizations=organizations or self.build_organizations(),
            theme_rules=list(self.theme_rules),
            segmenter=self.build_segmenter(),
        )

    def build_regions(self) -> RegionGazetteer:
        return RegionGazetteer(self.regions)

    def build_organizations(self) -> OrganizationGazetteer:
        return OrganizationGazetteer(self.organizations)

    def build_segmenter(self) -> Segmenter:
        return Segmenter(self.user_words)


@dataclass(frozen=True)
class PreparedItem:
    """Per-item values the writer needs that cost CPU: computed here, in the worker, not in the writer."""

    title: str
    slug: str
    search_title: str


@dataclass
class PageAnalysis:
    status: str  # failed | unchanged | duplicate | analysed
    digest: str = ""
    result: PageResult | None = None
    error: str = ""
    prepared: dict[int, PreparedItem] = field(default_factory=dict)  # by item position


def text_digest(text: str) -> str:
    """The page's identity for re-imports: the decoded text, so a change of encoding is no change."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analyze_page(
    data: bytes, context: EnrichmentContext, *, known_digest: str | None = None, force: bool = False
) -> PageAnalysis:
    """Decode, split and enrich one page; skip the work when its text is the one already imported."""
    try:
        decoded = decode_page(data)
    except PageDecodeError as error:
        return PageAnalysis(FAILED, error=str(error))
    digest = text_digest(decoded.text)
    if digest == known_digest and not force:
        return PageAnalysis(UNCHANGED, digest=digest)
    return run_task(AnalysisTask(decoded.text, decoded.encoding, digest), context)


def analyze_text(task: AnalysisTask, context: EnrichmentContext) -> PageAnalysis:
    """Split and enrich a decoded page (the part worth sending to a worker process)."""
    result = split_page(task.text, encoding=task.encoding)
    enrich_page(result, context)
    return PageAnalysis(ANALYSED, digest=task.digest, result=result, prepared=prepare_items(result, context))


def prepare_items(result: PageResult, context: EnrichmentContext) -> dict[int, PreparedItem]:
    prepared = {}
    for item in result.items:
        title = display_title(item)[:300]
        prepared[item.position] = PreparedItem(
            title=title,
            slug=pinyin_slug(title, max_length=60),
            search_title=headline_search_text(
                context.segmenter,
                kicker=item.kicker[:300],
                title=title,
                subtitle=item.subtitle[:300],
                names=found_names(item.organizations),
            ),
        )
    return prepared


@dataclass(frozen=True)
class AnalysisTask:
    """A decoded page that needs analysis, as sent to a worker."""

    text: str
    encoding: str
    digest: str


def run_task(task: AnalysisTask, context: EnrichmentContext) -> PageAnalysis:
    try:
        return analyze_text(task, context)
    except Exception as error:  # a bug on one page must not stop the others; the caller reports it
        return PageAnalysis(FAILED, error=f"分析时出错（internal error）：{type(error).__name__}: {error}")


# Worker-process side: one EnrichmentContext per process, built from the picklable spec.
_worker_context: EnrichmentContext | None = None


def init_worker(spec) -> None:
    global _worker_context
    # The IDF table first: building it needs ~30 MB for a moment, freed before the larger tables
    # below are loaded, so the moment is not the worker's peak.
    default_extractor()
    _worker_context = spec.build()
    gc.freeze()  # the gazetteers live for the whole run: keep the collector from rescanning them


def run_task_in_worker(task: AnalysisTask) -> PageAnalysis:
    return run_task(task, _worker_context)
