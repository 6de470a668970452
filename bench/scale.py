"""Scaling: seconds per document size, and ``--jobs 1`` against ``--jobs N`` (run by hand).

    python bench/scale.py sizes [--sizes 1,2,4,8] [--repeat 3]    # one document of 1, 2, 4, 8 MB
    python bench/scale.py jobs [--mb 4] [--jobs 1,2] [--repeat 3]  # ~4 MB in many files: wall
                                                                   # time, peak memory
    python bench/scale.py load                         # gazetteer warm load: seconds and memory

The news text is the articles of GeoWebNews and GeoVirus (``../shared/benchmarks/geoparsing``,
or ``--corpus DIR``), written to a temporary folder; nothing is kept. ``jobs`` runs
``geo extract`` as a user would and samples the memory of the whole process tree
(the sum of PSS: pages shared by forked workers count once) and checks that every
run writes the same table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def articles(corpus: Path) -> list[str]:
    """The text of every article in the GeoWebNews and GeoVirus files under ``corpus``."""
    out = []
    for name in ("GWN.xml", "GeoVirus.xml"):
        for art in ET.parse(corpus / name).getroot().iter("article"):
            text = (art.findtext("text") or "").strip()
            if text:
                out.append(text)
    if not out:
        sys.exit(f"no articles in {corpus}")
    return out


def news_files(folder: Path, corpus: Path, mb: float) -> int:
    """Write articles (repeated as needed) as .txt files into ``folder`` until ``mb`` MB; the
    count."""
    texts, size, n = articles(corpus), 0, 0
    while size < mb * 1e6:
        t = texts[n % len(texts)]
        (folder / f"news-{n:05d}.txt").write_text(t + "\n", encoding="utf-8")
        size += len(t.encode()) + 1
        n += 1
    return n


def one_document(path: Path, corpus: Path, mb: float) -> None:
    """One document of ``mb`` MB: articles as paragraphs, repeated as needed."""
    texts, parts, size, n = articles(corpus), [], 0, 0
    while size < mb * 1e6:
        t = texts[n % len(texts)]
        parts.append(t)
        size += len(t.encode()) + 2
        n += 1
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def _tree_memory(pid: int) -> tuple[float, float]:
    """(sum of PSS, sum of RSS) in MB of ``pid`` and its descendants."""
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    pss = rss = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        todo.extend(kids.get(p, []))
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) / 1024
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1]) / 1024
        except OSError:
            continue
    return pss, rss


def run_measured(
    cmd: list[str], env: dict, sample: bool = True
) -> tuple[float, float, float, float]:
    """Run ``cmd``; (wall s, CPU s of the tree, peak PSS MB, peak RSS MB) sampled every
    0.2 s (reading a process's memory map slows it: timed runs do not sample)."""
    t = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak_pss = peak_rss = 0.0
    while sample and proc.poll() is None:
        pss, rss = _tree_memory(proc.pid)
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.2)
    proc.wait()
    wall = time.perf_counter() - t
    after = os.times()
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.read()}")
    cpu = (after.children_user + after.children_system) - (
        before.children_user + before.children_system
    )
    return wall, cpu, peak_pss, peak_rss


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def bench_jobs(corpus: Path, mb: float, jobs: list[int], repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        folder.mkdir()
        n = news_files(folder, corpus, mb)
        size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        subprocess.run(
            [sys.executable, "-c", "from geo import gazetteer; gazetteer.load()"],
            env=_env(),
            check=True,
        )  # warm the cache
        print(
            f"{n} files, {size:.2f} MB of news; geo extract (gazetteer load included); "
            f"wall time: best of {repeat} unsampled runs, interleaved"
        )
        walls: dict[int, list[tuple[float, float]]] = {j: [] for j in jobs}
        tables = []
        cmd = [sys.executable, "-m", "geo.cli", "extract", str(folder), "-o", "", "--jobs", ""]
        for _ in range(repeat):
            for j in jobs:
                out = Path(tmp) / f"jobs{j}.csv"
                cmd[-3], cmd[-1] = str(out), str(j)
                wall, cpu, _, _ = run_measured(cmd, _env(), sample=False)
                walls[j].append((wall, cpu))
                tables.append(out.read_bytes())
        peak = {}
        for j in jobs:
            cmd[-3], cmd[-1] = str(Path(tmp) / f"jobs{j}.csv"), str(j)
            peak[j] = run_measured(cmd, _env())[2:]
        for j in jobs:
            wall, cpu = min(walls[j])
            runs = ", ".join(f"{w:.1f}" for w, _ in walls[j])
            print(
                f"--jobs {j}: {wall:6.1f} s wall (runs: {runs}), CPU/wall "
                f"{cpu / wall:.2f}, {size / wall:.2f} MB/s; peak PSS {peak[j][0]:5.0f} MB, "
                f"peak RSS (sum) {peak[j][1]:5.0f} MB"
            )
        a, b = jobs[0], jobs[-1]
        print(
            f"--jobs {b} vs --jobs {a}: x{min(walls[a])[0] / min(walls[b])[0]:.2f} faster, "
            f"x{peak[b][0] / peak[a][0]:.2f} the memory (PSS)"
        )
        print("same table for every run:", all(t == tables[0] for t in tables))
        print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()))


SIZE_CODE = """
import sys, time
from geo import gazetteer, pipeline
gazetteer.load()
t = time.perf_counter()
ex = pipeline.extract([sys.argv[1]], jobs=1)
print(f"{time.perf_counter() - t:.2f} {len(ex.events)}")
"""


def bench_sizes(corpus: Path, sizes: list[float], repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = None
        print(
            "one document of news per size; extraction after the gazetteer is loaded; "
            f"best of {repeat}"
        )
        for mb in sizes:
            path = Path(tmp) / f"doc-{mb:g}mb.txt"
            one_document(path, corpus, mb)
            runs = []
            for _ in range(repeat):
                out = subprocess.run(
                    [sys.executable, "-c", SIZE_CODE, str(path)],
                    env=_env(),
                    capture_output=True,
                    text=True,
                )
                if out.returncode:
                    sys.exit(out.stderr)
                secs, events = out.stdout.split()
                runs.append(float(secs))
            best = min(runs)
            first = first or (mb, best)
            shown = ", ".join(f"{r:.1f}" for r in runs)
            print(
                f"{mb:g} MB document: {best:7.1f} s (runs: {shown}), {int(events):,} "
                f"events, {mb / best:.2f} MB/s, x{best / first[1]:.1f} the time of "
                f"{first[0]:g} MB"
            )
            path.unlink()
        print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()))


LOAD_CODE = """
import resource, time
from geo import gazetteer
t = time.perf_counter()
g = gazetteer.load()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
took = time.perf_counter() - t
print(f"warm load {took:.2f} s, peak RSS {peak:.0f} MB, {len(g.places):,} places")
"""


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("what", choices=["sizes", "jobs", "load"])
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "geoparsing"
    )
    ap.add_argument("--sizes", default="1,2,4,8", help="document sizes in MB (sizes)")
    ap.add_argument("--mb", type=float, default=4.0, help="MB of news in many files (jobs)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values to compare (jobs)")
    ap.add_argument(
        "--repeat", type=int, default=3, help="runs of each --jobs or size; the fastest is shown"
    )
    args = ap.parse_args()
    if args.what == "sizes":
        bench_sizes(args.corpus, [float(s) for s in args.sizes.split(",")], args.repeat)
    elif args.what == "jobs":
        bench_jobs(args.corpus, args.mb, [int(j) for j in args.jobs.split(",")], args.repeat)
    else:
        subprocess.run([sys.executable, "-c", LOAD_CODE], env=_env(), check=True)


if __name__ == "__main__":
    main()
