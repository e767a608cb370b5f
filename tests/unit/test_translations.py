"""The translation files: the source is up to date with the code, each shipped language is
complete with its marks intact and compiled as shipped, and the checks catch what they claim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from freecad_telemetry import fields, translatable
from freecad_telemetry.ui import translation_files as tf
from freecad_telemetry.ui.translation import language_codes

SOURCE_KEYS = tf._keys(tf.read_messages(tf.SOURCE))


def test_the_source_is_up_to_date_and_every_shipped_file_compiles_to_what_is_shipped():
    assert tf.problems() == []


@pytest.mark.parametrize("code", tf.SHIPPED)
def test_a_shipped_language_is_complete_with_its_marks_intact(code):
    assert tf.language_problems(code, SOURCE_KEYS) == []
    messages = tf.read_messages(tf.ts_file(code))
    assert all(m.kind == "" and m.translations for m in messages)
    if code != "en":  # English carries only the plural forms
        assert sorted(tf._keys(messages)) == sorted(SOURCE_KEYS)
        translated = [m for m in messages if m.translations[0] != m.source]
        assert len(translated) > len(messages) * 0.8  # translated, not copied over


def test_every_freecad_language_has_a_file_for_translators():
    assert {p.name for p in tf.FOLDER.glob("Telemetry_*.ts")} == {
        f"Telemetry_{code}.ts" for code in tf.LANGUAGES
    }
    assert {p.name for p in tf.FOLDER.glob("*.qm")} == {f"Telemetry_{c}.qm" for c in tf.SHIPPED}


def test_the_category_texts_and_the_preferences_group_are_in_the_source():
    sources = {(context, text) for context, text, _ in SOURCE_KEYS}
    for category in fields.CATEGORIES:
        assert ("Telemetry", category.title) in sources
        assert ("Telemetry", category.description) in sources
    assert ("QObject", translatable.PREFERENCES_GROUP) in sources
    # FreeCAD registers the group by this name (freecad_host.py does not import the marker).
    host = Path(tf.PACKAGE, "host", "freecad_host.py").read_text(encoding="utf-8")
    assert f'addPreferencePage(page, "{translatable.PREFERENCES_GROUP}")' in host


def test_plural_messages_carry_the_count():
    plural = [k for k in SOURCE_KEYS if k[2]]
    assert plural and all("%n" in text for _, text, _ in plural)


@pytest.mark.parametrize(
    "translation, complaint",
    [
        ("Gespeichert: %n Ereignisse nach {pfad}.", "['{path}'] became ['{pfad}']"),
        ("%n Ereignisse gespeichert.", "['{path}'] became []"),
        ("Gespeichert nach {path}.", "['%n'] became []"),
        ("<b>%n</b> Ereignisse nach {path}.", "[] became ['</b>', '<b>']"),
        ("&Speichern: %n nach {path}", "accelerator"),
    ],
)
def test_a_changed_mark_is_found(translation, complaint):
    message = tf.Message("Telemetry", "Saved %n event(s) to {path}.", True, (translation,), "")
    found = tf.mark_problems(message)
    assert found and complaint in found[0]


def test_an_intact_translation_passes_the_mark_check():
    message = tf.Message("Telemetry", "&Share {id}", False, ("&Teilen {id}", "{id} &teilen"), "")
    assert tf.mark_problems(message) == []


@pytest.mark.parametrize(
    "locale_name, first, shipped",
    [
        ("de_DE", "de-DE", "de"),
        ("de", "de", "de"),
        ("pt_BR", "pt-BR", "pt-BR"),
        ("zh_CN", "zh-CN", "zh-CN"),
        ("es_MX", "es-MX", "es-ES"),
        ("ja_JP.UTF-8", "ja-JP", "ja"),
    ],
)
def test_a_system_locale_finds_freecads_file_name(locale_name, first, shipped):
    codes = language_codes(locale_name)
    assert codes[0] == first
    assert next(c for c in codes if c in tf.SHIPPED) == shipped


def test_the_command_line_says_it_is_english_only_and_has_no_translated_text():
    cli = Path(tf.PACKAGE, "cli")
    calls = [p.name for p in cli.glob("*.py") if re.search(r"\btranslate\(", p.read_text())]
    assert calls == []
