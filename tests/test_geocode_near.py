"""Names the gazetteer lacks, placed at the place the text writes them beside."""

import pytest

from geo.documents import Document
from geo.events import document_events
from geo.output import places_frame


def _result(text, gaz):
    return document_events(Document(id="d", path="", text=text, title="t"), gaz)


def _km_from(gaz, row, name):
    """How far the place at ``row`` lies from the first place called ``name``."""
    from geo.geocode import distance_km

    other = gaz.lookup(name).iloc[0]
    return distance_km(float(gaz.col["lat"][row]), float(gaz.col["lon"][row]), other.lat, other.lon)


@pytest.mark.parametrize(
    "text, name, placed_at, relation",
    [
        (
            "Refugees sheltered in the village of Zorvakend outside Kubatli when tanks attacked.",
            "Zorvakend",
            "Qubadlı",
            "near",
        ),
        (
            "They walked for six days from Zorvakend in the province of Kelbajar.",
            "Zorvakend",
            "Kəlbəcər",
            "in",
        ),  # fmt: skip
        (
            "Shells fell on the village of Zorvakend, 10 km east of Agdam.",
            "Zorvakend",
            "Aghdam",
            "near",
        ),  # fmt: skip
        (
            "Troops entered the Kelbajar district village of Zorvakend.",
            "Zorvakend",
            "Kəlbəcər",
            "in",
        ),  # fmt: skip
    ],
)
def test_an_unknown_village_is_placed_at_the_place_it_is_written_beside(
    gaz, text, name, placed_at, relation
):
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == name]
    assert placed_at in str(gaz.col["name"][hit.row])
    assert hit.near == relation and hit.confidence <= 0.5
    # it stays in the report of names the gazetteer lacks, for the user to add
    assert name in [n for _, _, n in res.unknown]


def test_no_relation_no_point(gaz):
    text = "Fighting went on near Zorvakend. Kubatli was shelled the same day."
    res = _result(text, gaz)
    assert "Zorvakend" not in [r.mention.surface for r in res.resolutions]
    assert "Zorvakend" in [n for _, _, n in res.unknown]


def test_the_event_and_the_place_say_the_point_is_another_places(gaz):
    text = (
        "On 31 August 1993 Armenian tanks attacked the village of Zorvakend outside Kubatli; "
        "refugees fled."
    )
    res = _result(text, gaz)
    evs = [e for e in res.events if e["mention"] == "Zorvakend"]
    assert evs and all(e["geo_precision"] == 2 for e in evs)  # near a town (ACLED)
    places = places_frame([res], gaz)
    row = places[places["name"] == "Zorvakend"].iloc[0]
    assert row["kind"] == "unknown" and "Qubadlı" in row["source"]
    town = places[places["name"] == "Qubadlı"].iloc[0]
    assert row.geometry.equals(town.geometry) and row["id"] != town["id"]


@pytest.mark.parametrize(
    "text, placed_at",
    [
        (
            "Kəlbəcər rayonu 1930-cu ildə yaradılıb və 145 kəndi birləşdirir. Kəndləri bunlardır"
            " – Zorvakənd, Qarzorlu, Təpəqışlaq Yurdu.",
            "Kəlbəcər",
        ),
        (
            "QUBADLI RAYONUNUN İNZİBATİ BÖLGÜSÜ\n\n1. Zorvakənd  k.\n\n2. Qarzorlu k.\n\n"
            "3. Təpəqışlaq Yurdu kənd\n",
            "Qubadl",  # the town of Qubadlı (GeoNames: Qubadli)
        ),
    ],
)
def test_villages_listed_under_a_district_are_placed_in_it(gaz, text, placed_at):
    # an Azerbaijani list of a district's villages: each village is in the district named
    # last before the list
    res = _result(text, gaz)
    hits = {r.mention.surface: r for r in res.resolutions if r.near}
    assert set(hits) == {"Zorvakənd", "Qarzorlu", "Təpəqışlaq Yurdu"}
    for hit in hits.values():
        assert placed_at in str(gaz.col["name"][hit.row]) and hit.near == "in"


def test_a_village_list_without_a_district_places_nothing(gaz):
    text = "Kəndin adı çəkildi. Kəndləri bunlardır – Zorvakənd, Qarzorlu. Zorvakənd k. yazıldı."
    res = _result(text, gaz)
    assert not [r for r in res.resolutions if r.near]
    assert "Zorvakənd" in [n for _, _, n in res.unknown]


def test_a_listed_village_known_only_abroad_is_placed_in_its_district(gaz):
    # "Çamlıca" is a town of Turkey to the gazetteer; listed among the villages of Kəlbəcər
    # it is a village there, placed at the district; outside such a list it stays in Turkey
    text = (
        "Kəlbəcər rayonu 1930-cu ildə yaradılıb və 145 kəndi birləşdirir. Kəndləri bunlardır"
        " – Zorvakənd, Çamlıca, Qarzorlu."
    )
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == "Çamlıca"]
    assert "Kəlbəcər" in str(gaz.col["name"][hit.row]) and hit.near == "in"
    text = "Qonaqlar Çamlıca şəhərindən və Kəlbəcərdən gəldilər."
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface.startswith("Çamlıca")]
    assert gaz.col["country"][hit.row] == "TR" and not hit.near


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Зорваканд (азерб. Zorvakənd, до 1991 года — Новашен), — село в Кельбаджарском "
            "районе Азербайджана.\n\nСело Зорваканд стоит у реки; Новашен упомянут в 1830 году.",
            ["Зорваканд", "Zorvakənd", "Новашен", "Зорваканд", "Новашен"],
        ),
        (
            "Zorvakend (Azerbaijani: Zorvakənd) or Navashen (Armenian: Նավաշեն) is a village in "
            "the Kalbajar District of Azerbaijan.\n\nNavashen had 300 inhabitants in 1989.",
            ["Zorvakend", "Zorvakənd", "Navashen", "Նավաշեն", "Navashen"],
        ),
    ],
)
def test_the_names_an_encyclopedia_lead_gives_a_village_are_placed_in_its_district(
    gaz, text, names
):
    res = _result(text, gaz)
    hits = [r for r in res.resolutions if r.near]
    assert [r.mention.surface for r in hits] == names
    assert all("Kəlbəcər" in str(gaz.col["name"][r.row]) and r.near == "in" for r in hits)


def test_a_lead_names_a_known_village_under_another_name(gaz):
    # the gazetteer knows Khndzristan, not its Azerbaijani name Almalı (which it gives to
    # Khndzorut in Armenia): on the page about it, Almalı is that village
    text = (
        "Khndzristan (Azerbaijani: Almalı) is a village in the Khojaly District of Azerbaijan."
        "\n\nAlmalı lies on a wooded hillside."
    )
    res = _result(text, gaz)
    almali = [r for r in res.resolutions if r.mention.surface == "Almalı"]
    assert len(almali) == 2
    assert all(gaz.col["id"][r.row] == "karabakh:khndzristan" for r in almali)


def test_no_lead_no_district(gaz):
    # not a page's lead (the sentence does not open a line), or no district after it
    for text in (
        "They said Zorvakend is a village in the Kalbajar District of Azerbaijan.",
        "Zorvakend is a village in the mountains.",
    ):
        res = _result(text, gaz)
        assert "Zorvakend" not in [r.mention.surface for r in res.resolutions]


def test_an_azerbaijani_village_of_a_district_in_the_genitive(gaz):
    # "Ağdam rayonunun Zorvakənd kəndinə": the village Zorvakənd of the Ağdam district; a
    # monument list's "(Qarzorlu kəndi)" is a village of the district named before the list
    text = (
        "Dünən Ağdam rayonunun Zorvakənd kəndinə mərmi düşüb.\n\n"
        "Laçın rayonunun abidələri:\n1. Türbə – XIV əsr (Qarzorlu kəndi)\n"
    )
    res = _result(text, gaz)
    hits = {r.mention.surface: str(gaz.col["name"][r.row]) for r in res.resolutions if r.near}
    assert set(hits) == {"Zorvakənd", "Qarzorlu"}
    assert "Ağdam" in hits["Zorvakənd"] and "Laçın" in hits["Qarzorlu"]


def test_a_village_named_in_running_prose_keeps_its_place(gaz):
    # not a list item: a district named earlier does not move a village the text names later
    text = "Qonaqlar Kəlbəcər rayonundan gəldilər. Sonra Horadiz kəndi yada düşdü."
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == "Horadiz"]
    assert not hit.near and "Horadiz" in str(gaz.col["name"][hit.row])


def test_a_letter_spaced_listed_village_is_placed_in_its_district(gaz):
    # "Q a r z o r l u  k.": a list line whose name is set letter-spaced (ending in "a", a
    # word of English on its own, it still keeps all its letters)
    text = "QUBADLI RAYONUNUN KƏNDLƏRİ\n\n1. Q a r z o r l u  k.\n\n2. Z o r v a  k.\n"
    res = _result(text, gaz)
    hits = {r.mention.surface: str(gaz.col["name"][r.row]) for r in res.resolutions if r.near}
    assert set(hits) == {"Q a r z o r l u", "Z o r v a"}
    assert all("Qubadl" in name for name in hits.values())


def test_the_names_of_a_district_s_list_of_villages_are_placed_in_the_district(gaz):
    # invented village names, listed after the district's sentence
    text = (
        "Kəlbəcər rayonunda 140 kənd var idi. Kəndləri bunlardır – Zorvaqışlaq, Yuxarı "
        "Zorvalı, Berkədüz və Qaramıxlı.\n\n"
        "Füzuli rayonu düzənlikdədir. Сёла района: Зорваван, Бердашенец и Мохрадюз."
    )
    res = _result(text, gaz)
    got = {r.mention.surface: r for r in res.resolutions if r.near}
    for name in ("Zorvaqışlaq", "Yuxarı Zorvalı", "Berkədüz", "Qaramıxlı"):
        assert "Kəlbəcər" in str(gaz.col["name"][got[name].row]) and got[name].near == "in"
    for name in ("Зорваван", "Бердашенец", "Мохрадюз"):
        assert "Füzuli" in str(gaz.col["name"][got[name].row])
    assert "Zorvaqışlaq" in [n for _, _, n in res.unknown]


def test_a_list_of_villages_with_no_place_before_it_places_nothing(gaz):
    text = "Bu kitabda yazılıb.\n\nKəndləri bunlardır – Zorvaqışlaq, Berkədüz və Qaramıxlı."
    res = _result(text, gaz)
    assert not [r for r in res.resolutions if r.near]
    assert "Berkədüz" in [n for _, _, n in res.unknown]


@pytest.mark.parametrize(
    "text, name, placed_at",
    [
        ("Kəlbəcər rayonunun Zorvalı kəndində 12 nəfər öldürülüb.", "Zorvalı", "Kəlbəcər"),
        ("Laçının Zorvalı kəndi işğal olunub.", "Zorvalı", "Laç"),  # the town of Lachin
        ("Село Зорвашен Лачинского района было сожжено.", "Зорвашен", "Laçın"),
    ],
)
def test_a_village_after_its_district_in_the_genitive_is_placed_in_it(gaz, text, name, placed_at):
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == name]
    assert placed_at in str(gaz.col["name"][hit.row]) and hit.near == "in"


def test_an_azerbaijani_village_after_a_place_in_another_case_stays_unplaced(gaz):
    # "Bakıda" is a locative (in Baku), not a genitive: no relation between the two
    res = _result("Bakıda Zorvalı kəndindən gələnlər yaşayır.", gaz)
    assert "Zorvalı" not in [r.mention.surface for r in res.resolutions]


def test_azerbaijani_villages_are_placed_in_the_district_in_brackets_after_them(gaz):
    text = (
        "Azad edilən yerlər: Zorvakənd kəndi (Qubadlı rayonu); Qarzorlu, Təpəqışlaq Yurdu "
        "kəndləri (hər ikisi Kəlbəcər rayonu)."
    )
    res = _result(text, gaz)
    hits = {r.mention.surface: str(gaz.col["name"][r.row]) for r in res.resolutions if r.near}
    assert set(hits) == {"Zorvakənd", "Qarzorlu", "Təpəqışlaq Yurdu"}
    assert "Qubadl" in hits["Zorvakənd"]
    assert "Kəlbəcər" in hits["Qarzorlu"] and "Kəlbəcər" in hits["Təpəqışlaq Yurdu"]


def test_villages_of_the_district_are_placed_in_the_district_named_before(gaz):
    # "rayonun X və Y kəndləri": the villages X and Y of the district the text is about
    text = (
        "Kəlbəcər rayonu 1993-cü ildə işğal olundu. Aprel ayında rayonun Zorvakənd, Qarzorlu "
        "və Təpəqışlaq Yurdu kəndləri yandırıldı."
    )
    res = _result(text, gaz)
    hits = {r.mention.surface: str(gaz.col["name"][r.row]) for r in res.resolutions if r.near}
    assert set(hits) == {"Zorvakənd", "Qarzorlu", "Təpəqışlaq Yurdu"}
    assert all("Kəlbəcər" in name for name in hits.values())
    # without a district named before, they stay unplaced
    res = _result(text.split(". ", 1)[1], gaz)
    assert not [r for r in res.resolutions if r.near]


def test_the_economic_regions_of_2021_are_areas(gaz):
    text = "The Karabakh Economic Region and the East Zangezur Economic Region were created."
    res = _result(text, gaz)
    names = [str(gaz.col["name"][r.row]) for r in res.resolutions]
    assert names == ["Karabakh Economic Region", "East Zangezur Economic Region"]
    assert all(gaz.col["kind"][r.row] == "region" for r in res.resolutions)
    # with the head words in lower case, as prose and Azerbaijani write them
    text = "Şərqi Zəngəzur iqtisadi rayonu yaradıldı; the Karabakh economic region too."
    res = _result(text, gaz)
    names = [str(gaz.col["name"][r.row]) for r in res.resolutions]
    assert names == ["East Zangezur Economic Region", "Karabakh Economic Region"]
    res = _result("Восточно-Зангезурский экономический район создан в 2021 году.", gaz)
    assert [str(gaz.col["name"][r.row]) for r in res.resolutions] == [
        "East Zangezur Economic Region"
    ]


def test_a_known_village_far_from_the_district_in_brackets_is_placed_again(gaz):
    # "Çamlıca" is a town of Turkey to the gazetteer; here one of Kəlbəcər's villages
    text = "Azad edildi: Çamlıca, Zorvakənd kəndləri (hər ikisi Kəlbəcər rayonu)."
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == "Çamlıca"]
    assert "Kəlbəcər" in str(gaz.col["name"][hit.row]) and hit.near == "in"


def test_a_list_a_head_word_closes_is_placed_in_the_district_before_it(gaz):
    # invented village names; "Qiyaslı" is also the name of a village 100 km off
    text = (
        "Zəngilan rayonunun sakinləri 1993-cü ildə köçdü.\n\n"
        "Qərbdən gələn dəstələr Zorvalı, Qiyaslı və Berkədüz kəndlərini tutdular."
    )
    res = _result(text, gaz)
    got = {r.mention.surface: r for r in res.resolutions if r.mention.surface[0] in "ZQB"}
    for name in ("Zorvalı", "Berkədüz"):
        assert "Zəngilan" in str(gaz.col["name"][got[name].row]), name
    # the village of the district when the gazetteer has it, else the district
    assert _km_from(gaz, got["Qiyaslı"].row, "Zəngilan") <= 40
    assert got["Zorvalı"].near == "in"


def test_a_russian_list_with_no_place_before_it_is_placed_at_the_town_its_sentence_names(gaz):
    text = "Армия освободила сёла Зорваван, Бердашенец и Мохрадюз и город Физули. Потом был мир."
    res = _result(text, gaz)
    got = {r.mention.surface: r for r in res.resolutions if r.near}
    assert set(got) == {"Зорваван", "Бердашенец", "Мохрадюз"}
    assert all("Fuzuli" in str(gaz.col["name"][r.row]) for r in got.values())
    # a place in the next sentence is not the list's
    res = _result("Армия освободила сёла Зорваван и Мохрадюз. Город Физули цел.", gaz)
    assert not [r for r in res.resolutions if r.near]


def test_districts_before_a_head_word_stay_districts(gaz):
    # "in the villages of Füzuli and Cəbrayıl": the districts, not villages of Ağdam's list
    text = "Ağdam rayonunun sakinləri köçdü.\n\nİndi onlar Füzuli və Cəbrayıl kəndlərində yaşayır."
    res = _result(text, gaz)
    got = {r.mention.surface: r for r in res.resolutions}
    assert not got["Füzuli"].near and not got["Cəbrayıl"].near
    assert "Ağdam" not in str(gaz.col["name"][got["Cəbrayıl"].row])


def test_a_village_opening_brackets_in_any_case_is_placed_in_the_district(gaz):
    # a monument list: "(Qiyaslı kəndinin yaxınlığında)", near the village of Qiyaslı; a
    # Qiyaslı lies 100 km off, the list is of the Zəngilan district's monuments
    text = (
        "Zəngilan rayonunun abidələri:\n"
        "1. Köhnə körpü (Qiyaslı kəndinin yaxınlığında)\n2. Qala (Zəngilan şəhəri)"
    )
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == "Qiyaslı"]
    assert _km_from(gaz, hit.row, "Zəngilan") <= 40


@pytest.mark.parametrize(
    "text, name",
    [
        ("Мы ехали через Камо, Ханларский район, в Гянджу.", "Камо"),  # Kamo: Gavar of old
        ("Мы жили в селе Зорвашен, Ханларский район, до войны.", "Зорвашен"),  # unknown
    ],
)
def test_a_name_then_a_comma_and_its_district_is_placed_in_the_district(gaz, text, name):
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == name]
    assert "Xanlar" in str(gaz.col["name"][hit.row]) and hit.near == "in"


def test_a_name_then_a_comma_and_a_district_nearby_keeps_its_place(gaz):
    res = _result("Мы ехали через Гянджу, Ханларский район, домой.", gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == "Гянджу"]
    assert "Ganja" in str(gaz.col["name"][hit.row]) and not hit.near


def test_a_town_a_comma_and_its_state_is_no_address_to_move_it(gaz):
    # the state's point lies far from its towns: the town keeps its own point
    res = _result("The band played in Melbourne, Victoria, and in Geelong.", gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == "Melbourne"]
    assert "Melbourne" in str(gaz.col["name"][hit.row]) and not hit.near


def test_a_placed_unknown_name_is_placed_wherever_the_document_writes_it(gaz):
    # invented village: placed from "(Zorva kəndi)", then at its other mentions too
    text = (
        "Cəbrayıl rayonunun abidələri:\n"
        "1. Zorva kurqanları – tunc dövrü (Zorva kəndi)\n2. Zorvalılar körpüsü."
    )
    res = _result(text, gaz)
    hits = [r for r in res.resolutions if r.mention.surface == "Zorva"]
    assert len(hits) == 2 and all(r.near == "in" for r in hits)
    assert all("Cəbrayıl" in str(gaz.col["name"][r.row]) for r in hits)
    # a longer word that starts with the name is another word ("Zorvalılar")
    assert not [r for r in res.resolutions if r.mention.surface.startswith("Zorvalı")]
