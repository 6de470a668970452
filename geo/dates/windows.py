"""Where the date scan (:mod:`geo.dates.scan`) looks: the stretches of a text near a digit,
a month's name or a time unit (its triggers), with a margin either side; text far from all of
them holds no date and is skipped."""

from __future__ import annotations

import re

import numpy as np

from geo.dates.words import _OTHER_MONTHS, DATE_WORDS
from geo.dates.writing import _fold


def _trigger_words() -> re.Pattern:
    """The words of ``date_words.csv`` that every match of its phrases holds: the last word
    of "today", "this morning", "на прошлой неделе", "the same day"; "ago", "назад",
    "əvvəl"; a unit ("за последнюю неделю"). Matched in :func:`word_key` form."""
    kinds = ("today", "period", "same", "same_month")
    words = {w.split()[-1] for k in kinds for w in DATE_WORDS[k]}
    words |= set(DATE_WORDS["ago"]) | set(DATE_WORDS["unit"])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


# Every match of a pattern above holds one of these: a digit, a month's name, or a
# unit of "two days later" / "the next week". Text far from all of them is skipped.
_TRIGGERS = (
    re.compile(r"\d+"),
    re.compile(r"[JFMASOND](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"),
    re.compile(r"[dDwWmMyY](?i:ay|eek|onth|ear)"),
    re.compile(r"[nN]ight"),
    re.compile(r"(?i:вчера|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен)"),
    re.compile(r"(?i:bazar|çərşənbə|cümə|şənbə)"),  # Azerbaijani weekdays
    re.compile(r"(?i:centur|век|вв?\.|əsr)"),  # "XVIII веке", "XIX-XX əsrlər"
    re.compile(r"(?i:ilin\s+bu\s+gün)"),  # "ötən ilin bu günündə": that day last year
)
# "today", "this morning", "bu gün", "19 лет назад", "в тот же день", "bu il" …: matched on
# the text folded to lower case (:func:`_fold`)
_WORD_TRIGGER = _trigger_words()
# a month's name in another language, with or without a digit near it ("в конце марта",
# "sentyabrın ortalarında", "с июня по октябрь"), or "may" as Azerbaijani writes it ("may
# ayının"): its first four letters, on the folded text. Every match of a pattern of
# ``OTHER_MONTH`` holds one, so those patterns skip the windows without one.
_MONTH_TRIGGER = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({re.escape(w[:4]) for w in _OTHER_MONTHS} | {"may"}, key=len, reverse=True))
    + ")"
)
# non-space characters kept on each side of a trigger; a match reaches at most ~16 beyond its
# triggers
_MARGIN = 40
_SPACE = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)


def _windows(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Stretches of ``text`` that can hold a date: each trigger with :data:`_MARGIN`
    non-space characters either side (whitespace does not count, so a long run of
    it cannot hide part of an expression), merged where they touch."""
    starts: list[int] = []
    ends: list[int] = []
    folded = _fold(text) if folded is None else folded
    for pat, src in [(p, text) for p in _TRIGGERS] + [
        (_WORD_TRIGGER, folded),
        (_MONTH_TRIGGER, folded),
    ]:
        for m in pat.finditer(src):
            starts.append(m.start())
            ends.append(m.end())
    if not starts:
        return []
    code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    solid = np.concatenate(
        ([0], np.cumsum(~np.isin(code, _SPACE)))
    )  # solid[i]: non-space characters in text[:i]
    order = np.argsort(starts, kind="stable")
    s, e = np.asarray(starts)[order], np.asarray(ends)[order]
    lo = np.maximum(np.searchsorted(solid, solid[s] - _MARGIN, side="right") - 1, 0)
    hi = np.minimum(np.searchsorted(solid, solid[e] + _MARGIN, side="left"), len(text))
    out: list[tuple[int, int]] = []
    for a, b in zip(lo.tolist(), np.maximum.accumulate(hi).tolist()):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def around(trigger: re.Pattern, text: str, before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of ``text`` from ``before`` characters before each match of ``trigger``
    to ``after`` characters after its start, overlapping ones merged: where a named day or
    era can be (:func:`geo.dates.holidays.windows`, :func:`geo.dates.eras.windows`)."""
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.start() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out
