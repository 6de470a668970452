"""Finding dates and periods in English text, normalised to intervals with a precision.

The finder is a small regular grammar (below); it turns each expression into an
inclusive interval ``[date_start, date_end]`` and a precision: ``day``, ``week``, ``month``,
``season``, ``year``, ``decade``, ``range`` (two expressions joined: "1992 and 1993",
"2011-12", "between 1992 and 1994"; several units: "in the last two weeks") or
``approximate`` ("late 1993", "mid-1990s").

Decisions, documented for users:

* "2011-12" is the range 2011–2012 when the two-digit part is larger than the
  year's last two digits, else the ISO month ("2011-05" is May 2011);
* dotted dates are day.month.year ("26.02.1992"), and so are their ranges
  ("27.03.-03.04.1993", "25-26.02.1992"); slashed dates are read whichever
  way the calendar allows ("28/10/1993" and "10/28/1993" are 28 October), and when
  both ways are days ("03/04/1993") the date is the interval between the two
  readings, precision ``approximate``;
* "early"/"mid"/"late" Y are Jan–Apr / May–Aug / Sep–Dec; of a decade, its first,
  middle and last four years; of a month ("mid-April"), its first, middle and last
  ten days; so are the same parts in words, with or without a year ("at the beginning of
  May", "the middle of September", "by the end of March", "the end of 1993"; Russian
  "в начале мая", "в середине сентября", "с конца августа", "в конце 1993 года";
  Azerbaijani "mayın əvvəlində", "sentyabrın ortalarında", "mart ayının sonunda",
  "1993-cü ilin sonunda": ``date_words.csv``); "the first/second half of" a month is its
  days 1–15 / 16–end, of a year Jan–Jun / Jul–Dec ("во второй половине", "ikinci
  yarısında");
* "29 January and 6 April 1993" is two days (the first takes the second's year); "February
  27, 28 and 29, 1988" is the range of those days (days apart, "March 3, 10 and 17", are
  their month);
  "between 27 and 29 February", "27 to 29 February" and "29 January to 6 April" are
  ranges, and so are "between December 19 and 24", "с 25 октября по 2 ноября", "от 5 до 9
  мая", the night "с 25 на 26 февраля" (two days that follow each other), the night before a
  day ("в ночь на 26 февраля", "fevralın 26-na keçən gecə": the 25th and the 26th) and
  Azerbaijani "a-dan
  b-dək" ("1993-cü ilin dekabrından yanvarın 6-dək"); an end without a year of its own
  takes the start's ("from 25 February 1992 to 3 March"), or the next year when it would
  fall before the start ("from December 1993 to January 6": 6 January 1994);
  "həmin ilin dekabrında", "в декабре того же года" are December of the year before them;
* "on the 9th" is the 9th of the month of the date before it;
* Russian months and seasons ("12 мая 1994 года", "в июле 1993 года", "весной 1992
  года") from ``geo/data/lexicon/month_names.csv``, and Azerbaijani ones, whose season
  follows its year ("1993 yayı", "1993-cü ilin qışında", "1993 Yay əməliyyatları"; "yay"
  away from a year is no season); month ranges ("июнь–октябрь 1993", "с июня по октябрь
  1993 года", "iyun-oktyabr 1993-cü il", "1993-cü ilin iyun ayından oktyabr ayına qədər")
  and day ranges ("25-29 oktyabrda", "с 25 по 29 октября", "с 25 октября по 2 ноября");
* "winter of Y" is 1 Dec Y-1 to the end of Feb Y (the winter whose January is in Y);
  "the winter of 1991–92" is 1 Dec 1991 to the end of Feb 1992;
  spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov (northern hemisphere);
* a day or month without a year ("on 12 May", "in February", "for February", "a July
  cease-fire", "at the end of the year") takes the year of the nearest expression before it
  in the same document (``year_inherited``), with two exceptions of layout: an entry that
  starts its line under a year heading alone on its line ("1991" / "September 21 …", "• 1920"
  / "• March - …") takes the heading's year, and after a bare year told in passing, a day of
  the month its line dated keeps that month's year ("August 2005: … in 1992 … on 27 August");
  with none, the first year after it in the same paragraph (within 300
  characters: "On 8 May, … 1992"), else the document's date or title year; else
  it is dropped (an annual report's title gives the year before the one it names: "Amnesty
  International Report 1995" tells of 1994, :func:`geo.dates.writing.report_year`); when
  that year comes from the day of writing (the document's date, a dateline, a labelled
  "Published:" line, not a date of the running text) and the day or month would fall after
  that day, it is the year before ("in December", written on
  2 February 1992: December 1991), unless its sentence tells the future ("will",
  "состоится": ``future`` of ``date_words.csv``) or it is a day at most seven days after the
  day of writing (written on 8 May, "May 9 is the day of …": the coming 9 May);
* "later that month", "в том же месяце", "həmin ay" are the month of the date before;
  "the following month", "the month before" (alone), "növbəti ay" the month after or
  before it; "at the end of the month", "в конце того же месяца", "həmin ayın sonunda"
  its last ten days (``same_month`` of ``date_words.csv``); "28-го того же месяца",
  "həmin ayın 20-də" a day of it;
* "late summer 1992" is August 1992 (a season's first, middle or last month); "late
  summer and early autumn of 1992", "the summer and autumn of 1993", "летом и осенью
  1993 года" are ranges; Russian seasons in any case ("к лету 1992 года", "зимой
  1993-го") and days with the ordinal ending ("22-го февраля", "с 8-го по 9-е мая");
* "two days later", "спустя пять дней", "через два дня", "две недели спустя", "iki gün sonra"
  (``later`` of ``date_words.csv``) are relative to the nearest day-precision date before it
  (or a range of at most three days, "the night of 3-4 June", from its end); "спустя 12 лет"
  is that year, "the previous night" the day before it;
* "yesterday", "last night", "on Monday" or "Monday" alone (the last Monday up to the day
  of writing; not "Bloody Sunday", "the Sunday Times"),
  "last Monday" (before it), Russian "вчера", "в субботу", "в прошлую субботу",
  "last/this/next week" (Monday to Sunday, precision
  ``week``), "last weekend", "over the weekend" (the Saturday and Sunday before the day of
  writing; "this weekend": of its week; precision ``range``), "last/this month",
  "last/this year", "earlier this year", "last November", "в ноябре прошлого года", "keçən
  ilin noyabrında" (``year_rel`` of ``date_words.csv``), "ötən ilin bu günündə" and "в этот
  день в прошлом году" (that day a year before), "today",
  "tonight", "this morning", "throughout the week", "two days ago" (a day), "three weeks
  ago" (that week), "19 years ago", "thirty-one years ago" (that year; "about …": ``approximate``;
  "on this day 31 years ago": that day), "in the last
  week", "over the past two years" (the days up to the day of writing), and their Russian
  and Azerbaijani forms ("сегодня", "bu gün", "19 лет назад", "19 il əvvəl", "keçən il":
  ``geo/data/lexicon/date_words.csv``) are told from the document's own date (its front
  matter `date:`, else the first whole date in its first lines, as a wire story's date
  line (a dateline or a date beside a byline, "Anna P. | 10.06.1996", before a subtitle's),
  else a labelled date line, "Published: …", in its first 2,000 characters; each later
  dateline, "BAKU, May 18 1992 -", or a digest's line "June 19, 1992 | Associated Press",
  is the day of writing of the dispatch under it; with none of these, a source line before a
  quoted dispatch, "“The Daily”, July 25, 1993;", else the day an anniversary tells: "the
  21st anniversary", "32 years ago", "21-ci ildönümü", "исполнилось 23 года" and the event's
  whole day after it, so many years on, "Today marks the 26th anniversary of … April 10,
  1992": 10 April 2018, and a headline day of that month and day in the first lines is that
  day too), and dropped when there is none;
  "on a Tuesday" is no date; an anniversary of a night ("fevralın 25-dən 26-na keçən gecə")
  tells the day the night ends, and a dateline without its year ("BAKU, Azerbaijan, April
  6.") on a page that tells "the 7th anniversary of the clashes in 2016" takes that
  anniversary's year (2023); a headline that tells the future over a date line ("PARADE TO BE
  HELD ON MAY 9" above "27.03.12") is the coming such day; a dateline on the day of writing's
  own day ("Apr.2" on a page of 2 April 2021) keeps the year of writing;
* "the same day", "в тот же день", "həmin gün" are the day of the last whole date before
  them; "the next day", "на следующий день", "ertəsi gün" the day after it;
* a page's date widget with its day and year run together ("Dec 061994") is that day, and
  so is a date line written with dashes ("23-07-2014", "4-10-2021") or with a two-digit year
  after day and month ("15:29 – 10.04.10", "04.04.90", "Baku/08.05.18/Agency": 19xx from 30,
  else 20xx); a whole date keeps
  its year before a time ("April 10, 2011 - 16:50 AMT"); a labelled date line counts at a
  page's foot too ("Publication date 08/20/1993", within its first 2,000 characters);
  Azerbaijani "1988-ci ildən 1993-cü ilin noyabrınadək" is the range between them;
  headlines' capitals ("FEB. 28, 1988", "FRIDAY") and a month in lower case after its day
  ("2 september"; not "may") are read; a chronology's entry that starts with its month
  ("March - The army …", "• July –", "August: …") is that month;
* "12 may 1994" (lower-case "may" only before a year), "May 8 in 1992", "03-Feb-2022",
  "Apr.2", "Nov.2020", "the 2016 April clashes", "2016 cı il Aprel", "1993-cü il 2 aprel",
  "fevral ayının 4-5-dən", "1980-ci illərin sonlarında" (a decade's part, and a range to
  "1994-cü ilin mayına kimi"), Russian "2 авг", "5 янв. 1992", "пятого апреля", "в конце 1991
  – начале 1992 года", "зимой 1991–1992 гг.", "ХХ века" (Roman numerals in Cyrillic letters);
  "TODAY.AZ" (a site's name) is no date;
* a date glued to a label before it ("Date12 June – 23 July 1993", text taken from an
  infobox) is read when the label is a date word or a capitalised word, not otherwise
  ("Su25 May");
* a headline day without a year in the first lines takes the year of the same day told in
  full within the next 300 characters ("APRIL 2 MARKS …", then "April 2, 2012"), unless the
  date just before it is that day with its year ("18 May 2020", then "BAKU, May 18": 2020);
* numbers are not years when they are counts or figures ("613", "250,000", "2000
  soldiers", "1264 Armenian civilians", "1094 kvadrat km", "1500 nəfər", "1275 dinc sakin",
  "1100-dən çox": ``geo/data/lexicon/not_date_units.txt``; the
  next item of a list of counts, "63 children, 106 women were killed, 1275 taken"; a number
  after another that is no year, "Nos. 822, 853", while "in 1992, 1993" are two years),
  document or section numbers ("Nos. 822, 853", "page 1993"), the adoption year of a
  numbered document ("resolution 822 (1993)": the year a document was adopted is not an
  event date), or the year in a document's name ("the 1951 Convention", "the 1949 Geneva
  Conventions", "Amnesty International Report 1994"), a count after a day's comma ("On 3
  June, 1400 families left"), or a year or century before our era ("300 BC", "II в. до н.
  э.", "eramızdan əvvəl XII əsr"); a journal's "no. 6, 1999" keeps its year, and a year of
  three digits counts only with its word ("900-cü il", "в 988 году");
* a decade by its last two digits ("в начале 90-х", "90-е годы", "the early '90s", "90-cı
  illərin sonunda") is one of the 1930s to the 1990s ("20-х" stays no date); "the early 20th
  century", "в конце XIX века", "XIX əsrin əvvəllərində" are its first, middle or last forty
  years (as a decade's four); "в первой декаде февраля" is its first ten days;
* "the next year", "a year later", "на следующий год", "через год", "növbəti il" are the
  whole year after the date before (a year alone too: "in 1992 … the next year, on 2 April"
  is 1993); "в ночь на субботу" is Friday and Saturday, told from the day of writing, as
  are "şənbə günü", "bazar ertəsi"; Azerbaijani typed with the Cyrillic "ә" is read as with
  "ə".
"""

from geo.dates.expr import INVALID, TimeExpr
from geo.dates.pieces import MONTHS
from geo.dates.scan import find_dates
from geo.dates.writing import parse_date_cell

__all__ = ["INVALID", "MONTHS", "TimeExpr", "find_dates", "parse_date_cell"]
