"""The Django admin for editors (简体中文): one module per area, every model registered.

See docs/ADMIN.md for the roles (编辑, 审核) and the workflow.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import articles, organizations, regions, sources, themes  # noqa: F401  (registers the models)

admin.site.site_header = _("川渝科协新闻 · 编辑后台")
admin.site.site_title = _("编辑后台")
admin.site.index_title = _("稿件与资料")
