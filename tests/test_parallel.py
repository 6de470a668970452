import pandas as pd
import pytest
from click.testing import CliRunner

from geo import parallel, pipeline
from geo.cli import main
from geo.documents import load_documents
from geo.events import events_frame
from geo.progress import progress

TEXTS = [
    "On 7 August 2008 shelling hit Tskhinvali. In 2009 talks began in Geneva.\n",
    "Protests filled Yerevan in March 2008. Two days later crowds gathered in Gyumri.\n",
    "Aid reached families in Zzyxgrad in 2009. Crowds on Quorbel Street in Lyon cheered.\n",
    "Flooding in Dhaka displaced 20,000 people in July 1998.\n\n"
    "The river rose again near Sylhet a week later.\n",
    "In 1992 fighting spread from Shusha to Lachin. Refugees reached Baku in May.\n",
]


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for i in range(12):  # more documents than workers, so chunks and order matter
        (d / f"doc{i:02d}.txt").write_text(TEXTS[i % len(TEXTS)] * (1 + i % 3), encoding="utf-8")
    return d


@pytest.fixture
def forks(monkeypatch):
    """The fork path, as in a command-line run, even when other test modules have left idle
    threads in this process (Dask's offload thread): without this the whole suite would test
    the spawn path twice. Yields the start methods used."""
    used = []
    get_context = parallel.multiprocessing.get_context

    def recording(method=None):
        used.append(method)
        return get_context(method)

    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    monkeypatch.setattr(parallel.multiprocessing, "get_context", recording)
    yield used


def test_jobs_give_the_same_rows_in_the_same_order(gaz, folder, forks):
    one = pipeline.extract([folder], gaz, jobs=1)
    two = pipeline.extract([folder], gaz, jobs=2)
    assert len(one.events) > 12 and one.events["doc"].nunique() == 12
    pd.testing.assert_frame_equal(one.events, two.events)
    pd.testing.assert_frame_equal(one.places, two.places)
    pd.testing.assert_frame_equal(one.unknown, two.unknown)
    assert [r.document.id for r in two.results] == [d.id for d in one.documents]
    assert forks == ["fork"]


def test_results_come_back_with_their_documents(gaz, folder, forks):
    docs = load_documents([folder])
    results = parallel.document_results(docs, gaz, jobs=3)
    assert [r.document for r in results] == docs
    assert events_frame(results)["doc"].drop_duplicates().tolist() == [d.id for d in docs]
    assert forks == ["fork"]


def test_jobs_must_be_positive(gaz, folder):
    with pytest.raises(ValueError):
        parallel.document_results(load_documents([folder]), gaz, jobs=0)
    assert parallel.default_jobs() >= 1


def test_cli_jobs(folder, tmp_path, forks):
    runner = CliRunner()
    outs = []
    for jobs in ("1", "2", "0"):
        out = tmp_path / f"jobs{jobs}.csv"
        r = runner.invoke(main, ["extract", str(folder), "-o", str(out), "--jobs", jobs])
        assert r.exit_code == 0, r.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    assert forks and set(forks) == {"fork"}  # --jobs 2 and 0 (every core) ran on processes
    r = runner.invoke(main, ["extract", str(folder), "-o", str(tmp_path / "x.csv"), "--jobs", "-1"])
    assert r.exit_code != 0


def test_progress_only_when_asked():
    items = [1, 2, 3]
    assert progress(items, show=False) is items
    bar = progress(items, show=True)
    assert bar is not items and list(bar) == items


def test_without_fork_workers_load_the_gazetteer_themselves(gaz, folder, monkeypatch):
    """A parent running threads does not fork; spawned workers read the cached gazetteer."""
    docs = load_documents([folder])[:4]
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)
    spawned = parallel.document_results(docs, gaz, jobs=2)
    assert events_frame(spawned).equals(events_frame(parallel.document_results(docs, gaz, jobs=1)))
