"""The admin site: Django's, with the object ids that URLs and action forms carry checked first.

An id that is not one of the model's keys (``abc``, ``1.5``, a number past the column's range, a
NUL) reached a query and raised there — a 500 for what a mistyped URL or a forged form sends: a
model's history page and a version of it (django-simple-history looks the ids up as given), the
changelist's actions (Django filters by the selected ids as posted), and a changelist filtered by a
number past SQLite's integers (``?id__in=99999999999999999999``: Django takes it, SQLite raises
``OverflowError`` when the list is counted). (A model admin that fetches its object itself catches
what Django's own ``get_object`` catches: ``articles/admin/articles.py``.)

``KexieAdminSite.register`` puts ``ChecksObjectIds`` in front of every model admin registered —
the project's, Django's (users, groups) and django-axes' — so no registration can forget it. It
also checks the ids posted in autocomplete fields (``ChecksAutocompleteIds``; an inline with such
fields takes that mixin itself): the form refuses ``abc`` or a number past the column's range as it
refuses an unknown id, where re-rendering it looked them up and raised.
"""

from functools import wraps

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def is_object_id(model, value: str) -> bool:
    """Whether ``value`` can be a primary key of ``model``: its type, and its column's range."""
    return _fits(model._meta.pk, value)


class _ChecksSelectedIds:
    """An autocomplete widget that drops values which cannot be its model's keys before it looks the
    selected ones up: the form already refuses them (选择一个有效的选项), and re-rendering it with them
    raised in that query — a 500 for a forged post."""

    def optgroups(self, name, value, attr=None):
        model = self.field.remote_field.model
        name = getattr(self.field.remote_field, "field_name", None) or model._meta.pk.name
        target = model._meta.get_field(name)
        return super().optgroups(name, [v for v in value if _fits(target, v)], attr)


def _fits(field, value) -> bool:
    """Whether ``value`` can be stored in ``field``: its type, and its column's range."""
    try:
        field.run_validators(field.to_python(value))
    except (ValidationError, ValueError, TypeError, OverflowError):
        return False
    return True


class CheckedAutocompleteSelect(_ChecksSelectedIds, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(_ChecksSelectedIds, AutocompleteSelectMultiple):
    pass


class CheckedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Refuses an id past the column's range as it refuses ``abc``, before its ``__in`` query raises."""

    def _check_values(self, value):
        key = self.to_field_name or "pk"
        field = self.queryset.model._meta.get_field(key) if key != "pk" else self.queryset.model._meta.pk
        for pk in value:
            if not _fits(field, pk):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)


class ChecksAutocompleteIds:
    """Model admin or inline mixin: its autocomplete fields use the widgets above."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
            kwargs.setdefault("form_class", CheckedModelMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ChecksObjectIds(ChecksAutocompleteIds):
    """Model admin mixin: ids that cannot be the model's keys never reach a query."""

    def history_view(self, request, object_id, extra_context=None):
        if not is_object_id(self.model, unquote(object_id)):
            raise Http404(_("没有这个编号的条目。"))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A version of an object (django-simple-history's admins only)."""
        history = getattr(self.model, self.model._meta.simple_history_manager_attribute).model
        if not (is_object_id(self.model, unquote(object_id)) and is_object_id(history, unquote(version_id))):
            raise Http404(_("没有这个编号的条目。"))
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_changelist_instance(self, request):
        try:
            return super().get_changelist_instance(request)
        except OverflowError as error:  # the changelist then shows Django's invalid-filter page
            raise IncorrectLookupParameters(error) from error

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not all(is_object_id(self.model, value) for value in selected):
            self.message_user(request, _("所选条目的编号无效，没有做任何更改。"), messages.ERROR)
            return None  # the changelist shows the message, as for an action without a selection
        return super().response_action(request, queryset)


class KexieAdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        """Django's, and a form posted after the session ended (it expired, or the editor logged out in
        another tab) is sent to the login page with a word that it was not saved, not silently."""
        inner = super().admin_view(view, cacheable)

        @wraps(inner)
        def wrapper(request, *args, **kwargs):
            logout = reverse("admin:logout", current_app=self.name)
            if request.method == "POST" and not request.user.is_authenticated and request.path != logout:
                messages.warning(
                    request,
                    _(
                        "登录已过期（或已在别的窗口注销），刚才的修改没有保存。"
                        "请重新登录后再改一次；登录前可按浏览器的“后退”回到刚才的页面，把填写的内容复制下来。"
                    ),
                )
            return inner(request, *args, **kwargs)

        return wrapper

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, ChecksObjectIds):
            admin_class = type(
                admin_class.__name__,
                (ChecksObjectIds, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)


class KexieAdminConfig(AdminConfig):
    """``django.contrib.admin`` with ``KexieAdminSite`` as ``admin.site``."""

    default_site = "kexie_cms.admin_site.KexieAdminSite"
