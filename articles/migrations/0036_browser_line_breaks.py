"""Bodies and captions saved from a browser before the admin read its CR LF line breaks as LF.

Such a save stored CR LF and recorded 正文 as the editor's although nothing was changed, so
re-imports stopped correcting the body. The line breaks become LF, and 正文 is the machine's
again where the text is then the machine's own."""

from django.db import migrations


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_line_breaks(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    PhotoCaption = apps.get_model("articles", "PhotoCaption")
    for article in Article.objects.filter(body__contains="\r").only("body", "edited_fields", "machine_output"):
        article.body = _lf(article.body)
        edited = list(article.edited_fields or [])
        if "body" in edited and article.body == (article.machine_output or {}).get("body"):
            edited.remove("body")
        Article.objects.filter(pk=article.pk).update(body=article.body, edited_fields=edited)
    for caption in PhotoCaption.objects.filter(text__contains="\r").only("text"):
        PhotoCaption.objects.filter(pk=caption.pk).update(text=_lf(caption.text))


class Migration(migrations.Migration):
    dependencies = [("articles", "0035_search_tokens_inside_longer_words")]

    operations = [migrations.RunPython(normalise_line_breaks, migrations.RunPython.noop)]
