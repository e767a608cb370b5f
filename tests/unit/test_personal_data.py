"""The personal-data check, tried as an attacker and as a user outside ASCII would: names in
every script at any position, paths and addresses anywhere, inputs of any size in bounded
time, and the machine's names gathered on the sending thread, never the GUI thread."""

from __future__ import annotations

import threading
import time
import unicodedata
from typing import Callable, List

import pytest
from capture_server import CaptureServer
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from session_driver import grant, wait_until

from freecad_telemetry import fields
from freecad_telemetry.fields import Grant
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.lifecycle import Session
from freecad_telemetry.privacy import personal_data as personal_data
from freecad_telemetry.privacy import personal_names as personal_names
from freecad_telemetry.privacy import send_filter as privacy
from freecad_telemetry.privacy.personal_data import (
    MAX_PROPERTY_CHARS,
    MAX_VALUE_CHARS,
    NameMatcher,
    name_key,
    problem,
    property_problem,
)
from freecad_telemetry.privacy.personal_names import gather_names
from freecad_telemetry.privacy.send_filter import SendFilter
from freecad_telemetry.settings import GROUP

# A few milliseconds is the promise; the bound leaves room for a loaded 2-core machine.
TIME_BOUND = 0.005


def fastest(call: Callable[[], object], runs: int = 3) -> float:
    """The shortest of a few runs: scheduler noise only ever adds time."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def theme_filter(names) -> Callable[[object], bool]:
    """The send filter, as a function: is this theme value refused?"""
    keep = SendFilter(Grant(frozenset({"preferences"})), lambda line: None, names)

    def refused(value) -> bool:
        out = keep({"event": "freecad_preferences", "properties": {"theme": value}})
        return "theme" not in out["properties"]

    return refused


def refused_theme(value, names) -> bool:
    return theme_filter(names)(value)


# --- names in any script ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,value",
    [
        ("jürgen", "Jürgen Dark"),
        ("jürgen", "JÜRGEN"),
        ("jürgen", "Jurgen-Theme"),  # without the accent
        ("jürgen", "ＪＵＲＧＥＮ ｄａｒｋ"),  # fullwidth (NFKC)
        ("jürgen", "JürgenDark"),  # camelCase
        ("jürgen", "Ju\u0308rgen"),  # decomposed ü
        ("山田", "山田"),
        ("山田", "山田さんのテーマ"),  # no spaces in Japanese: a substring
        ("山田", "Theme山田"),
        ("Иван", "Иван_Workbench"),
        ("Иван", "ИванWorkbench"),
        ("Иван", "Ив\u200bан"),  # a zero-width space inside
        ("DESKTOP-AB12CD", "theme-DESKTOP-AB12CD"),
        ("DESKTOP-AB12CD", "desktop_ab12cd.qss"),
        ("john-laptop", "john-laptop dark"),
        ("john-laptop", "John Laptop"),
        ("Νίκος", "ΝΊΚΟΣ dark"),
        ("राम", "राम theme"),
        ("محمد", "محمد_x"),
        ("محمد", "مـحـمـد"),  # with tatweel (kashida) stretching it
        ("김철수", "김철수의 테마"),
        ("jane.doe", "Jane's dark"),  # a part of a dotted login
        ("ışıl", "IŞIL"),  # Turkish dotless ı is I in upper case
    ],
)
def test_a_user_or_host_name_is_found_whatever_its_script_and_punctuation(name, value):
    names = gather_names({"USER": name})
    assert problem(value, NameMatcher(names)) == "a user or host name"
    assert refused_theme(value, names)


@pytest.mark.parametrize(
    "value",
    [
        "Malice Dark",  # "alice" inside a word
        "Bobcat",
        "Иванов",  # a longer Cyrillic word
        "Тёмная тема",
        "深色主题",
        "FreeCAD Dark.qss",
        "Gui::CADNavigationStyle",
        "Light/Dark",
        "debian 12",
        "Română",
    ],
)
def test_a_name_inside_another_word_or_an_ordinary_value_passes(value):
    names = NameMatcher(["alice", "bob", "Иван", "山田", "jürgen", "desktop-ab12cd", "root"])
    assert problem(value, names) is None


@pytest.mark.parametrize("name", ["", "ab", "Root", "localhost", "DESKTOP", "x" * 200, "山"])
def test_names_too_short_or_generic_to_tell_anybody_apart_are_not_looked_for(name):
    assert name_key(name) is None


def test_a_check_that_fails_refuses_the_value(monkeypatch):
    def broken(value, names):
        raise RecursionError()

    monkeypatch.setattr(privacy, "property_problem", broken)
    logged: List[str] = []
    keep = SendFilter(Grant(frozenset({"preferences"})), logged.append, frozenset())
    out = keep({"event": "freecad_preferences", "properties": {"theme": "x"}})
    assert "theme" not in out["properties"]
    assert logged == [
        "not sent: freecad_preferences.theme: looks like a value that could not be checked "
        "(RecursionError)"
    ]


# --- paths and addresses anywhere ---------------------------------------------------------


@pytest.mark.parametrize(
    "value,why",
    [
        ("see D:\\Work\\x", "a file path"),
        ("\\\\server\\share", "a file path"),
        ("~/x", "a file path"),
        ("theme ~bob/x.qss", "a file path"),
        ("Projects\\bob\\x.qss", "a file path"),
        ("Projects/bob/x.qss", "a file path"),
        ("styles/x.qss", "a file path"),
        ("/home/x", "a file path"),
        ("Dark (/home/x)", "a file path"),
        ("C:/Users/x", "a file path"),
        ("Ｃ：＼Ｕｓｅｒｓ", "a file path"),  # fullwidth
        ("file:x.qss", "a file path"),
        ("jürgen@bücher.de", "an e-mail address"),
        ("用户@例子.广告", "an e-mail address"),
        ("write to jürgen@bücher.de", "an e-mail address"),
        ("ｊ＠ｂ．ｄｅ", "an e-mail address"),
        ("theme of build-box.local", "a host name"),
        ("NAS.LAN", "a host name"),
    ],
)
def test_paths_and_addresses_are_found_anywhere_in_a_value(value, why):
    assert problem(value, NameMatcher([])) == why
    assert refused_theme(value, frozenset())


# --- bounded time -------------------------------------------------------------------------


def test_the_bound_fits_the_tables_longest_legitimate_values():
    # a file name as long as any file system allows, a list of 100 long add-on names
    assert problem("x" * 251 + ".qss", NameMatcher([])) is None
    assert property_problem(["An Add-on Name Of 64 Characters" * 2] * 100, NameMatcher([])) is None
    for field in fields.FIELDS:
        assert property_problem(field.example, NameMatcher(["alice"])) is None, field.prop


def test_a_value_over_the_bound_is_refused_before_any_pattern_runs(monkeypatch):
    ran: List[str] = []

    class Recording:
        def __init__(self, name):
            self.name = name

        def search(self, text):
            ran.append(self.name)

    for pattern in ("_PATH", "_EMAIL", "_PRIVATE_HOST"):
        monkeypatch.setattr(personal_data, pattern, Recording(pattern))
    monkeypatch.setattr(personal_data, "flatten", lambda text: ran.append("names") or "")
    monkeypatch.setattr(personal_data.unicodedata, "normalize", lambda f, t: ran.append(f) or t)

    assert problem("a" * MAX_VALUE_CHARS, NameMatcher([])) is None
    assert ran  # the fakes are in the path
    ran.clear()
    assert problem("a" * (MAX_VALUE_CHARS + 1), NameMatcher([])) == (
        f"a value over {MAX_VALUE_CHARS} characters"
    )
    assert ran == []


@pytest.mark.parametrize(
    "value",
    [
        "a" * 40_000,  # the theme name that froze FreeCAD for seconds
        "a@" * 20_000,
        "a/" * 20_000,
        "~" * 40_000,
        "\ufdfa" * (MAX_VALUE_CHARS // 2),  # NFKC makes each into 18 characters
        ["x" * 500] * 10_000,
        list(range(1_000_000)),
        [[[[["deep"]]]]],
    ],
    ids=["40k", "40k-at", "40k-slash", "40k-tilde", "nfkc-x18", "5MB-list", "1M-ints", "deep"],
)
def test_oversized_values_are_refused_at_once(value):
    refused = theme_filter(["alice"])
    assert refused(value)
    assert fastest(lambda: refused(value)) < TIME_BOUND


@pytest.mark.parametrize(
    "value",
    [
        "a" * MAX_VALUE_CHARS,
        "xaliceX" * (MAX_VALUE_CHARS // 7),  # the name everywhere, never at a boundary
        "a@" * (MAX_VALUE_CHARS // 2),
        "a." * (MAX_VALUE_CHARS // 2),
        "~" * MAX_VALUE_CHARS,
        "山" * MAX_VALUE_CHARS,
        ["xaliceX" * 70] * (MAX_PROPERTY_CHARS // 490 - 1),
        ["ab"] * (MAX_PROPERTY_CHARS // 3),
    ],
    ids=["a", "name-inside", "at", "dots", "tilde", "cjk", "name-inside-list", "short-list"],
)
def test_the_worst_values_within_the_bound_take_a_few_milliseconds(value):
    refused = theme_filter(["alice", "山田", "DESKTOP-AB12CD"])
    assert fastest(lambda: refused(value)) < TIME_BOUND


SCRIPTS = {
    "latin": "abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžłđčćğışř",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋ",
    "arabic": "".join(chr(c) for c in range(0x0628, 0x064B)),
    "cjk": "".join(chr(c) for c in range(0x4E00, 0x4E00 + 300)) + "あいうえおかきくけこアイウエオ",
    "hangul": "".join(chr(c) for c in range(0xAC00, 0xAC00 + 300)),
    "thai": "".join(chr(c) for c in range(0x0E01, 0x0E2F)),
}
SPACELESS_SCRIPTS = ("cjk", "hangul", "thai")
SPACED_SEPARATORS = " _-.,;:()[]|·・、，。—–\u3000\t\u200b+#!?\"'"
DEVANAGARI_CONSONANTS = "".join(chr(c) for c in range(0x0915, 0x093A))
DEVANAGARI_SIGNS = "".join(chr(c) for c in range(0x093E, 0x094D))


@st.composite
def canary_names(draw) -> str:
    script = draw(st.sampled_from([*SCRIPTS, "devanagari"]))
    if script == "devanagari":
        syllables = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(DEVANAGARI_CONSONANTS),
                    st.text(DEVANAGARI_SIGNS, max_size=1),
                ),
                min_size=2,
                max_size=5,
            )
        )
        name = "".join(c + s for c, s in syllables)
    else:
        shortest = 2 if script in SPACELESS_SCRIPTS else 3
        name = draw(st.text(SCRIPTS[script], min_size=shortest, max_size=10))
    assume(name_key(name) is not None)
    return name


@st.composite
def canaries(draw):
    """(name, value): the name, in some case, embedded anywhere in random text, bounded by
    separators (or by nothing, in a script written without spaces)."""
    name = draw(canary_names())
    spaceless = any(
        unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"))
        for c in name
    )
    shown = draw(st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase]))(name)
    separator = st.text(SPACED_SEPARATORS, min_size=0 if spaceless else 1, max_size=3)
    prefix = draw(st.one_of(st.just(""), st.tuples(st.text(max_size=40), separator).map("".join)))
    suffix = draw(st.one_of(st.just(""), st.tuples(separator, st.text(max_size=40)).map("".join)))
    return name, prefix + shown + suffix


@settings(max_examples=300, deadline=None)
@given(canaries(), st.sampled_from(["USER", "LOGNAME", "USERNAME", "COMPUTERNAME", "HOSTNAME"]))
def test_canary_names_in_every_script_and_position_are_refused(canary, variable):
    name, value = canary
    names = gather_names({variable: name})
    assert refused_theme(value, names)
    assert refused_theme(["Gears", value], names)
    assert NameMatcher([name]).finds(unicodedata.normalize("NFKC", value))


@st.composite
def large_values(draw) -> str:
    chunk = draw(st.text(min_size=1, max_size=64))
    return (chunk * draw(st.integers(1, 1_000_000 // len(chunk))))[:1_000_000]


@settings(max_examples=60, deadline=None)
@given(st.one_of(large_values(), st.text(max_size=MAX_VALUE_CHARS + 10)))
def test_any_value_up_to_a_megabyte_is_judged_within_the_time_bound(value):
    refused = theme_filter(["alice", "山田", "Иван", "DESKTOP-AB12CD"])
    if len(value) > MAX_VALUE_CHARS:
        assert refused(value)
        assert problem(value, NameMatcher([])) == f"a value over {MAX_VALUE_CHARS} characters"
    assert fastest(lambda: refused(value)) < TIME_BOUND


# --- where the names come from, and on which thread ---------------------------------------


def test_names_come_from_the_environment_the_account_and_the_host(monkeypatch):
    monkeypatch.setattr(personal_names.socket, "gethostname", lambda: "werkbank.example.org")
    monkeypatch.setattr(personal_names.getpass, "getuser", lambda: "jürgen")
    env = {
        "LOGNAME": "ivan",
        "USERNAME": "Jane.Doe",
        "COMPUTERNAME": "DESKTOP-AB12CD",
        "USERDNSDOMAIN": "WERKSTATT.EXAMPLE",
        "USERPROFILE": "C:\\Users\\yamada",
        "HOME": "/home/hanako",
    }
    names = gather_names(env)
    expected_names = ["werkbank", "jürgen", "ivan", "Jane", "Doe", "DESKTOP-AB12CD", "hanako"]
    for expected in [*expected_names, "WERKSTATT"]:
        assert expected in names
    assert "yamada" in names


def test_a_failing_source_does_not_hide_the_others(monkeypatch):
    def broken():
        raise OSError("no password database")

    monkeypatch.setattr(personal_names.getpass, "getuser", broken)
    monkeypatch.setattr(personal_names.socket, "gethostname", lambda: "john-laptop")
    assert {"john-laptop", "carol"} <= gather_names({"USER": "carol"})


def test_making_the_filter_gathers_no_names_the_first_message_does_on_its_thread(monkeypatch):
    threads: List[str] = []
    monkeypatch.setattr(
        personal_names.socket,
        "gethostname",
        lambda: threads.append(threading.current_thread().name) or "john-laptop",
    )
    keep = SendFilter(Grant(frozenset({"preferences"})), lambda line: None)
    assert threads == []

    out = []
    worker = threading.Thread(
        target=lambda: out.append(
            keep({"event": "freecad_preferences", "properties": {"theme": "john-laptop dark"}})
        ),
        name="the-sender",
    )
    worker.start()
    worker.join(10)
    assert threads == ["the-sender"]
    assert "theme" not in out[0]["properties"]


def test_names_shared_between_filters_are_looked_up_once_when_first_needed(monkeypatch):
    threads: List[str] = []
    monkeypatch.setattr(
        personal_names.socket,
        "gethostname",
        lambda: threads.append(threading.current_thread().name) or "john-laptop",
    )
    shared = privacy.personal_tokens()  # e.g. made with the session, on the GUI thread
    filters = [SendFilter(Grant(frozenset({"preferences"})), print, shared) for _ in "ab"]
    assert threads == []

    def send() -> None:
        for keep in filters:
            out = keep({"event": "freecad_preferences", "properties": {"theme": "John-Laptop"}})
            assert "theme" not in out["properties"]

    worker = threading.Thread(target=send, name="the-sender")
    worker.start()
    worker.join(10)
    assert threads == ["the-sender"]


@pytest.fixture
def server():
    with CaptureServer() as srv:
        yield srv


def test_a_session_gathers_names_off_the_gui_thread_and_refuses_them(tmp_path, monkeypatch, server):
    calls: List[threading.Thread] = []

    def record(result):
        def source():
            calls.append(threading.current_thread())
            return result

        return source

    monkeypatch.setattr(personal_names.socket, "gethostname", record("canary-host-7f3"))
    monkeypatch.setattr(personal_names.getpass, "getuser", record("jürgen"))
    host = MemoryHost(user_data_dir=tmp_path / "FreeCAD", mod_roots=[tmp_path / "Mod"])
    grant(host)
    host.set_param(GROUP, "PostHogHost", "string", server.url)
    host.set_param("BaseApp/Preferences/MainWindow", "Theme", "string", "canary-host-7f3 dark")
    host.set_param("BaseApp/Preferences/View", "NavigationStyle", "string", "Gui::JÜRGEN")
    session = Session.with_posthog(host, env={})
    session.gui_ready()  # this thread plays FreeCAD's GUI thread
    try:
        assert wait_until(lambda: server.events_named("freecad_preferences"), timeout=20)
    finally:
        session.quit()
        if session.sender is not None:
            session.sender.join(2.0)
    [sent] = server.events_named("freecad_preferences")
    assert "theme" not in sent["properties"]
    assert "navigation_style" not in sent["properties"]
    assert calls and threading.current_thread() not in calls
