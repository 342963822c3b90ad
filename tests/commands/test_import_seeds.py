"""import_seeds as a person uses it: summaries, one clear line per bad file, other work goes on."""

import io
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
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


@pytest.mark.parametrize("workers", ["0", "1"])
def test_a_copy_of_a_page_under_another_name_is_not_imported_twice(tmp_path, workers):
    """The same page saved twice (b.txt beside a.txt, or copied again later): its stories once, each copy
    named with the page it repeats, and not a failure; --force re-reads pages but copies none."""
    seed = SEEDS / "002_af39cf8c56ef8002.txt"
    shutil.copy(seed, tmp_path / "a.txt")
    shutil.copy(seed, tmp_path / "b.txt")
    code, out, err = run(str(tmp_path), "--workers", workers)
    assert code == 0, err
    assert Article.objects.count() == 4 and SourceDocument.objects.count() == 1
    assert "跳过" in err and "b.txt" in err and "a.txt" in err and "重复跳过 1" in out
    (tmp_path / "c.txt").write_bytes(seed.read_bytes().decode("utf-8").replace("\n", "\r\n").encode("gb18030"))
    code, out, err = run(str(tmp_path / "c.txt"), "--force")  # the same text in another encoding and newlines
    assert code == 0, err
    assert Article.objects.count() == 4 and "c.txt" in err and "重复跳过 1" in out


def test_two_pages_with_one_file_name_in_two_folders_are_two_pages(tmp_path):
    """cq/001.txt and sc/001.txt: each page's stories (the second replaced the first's as its new version);
    a run of either folder alone, or the project's seeds, finds them again and adds nothing."""
    (tmp_path / "cq").mkdir()
    (tmp_path / "sc").mkdir()
    shutil.copy(SEEDS / "000_b37e9a0c58b6f3f4.txt", tmp_path / "cq" / "001.txt")
    shutil.copy(SEEDS / "004_feb7e2b1474b1bef.txt", tmp_path / "sc" / "001.txt")
    code, out, err = run(str(tmp_path), str(tmp_path / "cq" / "001.txt"), "-v", "2")  # the file twice: once
    assert code == 0, err
    assert sorted(SourceDocument.objects.values_list("source_ref", flat=True)) == ["cq/001.txt", "sc/001.txt"]
    assert Article.objects.count() == 13 and "cq/001.txt: 新导入" in out and "sc/001.txt: 新导入" in out
    other = tmp_path / "other"
    (other / "cq").mkdir(parents=True)
    shutil.copy(SEEDS / "001_6958997b889f6f7e.txt", other / "cq" / "001.txt")  # a third 001.txt, by folder
    code, out, err = run(str(tmp_path / "cq"), str(other / "cq"), "-v", "2")
    assert code == 0, err
    assert f"{(other / 'cq' / '001.txt').as_posix()}: 新导入" in out and Article.objects.count() == 17
    Article.objects.filter(source_document__source_ref__endswith="other/cq/001.txt").delete()
    SourceDocument.objects.filter(source_ref__endswith="other/cq/001.txt").delete()
    for again in (str(tmp_path / "cq"), str(SEEDS)):
        code, out, err = run(again)
        assert code == 0, err
        assert Article.objects.count() == 13 + (11 if again == str(SEEDS) else 0)  # seeds 001-003 are new


def test_a_changed_page_that_differs_from_its_copy_is_imported():
    """Only the same text is a copy: a page with one character more is a page of its own."""
    from articles.services.importer import import_page

    text = (SEEDS / "002_af39cf8c56ef8002.txt").read_bytes()
    assert import_page(text, source_ref="a.txt").status != "duplicate"
    copy = import_page(text, source_ref="b.txt")
    assert (copy.status, copy.same_as, copy.created) == ("duplicate", "a.txt", 0)
    other = import_page(text + "\n（完）".encode(), source_ref="c.txt")
    assert other.status != "duplicate" and other.created > 0


def test_verbose_report_names_the_articles_a_reimport_changed(tmp_path):
    """With -v 2 each page's line is in Chinese and the stories a changed page rewrote are named,
    so the editor knows which to look at again."""
    page = tmp_path / "page.txt"
    text = (SEEDS / "002_af39cf8c56ef8002.txt").read_text(encoding="utf-8")
    page.write_text(text, encoding="utf-8")
    code, out, err = run(str(page), "-v", "2")
    assert code == 0, err
    assert "新导入" in out and "created" not in out and "  更新：" not in out

    changed = Article.objects.order_by("position")[1]
    words = re.findall(r"[\u4e00-\u9fff]{8,}", changed.body.split("\n\n")[-1])  # as written on the page too
    phrase = next(word for word in words if text.count(word) == 1)
    page.write_text(text.replace(phrase, phrase + "（有改动）"), encoding="utf-8")
    code, out, err = run(str(page), "-v", "2", "--force")
    assert code == 0, err
    assert "有更新" in out and "updated" not in out
    named = [line.strip() for line in out.splitlines() if line.startswith("  更新：")]
    assert f"更新：{changed.title}" in named
    # the stories after it only moved on the page: counted as written, not named for a second look
    assert len(named) < int(re.search(r"更新 (\d+)", out).group(1))


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


def alive_children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` and that have not exited (Linux ``/proc``)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # exited while we looked
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def still_running(pids: set[int]) -> set[int]:
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


@pytest.mark.parametrize(
    ("stop", "to_group", "status"),
    [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 143), (signal.SIGKILL, False, -signal.SIGKILL)],
    ids=[
        "ctrl-c to the terminal's process group",
        "sigterm to the importing process alone",
        "sigkill to the importing process alone",
    ],
)
def test_a_stopped_import_keeps_the_written_pages_whole_and_the_next_run_imports_the_rest(tmp_path, stop, to_group, status):
    """From the real command line, while pages are being written: Ctrl-C (SIGINT to the whole
    process group, the analysis processes included), a service manager's SIGTERM to the importing
    process alone, or the out-of-memory killer's SIGKILL to it. Its analysis processes end with it,
    and nothing is half-written; the first two also say what happened."""
    pages = tmp_path / "pages"
    pages.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for number in range(100):  # distinct pages: each copy under its own issue number
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (pages / f"{number:03d}_{seed.name}").write_text(f"第{number + 1}期\n\n{text}", encoding="utf-8")
    database = tmp_path / "db.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    command = [sys.executable, "manage.py", "import_seeds", str(pages), "--workers", "1"]
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=settings.BASE_DIR, env=env, check=True, timeout=300)

    def written_pages() -> int:
        with sqlite3.connect(database, timeout=10) as db:
            return db.execute("SELECT COUNT(*) FROM articles_sourcedocument").fetchone()[0]

    process = subprocess.Popen(
        command, cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 240
    while written_pages() == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = alive_children(process.pid)
    if to_group:
        os.killpg(process.pid, stop)
    else:
        process.send_signal(stop)
    out, err = process.communicate(timeout=120)
    assert process.returncode == status, err
    if stop != signal.SIGKILL:
        assert "Traceback" not in err and "导入已中断" in err
    assert workers, "the import analysed its pages in worker processes"
    deadline = time.monotonic() + 30
    while still_running(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not still_running(workers), "an analysis process outlived the import"
    with sqlite3.connect(database) as db:
        per_page = dict(db.execute(
            "SELECT d.source_ref, COUNT(a.id) FROM articles_sourcedocument d"
            " LEFT JOIN articles_article a ON a.source_document_id = d.id GROUP BY d.source_ref"
        ).fetchall())
    assert 0 < len(per_page) < 100
    expected_items = {"000": 4, "001": 4, "002": 4, "003": 3, "004": 9}  # DOMAIN.md: what each seed holds
    assert all(count == expected_items[ref.split("_")[1]] for ref, count in per_page.items()), per_page

    again = subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"未变 {sum(per_page.values())}" in again.stdout
    assert written_pages() == 100


UNGUARDED_SCRIPT = """\
import os, sys
sys.path.insert(0, {base!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie_cms.settings")
import django
django.setup()
from django.core.management import call_command
call_command("import_seeds", {pages!r}, "--workers", "1")  # no if __name__ == "__main__": guard
"""


def test_a_script_without_a_main_guard_imports_every_page_instead_of_hanging(tmp_path):
    """A script that calls import_seeds at its top level is run again by each spawned analysis
    process (Python's spawn rule): the process says why and ends, and the import analyses the pages
    itself instead. It used to wait forever, writing the process's start-up data into a pipe that
    the dead process no longer read."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, pages / seed.name)
    database = tmp_path / "db.sqlite3"
    temporary = tmp_path / "tmp"  # where the import leaves the pickled tables for its processes
    temporary.mkdir()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "TMPDIR": str(temporary)}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=settings.BASE_DIR, env=env, check=True, timeout=300)
    script = tmp_path / "import_pages.py"
    script.write_text(UNGUARDED_SCRIPT.format(base=str(settings.BASE_DIR), pages=str(pages)), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    assert "if __name__ == \"__main__\"" in result.stderr  # the worker's reason, and the import's warning
    assert "其余页面改在本进程中分析" in result.stderr
    assert "稿件新建 24" in result.stdout
    assert not list(temporary.iterdir())  # the tables' file is removed when the import ends
