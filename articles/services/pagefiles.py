"""Finding page files on disk and reading them safely: clear problems, never a traceback."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# A newspaper page's text is tens of kilobytes; a file this large is almost certainly the wrong file.
MAX_PAGE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class PageFile:
    """A page on disk. Its source reference is its file name, so a page imported again from another
    folder is the same page; two files of one run that share a name (cq/001.txt, sc/001.txt) are
    told apart by their path under the folder they were found in (``ref``)."""

    path: Path
    ref: str | None = None

    @property
    def source_ref(self) -> str:
        return self.ref or self.path.name


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self):
        return f"{self.path}: {self.message}"


def collect_page_files(paths) -> tuple[list[PageFile], list[Problem]]:
    """Expand files and directories (recursively, hidden files skipped) into page files, in name order."""
    files: list[PageFile] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(Problem(str(raw), "路径不存在（no such file or directory）"))
        elif path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts[-1:])
            )
            if not found:
                problems.append(Problem(str(raw), "目录中没有文件（empty directory）"))
            files.extend(PageFile(p, p.relative_to(path).as_posix()) for p in found)
        elif path.is_file():
            files.append(PageFile(path, str(raw)))
        else:
            problems.append(Problem(str(raw), "不是普通文件（not a regular file）"))
    return _named_apart(files), problems


def _named_apart(files: list[PageFile]) -> list[PageFile]:
    """Each file referred to by its name, or by its path as found where another file has that name
    (it would otherwise replace the first one's stories as a new version of the same page)."""
    seen: dict[Path, PageFile] = {}
    for page in files:
        seen.setdefault(page.path.resolve(), page)  # one file named twice (a folder and a file in it): once
    pages = list(seen.values())
    names = Counter(page.path.name for page in pages)
    refs = Counter(page.ref for page in pages if names[page.path.name] > 1)
    return [
        PageFile(page.path, None if names[page.path.name] == 1 else page.ref if refs[page.ref] == 1 else page.path.as_posix())
        for page in pages
    ]  # x/001.txt and y/001.txt given as two folders are 001.txt under each: then the paths as given


def read_page_bytes(page: PageFile) -> bytes:
    """The file's bytes; raises PageFileError with a message a person understands."""
    try:
        size = page.path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageFileError(
                f"文件过大（{size / 1024 / 1024:.1f} MB，上限 {MAX_PAGE_BYTES // 1024 // 1024} MB）：一个版面的文字通常不到 100 KB，"
                "请确认文件是否选对（file too large）"
            )
        return page.path.read_bytes()
    except PermissionError as error:
        raise PageFileError("没有读取权限（permission denied）") from error
    except OSError as error:
        raise PageFileError(f"无法读取：{error.strerror}") from error


class PageFileError(Exception):
    pass
