import re

import pytest

from geo import gazetteer
from geo.exceptions import InputError
from geo.geoparse import find_mentions


@pytest.mark.parametrize(
    "spelling, place_id",
    [
        # Azerbaijani Latin, English, Russian-style romanisation and Armenian-side names
        ("Xocalı", "geonames:147774"),
        ("Khojaly", "geonames:147774"),
        ("Khodzhaly", "geonames:147774"),
        ("Shushi", "geonames:147105"),
        ("Шуша", "geonames:147105"),
        ("Berdzor", "geonames:147625"),
        ("Lachin", "geonames:147625"),
        ("Karvachar", "geonames:586268"),
        ("K'arvachar", "geonames:586268"),
        ("Kelbajar", "geonames:586268"),
        ("Dzhebrail", "geonames:148141"),
        ("Naxçıvan", "geonames:147429"),
        ("Nakhchivan", "geonames:147429"),
        ("Gyandzha", "geonames:586523"),
        ("Stepanakert", "geonames:146970"),
        ("Nagorno Karabakh", "supplement:nagorno-karabakh"),
        ("Нагорный Карабах", "supplement:nagorno-karabakh"),
        ("U.S.", "country:US"),
        ("Republic of Azerbaijan", "country:AZ"),
        ("Soviet Union", "region:soviet-union"),
        ("СССР", "region:soviet-union"),
        ("Persia", "country:IR"),
        ("Армянская ССР", "country:AM"),
        ("Арцах", "supplement:nagorno-karabakh"),
        ("DQMV", "supplement:nagorno-karabakh"),
        ("Шаумянский район", "admin1:AZ-3413"),
        ("Transcaucasus", "region:south-caucasus"),
        ("Khonashen", "geonames:146969"),
    ],
)
def test_every_spelling_finds_the_place(gaz, spelling, place_id):
    assert place_id in set(gaz.lookup(spelling)["id"])


@pytest.mark.parametrize(
    "word", ["Security", "Parliament", "Europe Council", "Azerbaijanis", "Soviet"]
)
def test_not_in_gazetteer(gaz, word):
    assert gaz.lookup(word).empty


def test_countries_and_states_have_areas_and_sources(gaz):
    p = gaz.places
    assert (p["kind"] == "country").sum() > 200
    assert (p["kind"] == "admin1").sum() >= 51
    assert p["source"].str.len().min() > 5


@pytest.mark.parametrize(
    "name, country, expected",
    [
        ("Xocalı", "AZ", {"khojaly", "khojali", "khodzhaly"}),
        ("Şəki", "AZ", {"shaki", "sheki"}),
        ("Qəbələ", "AZ", {"gabala", "gebele"}),
    ],
)
def test_transliterations(name, country, expected):
    got = set(gazetteer.transliterations(name, country, gazetteer._translit_rules(), limit=64))
    assert expected <= got


def test_user_places_csv(tmp_path):
    p = tmp_path / "villages.csv"
    p.write_text(
        "name,names,lat,lon,country,source\n"
        "Yuxarı Veysəlli,Yukhari Veysalli|Verin Veysalli,39.5,47.1,AZ,field notes\n",
        encoding="utf-8",
    )
    rows = gazetteer.read_places_csv(p)
    ((row, keys),) = rows
    assert row["source"] == "field notes" and row["kind"] == "village"
    assert "yukhari veysalli" in keys and "yuxari veyselli" in keys


def test_user_places_csv_errors(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("name,lat,lon\nA,1,2\nB,north,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv:3: column 'lat': 'north' is not a number"):
        gazetteer.read_places_csv(p)


def test_geonames_dump(tmp_path):
    cols = [
        "9999001",
        "Kiçik Qışlaq",
        "Kicik Qislaq",
        "Kichik Gyshlag,Малый Кишлак",
        "39.6",
        "46.9",
        "P",
        "PPL",
        "AZ",
        "",
        "14",
        "",
        "",
        "",
        "120",
        "",
        "800",
        "Asia/Baku",
        "2020-01-01",
    ]
    p = tmp_path / "AZ.txt"
    p.write_text("\t".join(cols) + "\n", encoding="utf-8")
    ((row, keys),) = gazetteer.read_geonames_dump(p)
    assert row["id"] == "geonames:9999001" and row["kind"] == "village" and row["population"] == 120
    assert {"kichik gyshlag", "малыи кишлак"} <= keys


def _dump_line(gid, name, alts, lat, lon, fclass, fcode, cc, pop="0"):
    return "\t".join(
        [
            gid,
            name,
            name,
            alts,
            lat,
            lon,
            fclass,
            fcode,
            cc,
            "",
            "",
            "",
            "",
            "",
            pop,
            "",
            "",
            "UTC",
            "2020-01-01",
        ]
    )


def test_geonames_dump_keeps_waters_sites_and_roads(tmp_path):
    p = tmp_path / "XX.txt"
    p.write_text(
        "\n".join(
            [
                _dump_line("9999101", "Lake Wobegonia", "", "45.1", "-93.2", "H", "LK", "US"),
                _dump_line("9999102", "Quorbel Street", "", "44.9", "-93.1", "R", "ST", "US"),
                _dump_line("9999103", "Zorvani Cathedral", "", "44.8", "-93.0", "S", "CH", "US"),
                _dump_line("9999104", "Mount Xyzzor", "", "46.0", "-92.0", "T", "MT", "US"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    kinds = {row["name"]: row["kind"] for row, _ in gazetteer.read_geonames_dump(p)}
    assert kinds == {
        "Lake Wobegonia": "water",
        "Quorbel Street": "road",
        "Zorvani Cathedral": "site",
        "Mount Xyzzor": "terrain",
    }


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Burma", "country:MM"),
        ("Swaziland", "country:SZ"),
        ("Democratic Republic of Congo", "country:CD"),
        ("DPRK", "country:KP"),
    ],
)
def test_colloquial_and_former_country_names(gaz, name, place_id):
    assert place_id in set(gaz.lookup(name)["id"])


def test_a_colloquial_name_a_big_town_bears_stays_the_town(gaz):
    assert "country:SV" not in set(gaz.lookup("Salvador")["id"])


# --- the regional gazetteer of the conflict area (geo/data/gazetteer/karabakh.csv) ---


def _regional_rows(name: str = "karabakh.csv"):
    import csv

    with open(gazetteer.GAZ_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


_REGIONAL_FILES = ("karabakh.csv", "villages_az_am.csv")


def test_regional_rows_are_cited_and_readable():
    rows = _regional_rows()
    assert len(rows) >= 40
    for r in rows:
        assert r["source"].strip(), r["id"]
        if r["kind"] not in (
            "admin1",
        ):  # a settlement or feature: the page its coordinates came from
            assert "http" in r["source"], r["id"]
        assert r["kind"] in gazetteer.KINDS, r["id"]
    places = gazetteer.read_places_csv(gazetteer.GAZ_DIR / "karabakh.csv")
    assert len(places) == len(rows)


@pytest.mark.parametrize("name", _REGIONAL_FILES)
def test_regional_settlements_lie_in_their_district(name):
    """Each settlement lies inside (or within 2 km of) the Natural Earth admin-1 area of
    the district it is listed under; a feature without a district lies in its country."""
    import geopandas as gpd
    from shapely.geometry import Point

    metric = "EPSG:32638"  # UTM zone 38N: the South Caucasus
    districts = (
        gpd.read_file(gazetteer.GAZ_DIR / "admin1_areas.geojson").set_index("id").to_crs(metric)
    )
    countries = gpd.read_file(gazetteer.GAZ_DIR / "admin0.geojson").to_crs(metric)
    country_of = {iso: geom for iso, geom in zip(countries["iso2"], countries.geometry)}
    far = []
    for r in _regional_rows(name):
        pt = (
            gpd.GeoSeries([Point(float(r["lon"]), float(r["lat"]))], crs="EPSG:4326")
            .to_crs(metric)
            .iloc[0]
        )
        if r["district"]:
            assert r["district"] in districts.index, f"{r['id']}: unknown district {r['district']}"
            area = districts.loc[r["district"], "geometry"]
        else:
            area = country_of[r["country"]]
        if area.distance(pt) > 2000:
            far.append((r["id"], r["district"] or r["country"], round(area.distance(pt) / 1000, 1)))
    assert not far, f"outside their district (km): {far}"


def test_the_check_can_fail():
    """A point moved to another district is caught (the check above is not vacuous)."""
    import geopandas as gpd
    from shapely.geometry import Point

    districts = (
        gpd.read_file(gazetteer.GAZ_DIR / "admin1_areas.geojson")
        .set_index("id")
        .to_crs("EPSG:32638")
    )
    hadrut = gpd.GeoSeries([Point(47.03, 39.516667)], crs="EPSG:4326").to_crs("EPSG:32638").iloc[0]
    assert districts.loc["admin1:AZ-3414", "geometry"].distance(hadrut) == 0  # Xocavənd
    assert districts.loc["admin1:AZ-1794", "geometry"].distance(hadrut) > 2000  # Kəlbəcər


def test_regional_villages_are_cited():
    """Every row of ``villages_az_am.csv`` names its repository, commit, file, licence and
    record ids, carries its GeoNames id in its id, and is no second row of a curated place."""
    rows = _regional_rows("villages_az_am.csv")
    assert len(rows) >= 500
    curated = {r["id"] for r in _regional_rows()}
    source = re.compile(
        r"Who's On First, github\.com/whosonfirst-data/whosonfirst-data-admin-(az|am) "
        r"commit [0-9a-f]{40} data/[\d/]+\.geojson \(wof:id \d+(, GeoNames \d+)?\); "
        r".*CC0.*CC BY 4\.0.*"
    )
    for r in rows:
        assert source.fullmatch(r["source"]), r["id"]
        assert r["id"] not in curated, r["id"]
        if r["id"].startswith("geonames:"):
            assert f"GeoNames {r['id'].split(':')[1]})" in r["source"], r["id"]
        assert r["kind"] in ("village", "city") and r["district"], r["id"]
    assert len({r["id"] for r in rows}) == len(rows)
    places = gazetteer.read_places_csv(gazetteer.GAZ_DIR / "villages_az_am.csv")
    assert all(p["geonameid"] == int(p["id"][9:]) for p, _ in places if p["id"][:9] == "geonames:")


@pytest.mark.parametrize(
    "spelling, place_id",
    [
        ("Dağ Tumas", "geonames:388761"),  # a village of Cəbrayıl, in Who's On First only
        ("Dagtumas", "geonames:388761"),
        ("Թաղթումաս", "geonames:388761"),  # its Armenian name
        ("Kuropatkino", "geonames:393991"),
        ("Xumarlı", "geonames:147753"),
    ],
)
def test_regional_villages_are_found(gaz, spelling, place_id):
    assert place_id in set(gaz.lookup(spelling)["id"])


def test_regional_villages_take_no_bigger_namesakes_name(gaz):
    """No name of ``villages_az_am.csv`` is a frequent word, or the name of a town, division
    or feature more than 10 km away, or of a bigger place more than 100 km away (the rules
    of ``scripts/extract_regional_villages.py``, kept when the file is edited by hand)."""
    from geo import lexicon
    from geo.geocode import distance_km
    from geo.text import fold

    common = lexicon.common_words() | lexicon.common_words_az()
    ours = set(r["id"] for r in _regional_rows("villages_az_am.csv"))
    bad = []
    for r in _regional_rows("villages_az_am.csv"):
        for n in [r["name"], *filter(None, r["names"].split("|"))]:
            if fold(n) in common:
                bad.append((r["id"], n, "a frequent word"))
            for o in gaz.lookup(n).itertuples():
                if o.id in ours:
                    continue
                d = distance_km(float(r["lat"]), float(r["lon"]), o.lat, o.lon)
                notable = o.kind not in ("village", "city") or o.population >= 1000
                bigger = o.kind != "village" or o.population > int(r["population"])
                if (d > 10 and notable) or (d > 100 and bigger):
                    bad.append((r["id"], n, o.id))
    assert not bad


def test_regional_villages_leave_the_towns_names_alone(gaz):
    """A village of Kəlbəcər that GeoNames also calls "Lachin" is not found by that name:
    Laçın, the town and district, keeps it."""
    from geo.geocode import geocode_names

    assert "geonames:824341" not in set(gaz.lookup("Lachin")["id"])
    (r,) = geocode_names(["Lachin"], gaz)
    assert r.place_id != "geonames:824341"


@pytest.mark.parametrize(
    "spelling, place_id",
    [
        ("Martakert", "karabakh:agdere"),
        ("Mardakert", "karabakh:agdere"),
        ("Ağdərə", "karabakh:agdere"),
        ("Мардакерт", "karabakh:agdere"),
        ("Hadrout", "karabakh:hadrut"),
        ("Martuni", "geonames:146969"),
        ("Askeran", "geonames:148450"),
        ("Kelbadjar", "geonames:586268"),
        ("Djebrail", "geonames:148141"),
        ("Tzaghkavank", "karabakh:xirmanciq"),
        ("Karabakh", "supplement:nagorno-karabakh"),
        ("NKAO", "supplement:nagorno-karabakh"),
        ("Kalbajar District", "admin1:AZ-1794"),
        ("Terter River", "karabakh:tartar-river"),
        ("Тартар", "karabakh:tartar-river"),  # the Russian spelling of Թարթառ
        ("Чайлу", "karabakh:cayli-terter"),
        ("Касум-Исмайловский район", "admin1:AZ-3413"),
        ("Ulu Garabey", "karabakh:ulu-qarabey"),
        ("Шукюрагалы", "karabakh:sukuragali"),
        ("Zogalbulag", "karabakh:zogalbulaq"),
        ("Dizak", "karabakh:hadrut-district"),  # the Hadrut region's historical name
        ("Varanda", "geonames:148106"),  # Fuzuli's Armenian name
        ("Ishkhanaget", "karabakh:qurucay"),  # the Armenian name of the Quruçay
        ("Comərd", "karabakh:comerd"),
        ("Araks", "karabakh:aras-river"),
        ("Kusapat", "karabakh:qasapet"),
        ("Hin Shen", "karabakh:kicik-qaladeresi"),
        ("Ghaibalu", "karabakh:qaybali"),
        ("Machkalashen", "karabakh:cutcu"),
        ("Kelbadschar", "geonames:586268"),  # the German romanisation of Кельбаджар
        ("Dschebrail", "geonames:148141"),
        ("Khojalu", "geonames:147774"),
        ("Böyük Kirs", "karabakh:boyuk-kirs"),
        ("Jojug Marjanli", "karabakh:cocuq-mercanli"),
        ("Parukh", "karabakh:ferrux"),
        ("Tigranashen", "karabakh:kerki"),
        ("Verin Voskepar", "karabakh:yuxari-eskipara"),
        ("Khachenaget", "karabakh:xacincay"),
        ("Bazarçay", "karabakh:vorotan"),
        ("Zod Pass", "karabakh:sotk-pass"),
        ("Getavan", "karabakh:qozlukorpu"),
        ("Verin Shorzha", "karabakh:verin-shorzha"),
        ("Jraberd", "karabakh:jraberd"),
        ("Hakaku", "karabakh:hakaku"),
        ("Haykazyan", "karabakh:qezyan"),
        ("Voghji", "karabakh:voghji"),
        ("Karabakh Range", "karabakh:karabakh-range"),
        ("Zangezur Mountains", "karabakh:zangezur-range"),
        ("Karkhulu", "karabakh:karxulu"),
        ("Nrnadzor", "karabakh:nrnadzor"),
        ("Sev Lake", "karabakh:lake-sev"),
        ("Motudərə", "karabakh:mutudere"),
        ("Goyar Abbas", "karabakh:goyer-abbas"),
        ("Charakan", "karabakh:cereken"),
        ("Mammadbayli", "karabakh:memmedbeyli"),
        ("Ashaghi Maralyan", "karabakh:asagi-maralyan"),
        ("Khorovlu", "karabakh:horovlu"),
        # the republic's long names in Russian and Azerbaijani, and its Russian abbreviation
        ("Нагорно-Карабахская Республика", "supplement:nagorno-karabakh"),
        ("НКР", "supplement:nagorno-karabakh"),
        ("Республика Арцах", "supplement:nagorno-karabakh"),
        ("Dağlıq Qarabağ Respublikası", "supplement:nagorno-karabakh"),
        ("Maşanlı", "karabakh:masanli"),
        ("Mashanly", "karabakh:masanli"),
        ("Balyand", "karabakh:balyand"),
        ("Sirik", "karabakh:sirik"),
        ("Shykhlyar", "karabakh:sixlar-cebrayil"),
        ("Kumlak", "karabakh:qumlaq"),
        ("Dondarlı", "karabakh:dondarli"),
        ("Garajalli", "karabakh:qaracalli-cebrayil"),
        ("Nüzgar", "karabakh:nuzger"),
        ("Juvarli", "karabakh:cuvarli"),
        ("Sheybey", "karabakh:seybey"),
        ("Pletants", "karabakh:bulutan"),
        ("Dashbashi", "karabakh:dasbasi"),
        ("Mushkapat", "karabakh:muskapat"),
        ("Guneychartar", "karabakh:cartar"),
        ("Alagurshag", "karabakh:alaqursaq"),
        ("Yaglivend", "karabakh:yuxari-yaglivend"),
        ("Ashagy Yaglivend", "karabakh:araz-yaglivend"),
        ("Hotchaz", "karabakh:hocaz"),
        ("Vakunis", "karabakh:picenis"),
        ("Yusifjanly", "karabakh:yusifcanli"),
        ("Mamar", "karabakh:memer"),
        ("Tigranavan", "karabakh:padar-qubadli"),
        ("Yukhary Jibikli", "karabakh:yuxari-cibikli"),
        ("Khalafsha", "karabakh:xelefse"),
        ("Ishigly", "karabakh:isiqli-fuzuli"),
        ("Vardabats", "karabakh:ebilce"),
        ("Jraghatsner", "karabakh:demirciler-xocali"),
        ("Agali III", "karabakh:agali-3"),
        ("Banadzor", "karabakh:binederesi"),
        ("Dilagarda", "karabakh:dilagarda"),
        ("Zarysly", "karabakh:zarisli"),
        ("Bala Bahmanli", "karabakh:bala-behmenli"),
        ("Gurjulu", "karabakh:gurculu"),
        ("Армудлу", "karabakh:armudlu-qubadli"),
        ("Salaketin", "karabakh:salaketin"),
        ("Sktorashen", "karabakh:six-dursun"),
        ("Jomard", "karabakh:comerd"),
        ("Kochakhmedli", "karabakh:qocehmedli"),
        ("Yukhari Veysalli", "karabakh:yuxari-veyselli"),
        ("Aragül", "karabakh:arakul"),
        ("Armenakavan", "karabakh:xacinderbetli"),
        ("Khyndyrystan", "karabakh:xindiristan"),
        ("Shikhaliagali", "karabakh:sixeliagali"),
        ("Afatli", "karabakh:efetli"),
        ("Русские Борисы", "karabakh:rus-borisi"),
        ("Aghbiz", "karabakh:agbiz"),
        ("Divanalylar", "karabakh:divanalilar"),
        ("Zeylik", "karabakh:zeylik"),
        ("Allahgulular", "karabakh:allahqulular"),
        ("Aghanus", "karabakh:aganus"),
        ("Mishni", "karabakh:misni"),
        ("Kurdgadzhi", "karabakh:kurdhaci"),
        ("Ardashevi", "karabakh:erdesevi"),
        ("Gadzhituraly", "karabakh:haciturali"),
        ("Hajily", "karabakh:hacili-cebrayil"),
        ("Заргяр", "karabakh:zerger-fuzuli"),
        ("Chamberekend", "karabakh:cemberekend"),
        ("Berkadzor", "karabakh:berkadzor"),
        ("Melikahogh", "karabakh:melikpeye"),
        ("Aradjamough", "karabakh:arajamugh"),
        ("Alikend", "karabakh:alikend"),
        ("Alırzalar", "karabakh:alirzalar"),
        ("Доланлар", "karabakh:dolanlar"),
        ("Argunash", "karabakh:dolanlar"),
        ("Petrosashen", "karabakh:petrosasen"),
        ("Khtsaberd", "karabakh:caylaqqala"),
        ("Chaylaggala", "karabakh:caylaqqala"),
        ("Bazarkənd", "karabakh:bazarkend"),
        ("Tsmakahogh", "karabakh:bazarkend"),
        ("Garnakar", "karabakh:garnakar"),
        ("Çərəktar", "karabakh:cerekdar"),
        ("Kend Zangilan", "karabakh:kend-zengilan"),
        ("Ishkhanasar", "karabakh:ishkhanasar"),
        ("Ghzljugh", "karabakh:ishkhanasar"),
        ("Dədəli", "karabakh:dedeli-fuzuli"),  # Dedeli, Turkey (no population given) is no bigger
        # districts of Baku
        ("Khatai district", "karabakh:xetai-rayonu"),
        ("Хатаинский район", "karabakh:xetai-rayonu"),
        ("Binagadi district", "karabakh:bineqedi-rayonu"),
        ("Nərimanov rayonu", "karabakh:nerimanov-rayonu"),
        ("Salaketin", "karabakh:salaketin"),
        ("Srkhavend", "karabakh:sirxavend"),
        ("Hakhlu", "karabakh:axullu"),
        ("Murav", "karabakh:murovdag"),
        ("Cicimli", "karabakh:cicimli-lacin"),
        ("Kuruchay", "karabakh:qurucay"),
        ("Куручай", "karabakh:qurucay"),
        ("Qarabağ dağ silsiləsi", "karabakh:karabakh-range"),
        ("Гандзак", "geonames:586523"),  # Ganja, by its Armenian name in Russian letters
    ],
)
def test_regional_spellings(gaz, spelling, place_id):
    assert place_id in set(gaz.lookup(spelling)["id"])


@pytest.mark.parametrize(
    "name, place_id",
    [
        # Azerbaijani names of places in Armenia, as Azerbaijani-side texts write them
        ("Gorus", "geonames:174895"),  # Goris
        ("Qarakilsə", "geonames:174763"),  # Sisian
        ("Sisyan", "geonames:174763"),  # Sisian, not Sisyan, Côte d'Ivoire (872 people)
        ("Göyçə gölü", "naturalearth:lake-sevan"),
        ("Göyçə", "naturalearth:lake-sevan"),
        ("Gokcha", "naturalearth:lake-sevan"),
        ("Zəngəzur", "admin1:AM-1796"),  # the region (Syunik), not the village Hartashen
        ("Zangezur", "admin1:AM-1796"),  # not Kapan, whose GeoNames names included it
        ("Qərbi Zəngəzur", "admin1:AM-1796"),
        ("Western Zangezur", "admin1:AM-1796"),
        ("Zangezur Mountains", "karabakh:zangezur-range"),  # the longer name keeps its place
        ("Basarkeçər", "geonames:616108"),  # Vardenis
        ("Çəmbərək", "geonames:616786"),  # Chambarak
        ("Karvansaray", "geonames:616627"),  # Ijevan
        ("Gümrü", "geonames:616635"),  # Gyumri
        ("Hamamlı", "geonames:616199"),  # Spitak
        ("Dilican", "geonames:616752"),  # Dilijan
        ("Qafan", "geonames:174875"),  # Kapan
        ("Meğri", "geonames:174823"),  # Meghri
    ],
)
def test_exonyms_of_towns_across_the_border(gaz, name, place_id):
    from geo.geocode import geocode_names

    (r,) = geocode_names([name], gaz)
    assert r.place_id == place_id


@pytest.mark.parametrize(
    "text, name, place_id",
    [
        ("Ermənilər Gorusdan Laçına hücum etdilər.", "Gorusdan", "geonames:174895"),
        ("Qarakilsədə döyüşlər gedirdi.", "Qarakilsədə", "geonames:174763"),
        ("Göyçə gölünün sahilində kəndlər var.", "Göyçə gölünün", "naturalearth:lake-sevan"),
        ("Zəngəzurda vəziyyət gərgin idi.", "Zəngəzurda", "admin1:AM-1796"),
        ("Biz Göyçə gölü yanında idik.", "Göyçə gölü", "naturalearth:lake-sevan"),
        ("Biz Sevan gölünə getdik.", "Sevan gölünə", "naturalearth:lake-sevan"),  # not the town
        ("Mil düzündə döyüşlər gedirdi.", "Mil düzündə", "karabakh:mil-steppe"),
    ],
)
def test_case_forms_of_exonyms_in_text(gaz, text, name, place_id):
    from geo.geocode import resolve
    from geo.geoparse import find_mentions

    found = {
        text[r.mention.start : r.mention.end]: r.place_id
        for r in resolve(find_mentions(text, gaz), text, gaz)
    }
    assert found.get(name) == place_id, found


@pytest.mark.parametrize(
    "spelling, place_id",
    [
        ("Azerbaydzhan", "country:AZ"),  # Азербайджан romanised as other Russian names are
        ("Azerbaidzhan", "country:AZ"),
        ("Gruziya", "country:GE"),  # Грузия
        ("Armeniya", "country:AM"),  # Армения, not Armenia, Colombia
        ("Kazahstan", "country:KZ"),  # Казахстан
    ],
)
def test_countries_russian_names_romanised(gaz, spelling, place_id):
    from geo.geocode import geocode_names

    (r,) = geocode_names([spelling], gaz)
    assert r.place_id == place_id


def test_country_romanisation_is_latin_and_only_where_texts_romanise_russian():
    from geo.gazetteer.sources import _romanised_russian_names

    rules = gazetteer.translit_rules()
    keys = _romanised_russian_names(["Азербайджан", "Azerbaijan"], "AZ", rules)
    assert {"azerbaydzhan", "azerbaidzhan", "azerbaydjan"} <= keys
    assert all(k.isascii() for k in keys)  # no Cyrillic case forms: the mention finder reads those
    assert not _romanised_russian_names(["Франция"], "FR", rules)


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Kerki", "geonames:1219002"),  # the town in Turkmenistan, not Kərki (Tigranashen)
        ("Ağdam", "geonames:148619"),  # the district town, not a village of the same name
        ("Almalı", "geonames:315697"),  # Elmalı, Turkey: Khndzristan's Azerbaijani name is left out
        ("Aygestan", "geonames:616849"),  # Ararat Province, not Ballıca (Askeran)
        ("Kepez", "geonames:10377367"),  # Antalya, not Mount Kəpəz
        ("Çelebiler", "geonames:747705"),  # Eflani, Turkey, not Çələbilər (Cəbrayıl)
        ("Karadere", "geonames:744767"),  # Turkey, not Qaradərə (Zəngilan)
        ("Dajal", "geonames:1180752"),  # Pakistan, not Dəcəl (Cəbrayıl)
        ("Haykavan", "geonames:616845"),  # Armavir, not Sirik (Cəbrayıl), so named 1993-2020
        ("Karaglukh", "geonames:174874"),  # Vayots Dzor, not Daşbaşı (Hadrut)
        ("Saratak", "geonames:616262"),  # Shirak, not Sarıyataq (Qubadlı), so named 1993-2020
        ("Demirciler", "geonames:317227"),  # Turkey: Dəmirçilər (Xocalı) keeps its own spelling
        ("Narimanov", "geonames:523443"),  # the town in Russia, not Baku's Nərimanov district
        ("Binəqədi", "geonames:586967"),  # the settlement, not the district of Baku named after it
        ("Armutlu", "geonames:323578"),  # Turkey: Armudlu (Qubadlı) leaves out its 1912 spelling
        ("Chumen", "geonames:1814790"),  # China, not Comərd (Kəlbəcər), whose Armenian name it is
        ("Arevshat", "geonames:616915"),  # Aragatsotn, not Dolanlar (Hadrut), so named by Armenians
        ("Çormanlı", "geonames:748926"),  # Çomranlı, Turkey, not Garnakar (Kəlbəcər)
        ("Zəngilan", "geonames:146901"),  # the district town, not the village Kənd Zəngilan
    ],
)
def test_regional_rows_leave_bigger_namesakes_alone(gaz, name, place_id):
    from geo.geocode import geocode_names

    (r,) = geocode_names([name], gaz)
    assert r.place_id == place_id


@pytest.mark.parametrize(
    "name, country, armenian, expected",
    [
        ("Kəlbəcər", "AZ", False, {"kelbajar", "kelbadjar", "kelbadzhar", "kalbajar"}),
        ("Джебраил", "AZ", False, {"dzhebrail", "djebrail", "jebrail"}),
        ("Tsaghkavank", "AZ", True, {"tzaghkavank"}),
        ("Hadrut", "AZ", True, {"hadrout"}),
    ],
)
def test_regional_transliterations(name, country, armenian, expected):
    got = set(
        gazetteer.transliterations(name, country, gazetteer._translit_rules(), armenian=armenian)
    )
    assert expected <= got


def test_russian_romanisation_only_where_texts_use_it():
    rules = gazetteer._translit_rules()
    assert gazetteer.transliterations("Джебраил", "AZ", rules)
    assert not gazetteer.transliterations("Джебраил", "FR", rules)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Berdzor", ["бердзор"]),
        ("Hadrut", ["хадрут", "гадрут"]),  # Armenian h: х, and г as Russian writes Гадрут
        ("Dashalty", ["дашалты"]),  # y after a consonant: ы
        ("Aygepar", ["айгепар"]),  # y after a vowel: й
        ("Erkech", ["эркеч"]),  # e opening a word: э
        ("Khandzadzor", ["хандзадзор"]),
        ("Mets Shen", ["мец шен"]),
        # Azerbaijani Latin, as Russian writes it: q → г|к, c → дж, ı → ы|и
        ("Qubadlı", ["губадлы", "кубадлы", "губадли", "кубадли"]),
        ("Xocik", ["ходжик"]),
        ("Laçın", ["лачын", "лачин"]),
        ("Hadrouté", []),  # a letter neither table knows
    ],
)
def test_latin_to_russian_spellings(name, expected):
    assert gazetteer.russian_spellings(name, gazetteer.translit_rules()) == expected


@pytest.mark.parametrize(
    "spelling, place_id",
    [
        ("Бердзор", "geonames:147625"),  # GeoNames' Laçın, whose Latin names include Berdzor
        ("Мартакерт", "karabakh:agdere"),  # the row has Мардакерт, not Мартакерт
        ("Хандзадзор", "karabakh:agcakend-xocavend"),
        ("Егцахог", "karabakh:saribaba"),
        ("Хадрут", "karabakh:hadrut"),
        ("Губадлы", "geonames:147305"),  # from the Azerbaijani Qubadlı
    ],
)
def test_regional_places_have_russian_spellings_of_their_latin_names(gaz, spelling, place_id):
    assert place_id in set(gaz.lookup(spelling)["id"])


@pytest.mark.parametrize(
    "spelling, namesake, regional",
    [
        # Shaki, a village in Syunik: Şəki, far bigger, keeps "Шаки"
        ("Шаки", "geonames:585170", "geonames:174780"),
        ("Кирс", "geonames:548333", "karabakh:boyuk-kirs"),  # Kirs in Russia goes by Кирс
        ("Бузулук", "geonames:570427", "karabakh:buzluq"),  # and Buzuluk by Бузулук
    ],
)
def test_made_russian_spellings_leave_namesakes_their_names(gaz, spelling, namesake, regional):
    ids = set(gaz.lookup(spelling)["id"])
    assert namesake in ids and regional not in ids


def test_a_regional_river_has_the_russian_spelling_of_its_name_without_river(gaz):
    """ "Khachen River" is found in Russian as "Хачен", the river word written before it in
    lower case and in its case ("у реки Хачен"), as the river, not a namesake."""
    assert "karabakh:xacincay" in set(gaz.lookup("Хачен")["id"])
    text = "Мост у реки Хачен восстановили к весне."
    assert [
        (m.surface, set(gaz.col["kind"][r] for r in m.rows)) for m in find_mentions(text, gaz)
    ] == [("Хачен", {"river"})]


def test_made_russian_spellings_stay_in_the_region(gaz):
    """Laçin in Turkey has no Russian name of its own: "Лачин" is Laçın in Azerbaijan only,
    and the made-up spellings are index keys, never names shown."""
    found = gaz.lookup("Лачин")
    assert set(found["country"]) == {"AZ"}
    assert not any("Бердзор" in gaz.names_of(r) for r in gaz.rows("бердзор"))


def test_regional_river_points_lie_on_natural_earth_lines():
    """A river's cited point lies within 2 km of its Natural Earth 1:10m centre line."""
    import geopandas as gpd
    from shapely.geometry import Point

    lines = gpd.read_file(gazetteer.GAZ_DIR / "rivers.geojson").set_index("id").to_crs("EPSG:32638")
    rivers = {r["id"]: r for r in _regional_rows() if r["kind"] == "river"}
    assert set(lines.index) <= set(rivers) and len(lines) >= 2
    for rid, line in lines.geometry.items():
        r = rivers[rid]
        pt = (
            gpd.GeoSeries([Point(float(r["lon"]), float(r["lat"]))], crs="EPSG:4326")
            .to_crs("EPSG:32638")
            .iloc[0]
        )
        assert line.distance(pt) <= 2000, rid


def test_names_a_source_gives_wrongly_are_taken_out(gaz):
    import csv

    from geo.resources import GAZ_DIR

    with open(GAZ_DIR / "names_removed.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    ids = set(gaz.col["id"])
    for r in rows:
        assert r["place_id"] in ids and r["name"] and r["reason"], r
    # GeoNames lists Gəncə among Yevlakh's names: Ganja is Ganja again
    assert "Yevlakh" not in {gaz.col["name"][r] for r in gaz.rows("ganja")}
    assert "Yevlakh" in {gaz.col["name"][r] for r in gaz.rows("evlakh")}  # its own names stay


# --- physical features of Natural Earth (geo/data/gazetteer/physical.csv) ---


def _physical_rows():
    import csv

    with open(gazetteer.GAZ_DIR / "physical.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_physical_rows_are_named_placed_and_cited():
    rows = _physical_rows()
    assert 1000 <= len(rows) <= 6000
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["name"].strip() and r["id"].startswith("naturalearth:"), r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["id"]
        assert r["kind"] in gazetteer.KINDS, r["id"]
        assert "Natural Earth" in r["source"] and "ne_10m_" in r["source"], r["id"]
    kinds = {r["kind"] for r in rows}
    assert {"river", "lake", "reservoir", "mountain", "water", "terrain"} <= kinds
    assert len(gazetteer.read_places_csv(gazetteer.GAZ_DIR / "physical.csv")) == len(rows)


def test_physical_rows_do_not_repeat_curated_features():
    """A feature of supplement.csv or karabakh.csv (the Caspian, the Aras) has no second row
    of the same name nearby in physical.csv."""
    import csv

    from geo.geocode import distance_km
    from geo.text import fold

    curated = []
    for name in ("supplement.csv", "karabakh.csv"):
        with open(gazetteer.GAZ_DIR / name, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                names = {fold(n) for n in [r["name"], *r["names"].split("|")] if n}
                curated.append((names, float(r["lat"]), float(r["lon"]), r["id"]))
    twins = []
    for r in _physical_rows():
        for n in [r["name"], *r["names"].split("|")]:
            for names, lat, lon, cid in curated:
                near = distance_km(float(r["lat"]), float(r["lon"]), lat, lon) <= 150
                if n and fold(n) in names and near:
                    twins.append((r["id"], n, cid))
    assert not twins


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Lake Sevan", "naturalearth:lake-sevan"),
        ("Sevan Lake", "naturalearth:lake-sevan"),
        ("Zagros", "naturalearth:zagros-mountains"),
        ("Gulf of Aden", "naturalearth:gulf-of-aden"),
        ("Danube River", "naturalearth:danube"),
        ("Mount Everest", "naturalearth:mount-everest"),
    ],
)
def test_physical_feature_names(gaz, name, place_id):
    assert place_id in set(gaz.lookup(name)["id"])


def test_physical_feature_has_no_second_aras_or_caspian(gaz):
    for name, place_id in (
        ("Aras", "karabakh:aras-river"),
        ("Caspian Sea", "supplement:caspian-sea"),
    ):
        ids = set(gaz.lookup(name)["id"])
        assert place_id in ids and not any(i.startswith("naturalearth:") for i in ids), ids
