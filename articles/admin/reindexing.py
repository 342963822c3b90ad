"""After an editor adds a name to the tables: re-cut the search index of the stories that hold it."""

import logging

from django.contrib import messages
from django.db import transaction
from django.utils.translation import gettext as _

from articles.services.reindex import reindex_naming

logger = logging.getLogger(__name__)


def reindex_when_committed(request, names) -> None:
    """Once the save that added ``names`` is committed, re-cut the stories holding them and tell the
    editor how many changed (services/reindex.py says why). A failure there is logged; the save stands."""
    names = sorted({name.strip() for name in names} - {""})
    if not names:
        return

    def reindex():
        counts = reindex_naming(names)
        if counts.changed:
            messages.info(
                request,
                _("按新名称“%(names)s”重新切分了 %(n)d 篇稿件的检索词，搜索这些名称能找到它们。")
                % {"names": "、".join(names), "n": counts.changed},
            )

    transaction.on_commit(reindex, robust=True)
