"""docs/fields.md is the table, written out: it may not drift from fields.py."""

from pathlib import Path

from freecad_telemetry import fields
from freecad_telemetry.fields_doc import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "fields.md"


def test_docs_fields_md_is_generated_from_the_table():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/fields.md differs from fields.py: run "
        "`python -m freecad_telemetry fields > docs/fields.md`"
    )


def test_every_event_and_property_of_the_table_is_documented():
    text = render()
    for spec in fields.EVENTS:
        assert f"### `{spec.name}`" in text
    for field in fields.FIELDS:
        assert f"| `{field.prop}` |" in text
