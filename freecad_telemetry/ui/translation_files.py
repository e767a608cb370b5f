"""The translation files in Resources/translations, made and checked with Qt's own tools.

``python -m freecad_telemetry.ui.translation_files update`` runs ``pyside6-lupdate`` over the
package's Python files and .ui panels into ``Telemetry.ts`` (the source for FreeCAD's
translators) and every ``Telemetry_<code>.ts``, then ``pyside6-lrelease`` into the shipped
``.qm`` files. ``check`` (run by the tests) fails when the source file is out of date with
the code, a shipped ``.qm`` differs from what its ``.ts`` compiles to, or a translation drops
or alters a placeholder, an HTML tag, ``%n`` or an accelerator. Developers and CI only:
never runs inside FreeCAD. Needs PySide6's tools on PATH.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

PACKAGE = Path(__file__).resolve().parent.parent
FOLDER = PACKAGE / "Resources" / "translations"
SOURCE = FOLDER / "Telemetry.ts"
# FreeCAD's languages (Gui/Language/Translator.cpp, the codes its Crowdin project uses), with
# Qt's name for each where it differs. English carries only the plural forms.
LANGUAGES: Dict[str, str] = {
    "af": "af", "ar": "ar", "be": "be", "bg": "bg", "ca": "ca", "cs": "cs", "da": "da",
    "de": "de", "el": "el", "en": "en", "es-AR": "es_AR", "es-ES": "es_ES", "eu": "eu",
    "fi": "fi", "fil": "fil", "fr": "fr", "gl": "gl", "hr": "hr", "hu": "hu", "id": "id",
    "it": "it", "ja": "ja", "ka": "ka", "kab": "kab", "ko": "ko", "lt": "lt", "ms": "ms",
    "nl": "nl", "no": "nb", "pl": "pl", "pt-BR": "pt_BR", "pt-PT": "pt_PT", "ro": "ro",
    "ru": "ru", "sk": "sk", "sl": "sl", "sr": "sr", "sr-CS": "sr_Latn", "sv-SE": "sv_SE",
    "tr": "tr", "uk": "uk", "val-ES": "ca_ES", "vi": "vi", "zh-CN": "zh_CN", "zh-TW": "zh_TW",
}  # fmt: skip
# Complete and reviewed: compiled and shipped. The others are for translators to take over.
SHIPPED: Tuple[str, ...] = (
    "cs", "de", "en", "es-ES", "fr", "it", "ja", "ko", "nl", "pl", "pt-BR", "ru", "tr", "uk",
    "zh-CN",
)  # fmt: skip
_MARKS = (
    re.compile(r"\{[a-z_]*\}"),  # str.format placeholders
    re.compile(r"%n"),  # Qt's plural count
    re.compile(r"</?[a-zA-Z][^>]*>"),  # markup
)
_ACCELERATOR = re.compile(r"&(?!amp;|lt;|gt;|quot;|#)\w")  # &Share: its letter may change


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: Tuple[str, ...]  # one per plural form; () when not translated
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"


def ts_file(code: str) -> Path:
    return FOLDER / f"Telemetry_{code}.ts"


def qm_file(code: str) -> Path:
    return FOLDER / f"Telemetry_{code}.qm"


def sources() -> List[str]:
    """What lupdate reads: every Python file of the package and the .ui panels."""
    files = sorted(PACKAGE.rglob("*.py")) + sorted((PACKAGE / "Resources" / "panels").glob("*.ui"))
    return [str(p) for p in files if "__pycache__" not in p.parts]


def read_messages(path: Path) -> List[Message]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: Tuple[str, ...] = ()
            kind = "unfinished"
            if translation is not None:
                kind = translation.get("type", "")
                plural = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in plural) if plural else (translation.text or "",)
                forms = tuple(f for f in forms if f)
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.get("numerus") == "yes",
                    forms,
                    kind,
                )
            )
    return found


def update() -> None:
    """Bring every .ts file up to date with the code, then compile the shipped languages."""
    _lupdate(SOURCE, [])
    for code, qt_name in LANGUAGES.items():
        extra = ["-target-language", qt_name] + (["-pluralonly"] if code == "en" else [])
        _lupdate(ts_file(code), extra)
    for code in SHIPPED:
        _run(["pyside6-lrelease", "-silent", str(ts_file(code)), "-qm", str(qm_file(code))])


def problems() -> List[str]:
    """Everything `check` finds wrong, one line each (empty: all is well)."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "Telemetry.ts"
        _lupdate(fresh, [])
        if _keys(read_messages(fresh)) != _keys(read_messages(SOURCE)):
            found.append(f"{SOURCE.name} is out of date with the code: run update")
        for code in SHIPPED:
            compiled = Path(scratch) / f"{code}.qm"
            _run(["pyside6-lrelease", "-silent", str(ts_file(code)), "-qm", str(compiled)])
            if not qm_file(code).is_file() or compiled.read_bytes() != qm_file(code).read_bytes():
                found.append(f"{qm_file(code).name} does not match {ts_file(code).name}")
    source = _keys(read_messages(SOURCE))
    for code in LANGUAGES:
        found += language_problems(code, source)
    return found


def language_problems(code: str, source: Sequence[Tuple[str, str, bool]]) -> List[str]:
    """What is wrong with Telemetry_<code>.ts: missing or stale messages, and, for a shipped
    language, unfinished ones; in any finished translation, changed marks."""
    path = ts_file(code)
    if not path.is_file():
        return [f"{path.name} is missing: run update"]
    messages = read_messages(path)
    wanted = [k for k in source if k[2]] if code == "en" else list(source)
    found = []
    if sorted(_keys(messages)) != sorted(wanted):
        found.append(f"{path.name} does not hold the source's messages: run update")
    for m in messages:
        where = f"{path.name}: {m.source[:50]!r}"
        if m.kind in ("vanished", "obsolete"):
            found.append(f"{where} is {m.kind}")
        elif m.kind == "unfinished" or not m.translations:
            if code in SHIPPED:
                found.append(f"{where} is not translated")
        else:
            found += [f"{where}: {p}" for p in mark_problems(m)]
    return found


def mark_problems(m: Message) -> List[str]:
    """Placeholders, %n, tags and accelerators of the source that a translation changed."""
    found = []
    for text in m.translations:
        for pattern in _MARKS:
            want, got = sorted(pattern.findall(m.source)), sorted(pattern.findall(text))
            if got != want:
                found.append(f"{want} became {got} in {text[:40]!r}")
        if len(_ACCELERATOR.findall(text)) != len(_ACCELERATOR.findall(m.source)):
            found.append(f"an accelerator was added or lost in {text[:40]!r}")
    return found


def _keys(messages: Sequence[Message]) -> List[Tuple[str, str, bool]]:
    return sorted(
        (m.context, m.source, m.numerus) for m in messages if m.kind not in ("vanished", "obsolete")
    )


def _lupdate(target: Path, extra: List[str]) -> None:
    _run(["pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none", *extra,
          *sources(), "-ts", str(target)])  # fmt: skip


def _run(command: List[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)


def main(argv: Sequence[str]) -> int:
    if list(argv) == ["update"]:
        update()
        return 0
    if list(argv) == ["check"]:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print("usage: python -m freecad_telemetry.ui.translation_files update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
