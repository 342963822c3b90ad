"""import_seeds as a person uses it: summaries, one clear line per bad file, other work goes on."""

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from articles.models import Article, SourceDocument

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "seeds"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_seeds", *args, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        err.write(str(error))
        code = error.returncode
    return code, out.getvalue(), err.getvalue()


def test_default_imports_the_projects_seeds_and_summarises():
    code, out, err = run()
    assert code == 0, err
    assert SourceDocument.objects.count() == 5
    assert Article.objects.count() == 24
    assert "页面 5" in out and "新建 24" in out and "失败 0" in out


def test_second_run_reports_everything_unchanged():
    run()
    code, out, _ = run()
    assert code == 0
    assert "新建 0" in out and "更新 0" in out and "未变 24" in out
    assert Article.objects.count() == 24


def test_dry_run_writes_nothing():
    code, out, _ = run("--dry-run")
    assert code == 0 and "试运行" in out
    assert Article.objects.count() == 0


@pytest.fixture
def mixed_dir(tmp_path):
    shutil.copy(SEEDS / "002_af39cf8c56ef8002.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e \x00\x01".encode("latin-1"))
    (tmp_path / "export.json").write_text('[{"title": "永川区科协举办座谈会"}]', encoding="utf-8")
    (tmp_path / "saved.html").write_text("<!DOCTYPE html><html><body><p>科协</p></body></html>", encoding="utf-8")
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return tmp_path


def test_a_directory_of_mixed_files_imports_the_good_ones_and_names_each_problem(mixed_dir):
    code, out, err = run(str(mixed_dir), str(mixed_dir / "missing.txt"))
    assert code == 1
    assert Article.objects.count() == 4
    assert SourceDocument.objects.count() == 1
    for name, words in [
        ("empty.txt", "空"),
        ("picture.png", "二进制"),
        ("latin1.txt", "二进制"),
        ("huge.txt", "文件过大"),
        ("missing.txt", "不存在"),
        ("export.json", "JSON"),
        ("saved.html", "HTML"),
    ]:
        lines = [line for line in err.splitlines() if name in line]
        assert len(lines) == 1, (name, err)
        assert words in lines[0], lines[0]
    assert "Traceback" not in err
    assert "失败 7" in out


def test_an_uninitialised_database_is_a_clear_error_not_a_traceback(tmp_path):
    """From the real command line, against a database nobody has migrated yet."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "manage.py", "import_seeds", "--dry-run"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "manage.py migrate" in result.stderr
