from datetime import date

import pandas as pd
import pytest

from geo.exceptions import InputError
from geo.periods import UNDATED, assign, by_decade, by_year, read_periods

EVENTS = pd.DataFrame(
    {
        "date_start": ["1992-02-26", "1992-01-01", "2011-01-01", None],
        "date_end": ["1992-02-26", "1993-12-31", "2012-12-31", None],
    }
)


def test_by_year_and_spanning():
    periods = by_year(EVENTS)
    assert [p.name for p in periods] == ["1992", "1993", "2011", "2012"]
    groups = assign(EVENTS, periods)
    assert groups == {"1992": [0, 1], "1993": [1], "2011": [2], "2012": [2], UNDATED: [3]}


def test_by_decade():
    assert [p.name for p in by_decade(EVENTS)] == ["1990s", "2010s"]


def test_periods_file(tmp_path):
    p = tmp_path / "periods.csv"
    p.write_text(
        "name,start,end\n1988–1991 Prelude,1988,1991\n1992,1992-01-01,1992-12-31\n"
        "1994 Ceasefire,1994-01-01,1994-12-31\n",
        encoding="utf-8",
    )
    periods = read_periods(p)
    assert periods[0].start == date(1988, 1, 1) and periods[0].end == date(1991, 12, 31)
    assert periods[0].slug == "1988-1991-prelude"
    assert assign(EVENTS, periods)["1992"] == [0, 1]


@pytest.mark.parametrize(
    "content, message",
    [
        ("name,start\nA,1990\n", r"periods\.csv:1: missing column\(s\) end"),
        ("name,start,end\nA,1990,19x1\n", r"periods\.csv:2: column 'end': '19x1' is not a date"),
        (
            "name,start,end\nA,1995,1990\n",
            r"periods\.csv:2: column 'end': end 1990-12-31 is before start",
        ),
    ],
)
def test_bad_periods_file(tmp_path, content, message):
    p = tmp_path / "periods.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_periods(p)
