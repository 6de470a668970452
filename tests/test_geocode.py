import json
from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from geo.documents import Document
from geo.events import document_events
from geo.geocode import distance_km, geocode_names, resolve
from geo.geoparse import find_mentions
from tests.conftest import ROOT, read_csv


def _areas():
    out = {}
    for name, prefix, key in (
        ("admin0.geojson", "country:", "iso2"),
        ("us_states.geojson", "admin1:US-", "code"),
    ):
        for f in json.loads(
            Path(ROOT / "geo" / "data" / "gazetteer" / name).read_text(encoding="utf-8")
        )["features"]:
            out[prefix + f["properties"][key]] = shape(f["geometry"])
    return out


def test_seed_places_are_placed_right(gaz, seed):
    chosen = {}
    for r in resolve(find_mentions(seed.text, gaz), seed.text, gaz):
        chosen.setdefault(r.mention.surface, r)
    areas = _areas()
    for row in read_csv("seed_places.csv"):
        r = chosen[row["mention"]]
        assert r.place_id == row["place_id"], row["mention"]
        place = gaz.places.iloc[r.row]
        if row["lat"]:
            assert distance_km(
                float(row["lat"]), float(row["lon"]), place["lat"], place["lon"]
            ) <= float(row["max_km"]), row["mention"]
        else:
            assert areas[row["place_id"]].contains(Point(place["lon"], place["lat"])), row[
                "mention"
            ]


def test_seed_maps_nothing_else(gaz, seed):
    expected = {r["place_id"] for r in read_csv("seed_places.csv")}
    got = {r.place_id for r in resolve(find_mentions(seed.text, gaz), seed.text, gaz)}
    assert got == expected


@pytest.mark.parametrize(
    "text, mention, country, kind",
    [
        (
            "Russia invaded Georgia in 2008 and its tanks neared Tbilisi.",
            "Georgia",
            "GE",
            "country",
        ),
        ("Lawmakers in Georgia, Alabama and Florida passed the bill.", "Georgia", "US", "admin1"),
        ("Flooding in Paris, France.", "Paris", "FR", "city"),
        ("Shelling hit Gəncə and Bərdə overnight.", "Gəncə", "AZ", "city"),
        ("The state of Washington and Oregon sued.", "Washington", "US", "admin1"),
        ("Students marched in Athens, Georgia, on Monday.", "Athens", "US", "city"),
        ("Students marched in Athens, Georgia, on Monday.", "Georgia", "US", "admin1"),
        ("A tornado hit Paris, Texas.", "Paris", "US", "city"),
        ("Aid left Washington for Seattle, Washington.", "Seattle", "US", "city"),
        (
            "After stops in Washington, New York and Boston, he flew home.",
            "Washington",
            "US",
            "city",
        ),
        # a cue word next to the name makes it the feature, not the town of the same name
        ("Mines were laid along the Tərtər river in 1993.", "Tərtər", "AZ", "river"),
        ("Refugees crossed the Araks into Iran.", "Araks", "AZ", "river"),
        ("Refugees reached Tərtər and Bərdə.", "Tərtər", "AZ", "city"),
        ("Columns crossed the Ömər pass in April.", "Ömər", "AZ", "pass"),
        ("Camps stood on the Mil steppe near Imishli.", "Mil", "AZ", "steppe"),
        # the Armenian name of a Karabakh village, not the village of Syunik of that name
        (
            "Hartashen, in the Khojavend District of Nagorno-Karabakh, emptied in 1992.",
            "Hartashen",
            "AZ",
            "village",
        ),
        # Drakhtik of the Hadrut region beside Azokh and Hadrut; Drakhtik of Gegharkunik
        # beside Lake Sevan and Martuni
        ("From Hadrut the road runs past Azokh to Drakhtik.", "Drakhtik", "AZ", "village"),
        ("From Martuni on Lake Sevan we drove to Drakhtik.", "Drakhtik", "AM", "city"),
        # the river of the Hadrut region by its Turkic name, not the town Kuruçay of Turkey
        ("The road follows the Kuruchay River south of Hadrut.", "Kuruchay River", "AZ", "river"),
        # Soyuqbulaq of Kəlbəcər beside its district and the Tərtər, not Soyuqbulaq of Qazax
        (
            "Kəlbəcər rayonunun Soyuqbulaq kəndində Tərtər çayı üzərində körpü var.",
            "Soyuqbulaq",
            "AZ",
            "village",
        ),
    ],
)
def test_context_decides(gaz, text, mention, country, kind):
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    place = gaz.places.iloc[res[mention].row]
    assert (place["country"], place["kind"]) == (country, kind)


@pytest.mark.parametrize(
    "state, code", [("California", "CA"), ("Florida", "FL"), ("New York", "NY")]
)
def test_named_division_decides_namesakes(gaz, state, code):
    text = (
        f"Wildfires spread across {state} this week. Officials in Orange County ordered "
        "evacuations."
    )
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert gaz.col["admin1"][res["Orange County"].row] == code


def test_confidence_and_rejected(gaz):
    text = "Lawmakers in Georgia, Alabama and Florida passed the bill."
    r = resolve(find_mentions(text, gaz), text, gaz)[0]
    assert 0.5 < r.confidence <= 1.0
    assert r.rejected and r.rejected[0]["id"] == "country:GE"


def test_one_sense_per_document(gaz):
    text = "Protests spread across Georgia, Alabama and Texas. Later, Georgia passed a law."
    ids = {
        r.place_id
        for r in resolve(find_mentions(text, gaz), text, gaz)
        if r.mention.surface == "Georgia"
    }
    assert ids == {"admin1:US-GA"}


def test_a_feature_cue_is_its_own_sense(gaz):
    """ "The Tərtər river" and "Tərtər" (the town) in one document are two places."""
    text = "Camps stand in Bərdə and Tərtər. Mines lie along the Tərtər river."
    kinds = [
        gaz.col["kind"][r.row]
        for r in resolve(find_mentions(text, gaz), text, gaz)
        if r.mention.surface == "Tərtər"
    ]
    assert kinds == ["city", "river"]


def test_geocode_names_with_context(gaz):
    (with_ctx,) = geocode_names(
        ["Georgia"], gaz, context="U.S. state legislatures in Texas and Maine"
    )
    (bare,) = geocode_names(["Georgia"], gaz)
    assert with_ctx.place_id == "admin1:US-GA" and bare.place_id == "country:GE"
    assert geocode_names(["Qwxzyville"], gaz) == [None]


@pytest.mark.parametrize(
    "name, country, admin1",
    [
        ("Paris, Texas", "US", "TX"),
        ("Paris, France", "FR", None),
        ("Athens, Georgia", "US", "GA"),
        ("London, Ontario", "CA", "08"),
        ("Richmond, Virginia", "US", "VA"),
    ],
)
def test_qualified_names_stay_inside_their_qualifier(gaz, name, country, admin1):
    (r,) = geocode_names([name], gaz)
    assert gaz.col["country"][r.row] == country
    if admin1:
        assert gaz.col["admin1"][r.row] == admin1


def test_country_points_are_geonames_own(gaz):
    points = {
        r["iso2"]: (float(r["lat"]), float(r["lon"]))
        for r in read_csv(ROOT / "geo" / "data" / "gazetteer" / "country_points.csv")
    }
    countries = gaz.places[gaz.places["kind"] == "country"]
    assert len(points) > 150
    for row in countries.itertuples():
        if row.country in points:
            assert (row.lat, row.lon) == points[row.country], row.name


@pytest.mark.parametrize(
    "text, mention, place_id",
    [
        ("Drought spread across North Africa in 2021.", "North Africa", "region:northern-africa"),
        ("Haze drifted over Southeast Asia.", "Southeast Asia", "region:south-eastern-asia"),
        (
            "Rains failed in Southern Africa, hitting South Africa.",
            "Southern Africa",
            "region:southern-africa",
        ),
        ("Rains failed in Southern Africa, hitting South Africa.", "South Africa", "country:ZA"),
    ],
)
def test_world_regions(gaz, text, mention, place_id):
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert res[mention].place_id == place_id


@pytest.mark.parametrize(
    "text, surface",
    [
        ("When the USSR broke up, the garrison left Baku.", "USSR"),
        ("Troops of the U.S.S.R. stood near Ganja.", "U.S.S.R."),
        ("После распада Советского Союза бои шли у Агдама.", "Советского Союза"),
        ("1991-ci ildə SSRİ dağıldı və Ağdam uğrunda döyüşlər başladı.", "SSRİ"),
        ("Sovet İttifaqının son illərində Gəncədə mitinqlər oldu.", "Sovet İttifaqının"),
        ("Договор между Российской империей и Персией подписан.", "Российской империей"),
        ("Qarabağ Rusiya imperiyasının tərkibinə keçdi.", "Rusiya imperiyasının"),
    ],
)
def test_the_soviet_union_is_a_former_state(gaz, text, surface):
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert res[surface].place_id in ("region:soviet-union", "region:russian-empire")
    assert "former state" in gaz.col["source"][res[surface].row]


def test_eastern_europe_is_not_in_siberia(gaz):
    (r,) = geocode_names(["Eastern Europe"], gaz)
    assert 40 < gaz.col["lat"][r.row] < 60 and 15 < gaz.col["lon"][r.row] < 40


@pytest.mark.parametrize(
    "name, members",
    [
        ("Middle East", {"SA", "IQ", "IR", "EG"}),
        ("Balkans", {"AL", "BA", "BG", "GR", "HR", "ME", "MK", "RS"}),
        ("Horn of Africa", {"ET", "SO"}),
        ("Soviet Union", {"RU"}),
        ("Yugoslavia", {"BA", "HR", "RS", "ME", "SI", "MK"}),
    ],
)
def test_country_groups_lie_among_their_countries(gaz, name, members):
    (r,) = geocode_names([name], gaz)
    assert r.place_id.startswith("region:")
    point = Point(gaz.col["lon"][r.row], gaz.col["lat"][r.row])
    areas = _areas()
    nearest = min(areas, key=lambda k: areas[k].distance(point))
    assert nearest.removeprefix("country:") in members


def test_a_qualifier_keeps_its_own_sense(gaz):
    text = "The senator flew from Washington to Seattle, Washington."
    ids = [
        r.place_id
        for r in resolve(find_mentions(text, gaz), text, gaz)
        if r.mention.surface == "Washington"
    ]
    assert ids == ["geonames:4140963", "admin1:US-WA"]


def test_a_qualified_name_settles_its_later_mentions(gaz):
    text = "Students marched in Athens, Georgia, on Monday. Later Athens was calm."
    ids = {
        r.place_id
        for r in resolve(find_mentions(text, gaz), text, gaz)
        if r.mention.surface == "Athens"
    }
    assert ids == {"geonames:4180386"}


@pytest.mark.parametrize(
    "text, mention, place_id",
    [
        ("Storms crossed the Atlantic toward Iowa.", "Atlantic", "supplement:atlantic-ocean"),
        ("Atlantic, Iowa, held a parade.", "Atlantic", "geonames:4847385"),
        ("Tankers sailed the Caspian Sea near Baku.", "Caspian Sea", "supplement:caspian-sea"),
    ],
)
def test_oceans_and_seas(gaz, text, mention, place_id):
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert res[mention].place_id == place_id


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Boats reached Sicily at dawn.", "Sicily", "Sicilia"),
        ("Farmers in Brittany protested.", "Brittany", "Bretagne"),
        ("Wildfires hit Tuscany near Florence.", "Tuscany", "Toscana"),
    ],
)
def test_first_level_divisions_natural_earth_splits(gaz, text, mention, name):
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    r = res[mention]
    assert (gaz.col["kind"][r.row], gaz.col["name"][r.row]) == ("admin1", name)


def test_large_islands(gaz):
    text = "Floods hit Java and Sumatra, and typhoons lashed Luzon on Monday."
    ids = [r.place_id for r in resolve(find_mentions(text, gaz), text, gaz)]
    assert ids == ["supplement:java", "supplement:sumatra", "supplement:luzon"]


def test_a_common_word_abroad_is_the_word(gaz):
    """'See also' in a text about Azerbaijan is not See, Austria; in a text about Austria it may
    be."""
    from geo.geoparse import find_mentions

    def places(text):
        return {
            r.mention.surface: gaz.col["country"][r.row]
            for r in resolve(find_mentions(text, gaz), text, gaz)
        }

    about_az = (
        "| Capital | Kalbajar |\n\nKalbajar and Lachin lie in Azerbaijan, west of Barda.\n\n"
        "## See also\n\n- Aghdam\n"
    )
    found = places(about_az)
    assert "See" not in found and "Capital" not in found and found.get("Lachin") == "AZ"
    about_at = "Innsbruck and Landeck lie in Tyrol, Austria.\n\n## See also\n\n- Imst\n"
    found = places(about_at)
    assert found.get("Innsbruck") == "AT"
    assert (
        found.get("See", "AT") == "AT"
    )  # kept (or not recognised at all), never dropped for being abroad


# --- physical features of Natural Earth (geo/data/gazetteer/physical.csv) ---


@pytest.mark.parametrize(
    "text, mention, place_id, kind",
    [
        (
            "Fishermen on Lake Sevan reported low water.",
            "Lake Sevan",
            "naturalearth:lake-sevan",
            "lake",
        ),
        ("Ferries cross Lake Geneva in summer.", "Lake Geneva", "naturalearth:lake-geneva", "lake"),
        (
            "Fighting spread into the Zagros Mountains of Iran.",
            "Zagros Mountains",
            "naturalearth:zagros-mountains",
            "mountain",
        ),
        (
            "Pirates seized a tanker in the Gulf of Aden.",
            "Gulf of Aden",
            "naturalearth:gulf-of-aden",
            "water",
        ),
        ("The ship sailed up the Red Sea.", "Red Sea", "naturalearth:red-sea", "water"),
        ("Caravans crossed the Sahara to Timbuktu.", "Sahara", "naturalearth:sahara", "terrain"),
        ("Floods along the Euphrates river.", "Euphrates", "naturalearth:euphrates", "river"),
        ("Refugees crossed the Aras river.", "Aras", "karabakh:aras-river", "river"),
        ("Fishermen on lake Sevan reported low water.", "Sevan", "naturalearth:lake-sevan", "lake"),
        ("Nets filled the Cauvery river.", "Cauvery", "naturalearth:cauvery-river", "river"),
    ],
)
def test_physical_features_resolve_to_the_feature(gaz, text, mention, place_id, kind):
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert res[mention].place_id == place_id
    assert gaz.col["kind"][res[mention].row] == kind


@pytest.mark.parametrize(
    "text, mention, kinds",
    [
        ("He was born in Geneva.", "Geneva", {"city"}),
        ("Sevan is a town in Armenia.", "Sevan", {"city"}),
        ("Victoria reported new cases, Melbourne said.", "Victoria", {"city", "admin1"}),
        ("Police in Victoria made arrests on Monday.", "Victoria", {"city", "admin1"}),
    ],
)
def test_a_bare_name_stays_the_town(gaz, text, mention, kinds):
    """A river, island or lake of Natural Earth does not take a town's name from it."""
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert gaz.col["kind"][res[mention].row] in kinds


def test_a_river_cue_takes_a_bare_name_to_the_river(gaz):
    """The Victoria River of Australia: "Victoria" is the state or a town, "the Victoria
    river" the river."""
    text = "Cattle stations line the Victoria river in the Northern Territory."
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert gaz.col["kind"][res["Victoria"].row] == "river"


def test_a_bare_feature_name_counts_at_most_as_a_town_of_10000(gaz):
    """The Sahara's 4 million km² count in full for "Rub' al Khali"-style names written out,
    but "Sahara" alone weighs like a town of 10,000 at most (plus the kind's bonus)."""
    from geo.gazetteer import KIND_BONUS
    from geo.geocode.scoring import _priors

    rows = gaz.rows("sahara")
    sahara = [i for i, r in enumerate(rows) if gaz.col["id"][r] == "naturalearth:sahara"][0]
    bare = _priors(gaz, rows, "sahara", "Sahara")[sahara]
    assert bare <= 4.0 + KIND_BONUS.get("terrain", 0.0) + 1.0 + 1e-6  # + the main-name bonus
    (gulf,) = gaz.rows("gulf of aden")
    assert _priors(gaz, (gulf,), "gulf of aden", "Gulf of Aden")[0] > 5.0 + KIND_BONUS["water"]


def test_lake_of_name_is_the_lake(gaz):
    text = "He stood on the shore of Lake of Sevan; the town of Sevan lies nearby."
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [gaz.col["kind"][r.row] for r in res] == ["lake", "city"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Refugees crossed the Omar pass.", "pass"),
        ("Жители бежали через перевал Омар.", "pass"),
        ("the river in Tartar was low", "city"),  # the cue word is not next to the name
    ],
)
def test_a_feature_cue_right_next_to_the_name(gaz, text, kind):
    (r,) = resolve(find_mentions(text, gaz), text, gaz)
    assert gaz.col["kind"][r.row] == kind


def test_a_region_word_next_to_the_name_prefers_the_division(gaz):
    # the former Shahumyan district (now in Goranboy) or its old centre, not the village of
    # Shahumyan in Armenia
    text = "Forces entered villages in the Shahumyan region; Hadrut and Martakert were shelled."
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert gaz.col["country"][res[0].row] == "AZ"


def test_a_listed_village_is_not_its_namesake_abroad(gaz):
    """A name the text lists among villages, whose only place is a town in a country none of
    the document's other places is in, is dropped (and reported as unknown), everywhere."""
    from geo.documents import Document
    from geo.events import document_events

    text = (
        "Armenian forces shelled Aghdam from Askeran. On 11 July they took the villages of "
        "Kizil and Kurdalar near Stepanakert. Later they fired on Kizil again."
    )
    assert any(gaz.col["country"][r] == "RU" for r in gaz.rows("kizil"))  # Kyzyl, Tuva
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert "Kizil" not in [r.mention.surface for r in res]
    assert {r.mention.surface for r in res} >= {"Aghdam", "Askeran", "Stepanakert"}
    unknown = document_events(Document(id="d", path="", text=text), gaz).unknown
    assert "Kizil" in [name for _, _, name in unknown]
    # the same town named in a document about its own country stays
    text = "Police in Idaho said the villages of Shelley and Firth were flooded."
    assert "Shelley" in [r.mention.surface for r in resolve(find_mentions(text, gaz), text, gaz)]


@pytest.mark.parametrize(
    "text, mention, place_id",
    [
        ("The seizure of Agdam in the Azerbaijani Republic.", "Azerbaijani Republic", "country:AZ"),
        ("Refugees from the Armenian Republic arrived.", "Armenian Republic", "country:AM"),
        ("The city of Aghdam in Soviet Azerbaijan grew.", "Azerbaijan", "country:AZ"),
        ("The Turkish Republic of Northern Cyprus.", "Turkish Republic of Northern Cyprus", None),
    ],
)
def test_republics_by_their_demonym(gaz, text, mention, place_id):
    got = {r.mention.surface: r.place_id for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert mention in got
    if place_id:
        assert got[mention] == place_id
    else:
        assert not got[mention].startswith("country:")


def test_the_words_of_azerbaijani_dates_are_no_places_abroad(gaz):
    text = (
        "1993-cü il aprelin 2-də Kəlbəcər rayonu işğal olundu. Həmin gün sakinlər Daşkəsənə "
        "və Gəncəyə getdi."
    )
    got = {r.mention.surface for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert "Həmin" not in got and {"Daşkəsənə", "Gəncəyə"} <= got


def test_a_lone_hamlet_far_abroad_is_not_the_name(gaz):
    """Detachment names that are also hamlets in Spain and California, in a page about
    Azerbaijan, are dropped; a town across the border (Goris) stays."""
    text = (
        "Units involved: Arabo, Aramo. Armenian forces took Shusha and Lachin from Azerbaijan; "
        "the road ran to Goris."
    )
    got = [r.mention.surface for r in resolve(find_mentions(text, gaz), text, gaz)]
    assert "Arabo" not in got and "Aramo" not in got
    assert {"Shusha", "Lachin", "Azerbaijan", "Goris"} <= set(got)


def test_two_lone_hamlets_abroad_do_not_vouch_for_each_other(gaz):
    """Two men's names that are also hamlets of one country far away (Sweden) are dropped
    in a page about Karabakh, though they share that country; "Monte", another name of El
    Monte, California (116,000 people), is dropped too."""
    text = (
        "Saro and Hovik held the ridge above Shusha with Monte. Lachin and Goris lay behind "
        "them, and Azerbaijan shelled the road."
    )
    got = [r.mention.surface for r in resolve(find_mentions(text, gaz), text, gaz)]
    assert not {"Saro", "Hovik", "Monte"} & set(got)
    assert {"Shusha", "Lachin", "Azerbaijan", "Goris"} <= set(got)


def test_a_place_near_the_documents_other_places_wins_over_a_bigger_namesake(gaz):
    """Martuni of Karabakh (Khojavend, 3,700 people) lies beside the other places named;
    Martuni in Armenia (12,000) does not, though the text names Armenia."""
    text = (
        "Volunteers came from Armenia, France and Lebanon. They fought in Artsakh first, and "
        "in Karabakh. In 1992 their commander reached Martuni."
    )
    res = {r.mention.surface: r for r in resolve(find_mentions(text, gaz), text, gaz)}
    place = gaz.places.iloc[res["Martuni"].row]
    assert place["country"] == "AZ"


def test_a_case_form_and_its_name_share_one_place(gaz):
    """ "Şuşanın" (of Shusha) and "Şuşa" in one Azerbaijani text are one place, Shusha, not
    Sousse in Tunisia (a bigger town GeoNames also writes "Susa")."""
    text = (
        "Şuşanın işğalından illər keçir. Şuşanın müdafiəçiləri anıldı.\n\n"
        "XVIII əsrdə Qarabağ xanı tərəfindən salınan Şuşa 1992-ci il mayın 8-də işğal olunub."
    )
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [r.mention.surface for r in res] == ["Şuşanın", "Şuşanın", "Qarabağ", "Şuşa"]
    assert {str(gaz.col["country"][r.row]) for r in res} == {"AZ"}


@pytest.mark.parametrize(
    "name, region", [("Norashen", "the South Caucasus"), ("Aleksandrovskoye", "the Soviet Union")]
)
def test_a_world_region_s_label_point_draws_no_namesake_near_it(gaz, name, region):
    # a region of countries is drawn at a point inside it; a town that happens to lie near
    # that point is no nearer the text than any other
    plain = f"Reports from {name} reached the capital, officials said."
    told = plain.replace("officials said", f"officials in {region} said")
    before = {r.mention.surface: r.place_id for r in resolve(find_mentions(plain, gaz), plain, gaz)}
    after = {r.mention.surface: r.place_id for r in resolve(find_mentions(told, gaz), told, gaz)}
    assert after[name] == before[name]


def test_listed_villages_abroad_do_not_vouch_for_each_other(gaz):
    """An Azerbaijani list of a district's villages after a dash: three names whose only
    places are small towns of Turkey do not vouch for Turkey; the villages at home stay,
    also far down a long list."""
    names = ", ".join(["Kolqışlaq"] + ["Quzanlı"] * 40 + ["Sarıcalı", "Abdal", "Güllücə"])
    text = (
        "Bərdə və Tərtər yaxındır. Ağdam rayonunda 120 kənd var. Kəndləri bunlardır – "
        f"{names} və Boyəhmədli."
    )
    assert any(gaz.col["country"][r] == "TR" for r in gaz.rows("saricali"))
    got = {r.mention.surface for r in resolve(find_mentions(text, gaz), text, gaz)}
    assert not {"Sarıcalı", "Abdal", "Güllücə"} & got
    assert {"Kolqışlaq", "Quzanlı", "Boyəhmədli", "Ağdam rayonunda"} <= got


def test_a_village_of_a_district_s_list_is_not_its_namesake_in_another_district(gaz):
    """Sofulu and Küdürlü listed among the villages of the Ağdam district are not the
    villages of those names 120 km and more away: placed in the district, marked near."""
    from geo.documents import Document
    from geo.events import document_events

    text = "Ağdam rayonunda 120 kənd var. Kəndləri bunlardır – Sofulu, Küdürlü və Zorvalı."
    res = document_events(Document(id="d", path="", text=text), gaz).resolutions
    got = {r.mention.surface: r for r in res}
    for name in ("Sofulu", "Küdürlü"):
        assert got[name].near == "in"
        assert (
            distance_km(
                float(gaz.col["lat"][got[name].row]),
                float(gaz.col["lon"][got[name].row]),
                40.0,
                46.9,
            )
            < 30
        )
    # the same name in a sentence of its own keeps its place
    alone = "Sofulu kəndi bərpa olunur."
    res = resolve(find_mentions(alone, gaz), alone, gaz)
    assert res and not res[0].near


def test_mets_shen_beside_mardakert_is_the_martakert_village(gaz):
    """Two villages are called Mets Shen: by Mardakert (Ulu Qarabəy) and by Shusha."""
    for text, name in (
        ("Мец Шен лежит у Мардакерта, в долине Тертера.", "Ulu Qarabəy"),
        ("Mets Shen lies south of Shusha, near Lachin.", "Böyük Qaladərəsi"),
    ):
        res = resolve(find_mentions(text, gaz), text, gaz)
        assert str(gaz.col["name"][res[0].row]) == name


def test_ganja_under_its_armenian_name_in_russian_is_the_city(gaz):
    # "в Гандзаке" was Gandzak, a village of Gegharkunik 110 km off
    text = "Дивизия стояла в Гандзаке, втором городе Азербайджана."
    res = document_events(Document(id="d", path="", text=text, title="t"), gaz).resolutions
    (hit,) = [r for r in res if r.mention.surface == "Гандзаке"]
    assert str(gaz.col["id"][hit.row]) == "geonames:586523"


def test_a_country_listed_among_countries_is_the_country(gaz):
    # one U.S. state elsewhere in the text makes the United States one of its countries,
    # but in a list of countries "Georgia" is the country
    from geo.events import document_places

    text = (
        "Comparative area: slightly larger than Maine\n"
        "Land boundaries: Armenia (west) 500 km, Georgia 300 km, Iran (south) 400 km"
    )
    res, _ = document_places(text, gaz)
    (hit,) = [r for r in res if r.mention.surface == "Georgia"]
    assert gaz.col["kind"][hit.row] == "country" and gaz.col["country"][hit.row] == "GE"
