"""User-visible text through Qt's translation system, and loading the add-on's translations.

`translate("Telemetry", "text")` is the one spelling used for every string the dialogs show,
so `pyside6-lupdate` finds them all (Resources/translations/README.md); text declared in the
tables is marked with ``QT_TRANSLATE_NOOP`` (translatable.py) and shown through `tr`. It goes
through the Qt binding rather than FreeCAD (FreeCAD.Qt.translate is the same call
underneath), which works outside FreeCAD too.

`use_translations` runs on the GUI thread before the first panel of the process is built
(panels.load_panel). Inside FreeCAD it registers Resources/translations with FreeCAD
(``addLanguagePath``, then ``updateLocale``, as FreeCAD's own add-ons do), so FreeCAD loads
``Telemetry_<code>.qm`` for its language setting, and again when the user switches language;
nothing is cached across starts. Outside FreeCAD (the command line's preview window, tests)
`install_language` loads one language with a QTranslator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, List, Optional

from freecad_telemetry.translatable import CONTEXT
from freecad_telemetry.ui.qt import QtCore

FOLDER = Path(__file__).resolve().parent.parent / "Resources" / "translations"
PREFIX = "Telemetry"  # Telemetry_<code>.qm, as FreeCAD and its Crowdin project name them

_state: dict = {"asked": False}
_ours: List[Any] = []  # QTranslators installed outside FreeCAD (kept alive while installed)


def translate(context: str, text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
    """`text` in the user's language when a translation is installed, else `text`. With
    `n` >= 0, Qt's plural forms: ``%n`` becomes `n`, in the form the language needs (Qt's
    signature, so that lupdate sees the count and marks the message as a plural one)."""
    try:
        return str(QtCore.QCoreApplication.translate(context, text, disambiguation, n))
    except (TypeError, OverflowError):  # an argument the binding cannot convert: English is fine
        return text.replace("%n", str(n)) if n >= 0 else text


def tr(text: str) -> str:
    """A table's text (marked with QT_TRANSLATE_NOOP in the add-on's context), translated."""
    return translate(CONTEXT, text)


def use_translations(host: Optional[Any] = None) -> None:
    """Once per process, GUI thread: make the add-on's translations available. `host` is the
    running FreeCAD (host.running_freecad()) when there is one, else None: then the system
    locale's language is installed, if it is shipped."""
    if _state["asked"]:
        return
    _state["asked"] = True
    # Any host of ours may come here (the page gets a Host); only a GUI host can load.
    use_path = getattr(host, "use_language_path", None)
    if use_path is not None and use_path(str(FOLDER)):
        return
    install_language(QtCore.QLocale.system().name())


def install_language(locale_name: str) -> Optional[str]:
    """Outside FreeCAD: show the add-on in `locale_name`'s language (``de``, ``de_DE``,
    ``pt_BR``, ``zh_CN``...) from now on, replacing what this module installed before. Returns
    the code of the file loaded: English's (its plural forms) when the language is not
    shipped. GUI thread. An explicit choice stands: use_translations then changes nothing."""
    _state["asked"] = True
    for old in _ours:
        QtCore.QCoreApplication.removeTranslator(old)
    _ours.clear()
    for code in [*language_codes(locale_name), "en"]:
        translator = QtCore.QTranslator()
        if translator.load(str(FOLDER / f"{PREFIX}_{code}.qm")):
            QtCore.QCoreApplication.installTranslator(translator)
            _ours.append(translator)
            return code
    return None


def language_codes(locale_name: str) -> List[str]:
    """The file codes to try for a Qt locale name, most specific first: FreeCAD's codes are
    ``de``, ``pt-BR``, ``zh-CN``, ``es-ES``..."""
    language, _, country = locale_name.replace("-", "_").partition("_")
    country = country.split(".")[0].split("@")[0]
    codes = [f"{language}-{country}"] if country else []
    codes += [language] + [f"{language}-{c}" for c in _DEFAULT_COUNTRY.get(language, ())]
    return [c for i, c in enumerate(codes) if c and c not in codes[:i]]


# A bare language whose FreeCAD file carries a country (Spanish is es-ES; Chinese without a
# country is Simplified, as zh-CN; Portuguese without one takes the Brazilian file).
_DEFAULT_COUNTRY = {"es": ("ES",), "zh": ("CN",), "pt": ("BR", "PT"), "sv": ("SE",)}
