"""Forms of dates the grammar (geo.dates.grammar, grammar_alt) reads; sentences of our own."""

import pytest

from geo.dates import find_dates


def _iso(text, **kw):
    return [(t.surface, *t.iso) for t in find_dates(text, **kw)]


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("The bridge notice, dated 4 March , 1995, was posted.", "4 March , 1995", "1995-03-04"),
        ("Posted on March 4 , 1995 by the editor.", "March 4 , 1995", "1995-03-04"),
        ("Yenilənib: 4 Mart , 2015", "4 Mart , 2015", "2015-03-04"),
        ("Обновлено 4 марта , 2015 года", "4 марта , 2015 года", "2015-03-04"),
    ],
)
def test_a_comma_set_apart_before_the_year_keeps_the_year(text, surface, day):
    # a page's date widget may put a space before the comma ("2 Aprel , 2016"); the year
    # after it is the day's, not the year of a date elsewhere on the page
    assert _iso(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("Обстрел начался в ночь на 14 марта 1993 года.", "1993-03-13", "1993-03-14"),
        ("В 1993 году, в ночь на 14 марта, обстрел начался.", "1993-03-13", "1993-03-14"),
        ("Обстрел начался в ночь на 1 марта 1993 года.", "1993-02-28", "1993-03-01"),
        ("1993-cü il martın 14-nə keçən gecə kənd atəşə tutuldu.", "1993-03-13", "1993-03-14"),
    ],
)
def test_the_night_before_a_day_is_that_day_and_the_one_before(text, first, last):
    # "в ночь на 14 марта" (Azerbaijani "martın 14-nə keçən gecə"): the night that ends on
    # the 14th, from the 13th to the 14th, as "с 13 на 14 марта"
    assert [t.iso for t in find_dates(text) if t.iso[1] == last] == [(first, last)]


@pytest.mark.parametrize(
    "text, surface, first, last",
    [
        ("Заводы закрылись в 90-х годах.", "в 90-х годах", "1990-01-01", "1999-12-31"),
        ("Заводы закрылись в начале 90-х.", "в начале 90-х", "1990-01-01", "1993-12-31"),
        ("Это было в конце 80-х годов.", "в конце 80-х годов", "1986-01-01", "1989-12-31"),
        ("Mills closed in the early '90s.", "the early '90s", "1990-01-01", "1993-12-31"),
        ("Mills closed in the ’70s.", "the ’70s", "1970-01-01", "1979-12-31"),
        (
            "Fabrik 90-cı illərin sonunda bağlandı.",
            "90-cı illərin sonunda",
            "1996-01-01",
            "1999-12-31",
        ),
        ("Fabrik 80-ci illərdə bağlandı.", "80-ci illərdə", "1980-01-01", "1989-12-31"),
    ],
)
def test_a_decade_by_its_last_two_digits(text, surface, first, last):
    assert _iso(text) == [(surface, first, last)]


@pytest.mark.parametrize(
    "text",
    [
        "Это было в 20-х годах.",  # the 1920s or the 2020s: the text does not say
        "Участники 90-х сборов прибыли.",  # an ordinal of a count, not the 1990s
        "90-cı alay şəhərə girdi.",  # a regiment's number
        "He drove at 90 km/h.",
    ],
)
def test_two_digits_that_are_no_decade(text):
    assert not any(t[1].endswith("0-01-01") and t[2].endswith("9-12-31") for t in _iso(text))


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("Talks opened on the ninth of June 1993.", "ninth of June 1993", "1993-06-09"),
        ("The twenty-second of June, 1993 was calm.", "twenty-second of June, 1993", "1993-06-22"),
        ("In 1993 talks opened on the first of June.", "first of June", "1993-06-01"),
    ],
)
def test_an_english_day_in_words(text, surface, day):
    assert (surface, day, day) in _iso(text)


@pytest.mark.parametrize(
    "text, surface, first, last",
    [
        ("Mills were built in the early 19th century.", "the early 19th century", "1801", "1840"),
        ("Mills were built in the mid-19th century.", "the mid-19th century", "1831", "1870"),
        ("Мельницы построили в конце XIX века.", "в конце XIX века", "1861", "1900"),
        ("Dəyirmanlar XIX əsrin əvvəllərində tikilib.", "XIX əsrin əvvəllərində", "1801", "1840"),
    ],
)
def test_a_part_of_a_century(text, surface, first, last):
    # the early, middle and late forty years, as a decade's four; no year for the dates after
    (t,) = find_dates(text + " In May the mill burned.")
    assert (t.surface, t.iso) == (surface, (f"{first}-01-01", f"{last}-12-31"))


def test_two_years_with_a_space_for_their_dash():
    # a title made from a web address drops the dash: "… war 1991 1994" is the range
    assert _iso("Mountain villages in the war 1991 1994. A history") == [
        ("1991 1994", "1991-01-01", "1994-12-31")
    ]
    assert _iso("Горные сёла в войне 1991 1994 гг.") == [("1991 1994", "1991-01-01", "1994-12-31")]
    # not a year and a count, not years out of order, not a run of numbers
    assert _iso("In 1991 1994 soldiers deserted.") == [("1991", "1991-01-01", "1991-12-31")]
    assert ("1994 1991", "1991-01-01", "1994-12-31") not in _iso("In 1994 1991 was recalled.")
    assert not any(" " in t[0] for t in _iso("Codes 1991 1994 1997 apply."))


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("Обстрелы усилились в первой декаде марта 1994 года.", "1994-03-01", "1994-03-10"),
        ("Обстрелы усилились во второй декаде марта 1994 года.", "1994-03-11", "1994-03-20"),
        ("Обстрелы усилились в последней декаде марта 1994 года.", "1994-03-21", "1994-03-31"),
        ("В 1994 году, в первой же декаде марта, обстрелы усилились.", "1994-03-01", "1994-03-10"),
    ],
)
def test_a_russian_ten_days_of_a_month(text, first, last):
    # "декада": the first, second or last ten days, as "в начале", "в середине", "в конце"
    assert [t.iso for t in find_dates(text) if t.precision != "year"] == [(first, last)]


def test_a_russian_month_before_its_days_and_a_year_after_a_comma():
    # "март 3-5, 1994" (a title written in English order): those days of March 1994
    assert _iso("Аскеран, март 3-5, 1994: хроника") == [
        ("март 3-5, 1994", "1994-03-03", "1994-03-05")
    ]


def test_a_three_digit_year_with_its_word():
    # "900-cü il", "в 988 году": a year; a bare three-digit number or a count of years is none
    assert _iso("Məbəd 900-cü ildə tikilib.") == [("900", "0900-01-01", "0900-12-31")]
    assert _iso("Храм построен в 988 году.") == [("988", "0988-01-01", "0988-12-31")]
    assert _iso("Храм стоял 122 года, потом 366-й полк ушёл.") == []
    assert _iso("Храм построен в 488 г. до н. э.") == []


def test_three_digits_before_the_abbreviation_of_grams_are_no_year():
    # "г." is "год" (year) and "грамм" (gram): after "в" it is a year, after a count of a
    # substance a weight
    assert _iso("При обыске нашли 500 г. тротила и 200 г. пороха.") == []
    assert _iso("Крепость взяли в 488 г., потом ушли.") == [("488", "0488-01-01", "0488-12-31")]


def test_an_azerbaijani_part_of_a_century_with_a_dotless_i_is_that_part():
    (t,) = find_dates("Kənd XIX əsrin sonlarında salınıb.")
    assert t.surface == "XIX əsrin sonlarında"
    assert (t.date_start.isoformat(), t.date_end.isoformat()) == ("1861-01-01", "1900-12-31")
