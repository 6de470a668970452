"""Villages an Azerbaijani or Russian text names as villages (geo.geoparse.villages)."""

import pytest

from geo.geoparse.villages import list_opening, spaced_village_names, village_names

# invented village names throughout
_AZ_LIST = "Ağdam rayonunda 90 kənd var idi. Kəndləri bunlardır – Zorvalı, Ağ Berkə və Suma."


def _names(text, taken=()):
    return [n for _, _, n in sorted(village_names(text, list(taken)))]


def test_every_name_of_a_list_after_a_dash_or_colon():
    assert _names(_AZ_LIST) == ["Zorvalı", "Ağ Berkə", "Suma"]  # "Ağ": no ASCII lower case
    assert _names("Сёла района: Зорваван, Бердашенец и Мохрадюз.") == [
        "Зорваван",
        "Бердашенец",
        "Мохрадюз",
    ]


def test_the_lines_of_an_administrative_list_and_a_village_in_brackets():
    text = (
        "Rayonun kəndləri və qəsəbələri:\n1. Zorvalı k.\n2. Berkədüz kənd\n"
        "Orada (Sumalı kəndi) var."
    )
    assert _names(text) == ["Zorvalı", "Berkədüz", "Sumalı"]
    # in English such lines are no list: "k." is no Azerbaijani village word there
    assert _names("The army and the police:\nMoscow k.\nBerlin k.") == []


def test_a_village_named_with_its_head_word_loses_a_known_place_beside_it():
    text = "Tərtər rayonunun Qarzorlu qəsəbəsi və Bu kəndin adı. Село Зорвашен сожжено."
    assert _names(text) == ["Qarzorlu", "Зорвашен"]  # "Bu" (this) is a frequent word
    assert _names("Tərtər Zorva kəndində", [(0, 6)]) == ["Zorva"]


def test_letter_spaced_names_of_a_list_line():
    text = "QUBADLI RAYONUNUN KƏNDLƏRİ\n\n1. Q a r z o r l u  k.\n"
    assert [n for _, _, n in spaced_village_names(text)] == ["Q a r z o r l u"]
    assert spaced_village_names("The list:\n1. Q a r z o r l u  k.\n") == []


@pytest.mark.parametrize(
    "name, opens_at",
    [
        ("Zorvalı", "Kəndləri"),
        ("Ağ Berkə", "Kəndləri"),
        ("Suma", "Kəndləri"),
        ("Berkə", "Kəndləri"),
    ],
)
def test_where_the_list_of_an_item_opens(name, opens_at):
    s = _AZ_LIST.index(name, _AZ_LIST.index("–"))  # "Berkə": the last word of "Ağ Berkə"
    assert list_opening(_AZ_LIST, s, s + len(name)) == _AZ_LIST.index(opens_at)


def test_a_name_after_the_list_s_sentence_or_in_prose_is_no_item():
    text = _AZ_LIST + " Sonra Qaraca gəldi."
    s = text.index("Qaraca")
    assert list_opening(text, s, s + 6) is None
    prose = "Kəndlər haqqında: bu gün Zorvalı ilə Suma arasında yol çəkilir."
    s = prose.index("Suma")
    assert list_opening(prose, s, s + 4) is None  # "ilə" (with) is no comma of a list
    line = "Rayonun kəndləri:\n12. Zorvalı kənd\n"
    s = line.index("Zorvalı")
    assert list_opening(line, s, s + 7) == s  # a line of the list opens at its name


def test_names_listed_before_a_plural_village_word_are_villages():
    from geo.geoparse.villages import village_names

    text = "Payızda Zorvakənd, Qarzorlu və Sur kəndləri boşaldı. Bu kəndlər indi bərpa olunur."
    assert [n for _, _, n in village_names(text, [])] == ["Zorvakənd", "Qarzorlu", "Sur"]


def test_a_two_word_village_opening_a_sentence_before_a_plural_head_keeps_both_words():
    from geo.geoparse.villages import village_names

    text = "Yuxarı Zorvakənd, Qarzorlu kəndləri azad olundu."
    assert [n for _, _, n in village_names(text, [])] == ["Yuxarı Zorvakənd", "Qarzorlu"]


def test_a_list_a_head_word_closes_or_a_russian_plural_opens_without_a_colon():
    az = "Düşmən sonra Zorvalı, Berkədüz, Ağ Suma və Qaramıxlı kəndlərinə girdi."
    assert _names(az) == ["Zorvalı", "Berkədüz", "Ağ Suma", "Qaramıxlı"]
    s = az.index("Qaramıxlı")
    assert list_opening(az, s, s + 9) == az.index("Zorvalı")
    ru = "Армия заняла сёла Зорваван, Бердашенец и Мохрадюз и город Физули."
    assert _names(ru) == ["Зорваван", "Бердашенец", "Мохрадюз"]
    s = ru.index("Мохрадюз")
    assert list_opening(ru, s, s + 8) == ru.index("Зорваван")


def test_one_name_before_a_head_word_or_after_a_singular_one_is_no_list():
    # one name with its head word is a headed name (above), not a list
    text = "Zorvalı kəndinə gəldilər. Жители села Зорвашен, Лачинского района, ушли."
    s = text.index("Zorvalı")
    assert list_opening(text, s, s + 7) is None
    s = text.index("Лачинского")
    assert list_opening(text, s, s + 10) is None  # "села" of one village, then its district


def test_a_village_after_the_russian_word_selenie():
    assert _names("Селение Зорвашен сожгли, жители селения Бердашенец ушли.") == [
        "Зорвашен",
        "Бердашенец",
    ]


def test_a_village_with_its_head_word_in_the_locative_adjective():
    # "Zorvalı kəndindəki abidələr", the monuments that are in the village of Zorvalı
    assert _names("Zorvalı kəndindəki abidələr qorunur.") == ["Zorvalı"]
