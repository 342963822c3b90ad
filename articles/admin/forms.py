"""Forms of the article admin: the change form's keyword box, flag resolution and the actions' intermediate pages."""

import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles import bodytext
from articles.models import Article, ArticleFlag, Organization, Theme

_KEYWORD_SPLIT = re.compile(r"[\n,，、;；]+")
# What an editor may type in a date box: ISO, with slashes, or in Chinese as the list and the site show it.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d"]
# A story's date before this, or more than a year ahead, is surely a typo (2099 for 2019).
EARLIEST_DATE = datetime.date(1900, 1, 1)


class KeywordListField(forms.CharField):
    """A JSON list of keywords edited as one line of text (顿号, commas or new lines between them)."""

    widget = forms.TextInput(attrs={"class": "vLargeTextField"})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "、".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        words = [word.strip() for word in _KEYWORD_SPLIT.split(value or "")]
        return list(dict.fromkeys(word for word in words if word))


class MultilineTextField(forms.CharField):
    """A text box whose line breaks come in as CR LF (every browser submits a textarea so) and are kept
    as LF, like the stored text: an unchanged body is not "changed", and no CR is stored."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


class ArticleAdminForm(forms.ModelForm):
    keywords = KeywordListField(
        label=_("关键词"), required=False, help_text=_("用顿号或逗号分隔，如“科普、乡村振兴”。")
    )
    # The article's ``updated_at`` when the form was opened (every save, publish and re-import moves it):
    # a save based on an older copy would silently undo what someone saved in between.
    version = forms.CharField(label=_("打开时的版本"), widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "kind", "kicker", "title", "subtitle", "status", "dateline", "body", "source_text",
            "source_organization", "date", "keywords", "themes", "page_date", "original_url", "slug",
        ]
        help_texts = {"slug": _("网址末尾的拼音，如 rong-chang-ke-xie；只用字母、数字和连字符。留空则按标题生成。")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.updated_at:
            self.fields["version"].initial = self.instance.updated_at.isoformat()
        for name in ("date", "page_date"):
            if name in self.fields:
                field = self.fields[name]
                field.input_formats = DATE_INPUT_FORMATS  # also as the list and the site show a date
                field.error_messages["invalid"] = _(
                    "请按 2020-10-27 的格式填写日期（也可写 2020/10/27 或 2020年10月27日）。"
                )

    def clean_date(self):
        value = self.cleaned_data.get("date")
        if value and not EARLIEST_DATE <= value <= timezone.localdate() + datetime.timedelta(days=366):
            raise forms.ValidationError(
                _("日期 %(date)s 不像这篇稿件的日期，请检查年份。"),
                code="implausible",
                params={"date": value.isoformat()},
            )
        return value

    def clean(self):
        cleaned_data = super().clean()
        opened = self.cleaned_data.get("version")
        if not (opened and self.instance.pk):
            return cleaned_data  # a new article, or a revert from the history (its form has no version)
        current = Article.objects.filter(pk=self.instance.pk).values_list("updated_at", flat=True).first()
        if current is None or current.isoformat() == opened:
            return cleaned_data
        # The editor's text stays in the form; the next save, made knowingly, goes through.
        self.data = self.data.copy()
        self.data[self.add_prefix("version")] = current.isoformat()
        raise forms.ValidationError(self.conflict_message(current), code="stale")

    def conflict_message(self, current) -> str:
        last = self.instance.history.order_by("-history_date", "-history_id").select_related("history_user").first()
        who = _("导入程序") if last is None or last.history_user is None else last.history_user.get_username()
        return _(
            "这篇稿件在你打开之后已被 %(who)s 于 %(when)s 修改并保存，你这次的修改没有保存，仍在下面。"
            "请在“历史”中看看对方改了什么（可在新窗口打开），把需要保留的改动合进来；"
            "再按一次保存，就会用下面的内容覆盖对方的版本。"
        ) % {"who": who, "when": timezone.localtime(current).strftime("%H:%M:%S")}


class LinkFormSet(forms.BaseInlineFormSet):
    """An article's region or organization links: a repeated one is named in words, not by its field."""

    def get_unique_error_message(self, unique_check):
        names = [name for name in unique_check if name != self.fk.name]  # the article is the form's own
        labels = "、".join(str(self.model._meta.get_field(name).verbose_name) for name in names)
        return _("同一%(field)s填了两次，请删去重复的一行。") % {"field": labels}


class FlagResolveForm(forms.ModelForm):
    """An open flag shown read-only; ticking 已处理 resolves it when the article is saved."""

    resolve = forms.BooleanField(label=_("已处理"), required=False, help_text=_("核对或改正后勾选，保存时记下处理人和时间。"))

    class Meta:
        model = ArticleFlag
        fields = ["resolve"]


class ThemeActionForm(forms.Form):
    ADD, REMOVE = "add", "remove"

    theme = forms.ModelChoiceField(queryset=Theme.objects.all(), label=_("主题"))
    operation = forms.ChoiceField(
        label=_("操作"),
        choices=[(ADD, _("添加这个主题")), (REMOVE, _("去掉这个主题"))],
        widget=forms.RadioSelect,
        initial=ADD,
    )


class SplitForm(forms.Form):
    paragraph = forms.TypedChoiceField(
        label=_("从哪一段起拆出新稿件"),
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("所选段落及其后的内容成为新稿件；所选段落若是小标题，就用作新稿件的标题。"),
    )
    title = forms.CharField(
        label=_("新稿件标题"),
        required=False,
        max_length=300,
        help_text=_("所选段落不是小标题时必填。"),
    )

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        blocks = bodytext.text_to_blocks(article.body)
        self.fields["paragraph"].choices = [
            (index, f"{'【小标题】' if block.kind == 'subheading' else ''}{block.text[:60]}")
            for index, block in enumerate(blocks)
            if index > 0
        ]


class MergeOrganizationsForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        label=_("保留哪一个"),
        widget=forms.RadioSelect,
        help_text=_("其余组织并入它：稿件改挂到它名下，其全称、简称和别名都保留为它的别名。"),
    )

    def __init__(self, *args, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = organizations
