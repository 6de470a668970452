"""Claim groups across documents: what several accounts share and where they differ."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.claims import CLAIM_COLUMNS, claim_groups, compare
from geo.cli import main


def _ev(doc, place, start, end=None, etype="battle", fatalities=None, mention=None, kind="city"):
    return {
        "event_id": f"{doc}:{place}:{start}",
        "doc": doc,
        "doc_title": f"Title of {doc}",
        "place_id": f"geonames:{place}",
        "name": place,
        "mention": mention or place,
        "kind": kind,
        "lat": 40.0,
        "lon": 46.0,
        "date_start": start,
        "date_end": end or start,
        "date_text": start,
        "event_type": etype,
        "fatalities": fatalities,
        "displaced": None,
        "quote": f"{doc} says {mention or place} on {start}",
    }


def test_spellings_of_one_place_form_one_group():
    ev = pd.DataFrame(
        [_ev("a", "1", "1992-05-08", mention="Şuşa"), _ev("b", "1", "1992-05-08", mention="Shushi")]
    )
    c = compare(ev)
    assert len(c.claims) == 2 and c.claims["claim_id"].nunique() == 1
    assert set(c.claims["mention"]) == {"Şuşa", "Shushi"}
    assert "Shushi" in c.claims["why"].iloc[0] and "Şuşa" in c.claims["why"].iloc[0]
    assert (c.claims["disagreement"] == "").all()
    assert c.summary.groups == 1 and c.summary.agreements == 1 and c.summary.disagreements == 0


def test_intervals_that_contain_each_other_agree():
    ev = pd.DataFrame(
        [
            _ev("a", "1", "1992-05-18"),
            _ev("b", "1", "1992-05-17", "1992-05-18"),
            _ev("c", "1", "1992-01-01", "1993-12-31"),
        ]
    )
    c = compare(ev)
    assert c.claims["claim_id"].nunique() == 1 and len(c.claims) == 3
    assert (c.claims["disagreement"] == "").all()


def test_dates_a_day_apart_disagree():
    ev = pd.DataFrame([_ev("a", "1", "1992-05-08"), _ev("b", "1", "1992-05-09")])
    c = compare(ev)
    assert c.claims["claim_id"].nunique() == 1
    assert set(c.claims["disagreement"]) == {"date"}
    assert c.summary.disagreements == 1


def test_figures_that_differ_disagree_with_low_best_high():
    ev = pd.DataFrame(
        [
            _ev("a", "2", "1992-02-26", etype="violence_against_civilians", fatalities=613),
            _ev(
                "b",
                "2",
                "1992-02-25",
                "1992-02-26",
                etype="violence_against_civilians",
                fatalities=161,
            ),
            _ev("c", "2", "1992-02-26", etype="violence_against_civilians", fatalities=200),
        ]
    )
    c = compare(ev)
    assert set(c.claims["disagreement"]) == {"fatalities"}
    row = c.claims.iloc[0]
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (
        161,
        200,
        613,
    )


def test_one_source_makes_no_group():
    ev = pd.DataFrame(
        [
            _ev("a", "1", "1992-05-08"),
            _ev("a", "1", "1992-05-08", mention="again"),
            _ev("b", "9", "1992-05-08"),
        ]
    )
    c = compare(ev)
    assert c.claims.empty and list(c.claims.columns) == CLAIM_COLUMNS
    assert c.summary.groups == 0 and c.summary.single_source == 3


def test_two_happenings_at_one_place_in_one_month_stay_apart():
    ev = pd.DataFrame(
        [
            _ev("a", "3", "1992-05-03"),
            _ev("b", "3", "1992-05-03"),
            _ev("a", "3", "1992-05-20"),
            _ev("b", "3", "1992-05-21"),
            _ev(
                "c", "3", "1992-05-01", "1992-05-31"
            ),  # a whole month agrees with either; it must not chain them
        ]
    )
    groups = claim_groups(ev)
    assert len(groups) == 2
    for g in groups:
        assert not (set(g) & {0, 1} and set(g) & {2, 3}), g
    assert sorted(len(g) for g in groups) == [2, 3]


def test_different_types_and_country_points_are_not_grouped():
    ev = pd.DataFrame(
        [
            _ev("a", "1", "1992-05-08", etype="battle"),
            _ev("b", "1", "1992-05-08", etype="political"),
            _ev("a", "AM", "1992-05-08", kind="country"),
            _ev("b", "AM", "1992-05-08", kind="country"),
        ]
    )
    assert claim_groups(ev) == []
    # an untyped account ("other") can still tell the same happening as a typed one
    ev = pd.DataFrame(
        [_ev("a", "1", "1992-05-08", etype="battle"), _ev("b", "1", "1992-05-08", etype="other")]
    )
    assert len(claim_groups(ev)) == 1


def test_annotated_events_carry_the_group():
    ev = pd.DataFrame(
        [_ev("a", "1", "1992-05-08"), _ev("b", "1", "1992-05-09"), _ev("b", "5", "1992-05-09")]
    )
    out = compare(ev).events
    assert out["claim_id"].notna().tolist() == [True, True, False]
    assert out["disagreement"].tolist()[:2] == ["date", "date"]
    assert out["claim_why"].iloc[0].startswith("same place geonames:1")


@pytest.fixture
def accounts(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.md").write_text(
        "---\ntitle: First account\n---\nOn 8 May 1992 forces captured Şuşa.\n\n"
        "At least 600 civilians were killed in Ganja on 3 June 1993.\n",
        encoding="utf-8",
    )
    (docs / "two.md").write_text(
        "---\ntitle: Second account\n---\nForces captured Shushi on 9 May 1992.\n\n"
        "At least 150 civilians were killed in Gəncə on 3 June 1993.\n",
        encoding="utf-8",
    )
    (docs / "three.md").write_text(
        "---\ntitle: Third account\n---\nOn 1 March 1994 a battle was fought at Goris.\n",
        encoding="utf-8",
    )
    return tmp_path, docs


def test_geo_compare_command(accounts, monkeypatch):
    tmp, docs = accounts
    monkeypatch.chdir(tmp)
    r = CliRunner().invoke(main, ["compare", str(docs), "-o", "claims.csv"])
    assert r.exit_code == 0, r.output
    assert "2 happening(s) told by several documents: 0 agree, 2 disagree" in r.output
    claims = pd.read_csv(tmp / "claims.csv", dtype=str, keep_default_na=False)
    assert list(claims.columns) == CLAIM_COLUMNS
    by = {(row["doc"], row["mention"]): row for _, row in claims.iterrows()}
    assert (
        by[("one", "Şuşa")]["date_start"] == "1992-05-08"
        and by[("two", "Shushi")]["date_start"] == "1992-05-09"
    )
    assert by[("one", "Şuşa")]["disagreement"] == "date"
    assert (
        by[("two", "Gəncə")]["disagreement"] == "fatalities"
        and by[("two", "Gəncə")]["fatalities_high"] == "600"
    )
    r = CliRunner().invoke(main, ["compare", str(docs), "-o", "claims.geojson"])
    assert r.exit_code == 0 and (tmp / "claims.geojson").exists()


def test_one_family_of_types_groups_and_the_framing_is_a_disagreement():
    ev = pd.DataFrame(
        [
            _ev("a", "1", "1992-05-08", etype="strategic_development"),
            _ev("b", "1", "1992-05-08", etype="battle"),
        ]
    )
    c = compare(ev)
    assert c.claims["claim_id"].nunique() == 1
    assert set(c.claims["disagreement"]) == {"type"}
