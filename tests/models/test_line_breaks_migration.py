"""Migration 0036: bodies and captions a browser saved with CR LF before the admin read them as LF."""

import importlib

import pytest
from django.apps import apps

from articles.models import PhotoCaption
from tests.factories import make_article

migration = importlib.import_module("articles.migrations.0036_browser_line_breaks")

MACHINE_BODY = "第一段正文。\n\n第二段正文。"


@pytest.mark.django_db
def test_browser_line_breaks_become_lf_and_an_unchanged_body_is_the_machines_again():
    untouched = make_article(
        "只保存过一次",
        body=MACHINE_BODY.replace("\n", "\r\n"),
        edited_fields=["title", "body"],
        machine_output={"body": MACHINE_BODY},
    )
    rewritten = make_article(
        "编辑改过正文",
        body="编辑改写的第一段。\r\n\r\n第二段正文。",
        edited_fields=["body"],
        machine_output={"body": MACHINE_BODY},
    )
    caption = PhotoCaption.objects.create(article=untouched, text="图为活动现场。\r\n（张三 摄）")

    migration.normalise_line_breaks(apps, None)
    migration.normalise_line_breaks(apps, None)  # a second run changes nothing

    untouched.refresh_from_db()
    rewritten.refresh_from_db()
    caption.refresh_from_db()
    assert untouched.body == MACHINE_BODY and untouched.edited_fields == ["title"]
    assert rewritten.body == "编辑改写的第一段。\n\n第二段正文。" and rewritten.edited_fields == ["body"]
    assert caption.text == "图为活动现场。\n（张三 摄）"
