"""The region table: short-name rules, the build from the source packages, and the shipped CSV."""

import json
from collections import Counter

import pytest

from articles import regiondata
from articles.regiondata import RegionRow, build_rows, read_csv, short_names_for, write_csv


@pytest.fixture(scope="module")
def rows():
    return read_csv(regiondata.DEFAULT_CSV)


@pytest.fixture(scope="module")
def by_code(rows):
    return {r.adcode: r for r in rows}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("荣昌区", ("荣昌",)),
        ("凉山彝族自治州", ("凉山州", "凉山")),
        ("彭水苗族土家族自治县", ("彭水县", "彭水")),
        ("秀山土家族苗族自治县", ("秀山县", "秀山")),
        ("阿坝藏族羌族自治州", ("阿坝州", "阿坝")),
        ("巴音郭楞蒙古自治州", ("巴音郭楞州", "巴音郭楞")),
        ("东乡族自治县", ("东乡县", "东乡")),
        ("管城回族区", ("管城区", "管城")),
        ("广西壮族自治区", ("广西",)),
        ("新疆维吾尔自治区", ("新疆",)),
        ("四川省", ("四川",)),
        ("重庆市", ("重庆",)),
        ("大兴安岭地区", ("大兴安岭",)),
        ("阿拉善盟", ("阿拉善",)),
        ("浦东新区", ("浦东",)),
        ("神农架林区", ("神农架",)),
        ("万柏林区", ("万柏林",)),
        ("碑林区", ("碑林",)),
        ("峰峰矿区", ("峰峰",)),
        ("阿鲁科尔沁旗", ("阿鲁科尔沁",)),
        ("巴林左旗", ()),
        ("忠县", ()),  # one-character stems are not names
        ("城区", ()),
    ],
)
def test_short_names_for(name, expected):
    """Short names are derived from the official name by rule."""
    assert short_names_for(name) == expected


def test_csv_has_the_national_table(rows):
    """About 3,200 rows at three levels, sorted by adcode, every parent present."""
    assert 3100 <= len(rows) <= 3300
    assert [r.adcode for r in rows] == sorted(r.adcode for r in rows)
    levels = Counter(r.level for r in rows)
    assert levels["province"] == 31
    assert 330 <= levels["prefecture"] <= 340
    codes = {r.adcode for r in rows}
    assert all(r.parent_adcode in codes for r in rows if r.parent_adcode)
    assert all((r.parent_adcode is None) == (r.level == "province") for r in rows)


def test_chongqing_has_38_counties_directly_below(rows, by_code):
    """重庆市's districts and counties hang on the province, with no 市辖区/县 level."""
    children = [r for r in rows if r.parent_adcode == "500000"]
    assert len(children) == 38
    assert all(r.level == "county" for r in children)
    assert "500100" not in by_code and "500200" not in by_code


def test_sichuan_has_21_prefectures(rows, by_code):
    assert len([r for r in rows if r.parent_adcode == "510000" and r.level == "prefecture"]) == 21
    assert by_code["510182"].name == "彭州市"
    assert by_code["510182"].parent_adcode == "510100"


def test_jiangbei_twice(rows):
    """江北区 exists in 重庆 and in 宁波."""
    assert sorted((r.adcode, r.parent_adcode) for r in rows if r.name == "江北区") == [
        ("330205", "330200"),
        ("500105", "500000"),
    ]


@pytest.mark.parametrize(
    ("adcode", "name", "short", "former"),
    [
        ("500154", "开州区", "开州", "开县"),
        ("500155", "梁平区", "梁平", "梁平县"),
        ("500156", "武隆区", "武隆", "武隆县"),
        ("500151", "铜梁区", "铜梁", "铜梁县"),
        ("500120", "璧山区", "璧山", "璧山县"),
        ("500152", "潼南区", "潼南", "潼南县"),
        ("500153", "荣昌区", "荣昌", "荣昌县"),
        ("513402", "会理市", "会理", "会理县"),
        # a former name that a unit of another province still bears (承德's 双桥区) is kept
        ("500111", "大足区", "大足", "双桥区"),
        # the county-level 达川市 became 通川区 in 1999 (the source names 达川区, the former 达县)
        ("511702", "通川区", "通川", "达川市"),
        ("500243", "彭水苗族土家族自治县", "彭水", None),
        ("500241", "秀山土家族苗族自治县", "秀山", None),
        ("513400", "凉山彝族自治州", "凉山州", None),
    ],
)
def test_current_names_with_short_and_former_names(by_code, adcode, name, short, former):
    """Data is current to 2023 and carries the names the pages use."""
    row = by_code[adcode]
    assert row.name == name
    assert short in row.short_names
    if former:
        assert former in row.former_names


def test_former_names_never_shadow_current_names_of_their_province(rows):
    """A former name another unit of the same province bears would be ambiguous for good (江北 of 江北县)."""
    current = {(r.adcode[:2], n) for r in rows for n in (r.name, *r.short_names)}
    assert not current & {(r.adcode[:2], f) for r in rows for f in r.former_names}


def test_dachuan_shi_is_no_former_name_of_dachuan_qu(by_code):
    assert "达川市" not in by_code["511703"].former_names


def test_no_functional_zones(rows):
    """Development zones of the statistical code list (codes ending 71–80) are left out."""
    assert not [r for r in rows if r.level == "county" and 71 <= int(r.adcode[4:]) <= 80]


def _fake_source(tmp_path):
    dist = tmp_path / "package" / "dist"
    dist.mkdir(parents=True)
    (dist / "provinces.csv").write_text('code,name\n50,"重庆市"\n51,"四川省"\n', encoding="utf-8")
    (dist / "cities.csv").write_text(
        'code,name,provinceCode\n5001,"市辖区",50\n5002,"县",50\n5101,"成都市",51\n5134,"凉山彝族自治州",51\n',
        encoding="utf-8",
    )
    (dist / "areas.csv").write_text(
        "code,name,cityCode,provinceCode\n"
        '500154,"开州区",5001,50\n500243,"彭水苗族土家族自治县",5002,50\n'
        '510182,"彭州市",5101,51\n510171,"成都某开发区",5101,51\n513402,"会理市",5134,51\n',
        encoding="utf-8",
    )
    events = [
        {
            "year": 2016,
            "type": "撤销",
            "old": {"code": "500234000000", "name": "开县"},
            "new": {"code": "500154000000", "name": "开州区"},
        },
        {
            "year": 2021,
            "type": "撤县设市",
            "old": {"code": "513425000000", "name": "会理县"},
            "new": {"code": "513402000000", "name": "会理市"},
        },
        {
            "year": 1982,
            "type": "码位改派",
            "old": {"code": "1", "name": "青川县"},
            "new": {"code": "510182000000", "name": "彭州市"},
        },
        {
            "year": 2000,
            "type": "更名",
            "old": {"code": "2", "name": "四川"},
            "new": {"code": "513402000000", "name": "会理市"},
        },
    ]
    history = tmp_path / "historical_changes_v1.json"
    history.write_text(json.dumps({"meta": {}, "events": events}, ensure_ascii=False), encoding="utf-8")
    return tmp_path, history


def test_build_rows_from_source(tmp_path):
    """Placeholders are skipped, zones dropped, former names taken from renaming events only."""
    source, history = _fake_source(tmp_path)
    rows = build_rows(source, history)
    assert [(r.adcode, r.parent_adcode, r.level) for r in rows] == [
        ("500000", None, "province"),
        ("500154", "500000", "county"),
        ("500243", "500000", "county"),
        ("510000", None, "province"),
        ("510100", "510000", "prefecture"),
        ("510182", "510100", "county"),
        ("513400", "510000", "prefecture"),
        ("513402", "513400", "county"),
    ]
    by_code = {r.adcode: r for r in rows}
    assert by_code["500154"].former_names == ("开县",)
    assert by_code["513402"].former_names == ("会理县",)  # 四川 is a current name: not a former one
    assert by_code["510182"].former_names == ()  # 码位改派 is not a rename


def test_csv_round_trip(tmp_path):
    rows = [
        RegionRow("500000", None, "province", "重庆市", ("重庆",)),
        RegionRow("500154", "500000", "county", "开州区", ("开州",), ("开县",)),
    ]
    path = tmp_path / "regions.csv"
    write_csv(rows, path)
    assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(regiondata.CSV_HEADER)
    assert read_csv(path) == rows
