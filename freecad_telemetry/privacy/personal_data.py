"""Whether a value carries personal data: a path, an e-mail address, a private host name, or
this person's or machine's name, in any script.

Pure and fast: runs on the sender thread for every value about to leave, and finishes in
about a millisecond whatever the input. Values longer than MAX_VALUE_CHARS are refused
before any pattern runs; the patterns have no nested or overlapping repeats (no
catastrophic backtracking); names are looked for at C speed (str.translate, `in`), and
only where a name's letters occur is a bounded stretch walked character by character.
The names themselves come from personal_names.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import (
    Any,
    Dict,
    FrozenSet,
    Iterable,
    List,
    Optional,
    Sequence,
    Tuple,
    Union,
)

# The longest string any field may carry. The table's longest legitimate strings are file
# names (`stylesheet`, at most 255 on every file system), theme and add-on names (add-on
# names are capped at 64) and FreeCAD class names: 512 leaves room, and anything longer
# is not a setting but a pasted text.
MAX_VALUE_CHARS = 512
# The most characters one property may carry in all its strings, one more per item (a list
# of add-on names: 100 add-ons at the longest name, 64 characters, is 6,500), and the
# deepest nesting walked.
MAX_PROPERTY_CHARS = 8192
MAX_DEPTH = 4
# Names shorter than this (in letters after folding) would refuse ordinary words; scripts
# written without spaces (CJK) have short names (山田), so for them the floor is lower.
MIN_NAME_CHARS = 3
MIN_SPACELESS_NAME_CHARS = 2
MAX_NAME_CHARS = 128
# Characters walked one by one (Python speed) per value: only where a name's letters occur
# but maybe not as a word; a value with more of them is refused as if it had the name.
MAX_WALKED_CHARS = 2048

# Default user and host names that identify nobody but appear in ordinary values
# ("debian 12"); refusing them would only lose data.
GENERIC_NAMES = frozenset(
    """root user admin administrator guest owner default localhost localdomain linux debian
    ubuntu fedora arch manjaro mint opensuse centos rocky alma windows darwin macos freecad
    computer desktop laptop pc workstation server home local""".split()
)

# Every repeat is bounded or stops at the next "/", "@" or space, and each "/" starts at
# most one attempt of each alternative: the patterns run in linear time.
_PATH = re.compile(
    r"\\"  # any backslash: C:\x, \\server\share, Projects\bob\x.qss
    r"|(?<![^\s\"'`(\[{<=,;|])(?:/|~[^\s/\\]{0,64}/)"  # a word starting /home, ~/x, ~bob/x
    r"|(?<![A-Za-z0-9])[A-Za-z]:/"  # C:/Users
    r"|[^\s/]/[^\s/]*/"  # two slashes in one word: Projects/bob/x.qss, https://
    r"|[^\s/]/[^\s/]+\.[A-Za-z0-9]{1,8}(?![A-Za-z0-9])"  # a file in a folder: styles/x.qss
    r"|(?<![A-Za-z0-9])file:",
    re.IGNORECASE,
)
# An address in any script (jürgen@bücher.de, 用户@例子.广告), or user@host: "@" between two
# non-spaces is never part of a setting.
_EMAIL = re.compile(r"[^\s@]@[^\s@]")
_PRIVATE_HOST = re.compile(
    r"[^\s.]\.(?:local|lan|home|internal|localdomain|corp|intranet)(?![^\s\"'`)\]},;:!?])",
    re.IGNORECASE,
)

# Scripts written without spaces between words: a name there is found as a substring.
_SPACELESS_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x31FF),  # Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xAC00, 0xD7FF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B-G
)


# Folds casefold() and NFKD do not make: Turkish "ı" is "I" in upper case, which folds to
# "i"; Arabic tatweel only stretches a word ("مـحـمـد" is "محمد").
_FOLD_TOO = {"ı": "i", "\u0640": ""}


def _spaceless(code: int) -> bool:
    return any(low <= code <= high for low, high in _SPACELESS_RANGES)


@lru_cache(maxsize=8192)
def _fold_char(character: str) -> Tuple[str, str, int]:
    """(kind, folded text, script) of one NFKC character. Kinds: "S" spaceless letter,
    "D" digit, "U" upper case, "l" lower case, "o" other letter, "M" mark, "" separator."""
    category = unicodedata.category(character)
    if category[0] not in "LMN":
        return "", "", 0
    # Case-folded, then without accents: "JÜRGEN" and "Jurgen" both match "jürgen".
    folded = "".join(
        c
        for c in unicodedata.normalize("NFKD", character.casefold())
        if unicodedata.category(c) not in ("Mn", "Me")
    )
    folded = _FOLD_TOO.get(folded, folded)
    code = ord(character)
    if category[0] == "M":
        kind = "M"
    elif _spaceless(code):
        kind = "S"
    elif category[0] == "N":
        kind = "D"
    elif category in ("Lu", "Lt"):
        kind = "U"
    elif category == "Ll":
        kind = "l"
    else:
        kind = "o"
    # Latin (with its extensions) is one script; elsewhere a 128-code-point block is close
    # enough: a boundary too many only means one more place a name could start.
    script = -1 if code < 0x250 or 0x1E00 <= code < 0x1F00 else code >> 7
    return kind, folded, script


class _FoldTable(Dict[int, str]):
    """str.translate table: a character to its folded text ("" for separators), filled on
    first sight and emptied when large, so a translate runs at C speed."""

    def __missing__(self, code: int) -> str:
        if len(self) > 1 << 16:
            self.clear()
        folded = _fold_char(chr(code))[1]
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def flatten(text: str) -> str:
    """`text` (NFKC) as letters and digits only, case-folded and without accents."""
    return text.translate(_FOLD_TABLE)


def skeleton(text: str) -> Tuple[str, FrozenSet[int]]:
    """flatten(text), and the offsets in it where a word starts or ends: separators, case
    (camelCase), digit and script changes, and around each letter of a script written
    without spaces. One pass over `text` (NFKC)."""
    parts: List[str] = []
    bounds = {0}
    length = 0
    previous, previous_script = "", 0
    for character in text:
        kind, folded, script = _fold_char(character)
        if not kind:
            bounds.add(length)
            previous = ""
            continue
        if kind != "M":
            if previous and (
                kind == "S"
                or previous == "S"
                or (previous == "D") != (kind == "D")
                or (previous == "l" and kind == "U")
                or (kind != "D" and previous_script != script)
            ):
                bounds.add(length)
            previous, previous_script = kind, script
        parts.append(folded)
        length += len(folded)
    bounds.add(length)
    return "".join(parts), frozenset(bounds)


class NameMatcher:
    """Finds any of a set of names inside a value, at word boundaries (anywhere, for names
    in scripts written without spaces)."""

    def __init__(self, names: Iterable[str]) -> None:
        kept = set()
        for name in names:
            flat = name_key(name)
            if flat is not None:
                kept.add(flat)
        self.keys: FrozenSet[str] = frozenset(kept)

    def __bool__(self) -> bool:
        return bool(self.keys)

    def finds(self, text: str, items: Sequence[str] = ()) -> bool:
        """Whether a name is in `text` (NFKC; `items` joined by line breaks, when given) at
        word boundaries. Time: one C pass over `text`; the per-character walk only in items
        where a name's letters occur, on at most MAX_WALKED_CHARS (more is taken as a find)."""
        flat = flatten(text)
        keys = [key for key in self.keys if key in flat]
        if not keys:  # the usual case
            return False
        walked = 0
        for item in items or [text]:
            text = unicodedata.normalize("NFKC", item)
            flat = flatten(text)
            here = [key for key in keys if key in flat]
            if not here:
                continue
            walked += len(text)
            if walked > MAX_WALKED_CHARS:
                return True
            flat, bounds = skeleton(text)
            if any(
                flat.startswith(key, start) and start + len(key) in bounds
                for key in here
                for start in bounds
            ):
                return True
        return False


def name_key(name: str) -> Optional[str]:
    """The folded form a name is looked for as, or None when it is too short or too generic
    to tell anybody apart."""
    if len(name) > MAX_NAME_CHARS:
        return None
    text = unicodedata.normalize("NFKC", name)
    flat = flatten(text)
    spaceless = any(_fold_char(c)[0] == "S" for c in text)
    floor = MIN_SPACELESS_NAME_CHARS if spaceless else MIN_NAME_CHARS
    if len(flat) < floor or flat in GENERIC_NAMES:
        return None
    return flat


def problem(value: str, names: NameMatcher) -> Optional[str]:
    """Why the string `value` must not leave ("a file path", ...), or None."""
    return _judge([value], names, MAX_VALUE_CHARS)


def property_problem(value: Any, names: NameMatcher) -> Optional[str]:
    """Why a property's value (a string, number, or list/dict of them) must not leave, or
    None. Every item costs one character of MAX_PROPERTY_CHARS, so a huge list is refused
    once its length is read, not after it is walked."""
    strings = _strings(value)
    if isinstance(strings, str):
        return strings
    return _judge(strings, names, MAX_PROPERTY_CHARS)


def _strings(value: Any) -> Union[List[str], str]:
    """The strings in `value` (dict keys too), or why it is too big to look at. Items are
    counted before they are walked, strings in bulk."""
    budget = MAX_PROPERTY_CHARS
    strings: List[str] = []
    stack: List[Tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            children: List[Any] = [item]
        elif isinstance(item, (list, tuple, dict)):
            if depth >= MAX_DEPTH:
                return "a value nested too deep"
            budget -= len(item)
            if budget < 0:
                break
            children = [*item, *item.values()] if isinstance(item, dict) else list(item)
        else:
            continue  # numbers, booleans and None carry nothing personal
        found = [str(child) for child in children if isinstance(child, str)]
        budget -= sum(map(len, found))
        if budget < 0:
            break
        strings.extend(found)
        stack.extend((c, depth + 1) for c in children if isinstance(c, (list, tuple, dict)))
    else:
        return strings
    return f"a value over {MAX_PROPERTY_CHARS} characters"


def _judge(strings: List[str], names: NameMatcher, bound: int) -> Optional[str]:
    if any(len(value) > MAX_VALUE_CHARS for value in strings):
        return f"a value over {MAX_VALUE_CHARS} characters"
    # One text for the patterns: each item on its own line, and no pattern crosses a line.
    text = unicodedata.normalize("NFKC", "\n".join(strings))  # fullwidth ＼ ＠ are \\ @
    # NFKC makes one character into up to 18: the result is held to the same bounds.
    bound = min(bound, MAX_VALUE_CHARS * len(strings))
    if len(text) > bound:
        return f"a value over {bound} characters"
    # Each pattern needs one of a few characters: looking for those first is ten times faster.
    if ("/" in text or "\\" in text or ":" in text or "~" in text) and _PATH.search(text):
        return "a file path"
    if "@" in text and _EMAIL.search(text):
        return "an e-mail address"
    if "." in text and _PRIVATE_HOST.search(text):
        return "a host name"
    if names.finds(text, strings):
        return "a user or host name"
    return None
