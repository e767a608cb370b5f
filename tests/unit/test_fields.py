"""The field table is the allow-list: its shape is what the rest of the add-on relies on."""

from collections import Counter

from freecad_telemetry import fields
from freecad_telemetry.collect.preferences import TRANSFORMS
from freecad_telemetry.host import PARAM_KINDS


def test_every_property_is_declared_once_per_event():
    pairs = Counter((f.event, f.prop) for f in fields.FIELDS)
    assert [pair for pair, n in pairs.items() if n > 1] == []


def test_every_field_belongs_to_a_known_event_and_every_event_to_a_known_category():
    events = set(fields.EVENT_NAMES) | {fields.COMMON}
    assert {f.event for f in fields.FIELDS} <= events
    assert {e.category for e in fields.EVENTS} <= set(fields.CATEGORY_NAMES)


def test_parameter_fields_are_readable_as_declared():
    for f in fields.FIELDS:
        if f.source.startswith("param:"):
            assert f.kind in PARAM_KINDS, f
            assert f.transform in TRANSFORMS, f
            assert f.source.count("/") >= 2, f


def test_no_field_carries_window_geometry_or_the_kernel_build_string():
    props = {f.prop for f in fields.FIELDS}
    assert "geometry" not in props
    assert "system_version" not in props  # the reference's full platform.version()


def test_reference_event_names_are_kept():
    # FreeCAD's existing PostHog queries use these names.
    for name in (
        "freecad_startup",
        "freecad_version",
        "freecad_system_info",
        "freecad_preferences",
        "freecad_addon_list",
        "freecad_shutdown",
    ):
        assert name in fields.EVENT_NAMES


def test_a_category_not_granted_allows_nothing_of_its_events():
    assert fields.allowed_properties("freecad_preferences", ["usage", "system"]) == frozenset()
    kept, refused = fields.keep_allowed("freecad_system_info", {"machine": "x86_64"}, ["usage"])
    assert kept == {} and refused == ["machine"]


def test_unknown_properties_are_refused_even_in_a_granted_category():
    kept, refused = fields.keep_allowed(
        "freecad_system_info", {"machine": "x86_64", "hostname": "alice-pc"}, ["system"]
    )
    assert kept == {"machine": "x86_64"}
    assert refused == ["hostname"]


def test_every_event_carries_the_common_properties_when_allowed():
    for spec in fields.EVENTS:
        allowed = fields.allowed_properties(spec.name, fields.CATEGORY_NAMES)
        assert {"addon_version", "schema_version"} <= allowed
