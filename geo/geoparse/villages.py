"""Villages an Azerbaijani or Russian text names as villages: the items of a list of a
district's villages and the names written with a village head word.

* A list after a colon or a dash: "Kəndləri bunlardır – Şexer, Şıx Dursun və Suma" (its
  villages are these), "Сёла района: Атерк, Дрмбон и Мец Шен".
* The lines of an Azerbaijani administrative list, "Qarakötük  k." or "12. Harov kənd" (k.
  for kənd, village), its names sometimes letter-spaced ("K o s a l a r  k."), and a village
  in brackets, "(Ziyrik kəndi)".
* A name with its head word: "Başlıbel kəndində" (in the village of Başlıbel), "Qarzorlu
  qəsəbəsi" (the settlement of Qarzorlu), "село Зорвашен", "в селе Зорвашен", "селение Зорвашен".
* Names listed before an Azerbaijani head word, which comes after a list and names all of its
  items ("Ağcakənd, Tuğ və Arakül kəndlərinə", to the villages of …), and names listed right
  after a Russian plural one with no colon ("освободили сёла Аракюль, Туг и Агджакенд").

:func:`village_names` gives them to :func:`geo.geoparse.unknown_names`;
:func:`list_opening` says whether a name is an item of such a list and where the list opens,
so that :mod:`geo.geocode.near` places it in the district named before the list and
:mod:`geo.geocode.drops` drops its namesakes abroad.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from geo import lexicon
from geo.geoparse.inflect import written_in_azerbaijani
from geo.text import fold, opens_sentence

_CAP = "A-ZÀ-ÖØ-ÞĀ-ſƏİА-ЯЁ"
_LOW = "a-zçəğıöşüа-яё"
# a capitalised word with a lower-case letter (one reading: no backtracking), up to three
_WORD = rf"[{_CAP}](?=[\w'’\-]*[{_LOW}])[\w'’\-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_NAME_RE = re.compile(_NAME)
# the words opening a list of villages, up to its colon or dash
_OPENER = re.compile(
    r"(?:\b[Kk]ənd(?:lər)?\w*[^\n.:–—]{0,40}[:–—]|\b[Kk]əndləri?(?:[ \t]+bunlardır)?[ \t]*-"
    r"|[Сс]ел[оа]\w*[^\n.:–—]{0,40}[:–—]|[Сс]ёла[^\n.:–—]{0,40}[:–—]"
    r"|[Дд]еревн\w*[^\n.:–—]{0,40}[:–—])[ \t]*"
)
_LIST = re.compile(
    rf"{_OPENER.pattern}"
    rf"((?:{_NAME})(?:[ \t]*,[ \t]*(?:{_NAME})|[ \t]+(?:və|и)[ \t]+(?:{_NAME}))+)"
)
_VILLAGE_AFTER = re.compile(r"[ \t]+(?:k[ \t]?\.|kəndi?\b)")
_KEND_AFTER = re.compile(r"[ \t]+kənd\w*")  # the village word in any case
_LINE = re.compile(rf"(?m)^[ \t]*(?:\d+\.+[ \t]*)?({_NAME})(?={_VILLAGE_AFTER.pattern})")
_SPACED = re.compile(
    rf"(?m)^[ \t]*(?:\d+\.+[ \t]*)?([A-ZÇƏĞİÖŞÜ](?:[ \t][^\W\d_]{{1,2}}){{3,}})"
    rf"(?={_VILLAGE_AFTER.pattern})"
)
_PAREN = re.compile(rf"\([ \t]*({_NAME})(?={_VILLAGE_AFTER.pattern}[ \t]*\))")
_AZ_HEADED = re.compile(
    rf"(?<![\w'’\-])({_NAME})[ \t]+(?:kənd(?:i|in|ində|indəki|inə|indən|inin|ini|dən|də|dəki)?"
    r"|qəsəbə(?:si|sində|sinə|sindən|sinin|sini|də|dən)?)\b"
)
_RU_HEADED = re.compile(
    r"(?<![\w\-])(?:[Сс]ел(?:о|а|е|у|ом)|[Сс]елени(?:е|я|ю|и|ем)|[Дд]еревн(?:я|и|е|ю|ей)"
    r"|[Пп]ос[её]л(?:ок|ка|ке|ку|ком))"
    r"[ \t]+([А-ЯЁ][а-яё\-]+[а-яё](?:[ \t]+[А-ЯЁ][а-яё\-]+[а-яё])?)"
)
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+(?:və|и)[ \t]+)"
_SEP_AFTER = re.compile(_SEP)
_SEP_BEFORE = re.compile(rf"{_SEP}\Z")
_NAME_BEFORE = re.compile(rf"(?<![\w'’\-])(?:{_NAME})\Z")
# the Azerbaijani village head word in any case, after a list ("kəndləri", "kəndlərinə", "kəndinə")
_AZ_HEAD = re.compile(r"[ \t]+kənd(?:lər)?(?:i|in|ində|inə|indən|inin|ini|də|dən)?\b")
# a Russian plural (or genitive) village word before a list with no colon
_RU_HEAD = re.compile(r"(?<![\w\-])(?:[Сс]ёла|[Сс]ела|[Сс]ёл)[ \t]+")
# an adjective is no item of it ("села Зорвашен, Лачинского района": a village, its district)
_RU_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё\-]*[сц]к(?:ого|ой|ий|ая|ое|их|ом|ому|ую)\b")
_NAME_LEN = 120  # characters of one name at most, looking back
_LIST_REACH = 3000  # characters between a list's opening words and a name of the list at most
_BREAK = re.compile(r"[\n.:;()!?]")  # a list of villages is one sentence
# the name follows a comma or an "and", or the list's opening words, maybe as the last word
# of its item ("Baş Qərvənd": the known Qərvənd is another village)
_GLUE = re.compile(rf"(?:(?:,|\bvə|\bи)[ \t]*|^)(?:{_WORD}[ \t]+){{0,2}}\Z")


def village_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The names ``text`` gives as villages (see the module docstring), as ``(start, end,
    name)``; a headed name loses the words of a known place (``taken``) beside it, and a
    frequent word alone is none ("Bu kəndin", this village)."""
    out = [
        (m.start(1) + i.start(), m.start(1) + i.end(), i.group())
        for m in _LIST.finditer(text)
        for i in _NAME_RE.finditer(m.group(1))
        if i.group() not in ("və", "и")
    ]
    out += [item for s, e, name in _headed_list_items(text) if (item := _trimmed(text, s, name))]
    if written_in_azerbaijani(text):
        out += [
            (m.start(1), m.end(1), m.group(1)) for p in (_LINE, _PAREN) for m in p.finditer(text)
        ]
    for pattern in (_AZ_HEADED, _RU_HEADED):
        for m in pattern.finditer(text):
            words = [
                (w.start() + m.start(1), w.end() + m.start(1))
                for w in re.finditer(r"\S+", m.group(1))
            ]
            words = [(a, b) for a, b in words if not any(x < b and a < y for x, y in taken)]
            if not words or (
                len(words) == 1 and _ordinary(text, words[0][0], text[words[0][0] : words[0][1]])
            ):
                continue
            s, e = words[0][0], words[-1][1]
            out.append((s, e, text[s:e]))
    return sorted(set(out))


def _ordinary(text: str, start: int, word: str) -> bool:
    """True when ``word`` at ``start``, before a village head word, is an ordinary word: a
    word of dates or a frequent English, Russian or Azerbaijani word ("Bu kəndin", this
    village), or a frequent Turkish word where its capital says nothing, at the start of a
    sentence or line ("Sur kəndi" inside a sentence is the village of Sur)."""
    key = fold(word)
    if key not in lexicon.common_words_az():
        return False
    return key not in lexicon.common_words_tr() or opens_sentence(text, start)


# a case ending of a sentence's first word before listed villages ("Rayonun kəndləri",
# "Payızda Zorvakənd … kəndləri"): a word of the sentence; listed names stand bare
_CASE_ENDING = re.compile(r"(?:n?[ıiuü]n|[dt][aə]n?)\Z")


def _trimmed(text: str, s: int, name: str) -> tuple[int, int, str] | None:
    """A listed name as ``(start, end, name)``, without the first word of its sentence when
    that is an ordinary or inflected word ("Payızda Zorvakənd, … kəndləri": in autumn); None
    when nothing of it is left or it is an ordinary word (:func:`_ordinary`)."""
    if opens_sentence(text, s):
        first, _, rest = name.partition(" ")
        if _ordinary(text, s, first) or _CASE_ENDING.search(first):
            if not rest:
                return None
            s, name = s + len(first) + 1, rest.lstrip()
    if " " not in name and _ordinary(text, s, name):
        return None
    return s, s + len(name), name


def spaced_village_names(text: str) -> list[tuple[int, int, str]]:
    """The letter-spaced names of an Azerbaijani list's lines ("K o s a l a r  k."), all their
    letters kept: they are no words to trim."""
    if not written_in_azerbaijani(text):
        return []
    return [(m.start(1), m.end(1), m.group(1)) for m in _SPACED.finditer(text)]


def list_opening(text: str, start: int, end: int) -> int | None:
    """Where the list of villages the name at ``text[start:end]`` is an item of opens, or
    ``None`` when it is no item of one: its first name when a head word closes it ("Tuğ və
    Arakül kəndlərinə") or opens it with no colon ("сёла Туг и Аракюль"); the start of its
    opening words ("Kəndləri bunlardır –", "Сёла района:"), with only names and commas (or
    "və", "и") between them and it, in one sentence, the name maybe the last word of its item
    ("Baş Qərvənd"); or the name itself
    when it opens a line of an Azerbaijani list ("12. Harov kənd") or opens brackets before
    the village word in any case ("(Ziyrik kəndi)", "(Ziyrik kəndinin yanında)")."""
    if written_in_azerbaijani(text):
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if _VILLAGE_AFTER.match(text, end) and re.fullmatch(r"[ \t]*(?:\d+\.+[ \t]*)?", before):
            return start
        if _KEND_AFTER.match(text, end) and before.rstrip().endswith("("):
            return start  # "(Ziyrik kəndi)", "(Ziyrik kəndinin şimalında)"
    firsts, reach = _headed_reach(text)
    # the first list opening at or before the name that reaches past its end
    i, j = bisect_right(firsts, start), bisect_left(reach, end)
    if j < i:
        return firsts[j]
    openers = _openers(text)
    i = bisect_left(openers, (start,))
    while i > 0:
        i -= 1
        o_start, o_end = openers[i]
        if o_end > start:
            continue
        if o_start < start - _LIST_REACH:
            break
        items = text[o_end:start]
        if _BREAK.search(items) is None and _GLUE.search(items):
            return o_start
    return None


@lru_cache(maxsize=2)  # asked for every name of the same document in a row
def _openers(text: str) -> list[tuple[int, int]]:
    """The spans of every list's opening words in ``text``, in order: found once per
    document, not once per name (a 1 MB document has thousands of names)."""
    return [m.span() for m in _OPENER.finditer(text)]


@lru_cache(maxsize=2)
def _headed_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of two names or more that a village head word closes
    (Azerbaijani) or opens with no colon (Russian), in order: each list read name by name
    from its head word, so the time grows with the text, not with its square."""
    spans = []
    for h in _AZ_HEAD.finditer(text):
        items, pos = [], h.start()
        while m := _NAME_BEFORE.search(text, max(0, pos - _NAME_LEN), pos):
            items.append(m.span())
            sep = _SEP_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if sep is None:
                break
            pos = sep.start()
        if len(items) > 1:
            spans.append((items[-1][0], items[0][1]))
    for h in _RU_HEAD.finditer(text):
        items, pos = [], h.end()
        while (m := _NAME_RE.match(text, pos)) and not _RU_ADJECTIVE.match(text, pos):
            items.append(m.span())
            sep = _SEP_AFTER.match(text, m.end())
            if sep is None:
                break
            pos = sep.end()
        if len(items) > 1:
            spans.append((items[0][0], items[-1][1]))
    return sorted(spans)


@lru_cache(maxsize=2)
def _headed_reach(text: str) -> tuple[list[int], list[int]]:
    """The starts of :func:`_headed_lists` and, for each, the furthest end of that list and
    those before it: a name's list is found by bisection, not by reading every list before
    it (a long Azerbaijani document has thousands)."""
    spans = _headed_lists(text)
    reach, far = [], -1
    for _, e in spans:
        far = max(far, e)
        reach.append(far)
    return [s for s, _ in spans], reach


def _headed_list_items(text: str) -> list[tuple[int, int, str]]:
    """The names of the lists :func:`_headed_lists` finds, as ``(start, end, name)``."""
    return [
        (i.start(), i.end(), i.group())
        for s, e in _headed_lists(text)
        for i in _NAME_RE.finditer(text, s, e)
    ]
