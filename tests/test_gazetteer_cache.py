"""The gazetteer cache: keyed by content, built atomically, shared between checkouts."""

import json
import os
import shutil

import pandas as pd
import pytest

from geo import gazetteer
from geo.gazetteer import cache as gazetteer_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("GEO_CACHE_DIR", str(d))
    return d


@pytest.fixture
def tiny(monkeypatch):
    """A stand-in for the slow build: one place."""
    calls = []

    def build(min_population=500, progress=None):
        calls.append(min_population)
        auto, lengths, bounds, members = gazetteer.index_names({" testville ": [0]})
        places = pd.DataFrame(
            [{c: None for c in gazetteer.COLUMNS} | {"id": "user:testville", "name": "Testville"}],
            columns=gazetteer.COLUMNS,
        )
        return gazetteer.Gazetteer(
            places=places, automaton=auto, lengths=lengths, bounds=bounds, members=members
        )

    monkeypatch.setattr(gazetteer_cache, "build", build)
    gazetteer_cache._load_cached.cache_clear()
    yield calls
    gazetteer_cache._load_cached.cache_clear()


def _copy_data(tmp_path, monkeypatch, where):
    data = tmp_path / where / "data"
    shutil.copytree(gazetteer.GAZ_DIR, data / "gazetteer")
    shutil.copytree(gazetteer.LEX_DIR, data / "lexicon")
    monkeypatch.setattr(gazetteer_cache, "DATA_DIR", data)
    monkeypatch.setattr(gazetteer_cache, "GAZ_DIR", data / "gazetteer")
    monkeypatch.setattr(gazetteer_cache, "LEX_DIR", data / "lexicon")
    return data


def test_key_is_the_content_not_the_path_or_time(tmp_path, monkeypatch, cache):
    here = gazetteer_cache._fingerprint(500)
    data = _copy_data(tmp_path, monkeypatch, "elsewhere")
    supplement = data / "gazetteer" / "supplement.csv"
    os.utime(supplement, (1, 1))
    assert gazetteer_cache._fingerprint(500) == here  # another folder, other mtimes, same content
    supplement.write_text(supplement.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert gazetteer_cache._fingerprint(500) != here
    assert gazetteer_cache._fingerprint(1000) != gazetteer_cache._fingerprint(500)


def test_build_is_cached_and_loaded(cache, tiny):
    gaz = gazetteer.load()
    assert gaz.lookup("Testville")["id"].tolist() == ["user:testville"]
    gazetteer_cache._load_cached.cache_clear()
    assert gazetteer.load().lookup("Testville")["id"].tolist() == ["user:testville"]
    assert tiny == [500]  # built once, then read from the cache
    assert [p.name for p in cache.glob("*.tmp")] == []


def test_failed_write_keeps_the_old_cache_and_no_temp(cache, tiny, monkeypatch):
    gazetteer.load()
    (old,) = cache.glob("gazetteer-*.pkl")
    before = old.read_bytes()

    def broken(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(gazetteer_cache.pickle, "dump", broken)
    with pytest.raises(OSError):
        gazetteer.load(rebuild=True)
    assert old.read_bytes() == before
    assert [p.name for p in cache.iterdir() if p.is_file()] == [old.name]


def test_build_keeps_caches_other_checkouts_use(tmp_path, cache, tiny, monkeypatch):
    other_checkout = tmp_path / "other"
    other_checkout.mkdir()
    (cache / "checkouts").mkdir(parents=True)
    for name, checkout in (("theirs", other_checkout), ("gone", tmp_path / "deleted")):
        (cache / f"gazetteer-{name}.pkl").write_bytes(b"x")
        (cache / "checkouts" / f"{name}.json").write_text(
            json.dumps({"checkout": str(checkout), "key": name}), encoding="utf-8"
        )
    (cache / "gazetteer-stale.pkl").write_bytes(b"x")  # nobody uses it
    gazetteer.load()
    mine = gazetteer_cache._fingerprint(500)
    assert sorted(p.name for p in cache.glob("gazetteer-*.pkl")) == sorted(
        [f"gazetteer-{mine}.pkl", "gazetteer-theirs.pkl"]
    )
    notes = [
        json.loads(p.read_text(encoding="utf-8"))["key"]
        for p in (cache / "checkouts").glob("*.json")
    ]
    assert sorted(notes) == sorted([mine, "theirs"])


def test_names_index_keeps_every_row_in_order():
    auto, lengths, bounds, members = gazetteer.index_names(
        {" georgia ": [5, 2, 5, 9], " tbilisi ": [0], " gori ": [3]}
    )
    places = pd.DataFrame(
        [
            {c: None for c in gazetteer.COLUMNS} | {"id": f"p{i}", "name": f"P{i}"}
            for i in range(10)
        ],
        columns=gazetteer.COLUMNS,
    )
    gaz = gazetteer.Gazetteer(
        places=places, automaton=auto, lengths=lengths, bounds=bounds, members=members
    )
    assert gaz.rows("georgia") == (5, 2, 9)  # duplicates once, first order kept
    assert {gaz.rows("tbilisi"), gaz.rows("gori")} == {
        (0,),
        (3,),
    }  # whichever is entry 0 still counts
    assert gaz.rows("batumi") == ()
    text = " from tbilisi to gori "
    assert [(text[s : e + 1].strip(), rows) for s, e, rows in gaz.matches(text)] == [
        ("tbilisi", (0,)),
        ("gori", (3,)),
    ]
    assert gaz.lookup("Georgia")["id"].tolist() == ["p5", "p2", "p9"]


def test_a_cache_pickled_with_other_packages_is_rebuilt(cache, tiny, monkeypatch):
    gazetteer.load()
    gazetteer_cache._load_cached.cache_clear()

    def needs_a_missing_package(path):
        raise ModuleNotFoundError(
            "No module named 'pyarrow'"
        )  # as when the pickle's string storage is not installed

    needs_a_missing_package.cache_clear = lambda: None
    monkeypatch.setattr(gazetteer_cache, "_load_cached", needs_a_missing_package)
    assert gazetteer.load().lookup("Testville")["id"].tolist() == ["user:testville"]
    assert tiny == [500, 500]  # read failed, so built again


def test_key_names_the_pandas_storage(monkeypatch):
    import importlib.util

    here = gazetteer_cache._fingerprint(500)
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    assert gazetteer_cache._fingerprint(500) != here
