"""The national region table loaded by the data migration."""

import pytest

from articles.models import Region

pytestmark = pytest.mark.django_db


def test_chongqing_has_its_38_county_level_units_directly_below_it():
    chongqing = Region.objects.get(adcode="500000")
    children = Region.objects.filter(parent=chongqing)
    assert chongqing.level == Region.Level.PROVINCE
    assert children.count() == 38
    assert set(children.values_list("level", flat=True)) == {Region.Level.COUNTY}


def test_sichuan_has_21_prefecture_level_units():
    sichuan = Region.objects.get(adcode="510000")
    prefectures = Region.objects.filter(parent=sichuan)
    assert prefectures.count() == 21
    assert set(prefectures.values_list("level", flat=True)) == {Region.Level.PREFECTURE}
    assert prefectures.filter(name="凉山彝族自治州").exists()


def test_pengzhou_sits_under_chengdu_under_sichuan():
    pengzhou = Region.objects.get(adcode="510182")
    assert pengzhou.name == "彭州市"
    assert pengzhou.parent.adcode == "510100"
    assert pengzhou.parent.parent.adcode == "510000"
    assert pengzhou.path == "/510000/510100/510182/"
    assert pengzhou.full_name == "四川省成都市彭州市"


def test_the_two_jiangbei_districts_are_distinct_records():
    chongqing_jiangbei = Region.objects.get(adcode="500105")
    ningbo_jiangbei = Region.objects.get(adcode="330205")
    assert chongqing_jiangbei.name == ningbo_jiangbei.name == "江北区"
    assert chongqing_jiangbei.parent.adcode == "500000"
    assert ningbo_jiangbei.parent.adcode == "330200"
    assert chongqing_jiangbei.full_name == "重庆市江北区"


@pytest.mark.parametrize(
    ("adcode", "short_name"),
    [("500153", "荣昌"), ("513400", "凉山州"), ("500243", "彭水"), ("500241", "秀山"), ("500230", "丰都")],
)
def test_short_names(adcode, short_name):
    assert short_name in Region.objects.get(adcode=adcode).aliases


@pytest.mark.parametrize(("adcode", "former_name"), [("500154", "开县"), ("500155", "梁平县")])
def test_former_names(adcode, former_name):
    assert former_name in Region.objects.get(adcode=adcode).aliases


def test_whole_country_at_three_levels():
    # The 31 province-level units of the mainland; the source carries no codes for 港澳台.
    assert Region.objects.filter(level=Region.Level.PROVINCE).count() == 31
    assert Region.objects.filter(level=Region.Level.PREFECTURE).count() >= 330
    assert Region.objects.filter(level=Region.Level.COUNTY).count() >= 2800


def test_subtree_is_one_prefix_query(django_assert_num_queries):
    chengdu = Region.objects.get(adcode="510100")
    with django_assert_num_queries(1):
        codes = set(Region.objects.subtree(chengdu).values_list("adcode", flat=True))
    assert {"510100", "510182", "510104"} <= codes
    assert "510000" not in codes and "500105" not in codes


def test_saving_a_region_keeps_path_and_full_name_in_step_with_the_parent():
    chengdu = Region.objects.get(adcode="510100")
    town = Region.objects.create(adcode="510182001", name="天彭街道", level=Region.Level.TOWN, parent=chengdu)
    assert town.path == "/510000/510100/510182001/"
    assert town.full_name == "四川省成都市天彭街道"
