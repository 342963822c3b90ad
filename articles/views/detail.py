"""One article: only published ones exist for the public; any other URL of it (wrong slug, none, an id
written 01) redirects to the canonical one."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import Truncator
from django.views.generic import DetailView

from articles.models import Article, ArticleOrganization, Region

RELATED_COUNT = 5
NEIGHBOUR_FIELDS = ("id", "slug", "title", "date")


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def articles(self):
        return Article.objects.published()

    def get_object(self, queryset=None):
        queryset = (
            self.articles()
            .select_related("source_document", "source_organization")
            .defer("source_document__raw_text", "source_document__boilerplate", "machine_output")
            .prefetch_related(
                "bylines",
                "captions",
                "themes",
                Prefetch("regions", queryset=Region.objects.only("adcode", "name", "full_name", "path")),
                Prefetch(
                    "organization_links",
                    queryset=ArticleOrganization.objects.select_related("organization").order_by(
                        "organization__name"
                    ),
                ),
            )
        )
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if request.path != self.object.get_absolute_url():  # a wrong or missing slug, a zero-padded id
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        published = Article.objects.published()
        context.update(
            related=list(
                published.related_to(article)
                .newest_first()
                .only("id", "slug", "title", "date", "kind")[:RELATED_COUNT]
            ),
            newer=published.newer_than(article).only(*NEIGHBOUR_FIELDS).first(),
            older=published.older_than(article).only(*NEIGHBOUR_FIELDS).first(),
            canonical_path=article.get_absolute_url(),
            description=Truncator(" ".join(article.summary_text.split())).chars(120, truncate="…"),
        )
        return context


class ArticlePreviewView(ArticleDetailView):
    """Any article as readers would see it once published, for the admin's 在站点上查看 on a draft.
    Reached only through the admin (``ArticleAdmin.preview_view``: staff who may view articles);
    marked 预览 and kept out of search engines."""

    def articles(self):
        return Article.objects.all()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        response = self.render_to_response(self.get_context_data(object=self.object))
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(preview=True, canonical_path=None)
        return context
