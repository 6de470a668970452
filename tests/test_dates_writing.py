"""Dates told from the day of writing and the lines that give it (geo.dates.writing, told);
sentences of our own."""

from datetime import date

from geo.dates import find_dates


def _iso(text, **kw):
    return [(t.surface, *t.iso) for t in find_dates(text, **kw)]


def test_the_night_before_a_weekday_is_that_day_and_the_one_before():
    # "в ночь на субботу", written on Monday 11 March 2024: from Friday 8 to Saturday 9 March
    got = _iso("В ночь на субботу село обстреляли.", reference=date(2024, 3, 11))
    assert got == [("В ночь на субботу", "2024-03-08", "2024-03-09")]
    # on that Saturday itself, the night that just ended
    got = _iso("В ночь на субботу село обстреляли.", reference=date(2024, 3, 9))
    assert got == [("В ночь на субботу", "2024-03-08", "2024-03-09")]


def test_a_last_updated_line_gives_the_day_of_writing():
    # a long line at the top that starts with "Последнее обновление:" dates the page
    text = (
        "Последнее обновление: 11.03.2024 г. | Раздел: Кавказ | Просмотров: 1520 | "
        "Комментариев: 4 | Источник: редакция сайта\n\n"
        "В ночь на субботу село обстреляли. Сегодня там тихо."
    )
    got = _iso(text, header_reference=True)
    assert ("В ночь на субботу", "2024-03-08", "2024-03-09") in got
    assert ("Сегодня", "2024-03-11", "2024-03-11") in got


def test_the_next_year_after_a_date_is_that_whole_year():
    # "the next year" counts a year on from the date before it, a year alone too, and the
    # days after it take that year
    for text, word in (
        ("The pass closed in 1993. The next year, on 4 March, it reopened.", "The next year"),
        ("The pass closed on 9 May 1993. A year later, on 4 March, it reopened.", "A year later"),
        (
            "Перевал закрыли в 1993 году. На следующий год, 4 марта, его открыли.",
            "На следующий год",
        ),
        ("Keçid 1993-cü ildə bağlandı. Növbəti il, martın 4-də açıldı.", "Növbəti il"),
    ):
        got = _iso(text)
        assert (word, "1994-01-01", "1994-12-31") in got, text
        assert got[-1][1:] == ("1994-03-04", "1994-03-04"), text
    # with no date before it, no year to count from
    assert _iso("The next year the pass reopened.") == []


def test_an_azerbaijani_weekday_is_told_from_the_day_of_writing():
    # written on Wednesday 13 March 2024: the last such day up to it
    monday = date(2024, 3, 13)
    assert _iso("Şənbə günü kəndə su verildi.", reference=monday) == [
        ("Şənbə günü", "2024-03-09", "2024-03-09")
    ]
    assert _iso("Bazar ertəsi yol açıldı.", reference=monday) == [
        ("Bazar ertəsi", "2024-03-11", "2024-03-11")
    ]
    # "Cümə məscidi" (the Friday mosque) is a name, no day
    assert _iso("Cümə məscidi bərpa olundu.", reference=monday) == []


def test_an_anniversary_counted_in_words_gives_the_day_of_writing():
    # a dateline without its year, "Twenty-one years have passed since …" and the event's
    # day told in full: the dateline is that day twenty-one years on
    text = (
        "Ganja, Azerbaijan, March 3\n\n"
        "Twenty-one years have passed since the bridge at the pass was blown up.\n\n"
        "The bridge was destroyed on March 3, 1997, when the last column had crossed it, and "
        "was rebuilt by the district only years later."
    )
    got = _iso(text, header_reference=True)
    assert got[0] == ("March 3", "2018-03-03", "2018-03-03")


def test_a_count_before_a_noun_or_a_year_is_no_date_of_its_own():
    # "20 years after the truce": counted from the truce, not from the date before it
    assert _iso("In 2014, 20 years after the truce was signed, talks resumed.") == [
        ("2014", "2014-01-01", "2014-12-31")
    ]
    assert _iso("On 8 May 1992 the town fell, two days before the talks.") == [
        ("8 May 1992", "1992-05-08", "1992-05-08")
    ]
    # "Five years later, in 1970": the year the text gives, not the year before plus five
    assert _iso("The hall was built in 1902. Five years later, in 1970, it burned.") == [
        ("1902", "1902-01-01", "1902-12-31"),
        ("1970", "1970-01-01", "1970-12-31"),
    ]


def test_an_anniversary_told_by_an_ordinal():
    # "the third anniversary", "третья годовщина", "üçüncü ildönümü": a count of years too
    text = (
        "Ganja, Azerbaijan, March 3\n\n"
        "Today is the third anniversary of the day the bridge at the pass was blown up.\n\n"
        "The bridge was destroyed on March 3, 2015, when the last column had crossed it, and "
        "was rebuilt by the district only years later."
    )
    assert _iso(text, header_reference=True)[0] == ("March 3", "2018-03-03", "2018-03-03")


def test_a_dateline_with_its_agency_between_slashes_takes_the_anniversarys_year():
    # "ГЯНДЖА/Агентство/ – 3 марта исполняется третья годовщина …": the dateline's year is the
    # anniversary's (2015 + 3), and "в пятницу" after it is told from that day
    text = (
        "ГЯНДЖА/Агентство/ – 3 марта исполняется третья годовщина восстановления моста, "
        "сообщает в пятницу агентство.\n"
        "Мост через ущелье был восстановлен 3 марта после долгих работ, начатых дорожниками "
        "района 1 февраля 2015 года."
    )
    got = _iso(text, header_reference=True)
    assert got[0] == ("3 марта", "2018-03-03", "2018-03-03")
    assert ("в пятницу", "2018-03-02", "2018-03-02") in got
