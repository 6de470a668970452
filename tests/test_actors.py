from geo.actors import actor_kind, find_actors, group_victims, state_actor, with_country


def _names(text, countries=()):
    return [a.name for a in find_actors(text, (0, len(text)), list(countries))]


def test_bodies_of_states_from_demonyms_and_country_names():
    assert _names("Armenian forces entered the town") == ["Military Forces of Armenia"]
    assert _names("the President of Azerbaijan resigned", [(17, 27, "AZ", "Azerbaijan")]) == [
        "Government of Azerbaijan"
    ]
    assert _names("several U.S. state legislatures", [(8, 12, "US", "United States")]) == [
        "State legislatures (United States)"
    ]
    assert _names("attacks on Azerbaijani civilian population") == ["Civilians (Azerbaijan)"]


def test_organisations_longest_name_first():
    assert _names("the UN Security Council and the OSCE Minsk Group met") == [
        "United Nations Security Council",
        "OSCE Minsk Group",
    ]
    assert _names("the Parliamentary Assembly of the Council of Europe") == [
        "Parliamentary Assembly of the Council of Europe"
    ]


def test_sources_and_plain_words_are_not_actors():
    assert _names("according to the UN, the town fell") == []
    assert _names("a foreign military adviser") == []


def test_groups_and_bare_actors():
    text = "613 Azerbaijanis were murdered"
    (g,) = group_victims(text, (0, len(text)))
    assert (g.name, g.kind, g.country) == ("Azerbaijani Ethnic Group", "civilians", "AZ")
    assert _names("Tamil civilians fled") == ["Tamil Ethnic Group"]
    assert _names("rebels took the town") == ["Rebel group ({country})"]
    assert with_country("Rebel group ({country})", "Mali") == "Rebel group (Mali)"
    assert with_country("Rebel group ({country})", "") == "Rebel group"


def test_state_actor_by_kind_of_event():
    assert state_actor("AM", "Armenia", "battle", 0, 7).name == "Military Forces of Armenia"
    assert state_actor("AM", "Armenia", "political", 0, 7).name == "Government of Armenia"


def test_actor_kind():
    assert actor_kind("Military Forces of Armenia") == "state_forces"
    assert actor_kind("Civilians (Azerbaijan)") == "civilians"
    assert actor_kind("OSCE Minsk Group") == "organisation"
    assert actor_kind("Someone") == ""
