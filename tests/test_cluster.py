"""geo extract on Dask: a LocalCluster of two workers gives the serial run's rows."""

import pandas as pd
import pytest
from click.testing import CliRunner

from geo import cluster, pipeline
from geo.cli import main
from geo.exceptions import DocumentError, InputError

distributed = pytest.importorskip("distributed")

TEXTS = [
    "On 7 August 2008 shelling hit Tskhinvali. In 2009 talks began in Geneva.\n",
    "Protests filled Yerevan in March 2008. Two days later crowds gathered in Gyumri.\n",
    "Flooding in Dhaka displaced 20,000 people in July 1998.\n\n"
    "The river rose again near Sylhet a week later.\n",
    "Nothing happened here.\n",
]


@pytest.fixture(scope="module")
def dask_cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as c:
        yield c


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    for i in range(9):
        where = d / "sub" if i % 2 else d
        (where / f"n{i:02d}.txt").write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
    return d


def test_same_rows_as_the_serial_run(gaz, folder, tmp_path, dask_cluster):
    serial = pipeline.extract([folder], gaz, jobs=1).events
    out = tmp_path / "events.parquet"
    assert cluster.extract_on_dask([folder], out, dask_cluster.scheduler_address) == len(serial)
    import geopandas as gpd

    got = pd.DataFrame(gpd.read_parquet(out)).drop(columns="geometry")
    pd.testing.assert_frame_equal(got, serial, check_dtype=False)
    csv = tmp_path / "events.csv"
    cluster.extract_on_dask([folder], csv, dask_cluster.scheduler_address)
    pipeline.extract([folder], gaz, jobs=1).events.to_csv(tmp_path / "serial.csv", index=False)
    assert csv.read_bytes() == (tmp_path / "serial.csv").read_bytes()


def test_partitioned_geoparquet(gaz, folder, tmp_path, dask_cluster):
    serial = pipeline.extract([folder], gaz, jobs=1).events
    out = tmp_path / "events"
    n = cluster.extract_on_dask(
        [str(folder / "*.txt"), str(folder / "sub")], out, dask_cluster.scheduler_address
    )
    parts = sorted(p.name for p in out.iterdir())
    assert len(parts) > 1 and all(p.startswith("part-") and p.endswith(".parquet") for p in parts)
    got = cluster.read_parts(out)
    assert n == len(got)
    # the glob and the subfolder list the documents in another order than the folder does
    order = [p.stem for p in sorted(folder.glob("*.txt"))] + [
        p.stem for p in sorted((folder / "sub").glob("*.txt"))
    ]
    want = pd.concat([serial[serial["doc"] == d] for d in order], ignore_index=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError):  # never replaces a folder of other files
        cluster.extract_on_dask([folder], out, dask_cluster.scheduler_address)


def test_cli_scheduler(folder, tmp_path, dask_cluster):
    runner = CliRunner()
    serial, dasked = tmp_path / "serial.csv", tmp_path / "dask.csv"
    assert (
        runner.invoke(main, ["extract", str(folder), "-o", str(serial), "--jobs", "1"]).exit_code
        == 0
    )
    r = runner.invoke(
        main,
        ["extract", str(folder), "-o", str(dasked), "--scheduler", dask_cluster.scheduler_address],
    )
    assert r.exit_code == 0, r.output
    assert serial.read_bytes() == dasked.read_bytes()
    r = runner.invoke(main, ["extract", str(folder), "-o", str(dasked), "--scheduler", "nowhere"])
    assert (
        r.exit_code == 1
        and r.output.startswith("geo: error:")
        and len(r.output.strip().splitlines()) == 1
    )


def test_document_paths(folder, tmp_path):
    from geo.documents import load_documents

    assert cluster.document_paths([folder]) == [d.path for d in load_documents([folder])]
    assert cluster.document_paths([f"file://{folder}/sub/*.txt"]) == [
        str(p) for p in sorted((folder / "sub").glob("*.txt"))
    ]
    with pytest.raises(DocumentError):
        cluster.document_paths([tmp_path / "missing"])
    (folder / "sub" / "n00.md").write_text("again\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="share the id"):
        cluster.document_paths([folder])


def test_missing_dask_is_one_line(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_dask(name, *a, **k):
        if name == "distributed":
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(Exception, match=r"pip install 'geo-maps\[dask\]'"):
        cluster._dask()


def test_a_bad_document_on_a_worker_is_one_error_naming_it(folder, tmp_path, dask_cluster):
    (folder / "bad.txt").write_text("---\ntitle: [never closed\n---\nIn Paris.\n", encoding="utf-8")
    out = tmp_path / "events.csv"
    with pytest.raises(DocumentError, match=r"bad\.txt.*front matter"):
        cluster.extract_on_dask([folder], out, dask_cluster.scheduler_address)
    assert not out.exists()


def test_documents_from_an_fsspec_url(gaz, folder, tmp_path, dask_cluster):
    """Workers read URLs themselves (fsspec's in-memory file system stands in for s3:// here)."""
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    for p in sorted(folder.glob("*.txt")):
        fs.pipe(f"/news/{p.name}", p.read_bytes())
    try:
        assert cluster.document_paths(["memory://news/*.txt"]) == [
            f"memory:///news/{p.name}" for p in sorted(folder.glob("*.txt"))
        ]
        out = tmp_path / "events.csv"
        cluster.extract_on_dask(["memory://news/*.txt"], out, dask_cluster.scheduler_address)
        serial = tmp_path / "serial.csv"
        pipeline.extract(sorted(folder.glob("*.txt")), gaz, jobs=1).events.to_csv(
            serial, index=False
        )
        assert out.read_bytes() == serial.read_bytes() and len(pd.read_csv(out))
    finally:
        fs.rm("/news", recursive=True)
