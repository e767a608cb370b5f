"""The consent state machine: every transition, re-consent after the field table grows, and the
environments in which nobody is asked and nothing is sent."""

from datetime import timedelta

import pytest

from freecad_telemetry import fields
from freecad_telemetry.consent import store as consent_store
from freecad_telemetry.consent.decision import (
    DECLINED,
    GRANTED,
    UNDECIDED,
    Consent,
    decline,
    event_sendable,
    grant,
    load_consent,
    save_consent,
    sendable,
    sendable_properties,
)
from freecad_telemetry.consent.question import (
    FIRST,
    NEW_ITEMS,
    ConsentChoice,
    apply_choice,
    last_asked,
    pending_question,
    record_answer,
    whats_new,
)
from freecad_telemetry.events import utc_now
from freecad_telemetry.fields import Grant
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.settings import GROUP, Settings

ALL = frozenset(fields.CATEGORY_NAMES)
GPU = fields.Field("freecad_system_info", "gpu_vendor", "fact", "graphics card vendor", "AMD")
WORKBENCHES = fields.Category("workbenches", "Workbench use", "which workbenches are opened")
WB_EVENT = fields.EventSpec("freecad_workbench_use", "workbenches", "each start")
WB_FIELD = fields.Field("freecad_workbench_use", "opened", "fact", "workbenches opened", ["Part"])


@pytest.fixture
def host(tmp_path) -> MemoryHost:
    return MemoryHost(user_data_dir=tmp_path)


@pytest.fixture
def settings(host) -> Settings:
    return Settings(host)


def granted_v1(categories=("usage", "system")) -> Consent:
    return Consent(GRANTED, frozenset(categories), 1, "2026-01-01T00:00:00.000+00:00", 1)


def newer(new_fields=(), new_categories=(), new_events=(), base=fields.TABLE):
    """The table of an add-on update that gained fields, categories or events."""
    return base.updated(new_categories, new_events, new_fields)


# --- first question ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "choice, status, categories",
    [
        (ConsentChoice.share({"usage"}), GRANTED, {"usage"}),
        (ConsentChoice.share(ALL), GRANTED, ALL),
        (ConsentChoice.share({"usage", "bogus"}), GRANTED, {"usage"}),
        (ConsentChoice.decline(), DECLINED, set()),
        (ConsentChoice.not_now(), UNDECIDED, set()),
    ],
)
def test_first_answer_from_undecided(choice, status, categories):
    after = apply_choice(Consent(), choice)
    assert after.status == status
    assert after.categories == frozenset(categories)
    if status != UNDECIDED:
        assert after.schema_version == fields.SCHEMA_VERSION and after.date


def test_sharing_nothing_is_not_a_valid_first_answer():
    with pytest.raises(ValueError):
        apply_choice(Consent(), ConsentChoice.share(set()))
    with pytest.raises(ValueError):
        apply_choice(Consent(), ConsentChoice.share({"bogus"}))


@pytest.mark.parametrize(
    "consent, expected",
    [
        (Consent(), FIRST),
        (decline(), None),  # declined users are never asked again
        (grant({"usage"}), None),  # answered the current table
        (Consent(GRANTED, frozenset({"usage"}), 0, ""), None),  # pre-versioning grant = table 1
    ],
)
def test_who_is_asked_at_start(consent, expected):
    question = pending_question(consent, env={})
    assert (question.kind if question else None) == expected


def test_first_question_offers_every_category():
    question = pending_question(Consent(), env={})
    assert [c.name for c in question.categories] == list(fields.CATEGORY_NAMES)


@pytest.mark.parametrize(
    "env",
    [
        {"DO_NOT_TRACK": "1"},
        {"DO_NOT_TRACK": "true"},
        {"FREECAD_TELEMETRY": "0"},
        {"CI": "true"},
        {"GITHUB_ACTIONS": "true"},
    ],
)
@pytest.mark.parametrize("consent", [Consent(), granted_v1()])
def test_opt_out_environments_ask_nothing(env, consent):
    assert pending_question(consent, env=env, table=newer(new_fields=[GPU])) is None


def test_do_not_track_zero_still_asks():
    assert pending_question(Consent(), env={"DO_NOT_TRACK": "0"}).kind == FIRST


@pytest.mark.parametrize(
    "asked_ago, asked_again", [(timedelta(hours=1), False), (timedelta(days=2), True)]
)
def test_not_now_is_asked_again_at_a_later_start(asked_ago, asked_again):
    now = utc_now()
    question = pending_question(Consent(), env={}, last_asked=now - asked_ago, now=now)
    assert (question is not None) == asked_again


# --- what is sent -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "consent, categories",
    [
        (Consent(), set()),
        (decline(), set()),
        (grant({"usage", "addons"}), {"usage", "addons"}),
        (Consent(GRANTED, frozenset(), 1, ""), set()),
    ],
)
def test_sendable_categories(consent, categories):
    assert sendable(consent).categories == frozenset(categories)


def test_undecided_and_declined_send_no_property():
    for consent in (Consent(), decline()):
        assert sendable_properties("freecad_startup", consent) == frozenset()
        assert not event_sendable("freecad_startup", consent)


def test_sendable_properties_match_the_table_for_a_current_grant():
    consent = grant(ALL)
    for event in fields.EVENT_NAMES:
        assert sendable_properties(event, consent) == fields.allowed_properties(event, ALL)


# --- re-consent ---------------------------------------------------------------------------------


def test_new_field_in_a_shared_category_is_asked_about_and_withheld_until_then():
    table = newer(new_fields=[GPU])
    consent = granted_v1()
    question = pending_question(consent, env={}, table=table)
    assert question.kind == NEW_ITEMS
    assert [(f.event, f.prop) for f in question.new_fields] == [
        ("freecad_system_info", "gpu_vendor")
    ]
    assert question.categories == ()
    assert sendable(consent, table) == Grant(frozenset({"usage", "system"}), 1)
    assert "gpu_vendor" not in sendable_properties("freecad_system_info", consent, table)
    assert "system" in sendable_properties("freecad_system_info", consent, table)


def test_new_field_in_a_category_not_shared_asks_nothing():
    table = newer(new_fields=[GPU])
    assert pending_question(granted_v1(("usage",)), env={}, table=table) is None


def test_new_category_is_offered_unticked_and_new_event_listed():
    table = newer(new_categories=[WORKBENCHES], new_events=[WB_EVENT], new_fields=[WB_FIELD])
    question = pending_question(granted_v1(), env={}, table=table)
    assert [c.name for c in question.categories] == ["workbenches"]
    assert question.new_fields == () and question.new_events == ()  # not in a shared category
    assert not event_sendable("freecad_workbench_use", granted_v1(), table)


def test_accepting_new_items_sends_them_and_asks_no_more():
    table = newer(new_fields=[GPU], new_categories=[WORKBENCHES], new_events=[WB_EVENT])
    after = apply_choice(granted_v1(), ConsentChoice.share({"workbenches"}), table)
    assert after.categories == {"usage", "system", "workbenches"}
    assert "gpu_vendor" in sendable_properties("freecad_system_info", after, table)
    assert event_sendable("freecad_workbench_use", after, table)
    assert pending_question(after, env={}, table=table) is None


def test_accepting_new_fields_without_ticking_the_new_category():
    table = newer(new_fields=[GPU], new_categories=[WORKBENCHES])
    after = apply_choice(granted_v1(), ConsentChoice.share(set()), table)
    assert after.categories == {"usage", "system"}
    assert "gpu_vendor" in sendable_properties("freecad_system_info", after, table)


def test_refusing_new_items_keeps_the_old_grant_and_is_not_asked_again():
    table = newer(new_fields=[GPU], new_categories=[WORKBENCHES])
    before = granted_v1()
    after = apply_choice(before, ConsentChoice.decline(), table)
    assert after.status == GRANTED and after.categories == before.categories
    assert sendable(after, table) == Grant(before.categories, 1)
    assert "gpu_vendor" not in sendable_properties("freecad_system_info", after, table)
    assert pending_question(after, env={}, table=table) is None


def test_a_later_update_offers_the_refused_field_again_with_the_new_one():
    v2 = newer(new_fields=[GPU])
    refused = apply_choice(granted_v1(), ConsentChoice.decline(), v2)
    later = fields.Field("freecad_system_info", "ram_class", "fact", "memory size class", "8-16")
    question = pending_question(refused, env={}, table=newer(new_fields=[later], base=v2))
    assert {f.prop for f in question.new_fields} == {"gpu_vendor", "ram_class"}


def test_not_now_during_re_consent_keeps_sending_the_old_grant():
    before = granted_v1()
    assert apply_choice(before, ConsentChoice.not_now(), newer(new_fields=[GPU])) == before


def test_whats_new_is_empty_for_a_current_grant():
    assert whats_new(grant(ALL)).empty


# --- persistence --------------------------------------------------------------------------------


def test_consent_round_trips_through_settings(settings):
    consent = grant({"usage", "addons"})
    save_consent(settings, consent)
    assert load_consent(settings) == consent


def test_unknown_state_reads_as_undecided(settings):
    settings.set("ConsentState", "maybe")
    assert load_consent(settings) == Consent()


def test_not_now_records_when_it_was_asked_and_stays_undecided(host, settings):
    after = record_answer(settings, ConsentChoice.not_now())
    assert after.status == UNDECIDED and load_consent(settings).status == UNDECIDED
    assert last_asked(settings) is not None
    assert host.saves == 1  # written at once, not at FreeCAD's quit
    assert pending_question(after, env={}, last_asked=last_asked(settings)) is None


def test_an_answer_clears_the_last_asked_date(settings):
    record_answer(settings, ConsentChoice.not_now())
    record_answer(settings, ConsentChoice.share({"usage"}))
    assert last_asked(settings) is None
    assert load_consent(settings).categories == {"usage"}


def test_disable_mid_session_and_enable_again(settings):
    record_answer(settings, ConsentChoice.share({"usage", "system"}))
    save_consent(settings, decline())
    assert not load_consent(settings).sending
    assert pending_question(load_consent(settings), env={}) is None
    save_consent(settings, grant({"usage"}))
    assert sendable(load_consent(settings)).categories == {"usage"}


def test_re_consent_answer_is_stored(settings):
    save_consent(settings, granted_v1())
    table = newer(new_fields=[GPU])
    record_answer(settings, ConsentChoice.decline(), table)
    stored = load_consent(settings)
    assert (stored.schema_version, stored.fields_version) == (2, 1)
    assert pending_question(stored, env={}, table=table) is None


def test_grants_stored_before_fields_version_existed_keep_their_version(tmp_path):
    host = MemoryHost(user_data_dir=tmp_path)
    host.set_param(GROUP, "ConsentState", "string", "granted")
    host.set_param(GROUP, "ConsentCategories", "string", "usage")
    host.set_param(GROUP, "ConsentSchemaVersion", "int", 1)
    consent = load_consent(Settings(host))
    assert sendable(consent) == Grant(frozenset({"usage"}), 1)


def test_a_category_granted_by_a_newer_version_is_kept_but_only_that_version_sends_it(settings):
    newer_table = newer(new_categories=[WORKBENCHES])
    save_consent(settings, grant({"usage", "workbenches"}, newer_table))
    stored = load_consent(settings)  # read back by this (older) version, say after a downgrade
    assert stored.categories == {"usage", "workbenches"}
    assert sendable(stored).categories == {"usage"}
    assert sendable(stored, newer_table).categories == {"usage", "workbenches"}


def test_a_stored_category_that_is_not_a_name_is_ignored(settings):
    consent_store.write_record(
        settings.state_folder(),
        {"status": "granted", "categories": ["usage", "../x", 5, "Système"], "schema_version": 1},
    )
    assert load_consent(settings).categories == {"usage"}
