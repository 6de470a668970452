from datetime import date

import pytest

from geo.dates import find_dates

# (text, surface found, start, end, precision); none of these come from the seed document
CASES = [
    ("It began on 26 February 1993.", "26 February 1993", "1993-02-26", "1993-02-26", "day"),
    ("It began on February 26, 1993.", "February 26, 1993", "1993-02-26", "1993-02-26", "day"),
    ("It began on February 26 1993.", "February 26 1993", "1993-02-26", "1993-02-26", "day"),
    ("It began on 26th February 1993.", "26th February 1993", "1993-02-26", "1993-02-26", "day"),
    ("It began on the 3rd of March 2001.", "3rd of March 2001", "2001-03-03", "2001-03-03", "day"),
    ("Signed 26.02.1993 in Baku.", "26.02.1993", "1993-02-26", "1993-02-26", "day"),
    ("Signed 1.3.2004 in Baku.", "1.3.2004", "2004-03-01", "2004-03-01", "day"),
    ("Signed 1993-02-26 in Baku.", "1993-02-26", "1993-02-26", "1993-02-26", "day"),
    ("Filed on Sept. 11, 2001.", "Sept. 11, 2001", "2001-09-11", "2001-09-11", "day"),
    ("Filed on Jan 5, 1999.", "Jan 5, 1999", "1999-01-05", "1999-01-05", "day"),
    ("Filed on 5 Dec 1999.", "5 Dec 1999", "1999-12-05", "1999-12-05", "day"),
    ("Leap day: 29 February 2000.", "29 February 2000", "2000-02-29", "2000-02-29", "day"),
    (
        "during the night of 25–26 March 1995",
        "the night of 25–26 March 1995",
        "1995-03-25",
        "1995-03-26",
        "range",
    ),
    ("from 3 to 5 April 2003", "3 to 5 April 2003", "2003-04-03", "2003-04-05", "range"),
    ("April 3-5, 2003 saw talks", "April 3-5, 2003", "2003-04-03", "2003-04-05", "range"),
    ("It happened in March 1990.", "March 1990", "1990-03-01", "1990-03-31", "month"),
    ("It happened in March, 1990.", "March, 1990", "1990-03-01", "1990-03-31", "month"),
    ("It happened in February 1996.", "February 1996", "1996-02-01", "1996-02-29", "month"),
    ("It happened in Feb. 1997.", "Feb. 1997", "1997-02-01", "1997-02-28", "month"),
    ("Rates for 2019-03 rose.", "2019-03", "2019-03-01", "2019-03-31", "month"),
    ("It happened in 1993.", "1993", "1993-01-01", "1993-12-31", "year"),
    ("By 2001 it was over.", "2001", "2001-01-01", "2001-12-31", "year"),
    ("Since 1918 the town grew.", "1918", "1918-01-01", "1918-12-31", "year"),
    ("Elections (2005) were held.", "2005", "2005-01-01", "2005-12-31", "year"),
    ("The 2008 war ended quickly.", "2008", "2008-01-01", "2008-12-31", "year"),
    ("It ran through 2016.", "2016", "2016-01-01", "2016-12-31", "year"),
    ("in the winter of 1992", "the winter of 1992", "1991-12-01", "1992-02-29", "season"),
    ("in summer 2004", "summer 2004", "2004-06-01", "2004-08-31", "season"),
    ("in the spring of 1999", "the spring of 1999", "1999-03-01", "1999-05-31", "season"),
    ("in autumn 2010", "autumn 2010", "2010-09-01", "2010-11-30", "season"),
    ("in the fall of 1989", "the fall of 1989", "1989-09-01", "1989-11-30", "season"),
    ("in late 1995", "late 1995", "1995-09-01", "1995-12-31", "approximate"),
    ("in early 2002", "early 2002", "2002-01-01", "2002-04-30", "approximate"),
    ("in mid-2002", "mid-2002", "2002-05-01", "2002-08-31", "approximate"),
    ("at the end of 2007", "the end of 2007", "2007-09-01", "2007-12-31", "approximate"),
    (
        "at the beginning of 1918",
        "the beginning of 1918",
        "1918-01-01",
        "1918-04-30",
        "approximate",
    ),
    ("in early March 1995", "early March 1995", "1995-03-01", "1995-03-10", "approximate"),
    ("in late May 1995", "late May 1995", "1995-05-21", "1995-05-31", "approximate"),
    ("in the 1990s", "the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("in the 1880s", "the 1880s", "1880-01-01", "1889-12-31", "decade"),
    ("in the mid-1990s", "the mid-1990s", "1993-01-01", "1996-12-31", "approximate"),
    ("in the early 2000s", "the early 2000s", "2000-01-01", "2003-12-31", "approximate"),
    ("in the late 1980s", "the late 1980s", "1986-01-01", "1989-12-31", "approximate"),
    ("in 1994 and 1995", "1994 and 1995", "1994-01-01", "1995-12-31", "range"),
    ("between 1996 and 1998", "between 1996 and 1998", "1996-01-01", "1998-12-31", "range"),
    ("from 2001 to 2003", "from 2001 to 2003", "2001-01-01", "2003-12-31", "range"),
    ("the 2013-14 season", "2013-14", "2013-01-01", "2014-12-31", "range"),
    ("in 1991–94", "1991–94", "1991-01-01", "1994-12-31", "range"),
    ("in 1914–1918", "1914–1918", "1914-01-01", "1918-12-31", "range"),
    ("in 1999-2000", "1999-2000", "1999-01-01", "2000-12-31", "range"),
    (
        "from May 1995 to June 1996",
        "from May 1995 to June 1996",
        "1995-05-01",
        "1996-06-30",
        "range",
    ),
    (
        "in late 2004 and early 2005",
        "late 2004 and early 2005",
        "2004-09-01",
        "2005-04-30",
        "range",
    ),
    (
        "from 25 February to 3 March 1992",
        "from 25 February to 3 March 1992",
        "1992-02-25",
        "1992-03-03",
        "range",
    ),
]


@pytest.mark.parametrize("text, surface, start, end, precision", CASES)
def test_date_table(text, surface, start, end, precision):
    found = find_dates(text)
    assert [(t.surface, t.iso, t.precision) for t in found] == [(surface, (start, end), precision)]


# year-less dates take the year of the expression before them
CONTEXT = [
    ("In 2003 talks began. On 12 May the truce held.", "12 May", "2003-05-12", "2003-05-12", "day"),
    (
        "In 2003 talks began; in February they broke down.",
        "February",
        "2003-02-01",
        "2003-02-28",
        "month",
    ),
    (
        "In 2004 talks began; in February they broke down.",
        "February",
        "2004-02-01",
        "2004-02-29",
        "month",
    ),
    (
        "On 3 March 1990 the first shots. Two days later the town fell.",
        "Two days later",
        "1990-03-05",
        "1990-03-05",
        "day",
    ),
    (
        "On 3 March 1990 the first shots. The next day the town fell.",
        "The next day",
        "1990-03-04",
        "1990-03-04",
        "day",
    ),
    (
        "On 30 January 1990 it began. A week later it ended.",
        "A week later",
        "1990-02-06",
        "1990-02-06",
        "day",
    ),
    (
        "On 3 March 1990 the first shots. A month later the town fell.",
        "A month later",
        "1990-04-01",
        "1990-04-30",
        "month",
    ),
    (
        "Talks failed in 1992. On the night of 25–26 February the town fell.",
        "the night of 25–26 February",
        "1992-02-25",
        "1992-02-26",
        "range",
    ),
]


@pytest.mark.parametrize("text, surface, start, end, precision", CONTEXT)
def test_dates_in_context(text, surface, start, end, precision):
    last = find_dates(text)[-1]
    assert (last.surface, last.iso, last.precision) == (surface, (start, end), precision)


@pytest.mark.parametrize(
    "text",
    [
        "613 people were killed.",
        "About 250,000 were expelled.",
        "Around 20,000 killed and 100,000 wounded.",
        "It adopted resolutions Nos. 822, 853, 874 and 884.",
        "Security Council resolution 822 (1993) demanded withdrawal.",
        "He led 2000 soldiers across.",
        "A border of 1993 km.",
        "See page 1994 of the report.",
        "It cost $1995 in all.",
        "At 10:30 the meeting ended.",
        "They may come in may.",
        "March on, he said.",
        "Up 1998% on the year.",
        "On 12 May the truce held.",
        "Two days later the town fell.",
        "Call 1-800-555-1993 now.",
        "Version 2.1999 shipped.",
    ],
)
def test_not_dates(text):
    assert find_dates(text) == []


def test_offsets():
    text = "Then, on February 26, 1992, it happened."
    (t,) = find_dates(text)
    assert text[t.start : t.end] == t.surface == "February 26, 1992"


def test_default_year_from_document_metadata():
    (t,) = find_dates("On 12 May the truce held.", default_year=1994)
    assert t.iso == ("1994-05-12", "1994-05-12") and t.year_inherited


@pytest.mark.parametrize(
    "text,expected",
    [
        ("in mid-April 1993", [("1993-04-11", "1993-04-20", "approximate")]),
        (
            "On 29 January and 6 April 1993 statements were made.",
            [("1993-01-29", "1993-01-29", "day"), ("1993-04-06", "1993-04-06", "day")],
        ),
        ("between 29 January and 6 April 1993", [("1993-01-29", "1993-04-06", "range")]),
        (
            "Between 27 and 29 February 1988 riots broke out.",
            [("1988-02-27", "1988-02-29", "range")],
        ),
        ("in the winter of 1991–92", [("1991-12-01", "1992-02-29", "season")]),
        ("in the winter of 1992", [("1991-12-01", "1992-02-29", "season")]),
        (
            "In May 1992 fighting began. On the 9th the town fell.",
            [("1992-05-01", "1992-05-31", "month"), ("1992-05-09", "1992-05-09", "day")],
        ),
        ("On the 9th the town fell.", []),
        ("On the 20th century stage", [("1901-01-01", "2000-12-31", "century")]),  # no day 20
        (
            "On 8 May, forces took the town, as they had planned since 1992.",
            [("1992-05-08", "1992-05-08", "day"), ("1992-01-01", "1992-12-31", "year")],
        ),
        (
            "On 8 May, forces took the town.\n\nIn 1992 the war went on.",
            [("1992-01-01", "1992-12-31", "year")],
        ),
    ],
)
def test_date_grammar_of_the_field(text, expected):
    assert [(*t.iso, t.precision) for t in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of days of one month, and a day range written with "to"
        ("Talks were held on 3, 4 and 5 June 1994.", [("1994-06-03", "1994-06-05", "range")]),
        ("Talks were held June 3 to 5, 1994.", [("1994-06-03", "1994-06-05", "range")]),
        # a range of months after "between" or "from"
        (
            "Shelling went on between April and June 1993.",
            [("1993-04-01", "1993-06-30", "range")],
        ),
        ("Shelling went on from April to June 1993.", [("1993-04-01", "1993-06-30", "range")]),
        # decades in Russian and Azerbaijani (not the singular "1990-cı ildə", a year)
        ("Беженцы в 1980-х годах жили там.", [("1980-01-01", "1989-12-31", "decade")]),
        ("1980-ci illərdə kənd böyüdü.", [("1980-01-01", "1989-12-31", "decade")]),
        ("В 1980-е годы беженцы жили там.", [("1980-01-01", "1989-12-31", "decade")]),
        ("С конца 1980-х годов беженцы жили там.", [("1986-01-01", "1989-12-31", "approximate")]),
        ("1980-ci ildə kənd böyüdü.", [("1980-01-01", "1980-12-31", "year")]),
        # a year glued to "г.", a century with a capital after a hyphen
        ("Договор подписан в 1828г. в Туркманчае.", [("1828-01-01", "1828-12-31", "year")]),
        ("a 12th-Century church", [("1101-01-01", "1200-12-31", "century")]),
    ],
)
def test_lists_ranges_and_decades(text, expected):
    assert [(*t.iso, t.precision) for t in find_dates(text)] == expected


def test_title_year_for_days_without_one(tmp_path, gaz):
    from geo.documents import Document
    from geo.events import document_events

    doc = Document(
        id="t", path="", text="On 8 May Armenian forces captured Shusha.", title="Chronicle of 1992"
    )
    res = document_events(doc, gaz)
    assert [e["date_start"] for e in res.events if e.get("name") == "Shusha"] == ["1992-05-08"]


def test_an_annual_reports_title_gives_the_year_before(gaz):
    from geo.dates.writing import report_year
    from geo.documents import Document
    from geo.events import document_events

    assert report_year("Relief Agency Annual Report 1996 - Goris") == 1995
    assert report_year("Regional Yearbook 2001") == 2000
    assert report_year("Report on the 1996 census") is None
    doc = Document(
        id="t",
        path="",
        text="In March refugees crossed into Goris.",
        title="Relief Agency Annual Report 1996 - Goris",
    )
    dates = document_events(doc, gaz).dates
    assert [t.iso for t in dates] == [("1995-03-01", "1995-03-31")]


def test_a_year_heading_gives_its_year_to_the_entries_under_it():
    text = (
        "1961\n"
        "March 3 A dam is begun, on plans drawn in 1938-1940.\n"
        "June 9 The first turbine turns.\n"
        "• 1962\n"
        "• April - The town gets light.\n"
    )
    assert [(t.surface, t.iso[0]) for t in find_dates(text)] == [
        ("1961", "1961-01-01"),
        ("March 3", "1961-03-03"),
        ("1938-1940", "1938-01-01"),
        ("June 9", "1961-06-09"),
        ("1962", "1962-01-01"),
        ("April", "1962-04-01"),
    ]
    # without a heading, a day takes the year told just before it
    assert find_dates("Plans drawn in 1940.\nJune 9 The turbine turns.")[-1].iso[0] == "1940-06-09"


def test_a_day_of_the_month_its_line_dated_keeps_that_year():
    text = "May 1961: the council recalls the flood of 1938 and on 14 May votes the dam."
    assert find_dates(text)[-1].iso == ("1961-05-14", "1961-05-14")
    # a day of another month takes the year told just before it
    text = "May 1961: the council recalls the flood of 1938, which began on 14 June."
    assert find_dates(text)[-1].iso == ("1938-06-14", "1938-06-14")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Весной 1992 года бои усилились.", ("1992-03-01", "1992-05-31", "season")),
        ("В апреле 1993 года", ("1993-04-01", "1993-04-30", "month")),
        ("12 мая 1994 года было подписано перемирие.", ("1994-05-12", "1994-05-12", "day")),
        ("зимой 1992 года", ("1991-12-01", "1992-02-29", "season")),
    ],
)
def test_russian_dates(text, expected):
    [t] = find_dates(text)
    assert (*t.iso, t.precision) == expected


def test_late_month_without_a_year():
    [y, t] = find_dates("In 1993 the front moved. By late August, Fizuli had fallen.")
    assert (t.surface, *t.iso, t.precision) == (
        "late August",
        "1993-08-21",
        "1993-08-31",
        "approximate",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Publication date 10/28/1993", ("1993-10-28", "1993-10-28", "day")),
        ("Shelled on 28/10/1993.", ("1993-10-28", "1993-10-28", "day")),
        ("Shelled on 4/4/1993.", ("1993-04-04", "1993-04-04", "day")),
        # both readings are days: the text does not say which, so both are covered
        ("Shelled on 03/04/1993.", ("1993-03-04", "1993-04-03", "approximate")),
    ],
)
def test_slashed_dates(text, expected):
    (d,) = find_dates(text)
    assert (str(d.date_start), str(d.date_end), d.precision) == expected


@pytest.mark.parametrize("text", ["see http://x.org/12/10/1993/a", "13/31/1993"])
def test_slashed_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials said yesterday that villages fell.", ("1993-10-27", "1993-10-27", "day")),
        ("Last night shelling resumed.", ("1993-10-27", "1993-10-27", "day")),
        ("Tanks attacked on Monday morning.", ("1993-10-25", "1993-10-25", "day")),
        ("It fell on Thursday.", ("1993-10-28", "1993-10-28", "day")),
        ("Tanks attacked last Thursday.", ("1993-10-21", "1993-10-21", "day")),
        ("Gains in Fizuli last month.", ("1993-09-01", "1993-09-30", "month")),
        ("Fighting last week.", ("1993-10-18", "1993-10-24", "week")),
        ("Talks resume next week.", ("1993-11-01", "1993-11-07", "week")),
        ("Earlier this year the front moved.", ("1993-01-01", "1993-12-31", "year")),
    ],
)
def test_dates_told_from_the_day_of_writing(text, expected):
    written = date(1993, 10, 28)  # a Thursday
    (d,) = find_dates(text, reference=written)
    assert (str(d.date_start), str(d.date_end), d.precision) == expected
    assert find_dates(text) == []  # without the day of writing they say nothing


def test_the_last_year_of_the_war_is_not_a_date():
    assert find_dates("in the last year of the war", reference=date(1993, 10, 28)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops took control of the region Sunday.", "1993-04-04"),
        ("The town was captured late Saturday.", "1993-04-03"),
        ("Bloody Sunday was remembered.", None),  # a name, not a day
        ("The Sunday Times said so.", None),
        ("Saturday’s talks failed.", None),
    ],
)
def test_a_bare_weekday_is_told_from_the_day_of_writing(text, expected):
    found = find_dates(text, reference=date(1993, 4, 5))  # a Monday
    assert [str(d.date_start) for d in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Within the week (27.03.-03.04.1993), civilians fled.", ("1993-03-27", "1993-04-03")),
        ("On 25-26.02.1992 the town fell.", ("1992-02-25", "1992-02-26")),
    ],
)
def test_dotted_ranges(text, expected):
    (d,) = find_dates(text)
    assert (str(d.date_start), str(d.date_end), d.precision) == (*expected, "range")


@pytest.mark.parametrize(
    "text", ["Площадь составляет 1936 квадратных километров.", "на высотах 1500—3800 метров"]
)
def test_russian_quantities_are_not_years(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1992-ci il mayın 8-də Şuşa işğal edildi.", ("1992-05-08", "1992-05-08", "day")),
        ("26 fevral 1992-ci il Xocalı.", ("1992-02-26", "1992-02-26", "day")),
        ("1993-cü ilin aprelində Kəlbəcər.", ("1993-04-01", "1993-04-30", "month")),
    ],
)
def test_azerbaijani_dates(text, expected):
    (d,) = find_dates(text)
    assert (str(d.date_start), str(d.date_end), d.precision) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1992-ci il fevralın 25-dən 26-na keçən gecə", ("1992-02-25", "1992-02-26", "range")),
        ("1992-ci il yanvar ayının 28-də endi.", ("1992-01-28", "1992-01-28", "day")),
        ("Xocalı 1991-ci ilin oktyabrından blokadada idi.", ("1991-10-01", "1991-10-31", "month")),
    ],
)
def test_azerbaijani_date_phrases(text, expected):
    (d,) = find_dates(text)
    assert (str(d.date_start), str(d.date_end), d.precision) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lragir.am\n09 May 06\n", "2006-05-09"),  # a date line's two-digit year
        ("On 12 May 94, the truce held.", "1994-05-12"),
        ("THE TOWN FELL ON MAY 8, 1992", "1992-05-08"),  # a headline in capitals
    ],
)
def test_date_lines_and_headlines(text, expected):
    (d,) = find_dates(text)
    assert str(d.date_start) == expected


def test_a_headline_day_takes_the_year_the_text_gives_that_day():
    text = (
        "THE SIEGE ENDED ON JUNE 12\n\nWire desk\n03 Jun 07\n\n"
        "On June 12, 1993 the last column left. On June 13 the roads reopened.\n"
    )
    got = [(text[d.start : d.end], str(d.date_start)) for d in find_dates(text)]
    assert got == [
        ("JUNE 12", "1993-06-12"),
        ("03 Jun 07", "2007-06-03"),
        ("June 12, 1993", "1993-06-12"),
        ("June 13", "1993-06-13"),
    ]
    # with no such day later, a headline day still has no year to take
    other = "FIGHTING ON JUNE 12\n\nIn 1993 rain."
    assert [other[d.start : d.end] for d in find_dates(other)] == ["1993"]


@pytest.mark.parametrize("text", ["On 8 May 45 soldiers died.", "TALKS MAY RESUME"])
def test_not_date_lines(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Вчера начались бои.", "1993-04-04"),
        ("Формирования в субботу заняли город.", "1993-04-03"),
        ("Бои шли в прошлую субботу.", "1993-04-03"),
    ],
)
def test_russian_days_told_from_the_day_of_writing(text, expected):
    (d,) = find_dates(text, reference=date(1993, 4, 5))  # a Monday
    assert str(d.date_start) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1992 թվականի մայիսի 9-ին Շուշին ազատագրվեց։", "1992-05-09"),
        ("1993 թ. ապրիլի 3-ին Քարվաճառը", "1993-04-03"),
    ],
)
def test_armenian_dates(text, expected):
    (d,) = find_dates(text)
    assert str(d.date_start) == expected


def test_a_range_of_months():
    (d,) = find_dates("In March–April 1993 the fighting went on.")
    assert (str(d.date_start), str(d.date_end), d.precision) == (
        "1993-03-01",
        "1993-04-30",
        "range",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry was cancelled today.", "1994-03-10"),
        ("Shelling is expected tonight.", "1994-03-10"),
        ("This morning the pass was closed by snow.", "1994-03-10"),
        ("Bu gün yol bağlandı.", "1994-03-10"),
        ("Bugün körpü açıldı.", "1994-03-10"),
        ("BUGÜNKÜ görüş baş tutmadı.", "1994-03-10"),
        ("Сегодня дорогу закрыли.", "1994-03-10"),
        ("Dünən körpü açıldı.", "1994-03-09"),
    ],
)
def test_today_is_the_day_of_writing(text, expected):
    (d,) = find_dates(text, reference=date(1994, 3, 10))  # a Thursday
    assert (str(d.date_start), str(d.date_end), d.precision) == (expected, expected, "day")
    assert find_dates(text) == []  # without the day of writing it says nothing


def test_today_takes_the_day_of_the_header_line():
    text = "Posted: March 10, 1994\nRiver news\n\nThe ferry was cancelled today."
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    assert got == [("March 10, 1994", "1994-03-10"), ("today", "1994-03-10")]
    assert [d.surface for d in find_dates(text)] == ["March 10, 1994"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks went on throughout the week.", ("1994-03-07", "1994-03-13", "week")),
        ("In the last week the convoy moved twice.", ("1994-03-04", "1994-03-10", "week")),
        ("Over the past two weeks the road was shut.", ("1994-02-25", "1994-03-10", "range")),
        ("In the last 48 hours the road was shut.", ("1994-03-08", "1994-03-10", "range")),
        ("The road was shut three hours ago.", ("1994-03-10", "1994-03-10", "day")),
        ("Дорогу закрыли час назад.", ("1994-03-10", "1994-03-10", "day")),
        ("Yol 3 saat əvvəl bağlandı.", ("1994-03-10", "1994-03-10", "day")),
        ("The bridge fell two days ago.", ("1994-03-08", "1994-03-08", "day")),
        ("The bridge fell about a week ago.", ("1994-02-28", "1994-03-06", "approximate")),
        ("Three weeks ago the mill burned.", ("1994-02-14", "1994-02-20", "week")),
        ("A month ago the mill burned.", ("1994-02-01", "1994-02-28", "month")),
        ("Six years ago the school was built.", ("1988-01-01", "1988-12-31", "year")),
        ("Школу построили 6 лет назад.", ("1988-01-01", "1988-12-31", "year")),
        ("Мост взорвали неделю назад.", ("1994-02-28", "1994-03-06", "week")),
        ("Məktəb 6 il əvvəl tikilib.", ("1988-01-01", "1988-12-31", "year")),
        ("İki gün əvvəl körpü uçdu.", ("1994-03-08", "1994-03-08", "day")),
        ("На прошлой неделе мост открыли.", ("1994-02-28", "1994-03-06", "week")),
        ("Keçən il məktəb tikildi.", ("1993-01-01", "1993-12-31", "year")),
    ],
)
def test_weeks_and_ago_from_the_day_of_writing(text, expected):
    (d,) = find_dates(text, reference=date(1994, 3, 10))  # a Thursday
    assert (str(d.date_start), str(d.date_end), d.precision) == expected
    assert find_dates(text) == []  # without the day of writing: dropped


@pytest.mark.parametrize(
    "text",
    [
        "in the last week of the siege",
        "over the past weeks",  # no count: how many?
        "many years ago",
        "несколько лет назад",
        "Bir neçə il əvvəl məktəb tikilib.",  # a few years ago: how many?
        "Toydan 2 il əvvəl köçdülər.",  # two years before the wedding, not before writing
    ],
)
def test_periods_that_are_not_told_from_the_day_of_writing(text):
    assert find_dates(text, reference=date(1994, 3, 10)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 4 June 1994 the pass reopened. The same day the mill burned.", "1994-06-04"),
        ("On 4 June 1994 the pass reopened. That same day the mill burned.", "1994-06-04"),
        ("4 июня 1994 года открыли перевал. В тот же день сгорела мельница.", "1994-06-04"),
        ("4 июня 1994 года открыли перевал. в тот же день сгорела мельница.", "1994-06-04"),
        ("1994-cü il iyunun 4-də keçid açıldı. Həmin gün dəyirman yandı.", "1994-06-04"),
        ("4 июня 1994 года открыли перевал. На следующий день сгорела мельница.", "1994-06-05"),
        ("1994-cü il iyunun 4-də keçid açıldı. Ertəsi gün dəyirman yandı.", "1994-06-05"),
    ],
)
def test_the_same_day_is_the_day_before_it(text, expected):
    first, same = find_dates(text)
    assert (str(same.date_start), str(same.date_end), same.precision) == (expected, expected, "day")
    assert str(first.date_start) == "1994-06-04"


def test_the_same_day_without_a_day_before_is_dropped():
    assert find_dates("In June 1994 the pass reopened. The same day the mill burned.")[1:] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Period4 March – 19 April 1994\nPlace Tovuz", ("1994-03-04", "1994-04-19", "range")),
        ("Date4 March – 19 April 1994", ("1994-03-04", "1994-04-19", "range")),
        ("DATE4 March 1994", ("1994-03-04", "1994-03-04", "day")),
        ("Tarix4 mart 1994", ("1994-03-04", "1994-03-04", "day")),
        ("Дата4 марта 1994 года", ("1994-03-04", "1994-03-04", "day")),
        ("Signed4.03.1994 in Tovuz", ("1994-03-04", "1994-03-04", "day")),
        ("DateMarch 4 – April 19, 1994", ("1994-03-04", "1994-04-19", "range")),
        ("DatesMarch 1994", ("1994-03-01", "1994-03-31", "month")),
    ],
)
def test_a_date_glued_to_its_label(text, expected):
    (d,) = find_dates(text)
    assert (str(d.date_start), str(d.date_end), d.precision) == expected


@pytest.mark.parametrize(
    "text", ["The Su25 May flight", "a mIG29 May parade", "xyzAbc12 May", "PlanMarch 4, 1994"]
)
def test_digits_glued_to_other_words_are_not_dates(text):
    assert [d.surface for d in find_dates(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sahəsi 1290 kvadrat km, əhalisi 1450 nəfər.",
        "Ərazisi 1700 hektar meşədir.",
        "Площадь 1350 км², население 1600 человек.",
        "Лес занимает 1800 га.",
        "The park covers 1250 sq km, or 1250 square kilometres.",
        "An area of 1480 km² was flooded.",
        "1900 ha of pasture burned.",
        "Ərazisi 1730 kvadratkilometr, yüksəkliyi 1800 metr.",
        "Высота 1584 м, население 1200 чел.",
        "Rayonda 1500 nəfərdən çox yaşayırdı, 1700 hektarda meşə var.",  # with a case suffix
    ],
)
def test_numbers_before_units_are_not_years(text):
    assert find_dates(text) == []


def test_a_year_before_a_short_word_stays_a_year():
    assert [d.surface for d in find_dates("1992 mən Bakıda idim.")] == ["1992"]


def test_a_headline_day_takes_the_year_of_the_lines_after_it():
    text = (
        "Menu | Archive | © 2021\n"
        "MARCH 4 MARKS THIRTY YEARS SINCE THE FLOOD\n"
        "By the desk\nMarch 4, 2014\n\nOn March 4, 1984 the river rose.\n"
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text)]
    assert got == [
        ("2021", "2021-01-01"),
        ("MARCH 4", "2014-03-04"),
        ("March 4, 2014", "2014-03-04"),
        ("March 4, 1984", "1984-03-04"),
    ]
    # far into the text, a day without a year keeps the year before it
    body = "In 1990 the dam was built. " + "Nothing happened. " * 20 + "On March 4 it leaked. "
    body += "On March 4, 1991 it was mended."
    assert [str(d.date_start) for d in find_dates(body)][1] == "1990-03-04"


def test_a_dateline_day_after_the_same_day_told_in_full_keeps_its_year():
    # the page's date, then a dateline with the same day: that day, not the day of the
    # anniversary the text tells in full a few lines on
    text = (
        "Villagers recall the flood\n\n11 June 2019\n\nGANJA, Azerbaijan, June 11\n\n"
        "Former residents gathered on June 11 to remember the night the dam broke.\n\n"
        "The dam broke on June 11, 1983, and the lower village was lost."
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text)]
    assert got == [
        ("11 June 2019", "2019-06-11"),
        ("June 11", "2019-06-11"),
        ("June 11", "2019-06-11"),
        ("June 11, 1983", "1983-06-11"),
    ]
    # without the whole date before it, the headline day still takes the later year
    assert str(find_dates(text[text.index("GANJA") :])[0].date_start) == "1983-06-11"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day just after the day of writing is the coming one, whatever the tense
        ("SHAKI, March 3, 1994 - Officials say March 5 is the day the fair opens.", "1994-03-05"),
        ("SHAKI, March 3, 1994 - On March 9 the fair opens.", "1994-03-09"),
        # further on, it is the last one up to the day of writing
        ("SHAKI, March 3, 1994 - On March 20 the fair opened.", "1993-03-20"),
        ("SHAKI, March 3, 1994 - On February 28 the fair opened.", "1994-02-28"),
    ],
)
def test_a_day_just_after_the_day_of_writing_is_the_coming_one(text, expected):
    assert str(find_dates(text)[-1].date_start) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Twenty-two years ago the mill burned.", ("1972-01-01", "1972-12-31", "year")),
        ("Otuz bir il əvvəl dəyirman yandı.", ("1963-01-01", "1963-12-31", "year")),
        ("Двадцать два года назад сгорела мельница.", ("1972-01-01", "1972-12-31", "year")),
        ("A hundred years ago the mill was built.", ("1894-01-01", "1894-12-31", "year")),
        ("The mill burned on this day 22 years ago.", ("1972-03-10", "1972-03-10", "day")),
        ("Twenty-two years ago today the mill burned.", ("1972-03-10", "1972-03-10", "day")),
        ("В этот день 22 года назад сгорела мельница.", ("1972-03-10", "1972-03-10", "day")),
    ],
)
def test_counts_in_words_and_anniversaries(text, expected):
    (d,) = find_dates(text, reference=date(1994, 3, 10))
    assert (str(d.date_start), str(d.date_end), d.precision) == expected


def test_an_anniversary_of_a_leap_day_falls_on_the_last_day_of_february():
    (d,) = find_dates("On this day one year ago the mill burned.", reference=date(1996, 2, 29))
    assert str(d.date_start) == "1995-02-28"


MENU = "Home | World | Politics | Economy | Culture | Sport | Opinion | Archive\n" * 6


@pytest.mark.parametrize(
    "top, today",
    [
        ("River news\nPublished: March 10, 1994\n", "The ferry was cancelled today."),
        ("River news\nPosted on 10 March 1994 by the desk\n", "The ferry was cancelled today."),
        ("Новости реки\nОпубликовано: 10 марта 1994\n", "Сегодня паром отменили."),
        ("Çay xəbərləri\nDərc edilib: 10.03.1994\n", "Bu gün bərə ləğv edildi."),
    ],
)
def test_a_labelled_date_line_below_a_menu_is_the_day_of_writing(top, today):
    found = find_dates(MENU + top + today, header_reference=True)
    assert [str(d.date_start) for d in found] == ["1994-03-10", "1994-03-10"]


def test_a_date_below_a_menu_without_a_label_is_not_the_day_of_writing():
    text = MENU + "The ferry was cancelled today. On 10 March 1994 the river froze."
    assert [d.surface for d in find_dates(text, header_reference=True)] == ["10 March 1994"]


def test_a_date_line_with_a_comma_before_the_year():
    text = (
        "Kənd xəbərləri\n05 mart, 1994 09:40\n\n"
        "Dünən bərə ləğv edildi. 1993-cü il mayın 2-də körpü açıldı."
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    assert got == [
        ("05 mart, 1994", "1994-03-05"),
        ("Dünən", "1994-03-04"),
        ("1993-cü il mayın 2-də", "1993-05-02"),
    ]


def test_an_infobox_date_below_a_menu_is_not_the_day_of_writing():
    text = MENU + "Battle of the ford\nDate 4 March 1994\n\nToday the ford is a bridge."
    assert [d.surface for d in find_dates(text, header_reference=True)] == ["4 March 1994"]


def test_a_date_in_a_sentence_of_prose_is_not_the_day_of_writing():
    """An anniversary piece names the old day in its first sentence: "today" is not that day
    but that day so many years on; "a Tuesday" is no date."""
    text = (
        "Today marks the 26th anniversary of the shelling of the town on April 10, 1992, "
        "when the ferry sank on a Tuesday."
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    assert got == [("Today", "2018-04-10"), ("April 10, 1992", "1992-04-10")]
    text = "The shelling of the town on April 10, 1992 came on a Tuesday."
    assert [d.surface for d in find_dates(text, header_reference=True)] == ["April 10, 1992"]


def test_a_dateline_in_cyrillic_capitals_dates_the_dispatch():
    text = "БАКУ, 5 апреля 1993 года. Отряды в субботу заняли перевал."
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    assert got == [("5 апреля 1993 года", "1993-04-05"), ("в субботу", "1993-04-03")]


def _spans(text: str, **kwargs) -> list[tuple[str, str, str]]:
    return [(str(t.date_start), str(t.date_end), t.precision) for t in find_dates(text, **kwargs)]


# parts of a month in words: its first, middle and last ten days, as "early/mid/late April"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1994 the road was shut; at the end of March it opened.", ("1994-03-21", "1994-03-31")),
        (
            "In 1994 talks began. By the end of March a draft was ready.",
            ("1994-03-21", "1994-03-31"),
        ),
        (
            "In 1994 it snowed. In the middle of September the pass closed.",
            ("1994-09-11", "1994-09-20"),
        ),
        (
            "In 1994 it rained. At the beginning of May the bridge fell.",
            ("1994-05-01", "1994-05-10"),
        ),
        ("The end of June 1994 was quiet.", ("1994-06-21", "1994-06-30")),
        ("В 1994 году мост закрыли, в конце марта его открыли.", ("1994-03-21", "1994-03-31")),
        ("Обстрелы шли с конца августа 1994 года.", ("1994-08-21", "1994-08-31")),
        ("В середине сентября 1994 г. перевал закрыли.", ("1994-09-11", "1994-09-20")),
        ("В 1994 году дороги размыло. В начале мая мост рухнул.", ("1994-05-01", "1994-05-10")),
        ("К концу февраля 1995 года всё стихло.", ("1995-02-21", "1995-02-28")),
        ("1994-cü ildə yol bağlandı. Mart ayının sonunda açıldı.", ("1994-03-21", "1994-03-31")),
        ("1994-cü ildə körpü tikildi, iyul ayının sonunda açıldı.", ("1994-07-21", "1994-07-31")),
        ("1994-cü il. Sentyabrın ortalarında aşırım bağlandı.", ("1994-09-11", "1994-09-20")),
        ("1994-cü il. Mayın əvvəlində körpü uçdu.", ("1994-05-01", "1994-05-10")),
        ("1994-cü il. Aprelin əvvəllərində yol açıldı.", ("1994-04-01", "1994-04-10")),
        ("1995-ci ilin fevral ayının sonunda sakitlik oldu.", ("1995-02-21", "1995-02-28")),
    ],
)
def test_parts_of_a_month_in_words(text, expected):
    assert _spans(text)[-1] == (*expected, "approximate")


# parts of a year in words: as "early/mid/late 1993" (Jan–Apr, May–Aug, Sep–Dec)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("By the end of 1994 the road was open.", ("1994-09-01", "1994-12-31")),
        ("В конце 1994 года дорогу открыли.", ("1994-09-01", "1994-12-31")),
        ("В начале 1995 года мост починили.", ("1995-01-01", "1995-04-30")),
        ("В середине 1995 г. мост починили.", ("1995-05-01", "1995-08-31")),
        ("1994-cü ilin sonunda yol açıldı.", ("1994-09-01", "1994-12-31")),
        ("1995-ci ilin əvvəlində körpü təmir edildi.", ("1995-01-01", "1995-04-30")),
        ("1995-ci ilin ortalarında körpü təmir edildi.", ("1995-05-01", "1995-08-31")),
    ],
)
def test_parts_of_a_year_in_words(text, expected):
    assert _spans(text) == [(*expected, "approximate")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1994-cü ilin yayında yol bağlandı.", ("1994-06-01", "1994-08-31")),
        ("1994-cü ilin yayı isti keçdi.", ("1994-06-01", "1994-08-31")),
        ("1994 yayı isti keçdi.", ("1994-06-01", "1994-08-31")),
        ("1994-cü ilin qışında yol bağlandı.", ("1993-12-01", "1994-02-28")),
        ("1995-ci ilin payızında körpü açıldı.", ("1995-09-01", "1995-11-30")),
        ("1995-ci ilin yazında körpü açıldı.", ("1995-03-01", "1995-05-31")),
        ("1994 Yay əməliyyatları", ("1994-06-01", "1994-08-31")),
        ("The summer of 1994 was dry.", ("1994-06-01", "1994-08-31")),
        ("Летом 1994 года было сухо.", ("1994-06-01", "1994-08-31")),
    ],
)
def test_azerbaijani_seasons_after_the_year(text, expected):
    assert _spans(text) == [(*expected, "season")]


@pytest.mark.parametrize(
    "text",
    [
        "Yay isti keçdi, 1994 nəfər köçdü.",  # "yay" (summer) with no year next to it
        "Bu yay yol bağlandı.",
        "Yay 1994-cü ildə tikildi.",  # a season only after its year
    ],
)
def test_a_season_word_away_from_its_year_is_no_season(text):
    assert all(p != "season" for _, _, p in _spans(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Döyüşlər iyun–oktyabr 1994 davam etdi.", ("1994-06-01", "1994-10-31")),
        ("Döyüşlər iyun-oktyabr 1994-cü il ərzində getdi.", ("1994-06-01", "1994-10-31")),
        (
            "1994-cü ilin iyun ayından oktyabr ayına qədər yol bağlı idi.",
            ("1994-06-01", "1994-10-31"),
        ),
        ("1994-cü ilin martından mayadək yol bağlı idi.", ("1994-03-01", "1994-05-31")),
        ("Бои шли с июня по октябрь 1994 года.", ("1994-06-01", "1994-10-31")),
        ("Бои шли июнь–октябрь 1994.", ("1994-06-01", "1994-10-31")),
        ("Döyüşlər 25-29 oktyabr 1994-cü ildə getdi.", ("1994-10-25", "1994-10-29")),
        ("Döyüşlər 25–29 oktyabr 1994-cü ildə getdi.", ("1994-10-25", "1994-10-29")),
        ("1994-cü il. Döyüşlər 25-29 oktyabrda getdi.", ("1994-10-25", "1994-10-29")),
        ("В 1994 году бои шли с 25 по 29 октября.", ("1994-10-25", "1994-10-29")),
        ("Бои шли 25–29 октября 1994 года.", ("1994-10-25", "1994-10-29")),
    ],
)
def test_ranges_of_months_and_days_in_azerbaijani_and_russian(text, expected):
    assert _spans(text)[-1] == (*expected, "range")


def test_an_azerbaijani_day_at_a_sentence_start_is_dated_as_in_lower_case():
    low = _spans("1994-cü ildə yol bağlandı. Sonra iyulun 4-də hücum başladı.")
    cap = _spans("1994-cü ildə yol bağlandı. İyulun 4-də hücum başladı.")
    assert cap == low == [("1994-01-01", "1994-12-31", "year"), ("1994-07-04", "1994-07-04", "day")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the first half of March 1994 it rained.", ("1994-03-01", "1994-03-15")),
        ("Во второй половине 1994 года бои стихли.", ("1994-07-01", "1994-12-31")),
        ("В первой половине сентября 1994 г. шли дожди.", ("1994-09-01", "1994-09-15")),
        ("1994-cü ilin ikinci yarısında döyüşlər səngidi.", ("1994-07-01", "1994-12-31")),
        ("1994-cü il sentyabrın birinci yarısında yağış yağdı.", ("1994-09-01", "1994-09-15")),
    ],
)
def test_halves_of_a_month_or_year_in_words(text, expected):
    assert _spans(text) == [(*expected, "approximate")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Бои шли с 25 октября по 2 ноября 1994 года.", ("1994-10-25", "1994-11-02", "range")),
        ("Дорога была закрыта от 5 мая до 9 мая 1994 года.", ("1994-05-05", "1994-05-09", "range")),
        ("1994-cü il may ayının 8-də yol açıldı.", ("1994-05-08", "1994-05-08", "day")),
    ],
)
def test_russian_from_to_and_azerbaijani_may(text, expected):
    assert _spans(text) == [expected]


def test_a_part_of_a_month_opens_a_russian_range():
    assert _spans("Обстрелы шли с конца августа по октябрь 1994 года.") == [
        ("1994-08-21", "1994-10-31", "range")
    ]


def test_the_months_of_an_azerbaijani_season():
    assert _spans("1994-cü ilin yay  aylarında yol bağlı idi.") == [
        ("1994-06-01", "1994-08-31", "season")
    ]


def test_the_russian_verb_began_before_a_year_is_no_part_of_it():
    # "начала" is also "began": only a year in the genitive ("начала 1994 года") is a part
    assert _spans("Армия начала 1994 год наступлением.") == [("1994-01-01", "1994-12-31", "year")]
    assert _spans("К концу 1994-го бои стихли.") == [("1994-09-01", "1994-12-31", "approximate")]


def test_an_azerbaijani_range_of_months_after_its_year():
    assert _spans("1994-cü ilin iyun-iyul aylarında yol bağlı idi.") == [
        ("1994-06-01", "1994-07-31", "range")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks ran from 25 February 1994 to 3 March.", ("1994-02-25", "1994-03-03")),
        ("The siege lasted from December 1994 to January 6.", ("1994-12-01", "1995-01-06")),
        ("Бои шли с декабря 1994 года по 6 января.", ("1994-12-01", "1995-01-06")),
        (
            "1994-cü ilin dekabrından başlayaraq yanvarın 6-dək davam etdi.",
            ("1994-12-01", "1995-01-06"),
        ),
        (
            "Əməliyyat 1994-cü il dekabrından başlamış 6 yanvar tarixinə kimi davam etdi.",
            ("1994-12-01", "1995-01-06"),
        ),
    ],
)
def test_a_range_whose_end_has_no_year_of_its_own(text, expected):
    assert _spans(text) == [(*expected, "range")]


def test_a_year_and_a_day_are_not_a_range():
    assert _spans("It was built in 1994 and 12 May was chosen for the opening.") == [
        ("1994-01-01", "1994-12-31", "year"),
        ("1994-05-12", "1994-05-12", "day"),
    ]


def test_an_azerbaijani_month_until_which():
    assert _spans("1994-cü ilin noyabrınadək kənd boş qaldı.") == [
        ("1994-11-01", "1994-11-30", "month")
    ]
    # from a year ("1988-ci ildən") until it: the range
    assert _spans("1988-ci ildən 1994-cü ilin noyabrınadək kənd boş qaldı.") == [
        ("1988-01-01", "1994-11-30", "range")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "1994-cü ilin yayında yol bağlandı. Həmin ilin dekabrında açıldı.",
            ("1994-12-01", "1994-12-31"),
        ),
        (
            "Летом 1994 года дорогу закрыли. В декабре того же года её открыли.",
            ("1994-12-01", "1994-12-31"),
        ),
    ],
)
def test_a_month_of_that_same_year(text, expected):
    assert _spans(text)[-1] == (*expected, "month")


# a month or day without a year, in a text with a day of writing: the last such month up to it
@pytest.mark.parametrize(
    "text, kwargs, expected",
    [
        (  # a news dateline: "in November" and "on November 14" are before the day of writing
            "GANJA, March 3, 1994 - Refugees said the road closed in November and that on "
            "November 14 the last bus left.",
            {},
            [("1994-03-03", "1994-03-03"), ("1993-11-01", "1993-11-30"), ("1993-11-14",) * 2],
        ),
        (  # the document's own date (front matter), not in the text
            "The school shut in October; on October 20 the teachers left.",
            {"reference": date(1993, 4, 9), "default_year": 1993},
            [("1992-10-01", "1992-10-31"), ("1992-10-20", "1992-10-20")],
        ),
        (  # a labelled date line further down the page
            "Menu | News | Contact\n\nPublished: 12 January 1995\n\nThe pass was closed in "
            "September.",
            {"header_reference": True},
            [("1995-01-12", "1995-01-12"), ("1994-09-01", "1994-09-30")],
        ),
        (  # each is the last such day up to the day of writing, not up to the one before it
            "GANJA, March 3, 1994 - The road was shut on November 14; on February 2 it opened.",
            {},
            [("1994-03-03",), ("1993-11-14",), ("1994-02-02",)],
        ),
        (  # after a date told from the day of writing, up to that date's year
            "Two years ago, in December, the road was shut.",
            {"reference": date(1994, 3, 3)},
            [("1992-01-01", "1992-12-31"), ("1992-12-01", "1992-12-31")],
        ),
        (  # a month up to the day of writing keeps its year
            "KAZAKH, August 30, 1992 - The dam was repaired in June.",
            {},
            [("1992-08-30", "1992-08-30"), ("1992-06-01", "1992-06-30")],
        ),
        (  # a year of the running text is kept, after the day of writing or not
            "GANJA, March 3, 1994 - Shelling began in May 1993. In November it stopped.",
            {},
            [("1994-03-03",) * 2, ("1993-05-01", "1993-05-31"), ("1993-11-01", "1993-11-30")],
        ),
        (
            "In March 1992 shelling began. In December it stopped.",
            {"reference": date(1993, 2, 2), "default_year": 1993},
            [("1992-03-01", "1992-03-31"), ("1992-12-01", "1992-12-31")],
        ),
    ],
)
def test_a_month_without_a_year_is_the_last_one_up_to_the_day_of_writing(text, kwargs, expected):
    assert [(t.iso[0], t.iso[1]) for t in find_dates(text, **kwargs)] == [
        e if len(e) == 2 else (e[0], e[0]) for e in expected
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 14 June 1993 the bridge fell. Later that month the road was cut.", "1993-06"),
        ("In May 1994 talks resumed. Earlier in the month a truce had failed.", "1994-05"),
        ("On 14 June 1993 the bridge fell. The following month the road was cut.", "1993-07"),
        ("On 14 June 1993 the bridge fell. The month before, the road was cut.", "1993-05"),
        ("On 14 January 1993 the bridge fell. The month before, the road was cut.", "1992-12"),
        ("14 июня 1993 года мост пал. В том же месяце дорогу перерезали.", "1993-06"),
        ("14 июня 1993 года мост пал. В следующем месяце дорогу перерезали.", "1993-07"),
        ("1993-cü il iyunun 14-də körpü düşdü. Növbəti ay yol kəsildi.", "1993-07"),
    ],
)
def test_a_month_told_from_the_month_before(text, expected):
    found = find_dates(text)
    assert len(found) == 2
    t = found[-1]
    y, m = map(int, expected.split("-"))
    assert (t.date_start, t.precision) == (date(y, m, 1), "month")
    assert t.date_end.month == m and t.date_end.day >= 28


@pytest.mark.parametrize(
    "text",
    [
        "14 июня 1993 года мост пал. В конце того же месяца дорогу перерезали.",
        "1993-cü il iyunun 14-də körpü düşdü. Həmin ayın sonunda yol kəsildi.",
        "On 14 June 1993 the bridge fell. At the end of the month the road was cut.",
    ],
)
def test_the_end_of_the_month_before(text):
    assert _spans(text)[-1] == ("1993-06-21", "1993-06-30", "approximate")


def test_a_month_told_from_the_month_before_needs_one():
    assert find_dates("Later that month the road was cut.") == []
    # "the month before the election" is no date; after a season there is no month to count
    assert _spans("In May 1994 it rained; the month before the vote was dry.") == [
        ("1994-05-01", "1994-05-31", "month")
    ]
    assert (
        len(find_dates("In the summer of 1993 the bridge fell. Later that month it rained.")) == 1
    )


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Shelling resumed last weekend.", date(1992, 2, 5), ("1992-02-01", "1992-02-02")),
        ("Shelling resumed over the weekend.", date(1992, 2, 3), ("1992-02-01", "1992-02-02")),
        ("Shelling resumed over the weekend.", date(1992, 2, 9), ("1992-02-08", "1992-02-09")),
        ("Talks are due this weekend.", date(1992, 2, 5), ("1992-02-08", "1992-02-09")),
        ("Обстрел возобновился в выходные.", date(1992, 2, 5), ("1992-02-01", "1992-02-02")),
        ("Keçən həftə sonu atəş açıldı.", date(1992, 2, 5), ("1992-02-01", "1992-02-02")),
    ],
)
def test_a_weekend_told_from_the_day_of_writing(text, reference, expected):
    assert _spans(text, reference=reference) == [(*expected, "range")]
    assert find_dates(text) == []  # no day of writing: left out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Это случилось 22-го февраля 1992 года.", ("1992-02-22", "1992-02-22", "day")),
        ("Город пал 8-го мая 1992 года.", ("1992-05-08", "1992-05-08", "day")),
        ("Бои шли с 8-го по 9-е мая 1992 года.", ("1992-05-08", "1992-05-09", "range")),
        ("В 1992 году, 22-го февраля, мост пал.", ("1992-02-22", "1992-02-22", "day")),
    ],
)
def test_a_russian_day_with_its_ordinal_ending(text, expected):
    assert _spans(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("К лету 1992 года фронт стабилизировался.", ("1992-06-01", "1992-08-31")),
        ("До лета 1992 года фронт стоял.", ("1992-06-01", "1992-08-31")),
        ("Зимой 1993-го дороги замело.", ("1992-12-01", "1993-02-28")),
        ("К весне 1994 года бои стихли.", ("1994-03-01", "1994-05-31")),
        ("До осени 1993 года.", ("1993-09-01", "1993-11-30")),
    ],
)
def test_a_russian_season_in_other_cases(text, expected):
    assert _spans(text) == [(*expected, "season")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("from summer to early autumn of 1992", ("1992-06-01", "1992-09-30", "range")),
        ("in late summer and early autumn of 1992", ("1992-08-01", "1992-09-30", "range")),
        ("during the summer and autumn of 1993", ("1993-06-01", "1993-11-30", "range")),
        ("the autumn and winter of 1993", ("1993-09-01", "1994-02-28", "range")),
        ("летом и осенью 1993 года", ("1993-06-01", "1993-11-30", "range")),
        ("in late summer 1992", ("1992-08-01", "1992-08-31", "approximate")),
        ("in early winter 1993", ("1992-12-01", "1992-12-31", "approximate")),
    ],
)
def test_a_span_of_seasons_or_their_parts(text, expected):
    assert _spans(text) == [expected]


def test_a_chronology_s_first_entry_is_no_day_of_writing():
    # a date alone on the first line may be a page's date or a chronology's first entry:
    # the months after it keep its year
    text = "12 June 1993 - Agdam shelled\n\nOn 23 July the town fell."
    assert _spans(text, header_reference=True)[-1] == ("1993-07-23", "1993-07-23", "day")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lachin fell in the first days of June 1994.", ("1994-06-01", "1994-06-10")),
        ("In May 1994 … in the last few days of July it rained.", ("1994-07-21", "1994-07-31")),
    ],
)
def test_the_first_or_last_days_of_a_month(text, expected):
    assert _spans(text)[-1] == (*expected, "approximate")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14 июня 1993 года мост пал. 28-го того же месяца дорогу перерезали.", "1993-06-28"),
        ("14 июня 1993 года мост пал. 20 числа того же месяца бои стихли.", "1993-06-20"),
        ("1993-cü il iyunun 14-də körpü düşdü. Həmin ayın 20-də yol kəsildi.", "1993-06-20"),
    ],
)
def test_a_day_of_the_month_before(text, expected):
    assert _spans(text)[-1] == (expected, expected, "day")
    assert len(_spans("14 июня 1993 года мост пал. 31-го того же месяца …")) == 1  # no 31 June


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "GANJA, March 3, 1994 - The governor said the bridge will reopen on Sept. 1. "
            "It was shut on Sept. 1 after a flood.",
            ["1994-03-03", "1994-09-01", "1993-09-01"],
        ),
        (
            "БАКУ, 3 марта 1994 года — Выборы состоятся 8 декабря. Бои начались 8 декабря.",
            ["1994-03-03", "1994-12-08", "1993-12-08"],
        ),
        (
            "BAKI, 3 mart 1994 - Seçkilər dekabrın 8-də keçiriləcək. Döyüş dekabrın 8-də başladı.",
            ["1994-03-03", "1994-12-08", "1993-12-08"],
        ),
    ],
)
def test_a_sentence_that_tells_the_future_keeps_the_year_of_writing(text, expected):
    assert [t.iso[0] for t in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1993 the road was open from June through November.", ("1993-06-01", "1993-11-30")),
        ("In 1993 the pass was shut from December 8 to January 6.", ("1993-12-08", "1994-01-06")),
        (
            "GANJA, March 3, 1994 - The pass was shut from December 8 to January 6.",
            ("1993-12-08", "1994-01-06"),
        ),
    ],
)
def test_a_range_whose_ends_take_the_year_of_the_text(text, expected):
    assert _spans(text)[-1] == (*expected, "range")


def test_a_bylined_date_line_is_the_day_of_writing_for_months_before_it():
    text = (
        "Fighting in the enclave\n\nFebruary 02, 1992|By the desk\n\n"
        "MOSCOW -- 60 people died last weekend. Troops withdrawn in December left."
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    # written on a Sunday: "last weekend" is the one before; "in December" is December 1991
    assert got == [
        ("February 02, 1992", "1992-02-02"),
        ("last weekend", "1992-01-25"),
        ("December", "1991-12-01"),
    ]


def test_the_year_in_a_documents_name_is_no_date():
    text = (
        "It acceded to the 1951 Convention and its 1967 Protocol in February, and to the 1949 "
        "Geneva Conventions in June (Amnesty International Report 1994). Fighting went on in 1993."
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text)]
    assert got == [("February", "1993-02-01"), ("June", "1993-06-01"), ("1993", "1993-01-01")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Built in the 18th century, rebuilt later.", [("1701-01-01", "1800-12-31")]),
        ("В XIX и XX веках здесь жили.", [("1801-01-01", "2000-12-31")]),
        ("XVIII əsrdə Qarabağ xanlığı yarandı.", [("1701-01-01", "1800-12-31")]),
        # a century gives no year to a day after it
        ("A church of the 19th century. On 12 May it burned.", [("1801-01-01", "1900-12-31")]),
    ],
)
def test_centuries(text, expected):
    assert [(str(d.date_start), str(d.date_end)) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 20 January 1990 troops entered. That night tanks came.", "1990-01-20"),
        ("27 февраля 1988 года начались беспорядки. В тот же вечер толпа вышла.", "1988-02-27"),
        ("1993-cü il aprelin 2-də kənd işğal olundu. Həmin axşam sakinlər getdi.", "1993-04-02"),
    ],
)
def test_that_evening_is_the_day_before_it(text, expected):
    assert [str(d.date_start) for d in find_dates(text)] == [expected, expected]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(d.surface, str(d.date_start), str(d.date_end)) for d in find_dates(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The siege began in March 1992. In October of that year the town fell.",
            ("October of that year", "1992-10-01", "1992-10-31"),
        ),
        (
            "Talks opened on 3 May 1994; by July of the same year a truce held.",
            ("July of the same year", "1994-07-01", "1994-07-31"),
        ),
        (
            "Бои начались в марте 1992 года. К октябрю этого года город пал.",
            ("К октябрю этого года", "1992-10-01", "1992-10-31"),
        ),
        (
            "1992-ci ilin martında döyüşlər başladı. Bu ilin oktyabrında şəhər düşdü.",
            ("Bu ilin oktyabrında", "1992-10-01", "1992-10-31"),
        ),
    ],
)
def test_a_month_of_that_year_takes_the_year_of_the_date_before(text, expected):
    assert _found(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The war began in '92 and spread.", [("'92", "1992-01-01", "1992-12-31")]),
        ("It was the summer of '93.", [("the summer of '93", "1993-06-01", "1993-08-31")]),
        ("Это было в 93-м году, зимой.", [("в 93-м году", "1993-01-01", "1993-12-31")]),
        ("А в 92-м, летом, было тихо.", [("в 92-м", "1992-01-01", "1992-12-31")]),
        ("Шёл год 92-ой.", [("год 92-ой", "1992-01-01", "1992-12-31")]),
        ("92-й год был трудным.", [("92-й год", "1992-01-01", "1992-12-31")]),
        # an ordinal before a noun is no year; nor a height in feet and inches
        ("Он служил в 92-м полку.", []),
        ("He is 5'10 tall.", []),
    ],
)
def test_two_digit_years_in_speech(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In May 1992 the town fell. On Victory Day the parade was cancelled.",
            ("Victory Day", "1992-05-09", "1992-05-09"),
        ),
        (
            "Fighting went on in 1993. On the eve of Novruz shelling resumed.",
            ("the eve of Novruz", "1993-03-19", "1993-03-20"),
        ),
        (
            "Зимой 1994 года в канун Нового года обстрел прекратился.",
            ("в канун Нового года", "1994-12-31", "1994-12-31"),
        ),
        (
            "Летом 1993 года было тихо. Ко Дню Победы вернулись беженцы.",
            ("Дню Победы", "1993-05-09", "1993-05-09"),
        ),
        (
            "1993-cü ildə Novruz bayramı ərəfəsində kənd atəşə tutuldu.",
            ("Novruz bayramı ərəfəsində", "1993-03-19", "1993-03-20"),
        ),
        (
            "1992-ci ilin yazında, Qələbə günü kənddə mitinq oldu.",
            ("Qələbə günü", "1992-05-09", "1992-05-09"),
        ),
        (
            "The vote of 1991 came on Armenia's Independence Day.",
            ("Armenia's Independence Day", "1991-09-21", "1991-09-21"),
        ),
        (
            "1992 թվականին, Անկախության օրը, քաղաքը",
            ("Անկախության օրը", "1992-09-21", "1992-09-21"),
        ),
        ("Black January changed everything.", ("Black January", "1990-01-20", "1990-01-20")),
    ],
)
def test_named_days_and_their_eves(text, expected):
    assert _found(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1993 there was no victory day and no christmas.",  # bare common words
        "In 1993 Novruz Mammadov spoke on Christmas Island.",  # part of another name
    ],
)
def test_a_holidays_name_only_as_its_name(text):
    assert [d.surface for d in find_dates(text)] == ["1993"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "9 мая 1993 года мост восстановили. Спустя всего три дня его снова взорвали.",
            "1993-05-12",
        ),
        ("9 мая 1993 года мост восстановили. Две недели спустя его снова взорвали.", "1993-05-23"),
        ("9 мая 1993 года мост восстановили. Через два дня его снова взорвали.", "1993-05-11"),
        ("1993-cü il mayın 9-da körpü bərpa olundu. Üç gün sonra yenə partladıldı.", "1993-05-12"),
    ],
)
def test_days_later_in_russian_and_azerbaijani(text, expected):
    *_, t = find_dates(text)
    assert (str(t.date_start), str(t.date_end), t.precision) == (expected, expected, "day")
    assert t.surface[0] in "СДЧÜ"  # the text's own letters, not the folded ones


def test_later_words_need_a_count_a_unit_and_a_date_before():
    assert find_dates("Колонна прошла через два перевала и через 5 км свернула.") == []
    assert find_dates("Спустя три дня мост взорвали.") == []  # no date to count from
    # hours are no date of their own
    assert [t.surface for t in find_dates("9 мая 1993 года. Через 2 часа мост взорвали.")] == [
        "9 мая 1993 года"
    ]


def test_a_russian_night_from_one_day_to_the_next_is_a_range():
    assert _spans("В ночь с 14 на 15 марта 1993 года мост взорвали.") == [
        ("1993-03-14", "1993-03-15", "range")
    ]
    # "moved from the 5th to the 12th": two days, no night between them
    assert _spans("Встречу перенесли с 5 на 12 мая 1994 года.") == [
        ("1994-05-12", "1994-05-12", "day")
    ]


def test_between_a_month_day_and_another_day_is_a_range():
    assert _spans("Between March 19 and 24, 1994 the pass stayed closed.") == [
        ("1994-03-19", "1994-03-24", "range")
    ]
    assert _spans("In 1994 the pass was shut between March 19 and 24.") == [
        ("1994-01-01", "1994-12-31", "year"),
        ("1994-03-19", "1994-03-24", "range"),
    ]


def test_a_date_widget_with_day_and_year_run_together():
    assert _spans("Mar 041995\n\nStatement of the working group") == [
        ("1995-03-04", "1995-03-04", "day")
    ]
    assert _spans("Posted Sep 301993 by the editor") == [("1993-09-30", "1993-09-30", "day")]
    # no such day, or a longer run of digits: no date
    assert find_dates("Form Mar 991995") == []
    assert find_dates("Ref Mar 0419951") == []


def test_a_number_after_a_list_of_counts_is_one_more_count():
    text = "The raid left 41 dead, 112 wounded in the old quarter, 1230 without shelter."
    assert find_dates(text) == []
    # years in a list, or after a clause without a count, stay years
    assert [t.surface for t in find_dates("The fort was built in 1230, rebuilt in 1575.")] == [
        "1230",
        "1575",
    ]
    assert [t.surface for t in find_dates("It was shelled in May 1992, 1993 was calmer.")] == [
        "May 1992",
        "1993",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OCT. 3, 1993 - The bridge at the river mouth was shut.", ("1993-10-03",) * 2),
        ("SEPT. 14, 1992 - Talks opened.", ("1992-09-14",) * 2),
        ("The pass opened on 4 october 1993.", ("1993-10-04",) * 2),  # lower case after a day
    ],
)
def test_month_spellings_of_headlines_and_lists(text, expected):
    assert [t.iso for t in find_dates(text)] == [expected]


def test_lower_case_may_and_march_are_no_months():
    assert find_dates("They may 3 times ask.") == []
    assert find_dates("On 3 may they ask.") == []


def test_a_date_at_the_end_of_a_line_keeps_its_year_before_a_number_on_the_next():
    text = "MEMO:  MARCH 2, 1994\n\n        1993 FIELD NOTES\n"
    assert [t.iso for t in find_dates(text)][0] == ("1994-03-02", "1994-03-02")


def test_a_weekday_in_capitals_is_told_from_the_day_of_writing():
    (t,) = find_dates("TUESDAY - The council met in the town hall.", reference=date(1993, 6, 3))
    assert t.iso == ("1993-06-01", "1993-06-01")


def test_a_chronology_entry_that_starts_with_its_month():
    text = "1957\n  • April - A school opens in the valley.\n  • October: the road is paved.\n"
    assert [t.iso for t in find_dates(text)] == [
        ("1957-01-01", "1957-12-31"),
        ("1957-04-01", "1957-04-30"),
        ("1957-10-01", "1957-10-31"),
    ]
    # a month in the middle of a line needs a preposition, or an article and a noun after it
    assert [t.surface for t in find_dates("1957. Then April agreed to come.")] == ["1957"]


def test_a_year_heading_under_a_number_line_is_a_year():
    text = "Notes 1950-1960\n\n1953\nJune 2 The mill reopens."
    assert [t.iso for t in find_dates(text)][1:] == [
        ("1953-01-01", "1953-12-31"),
        ("1953-06-02", "1953-06-02"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1966 a June flood cut the road.", ("1966-06-01", "1966-06-30")),
        ("In 1966 the talks were set for November.", ("1966-11-01", "1966-11-30")),
        ("In 1966 the road was shut at the end of the year.", ("1966-09-01", "1966-12-31")),
        ("In 1966 the first half of the year was dry.", ("1966-01-01", "1966-06-30")),
    ],
)
def test_months_and_parts_of_the_year_of_the_text_around_them(text, expected):
    assert find_dates(text)[-1].iso == expected


def test_a_month_as_part_of_a_name_is_no_date():
    assert [t.surface for t in find_dates("In 1966 the March of the Miners passed.")] == ["1966"]


def test_years_later_is_that_year_counted_from_a_night_or_a_day():
    text = "Мост взорвали в ночь с 3 на 4 июня 1994 года. Спустя 12 лет его отстроили."
    assert _spans(text)[-1] == ("2006-01-01", "2006-12-31", "year")
    text = "The bridge fell on the night of 3-4 June 1994. Two days later the ferry sank."
    assert _spans(text)[-1] == ("1994-06-06", "1994-06-06", "day")


def test_a_date_line_written_with_dashes():
    assert _spans("04-11-2016 [09:15]\n\nThe museum reopened.") == [
        ("2016-11-04", "2016-11-04", "day")
    ]
    assert find_dates("Call 12-34-5678 or ref 1993-45-12") == []


def test_an_azerbaijani_area_adjective_is_a_quantity():
    assert find_dates("Rayonun 1130 kvadratkilometrlik ərazisi boşaldı.") == []


def test_today_in_a_quoted_dispatch_is_its_source_lines_day():
    text = (
        "The chapter quotes the paper.\n\n“The Morning Courier”, May 14, 1994;\n\n"
        "“Shepherds left the pass today. On Thursday the road had been mined.”"
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got == [
        ("May 14, 1994", "1994-05-14"),
        ("today", "1994-05-14"),
        ("On Thursday", "1994-05-12"),
    ]
    # not a date alone on a line below a page's top, without a colon, semicolon or quotation
    text = MENU + "Battle of the ford\n4 March 1994\n\nToday the ford is a bridge."
    assert [t.surface for t in find_dates(text, header_reference=True)] == ["4 March 1994"]


def test_the_previous_night_is_the_day_before_the_date_before_it():
    text = "GORIS, June 9, 1994 - Doctors said today that the ward was hit the previous night."
    assert _spans(text)[-1] == ("1994-06-08", "1994-06-08", "day")


def test_a_date_line_with_a_two_digit_year_and_a_time():
    text = "09:41 – 21.03.11\nMarch 21 is the day the school remembers its founding in 1931."
    assert [(t.surface, t.iso[0]) for t in find_dates(text)] == [
        ("21.03.11", "2011-03-21"),
        ("March 21", "2011-03-21"),
        ("1931", "1931-01-01"),
    ]
    assert _spans("(сессии 04.04.90 и 14.04.90)") == [
        ("1990-04-04", "1990-04-04", "day"),
        ("1990-04-14", "1990-04-14", "day"),
    ]
    assert find_dates("version 10.04.10.3 and 1.2.3") == []


def test_a_full_date_before_a_time_keeps_its_year():
    text = "March 21, 2011 - 09:41 GMT\nMarch 21 is the day the school remembers."
    assert [(t.surface, t.iso[0]) for t in find_dates(text)] == [
        ("March 21, 2011", "2011-03-21"),
        ("March 21", "2011-03-21"),
    ]


def test_a_publication_date_at_the_foot_of_a_page():
    text = (
        "Shepherds said yesterday that the pass was shut on Monday. "
        + "The flocks wait in the lower pastures for the road to open. " * 6
        + "\nPublication date 05/26/1994"
    )
    got = [(t.surface, t.iso[0]) for t in find_dates(text, header_reference=True)]
    assert got[:2] == [("yesterday", "1994-05-25"), ("on Monday", "1994-05-23")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "GORIS, JUNE 3, PRESS. The 31st anniversary of the flood is marked today.\n\n"
            "On June 3, 1962 the river broke its banks and the lower village was lost under the "
            "water.",
            [("JUNE 3", "1993-06-03"), ("today", "1993-06-03"), ("June 3, 1962", "1962-06-03")],
        ),
        (
            "Bu gün kəndin su altında qalmasının 31-ci ildönümüdür. Kənd 1962-ci il iyunun 3-də "
            "su altında qalıb.",
            [("Bu gün", "1993-06-03"), ("1962-ci il iyunun 3-də", "1962-06-03")],
        ),
        (
            "3 июня исполнилось 31 год со дня наводнения. Река вышла из берегов 3 июня 1962 года.",
            [("3 июня", "1993-06-03"), ("3 июня 1962 года", "1962-06-03")],
        ),
    ],
)
def test_an_anniversary_without_a_date_line_tells_the_day_of_writing(text, expected):
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    assert got == expected
    # with a date line, that line is the day of writing
    dated = "5 June 1993\n\n" + text
    assert [str(d.date_start) for d in find_dates(dated, header_reference=True)][0] == (
        "1993-06-05"
    )


def test_days_of_a_month_listed_in_a_run_are_a_range():
    assert _spans("Looting went on in the port on June 4, 5 and 6, 1991.") == [
        ("1991-06-04", "1991-06-06", "range")
    ]
    # days apart are no range, but they are all in their month: not dropped
    assert _spans("Markets were held on June 4, 11 and 18, 1991.") == [
        ("1991-06-01", "1991-06-30", "month")
    ]
    assert _spans("In 1993 talks were held on March 3, 10 and 17.") == [
        ("1993-01-01", "1993-12-31", "year"),
        ("1993-03-01", "1993-03-31", "month"),
    ]


def test_date_lines_between_slashes_and_with_a_one_digit_day():
    assert _spans("Ganja/07.09.15/Agency: The bridge was closed.") == [
        ("2015-09-07", "2015-09-07", "day")
    ]
    assert _spans("    • 7-9-2019, 10:02\nThe bridge was closed.") == [
        ("2019-09-07", "2019-09-07", "day")
    ]


def test_an_anniversary_event_may_stand_a_few_paragraphs_below():
    text = (
        "The 15th anniversary of the flood was marked in the valley Tuesday. "
        + "Villagers gathered at the old mill and the school choir sang. " * 12
        + "The river broke its banks on May 4, 1982."
    )
    got = [(d.surface, str(d.date_start)) for d in find_dates(text, header_reference=True)]
    # the day of writing is 4 May 1997 (a Sunday): "Tuesday" is the one before it
    assert got == [("Tuesday", "1997-04-29"), ("May 4, 1982", "1982-05-04")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Мост открыли в марте прошлого года.", ("1995-03-01", "1995-03-31")),
        ("Körpü keçən ilin martında açılıb.", ("1995-03-01", "1995-03-31")),
        ("The bridge opened last March.", ("1995-03-01", "1995-03-31")),
        ("The bridge opens next March.", ("1997-03-01", "1997-03-31")),
        ("Ötən ilin bu günündə körpü açılıb.", ("1995-06-10", "1995-06-10")),
        ("В этот день в прошлом году мост открыли.", ("1995-06-10", "1995-06-10")),
    ],
)
def test_a_month_or_day_of_the_year_before_the_day_of_writing(text, expected):
    (t,) = find_dates(text, reference=date(1996, 6, 10))
    assert t.iso == expected
    assert find_dates(text) == []  # without the day of writing: none


def test_a_date_beside_a_byline_is_the_day_of_writing_before_a_subtitles_date():
    text = (
        "Bridge reopened\n\nThe span was first opened on 3 March 1961\n\n"
        "Anna Petrova, Ilham Quliyev | 10.06.1996\n\nTraffic crossed it yesterday."
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got[-1] == ("yesterday", "1996-06-09")


def test_each_dispatch_of_a_digest_is_told_from_its_own_date_line():
    text = (
        "Archive\n\nMarch 9, 1994 | From Wire Services\nThe pass reopened Tuesday.\n"
        "July 2, 1993 | Associated Press\nShelling resumed Thursday, officials said.\n"
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got == [
        ("March 9, 1994", "1994-03-09"),
        ("Tuesday", "1994-03-08"),
        ("July 2, 1993", "1993-07-02"),
        ("Thursday", "1993-07-01"),
    ]


def test_a_count_before_a_capitalised_adjective_and_its_noun_is_no_year():
    assert find_dates("Of the dead, 1264 Armenian civilians were named.") == []
    assert [t.surface for t in find_dates("The 1992 Armenian elections were held.")] == ["1992"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an infobox's range with an Azerbaijani month in lower case: "may" before a year
        (
            "Müddət | 3 mart 1991 – 17 may 1995 | ",
            [("3 mart 1991 – 17 may 1995", "1991-03-03", "1995-05-17")],
        ),
        ("Talks resumed on 4 may 1996 in Riga.", [("4 may 1996", "1996-05-04", "1996-05-04")]),
        # "may" as a verb after a number is no month
        ("Of the 12 who applied, 3 may be chosen.", []),
    ],
)
def test_may_in_lower_case_between_a_day_and_a_year_is_the_month(text, expected):
    assert [(t.surface, *t.iso) for t in find_dates(text)] == expected


def test_an_azerbaijani_date_with_its_day_before_the_month():
    got = [(t.surface, *t.iso) for t in find_dates("Körpü 1996-cı il 14 iyul tarixində açıldı.")]
    assert got == [("1996-cı il 14 iyul", "1996-07-14", "1996-07-14")]
    got = [(t.surface, *t.iso) for t in find_dates("Yarmarka 1997-ci il 8-9 may günləri oldu.")]
    assert got == [("1997-ci il 8-9 may", "1997-05-08", "1997-05-09")]


def test_an_azerbaijani_run_of_two_days_written_with_a_dash():
    got = [t.iso for t in find_dates("Sel 1994-cü ilin mart ayının 11-12-də kəndi basdı.")]
    assert got == [("1994-03-11", "1994-03-12")]
    got = [t.iso for t in find_dates("1994-cü ildə sel oldu. Su aprelin 3-4-də çəkildi.")]
    assert got == [("1994-01-01", "1994-12-31"), ("1994-04-03", "1994-04-04")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1970-ci illərin sonlarında kənd böyüdü.", ("1976-01-01", "1979-12-31")),
        ("1960-cı illərin əvvəllərində yol çəkildi.", ("1960-01-01", "1963-12-31")),
        # from the late 1970s to June 1983
        (
            "1970-ci illərin sonlarından 1983-cü ilin iyununa kimi tikinti sürdü.",
            ("1976-01-01", "1983-06-30"),
        ),
    ],
)
def test_a_part_of_an_azerbaijani_decade(text, expected):
    (t,) = find_dates(text)
    assert t.iso == expected


def test_counts_of_azerbaijani_people_and_places_are_no_years():
    assert find_dates("Daşqında 1140 dinc sakin evsiz qaldı.") == []
    assert find_dates("Rayonda 1650 uşaq və 1210 qadın qeydə alınıb.") == []
    assert find_dates("Наводнение оставило без крова 1140 мирных жителей.") == []
    # a year before a noun of the same language keeps its year when it carries its suffix
    assert [t.iso for t in find_dates("1994-cü ildə 130 kənd su altında qaldı.")] == [
        ("1994-01-01", "1994-12-31")
    ]


def test_an_anniversary_of_a_night_tells_the_day_the_night_ends():
    text = (
        "Martın 9-da daşqının 25-ci ildönümü ilə əlaqədar kənddə anım mərasimi keçirilib. "
        + "Sakinlər abidəni ziyarət edib, gül qoyublar. " * 4
        + "1971-ci il martın 8-dən 9-na keçən gecə çay daşıb."
    )
    got = [(t.surface, *t.iso) for t in find_dates(text, header_reference=True)]
    assert got[0] == ("Martın 9-da", "1996-03-09", "1996-03-09")
    assert got[-1][1:] == ("1971-03-08", "1971-03-09")


def test_a_date_line_between_slashes_before_a_long_first_sentence():
    text = (
        "Ganja/14.06.17/Agency: Сегодня исполняется 24-ая годовщина открытия моста через "
        "реку, построенного в северной части города после долгих споров.\n"
        "Мост открыли 14 июня 1993 года."
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got[:2] == [("14.06.17", "2017-06-14"), ("Сегодня", "2017-06-14")]


# a sentence of prose, longer than a date line
_BRIDGE_OPENED = (
    "Мост через реку в северной части города открыли 14 июня 1993 года после долгих споров."
)


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня исполняется 24 года с того дня, как открыли мост.\n\n" + _BRIDGE_OPENED,
        "Сегодня минуло 24 года, как открыли мост.\n\n" + _BRIDGE_OPENED,
    ],
)
def test_more_russian_cues_of_an_anniversary(text):
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got[0] == ("Сегодня", "2017-06-14")


def test_oten_gun_is_the_day_before_the_day_of_writing():
    (t,) = find_dates("Ötən gün körpü bağlanıb.", reference=date(2017, 6, 14))
    assert t.iso == ("2017-06-13", "2017-06-13")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bridge opened on June 14 in 1993, officials said.", ("1993-06-14", "1993-06-14")),
        ("The bridge opened on 14 June in 1993.", ("1993-06-14", "1993-06-14")),
        ("Uploaded on 14-Jun-2017 by the archive", ("2017-06-14", "2017-06-14")),
    ],
)
def test_a_day_with_in_before_its_year_and_a_dashed_day_month_year(text, expected):
    (t,) = find_dates(text)
    assert t.iso == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Мост строили в конце 1987 – начале 1988 года.", ("1987-09-01", "1988-04-30")),
        ("Мост строили с конца 1987 по начало 1988 года.", ("1987-09-01", "1988-04-30")),
        ("Мост строили в середине 1986-го – конце 1988 года.", ("1986-05-01", "1988-12-31")),
    ],
)
def test_a_russian_range_from_a_part_of_one_year_to_a_part_of_another(text, expected):
    (t,) = find_dates(text)
    assert t.iso == expected


def test_a_russian_winter_across_two_years():
    (t,) = find_dates("Зимой 1987–1988 гг. мост закрыли.")
    assert t.iso == ("1987-12-01", "1988-02-29")
    (t,) = find_dates("Мост закрыли зимой 1987/88 года.")
    assert t.iso == ("1987-12-01", "1988-02-29")
    # only a winter spans two years: a summer of two years is read as its years
    assert [t.iso for t in find_dates("Летом 1987–1988 гг. мост чинили.")] == [
        ("1987-01-01", "1988-12-31")
    ]


def test_a_century_in_roman_numerals_typed_with_cyrillic_letters():
    (t,) = find_dates("Мост построили в ХІХ веке.")  # Cyrillic Х and І
    assert t.iso == ("1801-01-01", "1900-12-31")


def test_a_deictic_word_in_a_sites_name_is_no_date():
    assert find_dates("TODAY.AZ / Sport\n\nThe match ended.", reference=date(2005, 5, 1)) == []
    assert [t.iso for t in find_dates("It ended today.", reference=date(2005, 5, 1))] == [
        ("2005-05-01", "2005-05-01")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Москва, 5 янв. 1992 г. Мост закрыт.", ("1992-01-05", "1992-01-05")),
        ("Указ подписан 14 окт 1993 года.", ("1993-10-14", "1993-10-14")),
    ],
)
def test_russian_abbreviated_months(text, expected):
    (t,) = find_dates(text)
    assert t.iso == expected


def test_a_russian_abbreviated_month_in_a_date_line_takes_the_pages_year():
    text = "ГЮМРИ, 7 сент — Агентство. Мост закрыли."
    got = find_dates(text, default_year=2015, reference=date(2015, 9, 7))
    assert [t.iso for t in got] == [("2015-09-07", "2015-09-07")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("GANJA, Azerbaijan, Sep.7 - The bridge closed in 1999.", ("1999-09-07", "1999-09-07")),
        ("The works ran from early Feb.2019 on.", ("2019-02-01", "2019-02-10")),
        ("The works ended in Feb.2019 at last.", ("2019-02-01", "2019-02-28")),
    ],
)
def test_an_abbreviated_months_dot_run_into_its_day_or_year(text, expected):
    assert find_dates(text)[0].iso == expected


def test_azerbaijani_counts_of_more_than_and_of_district_residents_are_no_years():
    assert find_dates("Daşqında 1200-dən çox ev, 1650 rayon sakini zərər çəkib.") == []
    assert find_dates("Yarmarkaya 1500-ə yaxın qonaq gəlib.") == []
    assert [t.surface for t in find_dates("Körpü 1995-dən sonra bağlanıb.")] == ["1995"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A concert marks the 1996 June floods in the valley.", ("1996-06-01", "1996-06-30")),
        ("1996 cı il İyun daşqınlarının ildönümü qeyd edilib.", ("1996-06-01", "1996-06-30")),
    ],
)
def test_a_year_before_its_month_is_that_month(text, expected):
    assert find_dates(text)[0].iso == expected


def test_a_headline_that_tells_the_future_over_a_date_line():
    text = (
        "BRIDGE IS SET TO REOPEN ON JUNE 14\nRiver News\n02.05.11\n"
        + "Engineers inspected the span again and found the repairs sound. " * 6
        + "\nOn June 14, 1975, the first bridge opened here."
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got[0] == ("JUNE 14", "2011-06-14")
    assert got[-1] == ("June 14, 1975", "1975-06-14")


def test_a_dateline_of_the_day_of_writing_keeps_its_year():
    text = "GANJA, Azerbaijan, Jun.14\n\nOn June 14, 1975, the first bridge opened here."
    got = [str(t.date_start) for t in find_dates(text, reference=date(2011, 6, 14))]
    assert got == ["2011-06-14", "1975-06-14"]


def test_a_dateline_without_a_year_on_a_page_that_tells_an_anniversary_of_a_year():
    text = (
        "GANJA, Azerbaijan, June 14. A concert marked the 15th anniversary of the floods in "
        "1996, the city said."
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got == [("June 14", "2011-06-14"), ("1996", "1996-01-01")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В 1996 году река разлилась. Пятого июня вода ушла.", ("1996-06-05", "1996-06-05")),
        ("Двадцать первое мая 1996 года запомнили надолго.", ("1996-05-21", "1996-05-21")),
    ],
)
def test_a_russian_day_in_words_before_its_month(text, expected):
    assert find_dates(text)[-1].iso == expected


def test_a_leap_day_dateline_in_an_anniversary_year_without_one_is_no_date():
    # 29 February in a year that has none: dropped, never the stand-in year of a day
    # without a year
    text = (
        "GANJA, Azerbaijan, February 29. A concert marked the 15th anniversary of the floods "
        "in 1996, the city said."
    )
    got = [(t.surface, str(t.date_start)) for t in find_dates(text, header_reference=True)]
    assert got == [("1996", "1996-01-01")]


def test_a_month_without_a_year_is_not_the_day_of_writing_on_its_first_day():
    # written on 1 May: "May" alone is a month of the text, not that day, whatever the day
    text = "In May the town fell, in the spring of 1992."
    for day in (1, 2):
        got = find_dates(text, reference=date(2021, 5, day))[0]
        assert (got.surface, str(got.date_start)) == ("May", "1992-05-01")


def test_a_year_after_in_before_a_capitalised_adjective_and_a_counted_noun_stays_a_year():
    # "in" before the number says it is a year; without it, "1264 Armenian civilians" counts
    got = find_dates(
        "In 1992 Armenian soldiers entered the town; since 1994 Azerbaijani troops held the line."
    )
    assert [t.surface for t in got] == ["1992", "1994"]
    assert find_dates("Of the dead, 1264 Armenian civilians were named.") == []


def test_today_before_a_sentence_whose_space_was_lost_is_still_today():
    # a scraped page lost the space after the full stop: "today.He" is no web address
    got = find_dates("The bridge reopened today.He said so.", reference=date(2005, 5, 1))
    assert [(t.surface, str(t.date_start)) for t in got] == [("today", "2005-05-01")]
    assert find_dates("Read it on today.az or TODAY.AZ.", reference=date(2005, 5, 1)) == []


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://a.example/2022/12/13/road/", "2022-12-13"),
        ("http://a.example/archive/1993-10-09/news/item", "1993-10-09"),
        ("https://a.example/x/27/09/2023", "2023-09-27"),
        ("https://a.example/news/20070823102633936-item", "2007-08-23"),
        ("https://a.example/a/12/10/2011", None),  # 12 October or 10 December
        ("https://a.example/2016/02/31/", None),  # no such day
        ("https://a.example/news/201605123", None),  # a number, not a day
        ("https://a.example/2011/05/", None),  # a month only
        ("https://a.example/2011/05/02/x?from=2012/01/01", None),  # two days
    ],
)
def test_url_day(url, expected):
    from geo.dates.writing import url_day

    got = url_day(url)
    assert (got.isoformat() if got else None) == expected


def test_a_dateline_without_its_year_dates_its_dispatch():
    # a compilation of dispatches: each "CITY, Month Day—" takes the year of the date line
    # above it and dates the "today" of its own story
    text = (
        "Strikes Resume\n\nMarch 4, 1990\nBy A Correspondent\n\n"
        "TBILISI, March 3— Workers walked out today in Gyumri.\n\n"
        "Talks Stall\n\nMarch 9, 1990\nBy A Correspondent\n\n"
        "TBILISI, March 8— A delegate said today that talks had stalled."
    )
    todays = [t.iso[0] for t in find_dates(text, header_reference=True) if t.surface == "today"]
    assert todays == ["1990-03-03", "1990-03-08"]
