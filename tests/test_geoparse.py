import pytest

from geo.geoparse import find_mentions, span_candidates
from tests.conftest import read_csv


def _surfaces(text, gaz):
    return [m.surface for m in find_mentions(text, gaz)]


def test_seed_mentions_are_found(gaz, seed):
    found = set(_surfaces(seed.text, gaz))
    expected = {r["mention"] for r in read_csv("seed_places.csv")}
    assert expected <= found


@pytest.mark.parametrize(
    "phrase",
    [
        "Security Council",
        "European Parliament",
        "Council of Europe",
        "Azerbaijanis",
        "Armenian",
    ],
)
def test_seed_non_places_are_not_mentions(gaz, seed, phrase):
    spans = [(m.start, m.end) for m in find_mentions(seed.text, gaz)]
    i = seed.text.find(phrase)
    assert i >= 0
    while i >= 0:
        assert not any(s < i + len(phrase) and e > i for s, e in spans), phrase
        i = seed.text.find(phrase, i + 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Shelling hit Gəncə and Bərdə overnight, officials in Baku said.",
            ["Gəncə", "Bərdə", "Baku"],
        ),
        ("The University of Texas and the Council of Europe issued statements.", []),
        ("Paris Hilton flew to Berlin.", ["Berlin"]),
        ("Georgians and Ukrainians protested in Tbilisi.", ["Tbilisi"]),
        ("Refugees fled from Stepanakert to Goris.", ["Stepanakert", "Goris"]),
        ("Город Шуша был занят.", ["Шуша"]),
        (
            "Khodzhaly and Kelbajar and Dzhebrail were shelled.",
            ["Khodzhaly", "Kelbajar", "Dzhebrail"],
        ),
        ("They planned the march on the capital in may.", []),
        ("Aggression By Russia Against Ukraine", ["Russia", "Ukraine"]),
        ("The Texas Rangers won; the Armenian Parliament met.", []),
        ("President Modi met Mr. Kelly in Paris on Thursday in June.", ["Paris"]),
        ("NATO and the APC sent troops to Kosovo.", ["Kosovo"]),
        ("China's economy and Hawaii’s beaches", ["China", "Hawaii"]),
        ("John Kelly spoke first. Later, Kelly left for Boston.", ["Boston"]),
        ("English and Kurdish speakers met the Europeans.", []),
        ("Officials in the U.K. and NSW agreed.", ["U.K.", "NSW"]),
        ("Trains from Berlin Hauptbahnhof reach Berlin in minutes.", ["Berlin"]),
        ("Councillor Mara Boston spoke. Boston agreed.", []),
        ("Tyler Brennan spoke. Later, Tyler left for Boston.", ["Boston"]),
        ("CAIRO - Talks resumed.\nLIMA (Reuters) Prices rose.", ["CAIRO", "LIMA"]),
        ("The MoD said APCs reached McAllen.", ["McAllen"]),
        ("Trains left on Nov. 2 for Boston.", ["Boston"]),
        ("The gap between Paris and Lyon grew.", ["Paris", "Lyon"]),
        ("Fox News reported from Boston.", ["Boston"]),
        ("Love from Paris🙂 and Rome 🙂.", ["Paris", "Rome"]),
        (
            "The A429 Cirencester junction closed; traffic to Cirencester slowed.",
            ["Cirencester", "Cirencester"],
        ),
        ("Tyler said the plan would work. Later Tyler left for Oslo.", ["Oslo"]),
        ("A nurse from Tyler said the clinic was full.", ["Tyler"]),
        ("Buffalo, New York, was snowed in.", ["Buffalo", "New York"]),
        ("Moscow said talks would resume.", ["Moscow"]),
        ("Under Section 6A, Branch 259 ruled; GTM Research said Texas led.", ["Texas"]),
        ("The Commissioner visited Lagos.", ["Lagos"]),
        ("Rain fell.\nBERLIN Mayor Kai Wegner spoke.", ["BERLIN"]),
        (
            "Jobless rates in Portugal, Greece Italy or Spain rose.",
            ["Portugal", "Greece", "Italy", "Spain"],
        ),
        ("Mike de Kock won. Kock smiled in Dubai.", ["Dubai"]),
        ("I'll go to Boston and I've seen Paris.", ["Boston", "Paris"]),
    ],
)
def test_recognition_cases(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


def test_offsets_point_into_text(gaz):
    text = "Clashes near Kʻarvachar and in Nagorno-Karabakh."
    for m in find_mentions(text, gaz):
        assert text[m.start : m.end] == m.surface
    assert _surfaces(text, gaz) == ["Kʻarvachar", "Nagorno-Karabakh"]


def test_unknown_names_are_reported_not_mapped(gaz):
    from geo.geoparse import unknown_names

    text = (
        "Fighting in Zzyxgrad and near Qwxzyville Heights. Talks in January in Baku with the "
        "Council of Europe; aid from Armenian donors."
    )
    mentions = find_mentions(text, gaz)
    assert [m.surface for m in mentions] == ["Baku"]
    assert [name for _, _, name in unknown_names(text, mentions)] == [
        "Zzyxgrad",
        "Qwxzyville Heights",
    ]


@pytest.mark.parametrize(
    "span, key, kind",
    [
        ("Manitoba Province", "manitoba", "admin1"),
        ("Kerala State", "kerala", "admin1"),
        ("Canadian", "canadian", "country"),
        ("Royal Street", "", None),
        ("Grand Hotel", "", None),
        ("Kerala Valley", "", None),
    ],
)
def test_span_candidates(gaz, span, key, kind):
    got_key, rows = span_candidates(span, gaz)
    assert got_key == key
    if kind is None:
        assert rows == ()
    else:
        assert kind in {gaz.col["kind"][r] for r in rows}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Shops on Zorbel Street and the Quenton Peninsula closed.",
            ["Zorbel Street", "Quenton Peninsula"],
        ),
        ("Boats crossed Lake Wobegonia near Mount Xyzzor.", ["Lake Wobegonia", "Mount Xyzzor"]),
        ("The Grand Street Journal said streets were calm.", []),
        ("He met officials in Zorbel's office.", []),
        (
            "Crews met at the Qorvel Pavilion near the village of Zorbatu.",
            ["Qorvel Pavilion", "Zorbatu"],
        ),
        ("Guards stood at the Gate; talks in the Saudis' view; in October-December rain fell.", []),
    ],
)
def test_place_like_names_are_recognised_as_unknown(gaz, text, expected):
    from geo.geoparse import unknown_names

    assert [name for _, _, name in unknown_names(text, find_mentions(text, gaz))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops massed on the Syrian border.", [("Syrian", "SY")]),
        ("Talks on Syrian-Turkish trade stalled.", [("Syrian", "SY"), ("Turkish", "TR")]),
        ("South African farmers protested.", [("South African", "ZA")]),
        ("Syrians fled; Turkish Airlines flew on.", []),
    ],
)
def test_demonyms_as_modifiers_when_asked(gaz, text, expected):
    got = [
        (m.surface, gaz.col["country"][m.rows[0]]) for m in find_mentions(text, gaz, demonyms=True)
    ]
    assert got == expected
    assert find_mentions(text, gaz) == []


def test_names_before_a_comma_and_a_country_are_unknown_places(gaz):
    from geo.geoparse import unknown_names

    text = "Floods hit Zorvani Heights, Namibia. Then Kelbor Ostrin, Russia's envoy, spoke."
    assert [name for _, _, name in unknown_names(text, find_mentions(text, gaz), gaz)] == [
        "Zorvani Heights"
    ]
    assert unknown_names(text, find_mentions(text, gaz)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In Azerbaijan's Kelbajar district, the village burned.",
            ["Azerbaijan", "Kelbajar"],
        ),  # a possessive closes the name before
        (
            "Karabakh Armenian forces took the town.",
            ["Karabakh"],
        ),  # a people of the place after its name
        (
            "Martakert and Hadrout were shelled; Kelbadjar fell.",
            ["Martakert", "Hadrout", "Kelbadjar"],
        ),  # regional spellings
    ],
)
def test_regional_mentions(gaz, text, expected):
    assert [m.surface for m in find_mentions(text, gaz)] == expected


def test_a_name_never_spans_a_blank_line(gaz):
    text = "We went to New\n\nYork was far. They moved to Nagorno-\nKarabakh."
    assert [m.surface for m in find_mentions(text, gaz)] == ["York", "Nagorno-\nKarabakh"]


def test_a_watch_group_is_an_organisation(gaz):
    text = "A report by Helsinki Watch described the shelling of Shusha; Human Rights Watch agreed."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Shusha"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Grad rockets hit Stepanakert.",
            ["Stepanakert"],
        ),  # a weapon's model, not Grad in Slovenia
        ("Shusha was shelled by Grad launchers from Aghdam.", ["Shusha", "Aghdam"]),
        ("Iran missiles were tested.", ["Iran"]),  # a country stays a country
    ],
)
def test_a_weapon_model_is_not_a_place(gaz, text, expected):
    assert [m.surface for m in find_mentions(text, gaz)] == expected


def test_every_name_of_a_village_list_is_listed_as_unknown(gaz):
    from geo.geoparse import unknown_names

    text = (
        "Armenian forces took control of the villages of Zorbatala, Green Zorvi, Metzorvan and "
        "Qalzorvakh in the sub-region."
    )
    names = [n for _, _, n in unknown_names(text, find_mentions(text, gaz), gaz)]
    assert names == ["Zorbatala", "Green Zorvi", "Metzorvan", "Qalzorvakh"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Washington Post and the University of Cambridge reported it.",
            [("Washington", "embedded"), ("Cambridge", "embedded")],
        ),
        ("Passengers of Turkish Airlines waited.", [("Turkish", "embedded")]),
        (
            "The Syrian border was closed near Aleppo.",
            [("Syrian", "demonym"), ("Aleppo", "literal")],
        ),
        # a person's name is not an embedded toponym, nor a small town's name inside a name
        ("President Macron met Tyler Johnson in Paris.", [("Paris", "literal")]),
    ],
)
def test_every_toponym_role_when_asked(gaz, text, expected):
    found = find_mentions(text, gaz, demonyms=True, embedded=True)
    assert [(m.surface, m.role) for m in found] == expected


def test_embedded_names_are_not_mentions_by_default(gaz):
    text = "The Washington Post and Turkish Airlines."
    assert find_mentions(text, gaz) == []
    assert [m.role for m in find_mentions(text, gaz, embedded=True)] == ["embedded", "embedded"]


def test_a_nationality_before_a_place_does_not_hide_it(gaz):
    text = "It joined the Armenian Shahumian and the Azerbaijani Kasum-Ismailov district."
    assert _surfaces(text, gaz) == ["Shahumian", "Kasum-Ismailov"]
    every = find_mentions(text, gaz, demonyms=True, embedded=True)
    assert [m.role for m in every] == ["demonym", "literal", "demonym", "literal"]


def test_a_facility_named_after_a_town_is_the_town(gaz):
    text = "Units refused entry at Stepanakert Airport on Monday."
    assert _surfaces(text, gaz) == ["Stepanakert"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ARMENIA FIRMS UP LAND SEIZURE\n\nTroops moved.", ["ARMENIA"]),  # a headline in capitals
        ("AT THE MUROV PASS, Azerbaijan, April 6 - Refugees came down.", ["MUROV", "Azerbaijan"]),
        ("NATO WARNS OF RISK", []),  # still an acronym, not a town's code
        ("Villages were fired on by “Grad” installations.", []),  # a weapon, past the quote
    ],
)
def test_capitals_quotes_and_place_words(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


def test_a_one_word_name_written_with_a_hyphen(gaz):
    text = "Refugees went to Goy-Gol and Ter-Ter; Al-Qaeda was not there."
    assert _surfaces(text, gaz) == ["Goy-Gol", "Ter-Ter"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Армянские формирования оккупировали Кельбаджар.", ["Кельбаджар"]),
        (
            "После оккупации Кельбаджара и других районов Азербайджана.",
            ["Кельбаджара", "Азербайджана"],
        ),
        (
            "Территория Кельбаджарского района граничит с Арменией.",
            ["Кельбаджарского района", "Арменией"],
        ),
        ("Река Тертер берёт начало в горах.", ["Тертер"]),
        ("Бои шли в Нагорном Карабахе всю зиму.", ["Нагорном Карабахе"]),  # adjective in -ом
        ("Колонна шла по дороге Лачинского коридора.", ["Лачинского коридора"]),
        ("Отряды НКАО вошли в села Геранбойского района.", ["НКАО", "Геранбойского района"]),
        ("На заседании Совета безопасности ООН.", []),  # a frequent word, not a town
        ("БАКУ /Trend/ - Сообщение.", ["БАКУ"]),  # an agency's dateline
    ],
)
def test_russian_case_forms(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the soft sign left out: "Джебраилского" meets the gazetteer's "Джебраильский район"
        ("Жители Джебраилского района ушли на север.", ["Джебраилского района"]),
        ("Бои шли у Джебраильского района.", ["Джебраильского района"]),
    ],
)
def test_russian_names_with_and_without_the_soft_sign(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised preposition or conjunction opening a sentence is no part of the name
        ("В Физули вошли войска. В Агдаме шли бои.", ["Физули", "Агдаме"]),
        ("Бои шли весь день. И Агдам пал к вечеру.", ["Агдам"]),
        ("Из Лачина ушли все жители.", ["Лачина"]),
        ("Döyüşlər getdi. Və Ağdam boşaldı. Ancaq Şuşa qaldı.", ["Ağdam", "Şuşa"]),
    ],
)
def test_a_russian_or_azerbaijani_function_word_opening_a_sentence(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


def test_regional_places_under_russian_spellings_of_their_latin_names(gaz):
    """The gazetteer has "Berdzor" and "Hadrut" in Latin letters only: their Russian
    spellings are found as written and in any case."""
    from geo.geocode import resolve

    text = "Отряды вошли в Бердзор 18 мая. Из Бердзора дорога шла в Горис, а бои шли у Гадрута."
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [(r.mention.surface, gaz.col["id"][r.row]) for r in res] == [
        ("Бердзор", "geonames:147625"),
        ("Бердзора", "geonames:147625"),
        ("Горис", "geonames:174895"),
        ("Гадрута", "karabakh:hadrut"),
    ]


def test_a_country_in_russian_between_a_title_and_a_name(gaz):
    # "Президентом Азербайджана Ильхамом Алиевым": the country, not part of a longer name
    text = "Соглашение подписано Президентом Азербайджана Ильхамом Алиевым и премьером Армении."
    assert _surfaces(text, gaz) == ["Азербайджана", "Армении"]


def test_the_republic_s_russian_and_azerbaijani_names(gaz):
    text = (
        "Парламент Нагорно-Карабахской Республики собрался. Власти НКР промолчали.\n\n"
        "Sonra Dağlıq Qarabağ Respublikasının rəhbərləri Laçına getdi və qayıtdı."
    )
    found = find_mentions(text, gaz)
    assert [m.surface for m in found] == [
        "Нагорно-Карабахской Республики",
        "НКР",
        "Dağlıq Qarabağ Respublikasının",
        "Laçına",
    ]
    assert {gaz.col["id"][m.rows[0]] for m in found[:3]} == {"supplement:nagorno-karabakh"}


def test_russian_case_forms_resolve_to_the_country_not_a_namesake_town(gaz):
    from geo.geocode import resolve

    text = "Беженцы ушли в Армению, а затем вернулись в Азербайджан."
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [
        (r.mention.surface, gaz.col["kind"][r.row], gaz.col["country"][r.row]) for r in res
    ] == [
        ("Армению", "country", "AM"),
        ("Азербайджан", "country", "AZ"),
    ]


def test_azerbaijani_case_suffixes(gaz):
    from geo.geocode import resolve

    text = (
        "1992-ci il mayın 8-də Şuşa işğal edildi. Laçından və Kəlbəcərdən qaçqınlar Bakıya, "
        "Gəncəyə və Bərdəyə köçdü. Kəlbəcər rayonunda və Dağlıq Qarabağda döyüşlər getdi. "
        "Ermənistan Azərbaycana hücum etdi."
    )
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [r.mention.surface for r in res] == [
        "Şuşa",
        "Laçından",
        "Kəlbəcərdən",
        "Bakıya",
        "Gəncəyə",
        "Bərdəyə",
        "Kəlbəcər rayonunda",
        "Dağlıq Qarabağda",
        "Ermənistan",
        "Azərbaycana",
    ]
    assert {gaz.col["country"][r.row] for r in res} == {"AZ", "AM"}


def test_suffixes_are_not_stripped_in_english_text(gaz):
    # a text not written in Azerbaijani keeps its words as written
    assert _surfaces("Refugees reached Bakuya and Ganjada.", gaz) == []


def test_azerbaijani_news_phrases(gaz):
    text = (
        "Ermənistan silahlı qüvvələri Rusiyanın alayının iştirakı ilə Xocalı şəhərini işğal "
        "etdi. Oktyabrın 30-dan etibarən yollar bağlandı. Bakının Xətai rayonunda abidə "
        "ucaldıldı."
    )
    # the Xətai district of Baku is a row of the regional gazetteer (karabakh.csv)
    assert _surfaces(text, gaz) == [
        "Ermənistan",
        "Rusiyanın",
        "Xocalı",
        "Bakının",
        "Xətai rayonunda",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cases of West Nile virus rose in Ohio.",
        "An Ebola virus vaccine was tested in Guinea.",
        "Lassa fever spread in Nigeria.",
    ],
)
def test_a_disease_named_after_a_place_is_not_the_place(gaz, text):
    surfaces = {m.surface for m in find_mentions(text, gaz)}
    assert not surfaces & {"Nile", "West Nile", "Ebola", "Lassa"}
    assert surfaces  # the real place of the sentence stays


def test_a_lower_case_head_word_makes_the_longer_name(gaz):
    """ "the Cauvery river": the gazetteer knows the Cauvery River (no bare "Cauvery"); the
    mention is the name, with the river among its candidates. "Ebola" alone is no place."""
    text = "The Cauvery river dispute went on. Ebola cases rose near the Ebola river."
    found = {m.surface: m for m in find_mentions(text, gaz)}
    assert set(found) == {"Cauvery", "Ebola"}
    assert found["Ebola"].start > text.index("near")
    kinds = {gaz.col["kind"][r] for r in found["Cauvery"].rows}
    assert "river" in kinds


def test_a_lower_case_head_word_before_the_name(gaz):
    """ "lake Sevan": the lake, not the town of Sevan (the head word names the longer name)."""
    text = "Fishermen on lake Sevan reported low water."
    (m,) = find_mentions(text, gaz)
    assert m.surface == "Sevan"
    assert {gaz.col["kind"][r] for r in m.rows} == {"lake"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Часть Агдеринского (Мардакертского) района.", ["Агдеринского", "Мардакертского"]),
        ("Территория лежит в пределах Малого Кавказа.", ["Малого Кавказа"]),
    ],
)
def test_russian_double_names_and_two_word_names(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LIBERATION OF SHUSHI BEGAN ON MAY 8\n\nThe town of Shushi fell.", ["SHUSHI", "Shushi"]),
        ("PARIS HILTON ARRIVES\n\nShe came.", ["PARIS"]),  # not Hilton, named nowhere else
        ("Launchers (BM-21 Grad) fired on the town.", []),  # a model's name after its code
    ],
)
def test_headlines_and_model_codes(gaz, text, expected):
    assert _surfaces(text, gaz) == expected


def test_armenian_case_endings(gaz):
    text = (
        "1992 թվականի մայիսի 9-ին Շուշին ազատագրվեց։ Ստեփանակերտից և Բերձորից "
        "փախստականներ Հայաստան եկան։ Արցախի բանակը Քարվաճառում էր։"
    )
    assert _surfaces(text, gaz) == [
        "Շուշին",
        "Ստեփանակերտից",
        "Բերձորից",
        "Հայաստան",
        "Արցախի",
        "Քարվաճառում",
    ]


def test_armenian_genitives_in_latin_letters(gaz):
    """Armenian-side English keeps the genitive: -i after a consonant, -u for a name in -i;
    "Shushi" is a name as written, and other words ending in -i stay what they are."""
    from geo.geocode import resolve

    text = (
        "Fighting spread across the Askerani region and reached the outskirts of Martakerti. "
        "Shushi held out; units of the Martunu district moved north. Mario Rossi, an Israeli "
        "reporter, and Azeri officials arrived by taxi."
    )
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [(r.mention.surface, gaz.col["id"][r.row]) for r in res] == [
        ("Askerani", "karabakh:askeran-district"),  # "Askeran region": the district
        ("Martakerti", "karabakh:agdere"),
        ("Shushi", "geonames:147105"),
        ("Martunu", "karabakh:martuni-district"),
    ]


def test_latin_genitives_only_for_places_of_armenia_and_azerbaijan(gaz):
    # "Dallasi" is no genitive of Dallas: the rule knows Armenian and Azerbaijani places only
    assert _surfaces("Crowds gathered in Dallasi and Houstoni squares.", gaz) == []


def test_two_places_joined_by_a_hyphen(gaz):
    text = "They took the Lachin-Shushi road; Baden-Baden is one town."
    assert _surfaces(text, gaz) == ["Lachin", "Shushi", "Baden-Baden"]


def test_a_division_or_corridor_word_after_a_name_picks_the_longer_name(gaz):
    from geo.geocode import resolve

    text = (
        "Armenia protested. Troops entered villages in the Shahumyan region; Armenia said so. "
        "The Lachin corridor stayed open."
    )
    res = resolve(find_mentions(text, gaz), text, gaz)
    got = {r.mention.surface: (gaz.col["name"][r.row], gaz.col["kind"][r.row]) for r in res}
    # the Soviet district in Azerbaijan, not the village of Shahumyan in Armenia
    assert got["Shahumyan"] == ("Shahumyan District", "region")
    assert got["Lachin"] == ("Laçın dəhlizi", "region")


def test_a_place_inside_an_organisation_of_the_actors_table_is_no_place(gaz):
    text = (
        "The Minsk Group of the Conference on Security and Cooperation in Europe met in Rome. "
        "The chief of the International Committee for the Red Cross in Baku spoke; the "
        "European Union agreed."
    )
    assert [m.surface for m in find_mentions(text, gaz)] == ["Rome", "Baku", "European Union"]
    embedded = [m for m in find_mentions(text, gaz, embedded=True) if m.role == "embedded"]
    assert [m.surface for m in embedded] == ["Minsk", "Europe", "Red Cross"]


def test_a_date_word_opening_a_sentence_is_no_part_of_the_name_after_it(gaz):
    text = "Bu gün Gəncədə yarmarka açıldı. Dünən Bərdədə məktəb açıldı. Həmin Şəkidə idi."
    got = [text[m.start : m.end] for m in find_mentions(text, gaz)]
    assert got == ["Gəncədə", "Bərdədə", "Şəkidə"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonym before a name is no first name
        (
            "The Azerbaijani Berdzor-Karvachar group attacked. Forces held Berdzor.",
            ["Berdzor", "Karvachar", "Berdzor"],
        ),
        # two places of one country joined by a hyphen; a route in Azerbaijani
        ("İşğaldan sonra Bakı-Mincivan-Qafan dəmiryolu bağlandı.", ["Bakı", "Mincivan", "Qafan"]),
        # an Azerbaijani word opening a sentence, or a frequent one, is no part of the name
        (
            "Zəngilan rayonu işğal edildi və ermənilər gəldi. Sakinlər İrana keçdilər. "
            "Ermənilərin Zəngilanda planı alınmadı. Birinci Qarabağ müharibəsi bitdi.",
            ["Zəngilan", "İrana", "Zəngilanda", "Qarabağ"],
        ),
        # "in the district" alone is no place; a month misspelt between a day and a year
        ("Zəngilan rayonu böyükdür və ermənilər gəldi. Rayonda 14 məktəb var.", ["Zəngilan"]),
        ("Signed in Moscow on 29 Jule 1993. Part of the accord.", ["Moscow"]),
        # a frequent word once its case ending is gone ("qarşı", opposite), in Azerbaijani spelling
        ("Qarşıda ağır qış var və kəndlilər Ağdama qayıdır.", ["Ağdama"]),
        # a father's name before "qızı"/"oğlu" is no place
        ("Sakinlər arasında Leyla Qulu qızı və Əli Bayram oğlu Ağdamda idi.", ["Ağdamda"]),
        # a four-word name in a case form
        (
            "Kənd Dağlıq Qarabağ Muxtar Vilayətinin tərkibində idi və Şuşaya yaxın idi.",
            ["Dağlıq Qarabağ Muxtar Vilayətinin", "Şuşaya"],
        ),
    ],
)
def test_names_beside_words_of_other_languages(gaz, text, expected):
    assert [m.surface for m in find_mentions(text, gaz)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They began Operation Kalbajar in 1993.", ["Kalbajar"]),
        ("The Mardakert and Martuni Offensives began.", ["Mardakert", "Martuni"]),
        ("The Khojaly Massacre and the Sumgait Pogrom.", ["Khojaly", "Sumgait"]),
    ],
)
def test_a_place_in_the_name_of_an_event_there_is_a_place(gaz, text, expected):
    assert [m.surface for m in find_mentions(text, gaz)] == expected


def test_a_russian_verb_is_no_case_form_of_a_town(gaz):
    # "Читаем" (we read) is no case of "Чита(ь)": a soft sign never follows a vowel
    text = "Читаем очерки о войне. Войска вошли в Лачин."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Лачин"]


def test_an_infobox_label_before_a_place_is_no_part_of_its_name(gaz):
    text = "Flight\nOrigin Aghdam\nDestination Martuni\nPassengers 22"
    assert [m.surface for m in find_mentions(text, gaz)] == ["Aghdam", "Martuni"]


def test_a_river_infobox_labels_its_towns_and_mouth(gaz):
    text = "Hakari\nLength 120 km\nCities Lachin, Qubadli\nMouth Araz"
    found = [m.surface for m in find_mentions(text, gaz)]
    assert "Lachin" in found and "Qubadli" in found


def test_a_russian_adjective_of_a_town_names_the_town_not_of_a_country(gaz):
    text = (
        "Аскеранский инцидент 1988 года. Бои на Аскеранском направлении. "
        "Азербайджанские войска вошли в Лачин."
    )
    assert [m.surface for m in find_mentions(text, gaz)] == ["Аскеранский", "Аскеранском", "Лачин"]


def test_a_romanised_country_adjective_is_no_armenian_genitive(gaz):
    text = "Azerbaydzhani forces shelled the Askerani region."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Askerani"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Погром в Сумгаите Азербайджанской ССР.", ["Сумгаите", "Азербайджанской ССР"]),
        ("The Azerbaijan SSR and the Armenian SSR quarrelled.", ["Azerbaijan SSR", "Armenian SSR"]),
    ],
)
def test_soviet_republics_are_their_countries(gaz, text, expected):
    assert [m.surface for m in find_mentions(text, gaz)] == expected


def test_a_person_a_street_is_named_after_and_a_people_are_no_places(gaz):
    text = "Митинг на площади Ленина в Баку. A Turk and an Armenian met in Baku."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Баку", "Baku"]


def test_a_verb_opening_a_sentence_is_no_first_name(gaz):
    text = "The offensive centred on Fizuli. Capturing Fizuli would cut the road. Taking Shusha."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Fizuli", "Fizuli", "Shusha"]


def test_an_inflected_azerbaijani_word_before_a_name_is_no_part_of_it(gaz):
    text = "1993-cü il iyulun 23-də Hərbi Hissələri Qarabağın mərkəzində yerləşən Ağdamı tutdu."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Qarabağın", "Ağdamı"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # two names of one place side by side are not one longer name
        ("Armenians call Karabakh Artsakh in their songs.", ["Karabakh", "Artsakh"]),
        ("Армяне называют Карабах Арцахом и поют о нём.", ["Карабах", "Арцахом"]),
        # a title runs into the sentence: a frequent Russian word is no part of the name
        ("Часть 3 Бои у Шуши Весной 1992 года город пал.", ["Шуши"]),
        # a place before a person's title, and before a plural noun after "told"
        ("The speech was given, told Hadrut Mayor Ivan Petrov.", ["Hadrut"]),
        ("He told Kalbajar officials to leave Kalbajar.", ["Kalbajar", "Kalbajar"]),
        # Russian neuters in -ье in their case forms; "Mt." for "Mount"
        ("Границы Закавказья менялись.", ["Закавказья"]),
        # a frequent word in a case names a region ("Кавказа"), not a town ("Совета")
        ("Войны Кавказа и решение Совета безопасности.", ["Кавказа"]),
        # an era after a number is no place; a weapon's model within three words of its noun
        ("A church of the 5th century BC stood near Shusha.", ["Shusha"]),
        ("They fired “Grad” multiple rocket launchers at Shusha.", ["Shusha"]),
        (
            "The Nagorno Karabagh Autonomous Oblast was formed.",
            ["Nagorno Karabagh Autonomous Oblast"],
        ),
        ("Climbers saw Mt. Ararat from Yerevan.", ["Mt. Ararat", "Yerevan"]),
        # a word glued to an ordinal is no place ("Century", Florida)
        ("A 12th-Century chapel stands near Shusha.", ["Shusha"]),
    ],
)
def test_names_side_by_side_and_titles(gaz, text, expected):
    assert [m.surface for m in find_mentions(text, gaz)] == expected


def test_a_russian_adjective_in_inskiy_names_the_town_it_is_made_from(gaz):
    # -инский replaces a final vowel ("Шуша" → "Шушинский") or follows it ("Мартуни");
    # in lower case only of a town or region
    text = "Обстрелы шли на Мартунинском участке. Бои на шушинском направлении утихли."
    found = {m.surface: str(gaz.col["name"][m.rows[0]]) for m in find_mentions(text, gaz)}
    assert set(found) == {"Мартунинском", "шушинском"}
    assert found["шушинском"] == "Shusha"


def test_a_russian_adjective_in_capitals_compound_or_broken_by_a_hyphen(gaz):
    text = (
        "НАГОРНО-КАРАБАХСКИЙ ВОПРОС\n"
        "Позже пали Кубатлинский и Физу-линский районы, а нагорно-карабахский вопрос остался."
    )
    surfaces = [m.surface for m in find_mentions(text, gaz)]
    assert surfaces == ["НАГОРНО-КАРАБАХСКИЙ", "Кубатлинский", "Физу-линский"]


def test_a_lower_case_russian_word_is_no_place_adjective(gaz):
    text = "Русский язык и советский строй. Армянские отряды отступили к Лачину."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Лачину"]


def test_a_russian_verbal_noun_opening_a_sentence_is_no_part_of_a_country(gaz):
    text = "Признание Арменией этого акта ничего не изменило."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Арменией"]


def test_a_russian_village_beside_its_district_adjective_is_two_places(gaz):
    text = "Перестрелка шла у села Аветараноц Аскеранского района до утра."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Аветараноц", "Аскеранского района"]


def test_a_russian_village_ending_like_an_adjective_keeps_its_district(gaz):
    # Гасангая (Həsənqaya) ends in -ая like an adjective, but is a village as written: the
    # district after it is a place of its own, not the rest of one name
    text = "Вчера снаряд разорвался в селе Гасангая Тертерского района, пострадал дом."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Гасангая", "Тертерского района"]


def test_an_azerbaijani_acronym_with_a_case_suffix_is_no_part_of_the_name_before(gaz):
    text = "Həmin il Ermənistan ATƏT-ə müraciət etdi və Azərbaycan da cavab verdi."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Ermənistan", "Azərbaycan"]


def test_a_frequent_russian_word_opening_a_quotation_is_no_town(gaz):
    # "Парни" (lads) opens the quotation: a word, not a village of Armenia's
    text = "«Парни из нашего отряда держали высоту», — сказал он в Степанакерте."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Степанакерте"]


def test_a_headline_word_is_no_unknown_place(gaz):
    from geo.geoparse import unknown_names

    text = "Rebels Pull Back from Stronghold in Karabakh\n\nThey left the village of Kanliq."
    names = [n for _, _, n in unknown_names(text, find_mentions(text, gaz), gaz)]
    assert names == ["Kanliq"]


def test_a_name_glued_to_the_words_before_it_is_found(gaz):
    # a saved page that lost the spaces around its links
    text = "Shells fell on the district ofAgdam and on thetownofFizuli; the iPhone rang."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Agdam", "Fizuli"]


def test_a_russian_place_in_the_genitive_after_a_noun_is_no_part_of_its_name(gaz):
    text = "Как сообщило Минобороны Нагорного Карабаха, огонь вели из Агдама."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Нагорного Карабаха", "Агдама"]


def test_an_azerbaijani_country_before_the_name_of_its_body_is_the_country(gaz):
    text = "Kənd 1993-cü ildə Ermənistan Silahlı Qüvvələri tərəfindən işğal edilib və yandırılıb."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Ermənistan"]


def test_the_minsk_group_in_azerbaijani_and_russian_is_no_place(gaz):
    text = "Minsk qrupu Bakıya gəldi. Минская группа прибыла в Ереван."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Bakıya", "Ереван"]


def test_azerbaijani_copula_ends_a_name(gaz):
    # the predicative -dır/-dir/-dur/-dür (-tır… after voiceless consonants) ends a name
    # as a case suffix does: "the main river is the Tərtər", "its highest peak is Murovdağ"
    text = "Kəndin yanından axan əsas çay Tərtərdir. Rayonun ən uca zirvəsi Murovdağdır."
    assert _surfaces(text, gaz) == ["Tərtərdir", "Murovdağdır"]
    # a word that is no name once the copula is gone stays a word
    assert _surfaces("Bu yol çox uzundur.", gaz) == []


def test_letter_spaced_names(gaz):
    # a list set letter-spaced for emphasis: the letters joined are the name; a last single
    # letter with a full stop (k. for kənd, ş. for şəhər) is an abbreviation after it
    text = "Rayonun tərkibi:\n\n1. X o c a l ı ş.\n\n2. Ə s g ə r a n  q.\n\n3. L a ç ı n ş."
    assert _surfaces(text, gaz) == ["X o c a l ı", "Ə s g ə r a n", "L a ç ı n"]
    # single letters that join no name, or too few of them, are no place
    assert _surfaces("Mark the boxes a b c d and e.", gaz) == []
    # a name set so at the end of a sentence keeps its last letter
    assert _surfaces("The capital is B a k u.", gaz) == ["B a k u"]


def test_helsinki_watch_is_no_place(gaz):
    # the Europe division of Human Rights Watch under both its names; the city alone is one
    text = (
        "Officials told Helsinki Watch that Stepanakert was shelled. Human Rights Watch/Helsinki "
        "wrote about Aghdam. The talks moved to Helsinki."
    )
    assert _surfaces(text, gaz) == ["Stepanakert", "Aghdam", "Helsinki"]


def test_kurqan_a_burial_mound_is_no_place(gaz):
    # an Azerbaijani list of monuments opens its lines with "Kurqan" (burial mound); the city
    # of Kurgan written in the middle of a sentence is still found
    text = (
        "Abidələr:\n\n1. Kurqan – tunc dövrü.\n2. Kurqan – dəmir dövrü.\n\n"
        "Qonaqlar Kurqan şəhərindən gəldi."
    )
    assert _surfaces(text, gaz) == ["Kurqan"]


def test_azerbaijani_feature_words_join_their_name(gaz):
    # "silsiləsi" (range) after a name in lower case, in a case form: the range's row
    from geo.geocode import resolve

    text = "Kənd Qarabağ dağ silsiləsinin ətəyindədir. Çoban Qarabağ silsiləsinə qalxdı."
    res = resolve(find_mentions(text, gaz), text, gaz)
    assert [(r.mention.surface, gaz.col["id"][r.row]) for r in res] == [
        ("Qarabağ dağ silsiləsinin", "karabakh:karabakh-range"),
        ("Qarabağ silsiləsinə", "karabakh:karabakh-range"),
    ]


def test_azerbaijani_village_lists_give_unknown_names(gaz):
    from geo.geoparse import unknown_names

    text = (
        "Rayon 40 kəndi birləşdirir. Kəndləri bunlardır – Zorvakənd, Qarzorlu.\n\n"
        "5. Təpəqışlaq  k.\n6. Bilməzli kənd\n"
    )
    names = [n for _, _, n in unknown_names(text, find_mentions(text, gaz), gaz)]
    assert names == ["Zorvakənd", "Qarzorlu", "Təpəqışlaq", "Bilməzli"]
    # the same layout in English is no Azerbaijani list
    text = "The district has 40 villages. Its villages are – Zorvakend, Qarzorlu.\n5. Tepe k.\n"
    assert unknown_names(text, find_mentions(text, gaz), gaz) == []


def test_two_datelines_joined_by_a_slash(gaz):
    # a wire story filed from two capitals: both are places; capitals after other words are not
    assert _surfaces("TBILISI/BAKU (Reuters) - Ministers met on Monday.", gaz) == [
        "TBILISI",
        "BAKU",
    ]
    assert _surfaces("Reports from Tbilisi/BAKU (notes) - said.", gaz) == ["Tbilisi"]


def test_a_glued_name_of_two_words_apart_by_more_than_one_space_is_whole(gaz):
    text = "Fighting in the region ofNagorno  Karabakh went on."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Nagorno  Karabakh"]


def test_a_long_run_of_glued_function_words_ends_quickly(gaz):
    # "into" is also "in" + "to": the words before a glued name must be read one way only,
    # or a run of them without a name after it takes exponential time
    import signal

    from geo.geoparse.glued import _GLUED

    def _stop(*_):
        raise TimeoutError("the glued-name pattern backtracks")

    old = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(20)
    try:
        assert list(_GLUED.finditer("into" * 40 + " nothing here")) == []
        assert [m.group(1) for m in _GLUED.finditer("fled intoAgdam")] == ["Agdam"]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_a_country_in_a_case_opening_an_azerbaijani_sentence_is_found(gaz):
    # "Rusya" (Russia as Turkish spells it) is a frequent word too; in a case at the start of
    # a sentence it is still the country, as it is further in the sentence
    opening = "Jurnalistlər və qonaqlar Bakıya gəldi. Rusyadan gələnlər də orada idi."
    inside = "Jurnalistlər və qonaqlar Bakıya gəldi. Onlar Rusyadan gəldilər."
    assert [m.surface for m in find_mentions(opening, gaz)] == ["Bakıya", "Rusyadan"]
    assert [m.surface for m in find_mentions(inside, gaz)] == ["Bakıya", "Rusyadan"]


def test_a_russian_adjective_that_may_come_from_a_country_s_name_is_no_place(gaz):
    # "кубинский" is Cuban (Куба), though "Куби" and "Кубы" are forms of the town of Quba
    text = "Он вспоминал кубинский кризис и Кубинские события, а потом уехал в Шушу."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Шушу"]


def test_an_azerbaijani_acronym_after_a_tab_is_no_part_of_the_name_before(gaz):
    # a table's cells or a PDF's columns put a tab where prose puts a space
    for sep in (" ", "\t"):
        text = f"Həmin il Gəncə{sep}ATƏT-ə müraciət etdi və Bakı da cavab verdi."
        assert [m.surface for m in find_mentions(text, gaz)] == ["Gəncə", "Bakı"]


def test_a_russian_people_s_adjective_in_lower_case_is_no_town(gaz):
    # "казахский" is Kazakh, the people's adjective, though Казах is also a town of
    # Azerbaijan; "шушинском" is Shusha's
    text = (
        "Казахский район граничит с Грузией; казахский язык там не звучит, "
        "а на шушинском направлении тихо."
    )
    assert [m.surface for m in find_mentions(text, gaz)] == ["Казахский", "Грузией", "шушинском"]


def test_a_russian_province_label_before_a_town_is_no_first_name(gaz):
    # an infobox row "Провинция Мартуни" is a place word and a town, not a person
    text = "Провинция Мартуни\n\nОтец вырос в Мартуни и учился в Шуше."
    assert _surfaces(text, gaz) == ["Мартуни", "Мартуни", "Шуше"]


def test_two_places_of_a_list_that_lost_their_comma_are_two_mentions(gaz):
    text = "Convoys left Barda, Agdam Fizuli and Goris before dawn."
    assert _surfaces(text, gaz) == ["Barda", "Agdam", "Fizuli", "Goris"]
    az = "Yol Ağdam Laçın istiqamətində bağlanıb və maşınlar geri qayıdıb."
    assert _surfaces(az, gaz) == ["Ağdam", "Laçın"]


def test_two_places_without_a_list_stay_one_unknown_name(gaz):
    # no comma, no list, in English: a run of two capitalised names is not split
    assert _surfaces("The Agdam Fizuli Company sold grain.", gaz) == []
    # a person's name between commas is no list of places
    assert _surfaces("Their lawyer, Paul Kemp, spoke in Barda.", gaz) == ["Barda"]


def test_azerbaijani_possessive_forms_of_a_place(gaz):
    text = "Biz Şuşamızı heç vaxt unutmadıq. Qonşu Rusiyasının sərhədi uzaqdadır."
    assert _surfaces(text, gaz) == ["Şuşamızı", "Rusiyasının"]


def test_every_name_of_an_azerbaijani_or_russian_list_of_villages_is_unknown(gaz):
    from geo.geoparse import unknown_names

    text = (
        "Rayonun kəndləri: Zorvaqışlaq, Yuxarı Zorvalı və Berkədüz.\n"
        "Сёла района — Зорваван, Бердашенец и Мохрадюз."
    )
    names = [n for _, _, n in unknown_names(text, find_mentions(text, gaz), gaz)]
    assert names == [
        "Zorvaqışlaq", "Yuxarı Zorvalı", "Berkədüz", "Зорваван", "Бердашенец", "Мохрадюз"
    ]  # fmt: skip


def test_an_armenian_district_name_with_its_place_word(gaz):
    # "շրջան" (district) is a place word: the lower-case word does not hide the name
    text = "Ընտանիքը ապրում էր Շահումյանի շրջան կոչվող տարածքում։"
    assert _surfaces(text, gaz) == ["Շահումյանի"]


def test_a_russian_adjective_of_a_town_whose_name_ends_in_sk(gaz):
    # Шаумяновск (now Aşağı Ağcakənd): its adjective is Шаумяновский, not Шаумяновскский
    text = "Сессия Шаумяновского районного Совета прошла в Степанакерте."
    assert _surfaces(text, gaz) == ["Шаумяновского", "Степанакерте"]


def test_a_village_named_with_its_azerbaijani_or_russian_head_word_is_unknown(gaz):
    from geo.geoparse import unknown_names

    text = (
        "Laçın rayonunun Zorvalı kəndində məktəb var idi. Bu kəndin adı qədimdir. "
        "Село Зорвашен Лачинского района сожжено."
    )
    names = [n for _, _, n in unknown_names(text, find_mentions(text, gaz), gaz)]
    assert names == ["Zorvalı", "Зорвашен"]  # not "Bu" (this), nor the district beside


def test_a_russian_event_noun_opening_a_sentence_is_no_given_name_of_the_place(gaz):
    # "Осада" before a town in the genitive names an event there, not a person whose
    # surname would make every later mention of the town a name too
    text = "Осада Шуши продолжалась всю зиму. Позднее беженцы из Шуши ушли в Лачин."
    assert [m.surface for m in find_mentions(text, gaz)] == ["Шуши", "Шуши", "Лачин"]


def test_a_russian_adjective_opening_a_quoted_title_is_no_place(gaz):
    # a quoted title of an adjective and a noun names an agency or a paper ("Кавказский
    # узел"), not Kavkazsky of Karachay-Cherkessia; a quoted district stays a place
    text = (
        'Об ударе написал сайт "Кавказский узел", а газета «Кавказского узла» молчала. '
        'Жители "Лачинского района" ушли в Горис.'
    )
    assert [m.surface for m in find_mentions(text, gaz)] == ["Лачинского района", "Горис"]


def test_a_country_after_an_office_is_no_part_of_the_holders_name(gaz):
    # "Minister of Armenia Nikol Pashinyan" was one capitalised run, and the country was lost
    text = (
        "On Monday the Foreign Minister of Armenia Ara Ayvazyan met the President of "
        "Azerbaijan Ilham Aliyev's envoy in Moscow."
    )
    assert [m.surface for m in find_mentions(text, gaz)] == ["Armenia", "Azerbaijan", "Moscow"]


def test_a_name_in_the_azerbaijani_cyrillic_alphabet_is_read_in_latin(gaz):
    # Soviet-era Azerbaijani Cyrillic ("Һ", "ә", "ј"): Hadrut, Ağdam; a Russian word without
    # those letters is left to the Russian rules
    text = "Старое название района (азерб. Һадрут рајону) писали так; рядом Ағдам и Шуша."
    found = [
        (m.surface, {str(gaz.col["name"][r]) for r in m.rows}) for m in find_mentions(text, gaz)
    ]
    assert [s for s, _ in found] == ["Һадрут", "Ағдам", "Шуша"]
    assert any("Hadrut" in n for n in found[0][1]) and any("Aghdam" in n for n in found[1][1])


def test_a_name_running_on_through_of_into_words_naming_no_place_is_no_place(gaz):
    # "Commonwealth" is a town in the Philippines; here it opens an organisation's name
    text = (
        "Azerbaijan joined the Commonwealth of Independent States. "
        "Goris of Syunik and Stepanakert of Nagorno-Karabakh stayed places."
    )
    assert _surfaces(text, gaz) == [
        "Azerbaijan",
        "Goris",
        "Syunik",
        "Stepanakert",
        "Nagorno-Karabakh",
    ]


def test_an_azerbaijani_place_beside_a_known_name_of_two_words_is_two_places(gaz):
    # "Cəbrayıl Kiçik Qafqaz" was one capitalised run: the town and the range were both lost
    text = "Şəhər Laçın Kiçik Qafqaz dağlarının ətəyində, Füzuli isə düzənlikdə yerləşir."
    assert _surfaces(text, gaz) == ["Laçın", "Kiçik Qafqaz", "Füzuli"]
    # in English the same words stay one name: no rule of Azerbaijani there
    assert "Laçın" not in _surfaces("Lachin Kiçik Qafqaz Trading opened an office.", gaz)


def test_a_frequent_word_before_a_country_in_a_headline_is_no_part_of_it(gaz):
    # "Armenian Forces Strike Azerbaijan": in a title-case line "Strike" is a verb
    assert _surfaces("Rebel Troops Enter Armenia : Talks stall in Geneva.", gaz) == [
        "Armenia",
        "Geneva",
    ]
    # in running prose a capitalised word before a country may be its name's first word
    assert "Armenia" not in _surfaces("We met at the Grand Armenia hotel in the city.", gaz)
    # and after it, in a headline: "Armenia Claims Rebels Seized a Key Town"
    assert _surfaces("Armenia Claims Rebels Seized a Key Town\n\nIt said so.", gaz) == ["Armenia"]


def test_a_town_after_an_office_and_of_is_no_part_of_the_holders_name(gaz):
    # "head of administration of Kashatagh Alexan Hakobian": the region was lost in the run
    text = (
        "The head of the administration of Goris Arman Sargsyan and the Mayor of Stepanakert "
        "Davit Sargsyan met in Yerevan."
    )
    assert _surfaces(text, gaz) == ["Goris", "Stepanakert", "Yerevan"]
    # with no title before it, a town's name may open a longer name
    assert "Goris" not in _surfaces("The Goris Arman Sargsyan Foundation met.", gaz)


def test_a_russian_district_ends_with_its_word_rayon(gaz):
    # "Ханларский район Гюлистан": a list line lost its comma; the district ends at "район"
    assert _surfaces("Соседние места: Ханларский район Гюлистан и Геташен.", gaz)[:2] == [
        "Ханларский район",
        "Гюлистан",
    ]


def test_a_plural_head_word_after_two_names_reads_as_the_last_ones(gaz):
    # "Xaçın çayları" (the rivers … and Xaçın): only "Xaçın çayı" is a known name
    found = [
        (m.surface, {str(gaz.col["kind"][r]) for r in m.rows})
        for m in find_mentions("Bu yerdən Tərtər və Xaçın çayları axır.", gaz)
    ]
    assert ("Xaçın çayları", {"river"}) in found
    # a plural that is no head word of a name stays unread ("kəndləri", its villages)
    assert _surfaces("Zorvalı kəndləri boşdur.", gaz) == []


def test_a_word_opening_a_fact_sheets_field_label_is_no_place(gaz):
    # "Maritime" is a region of Togo; a label's capitalised word is no place
    text = "Maritime claims: none\nShusha district: a town\nGeorgia border: 322 km"
    assert _surfaces(text, gaz) == ["Shusha", "Georgia"]


def test_a_place_opening_a_headline_with_a_colon_is_a_place(gaz):
    # a headline or a speaker's line has the form of a field label ("Stepanakert today: …"),
    # but a label stands among other labels, line after line; a line alone is no fact sheet
    text = "Stepanakert today: the city under blockade.\nPeople queue for bread."
    assert _surfaces(text, gaz) == ["Stepanakert"]
    assert _surfaces("Goris residents said: no shelling overnight.", gaz) == ["Goris"]
    assert _surfaces("Area: 86,600 sq km\nMaritime claims: none\nClimate: dry", gaz) == []


def test_a_russian_word_opening_a_sentence_is_no_part_of_the_name_after_it(gaz):
    # a participle agreeing with the name is still a word of the sentence
    text = "Освобождённому Карвачару исполнилось 19 лет. Нагорный Карабах был в огне."
    assert _surfaces(text, gaz) == ["Карвачару", "Нагорный Карабах"]


def test_a_name_before_an_organisation_head_in_capitals_is_no_place(gaz):
    text = "OSCE MINSK GROUP PRESENTS ITS REPORT\n\nARMENIA FIRMS UP LAND SEIZURE"
    assert _surfaces(text, gaz) == ["ARMENIA"]


def test_a_long_list_of_capitalised_words_without_a_head_word_ends_quickly(gaz):
    # the list patterns of unknown names read each word one way: a list that ends in no
    # place word ("… said") must not backtrack through every split of its words
    import time

    from geo.geoparse import unknown_names

    text = ", ".join(["Abcdefghij Klmnopq"] * 40) + " said."
    t = time.perf_counter()
    unknown_names(text, find_mentions(text, gaz), gaz)
    if time.perf_counter() - t > 5:
        raise TimeoutError("the list patterns of unknown names backtrack")
