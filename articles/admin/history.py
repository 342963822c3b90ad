"""The 历史 page of django-simple-history as editors read it: Chinese headers and values, local
times, no bookkeeping fields, and long texts shortened with a Chinese marker."""

import dataclasses
from datetime import date, datetime

from django.contrib import messages
from django.contrib.admin.utils import label_for_field
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from simple_history.template_utils import HistoricalRecordContextHelper, ObjDiffDisplay

from articles.models import Byline

# The importer's bookkeeping, not something an editor changed or can judge.
HIDDEN_FIELDS = {"fingerprint", "edited_fields", "created_at"}


class ChineseDiffDisplay(ObjDiffDisplay):
    def shortened_str(self, prefix: str, num_skipped_chars: int, suffix: str) -> str:
        return f"{prefix}[省略 {num_skipped_chars} 字]{suffix}"


class ReadableHistoryHelper(HistoricalRecordContextHelper):
    """Each change as the change form shows the field: choices by label, times in the site's zone."""

    def context_for_delta_changes(self, delta):
        changes = [change for change in delta.changes if change.field not in HIDDEN_FIELDS]
        context = super().context_for_delta_changes(dataclasses.replace(delta, changes=changes))
        bylines = self.bylines_change(delta)
        return [*context, bylines] if bylines else context

    @staticmethod
    def bylines_change(delta) -> dict | None:
        """An article's 署名 as the two versions hold them (``BylinesInHistory``), when both do and they differ."""
        old, new = (getattr(record, "bylines", None) for record in (delta.old_record, delta.new_record))
        if old is None or new is None or old == new:
            return None
        roles = dict(Byline.Role.choices)

        def shown(bylines):
            return "、".join(f"{roles.get(role, role)} {name}" for role, name in bylines) or "—"

        return {"field": Byline._meta.verbose_name_plural, "old": shown(old), "new": shown(new)}

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if value is None or value == "" or value == []:
            return "—"
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(value, datetime):
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        value = super().prepare_delta_change_value(change, value)  # many-to-many: the related objects
        if isinstance(value, list | tuple):
            return "、".join(map(str, value)) or "—"  # also keywords
        return value

    def get_obj_diff_display(self):
        return ChineseDiffDisplay(max_length=self.max_displayed_delta_change_chars)


# The revert page with a Chinese breadcrumb (for every SimpleHistoryAdmin of the project).
HISTORY_FORM_TEMPLATE = "admin/kexie/object_history_form.html"


class ReadableHistoryMixin:
    """For a SimpleHistoryAdmin: the list's extra columns headed by their labels, values as above."""

    object_history_list_template = "admin/kexie/object_history_list.html"
    object_history_form_template = HISTORY_FORM_TEMPLATE

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryHelper(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        headers = [label_for_field(name, self.model, self) for name in self.get_history_list_display(request)]
        return super().history_view(
            request, object_id, {"history_list_headers": headers, **(extra_context or {})}
        )

    def response_change(self, request, obj):
        """After a revert, say to which version, linking to the object's own page: Django's message links to
        the page it was saved from, here the old version's revert form."""
        match = request.resolver_match
        if match is None or not match.url_name.endswith("_simple_history"):  # (object_id, version_id)
            return super().response_change(request, obj)
        version_id = match.args[-1]
        opts = self.opts
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        versions = self.model.history.filter(history_id=version_id)
        version = versions.values_list("history_date", flat=True).first()
        when = timezone.localtime(version).strftime("%Y-%m-%d %H:%M") if version else ""
        self.message_user(
            request,
            format_html(
                _('{name}“<a href="{url}">{obj}</a>”已还原为 {when} 的版本。'),
                name=opts.verbose_name,
                url=url,
                obj=obj,
                when=when,
            ),
            messages.SUCCESS,
        )
        return self.response_post_save_change(request, obj)
