"""The PostHog engine against a stand-in for PostHog's query API on 127.0.0.1: the request is
the documented one, the rows come back as tuples, every failure is one line without the key,
redirects are not followed, plain http leaves for nowhere but this computer."""

from __future__ import annotations

import logging
import socket
import time
import urllib.request
from datetime import date
from typing import Any, Iterator

import pytest

# tests/ is on sys.path (tests/conftest.py), so tests/insights/ is the namespace package
# `insights`: the stand-in beside this file is imported through it.
from insights.hogql_standin import HogQLStandIn, Reply, error_body

from freecad_telemetry.insights.engine_hogql import (
    MAX_TRIES,
    QUERY_NAME,
    HogQLEngine,
    PostHogQueryError,
)

SQL = "SELECT version, count(DISTINCT distinct_id) AS installs FROM events GROUP BY version LIMIT 50000"
COLUMNS = ["version", "installs"]
ROWS = [["1.0.2", 412], ["1.1.0", 1033], ["0.21.2", 57]]


@pytest.fixture
def posthog() -> Iterator[HogQLStandIn]:
    with HogQLStandIn() as server:
        server.table(COLUMNS, ROWS)
        yield server


def engine_for(server: HogQLStandIn, **options: Any) -> HogQLEngine:
    return HogQLEngine(server.url, server.project_id, server.api_key, **options)


def failure(engine: HogQLEngine, sql: str = SQL) -> PostHogQueryError:
    with pytest.raises(PostHogQueryError) as caught:
        engine.rows(sql)
    message = str(caught.value)
    assert "\n" not in message and message.strip() == message
    return caught.value


def test_the_request_is_the_documented_one_and_the_rows_come_back_as_tuples(posthog) -> None:
    rows = engine_for(posthog).rows(SQL)

    assert rows == [("1.0.2", 412), ("1.1.0", 1033), ("0.21.2", 57)]
    assert posthog.problems == []
    (request,) = posthog.received
    assert (request.method, request.path) == ("POST", "/api/projects/31415/query/")
    assert request.headers["authorization"] == "Bearer phx_standin_0123456789"
    assert request.headers["content-type"] == "application/json"
    assert request.body == {
        "query": {"kind": "HogQLQuery", "query": SQL},
        "name": QUERY_NAME,
        "refresh": "force_blocking",
    }


def test_an_empty_answer_is_no_rows(posthog) -> None:
    posthog.table(COLUMNS, [])
    assert engine_for(posthog).rows(SQL) == []


def test_the_engine_speaks_hogql() -> None:
    engine = HogQLEngine("https://eu.posthog.com", "1", "phx_x")
    assert engine.dialect.name == "hogql"


# --- refusals: PostHog's own checks, answered by the stand-in -----------------------------


def test_a_wrong_key_says_which_setting_to_check(posthog) -> None:
    engine = HogQLEngine(posthog.url, posthog.project_id, "phx_revoked_key")
    error = failure(engine)
    assert error.status == 401
    assert "HTTP 401" in str(error) and "POSTHOG_PERSONAL_API_KEY" in str(error)
    assert "phx_revoked_key" not in str(error)


def test_a_wrong_project_says_which_setting_to_check(posthog) -> None:
    error = failure(HogQLEngine(posthog.url, "27", posthog.api_key))
    assert error.status == 404 and "project id" in str(error)


def test_a_query_posthog_cannot_parse_brings_posthogs_reason(posthog) -> None:
    error = failure(engine_for(posthog), "SELECT count( FROM events")
    assert error.status == 400
    assert "PostHog refused the query (HTTP 400, invalid_input: Syntax error" in str(error)


def test_offset_is_refused_as_posthog_refuses_it_for_personal_keys(posthog) -> None:
    error = failure(engine_for(posthog), "SELECT event FROM events LIMIT 10 OFFSET 10")
    assert "OFFSET is not supported" in str(error)


# --- failures PostHog answers with ----------------------------------------------------------

MISSING_SCOPE = error_body(
    "authentication_error", "permission_denied", "API key missing required scope 'query:read'"
)
PLANNED = {
    "missing scope": (Reply(403, MISSING_SCOPE), "Query Read scope"),
    "quota": (Reply(402, error_body("quota_limit_exceeded", "x", "Billing limit")), "HTTP 402"),
    "query timeout": (Reply(504, error_body("server_error", "error", "Query timed out")), "504"),
    "at capacity": (Reply(503, b"<html>busy</html>"), "HTTP 503, <html>busy</html>"),
    "html login page": (Reply(200, b"<!DOCTYPE html><html>"), "is the address PostHog's app"),
    "asynchronous": (Reply(202, {"query_status": {"complete": False}}), "queued the query"),
    "queued in a 200": (Reply(200, {"query_status": {"complete": False}}), "queued the query"),
    "no results": (Reply(200, {"columns": COLUMNS}), 'no "results"'),
    "no columns": (Reply(200, {"results": []}), 'no "columns"'),
    "ragged row": (Reply(200, {"columns": COLUMNS, "results": [["1.0"]]}), "row 1 of"),
    "error field": (Reply(200, {"columns": [], "results": [], "error": "boom"}), "error: boom"),
    "cut short": (
        Reply(200, {"columns": COLUMNS, "results": ROWS, "hasMore": True}),
        "only the first 3 rows",
    ),
}


@pytest.mark.parametrize("reply, says", PLANNED.values(), ids=PLANNED.keys())
def test_each_failure_is_one_clear_line(posthog, reply: Reply, says: str) -> None:
    posthog.then(reply)
    error = failure(engine_for(posthog))
    assert says in str(error)
    assert posthog.problems == []  # the request itself was right


def test_a_query_without_its_own_limit_is_not_taken_for_the_whole_answer(posthog) -> None:
    posthog.table(COLUMNS, [[f"0.{n}", 10 + n] for n in range(150)])
    error = failure(engine_for(posthog), "SELECT version, count() FROM events GROUP BY version")
    assert "only the first 100 rows" in str(error) and "LIMIT" in str(error)
    assert len(engine_for(posthog).rows(SQL)) == 150


def test_the_key_is_never_in_a_message_a_repr_or_a_log(posthog, caplog, capsys) -> None:
    caplog.set_level(logging.DEBUG)
    echo = error_body("validation_error", "x", f"bad header Bearer {posthog.api_key}")
    posthog.then(Reply(400, echo), Reply(429, error_body("throttled_error", "throttled", "no")))
    posthog.then(Reply(302, b"", {"Location": f"https://x.example/?k={posthog.api_key}"}))
    engine = engine_for(posthog, timeout=2.0)
    messages = [str(failure(engine)) for _ in range(2)]
    messages.append(str(failure(engine)))
    messages.append(repr(engine))

    assert "Bearer <the key>" in messages[0]
    captured = capsys.readouterr()
    for text in (*messages, caplog.text, captured.out, captured.err):
        assert posthog.api_key not in text


# --- PostHog's rate limit ---------------------------------------------------------------------


def throttled(**headers: str) -> Reply:
    detail = "Request was throttled. Expected available in 0 seconds."
    return Reply(429, error_body("throttled_error", "throttled", detail), dict(headers))


def test_a_throttled_query_is_sent_again_after_retry_after(posthog) -> None:
    posthog.then(throttled(**{"Retry-After": "0"}))
    assert len(engine_for(posthog).rows(SQL)) == 3
    assert len(posthog.received) == 2


def test_without_retry_after_the_wait_posthog_names_in_its_answer_is_used(posthog) -> None:
    posthog.then(throttled())  # "Expected available in 0 seconds."; no header, as PostHog does
    assert len(engine_for(posthog, timeout=3.0).rows(SQL)) == 3


def test_retry_after_is_waited_for(posthog) -> None:
    posthog.then(throttled(**{"Retry-After": "1"}))
    started = time.monotonic()
    engine_for(posthog).rows(SQL)
    assert time.monotonic() - started >= 1.0


def test_a_long_retry_after_gives_up_at_once(posthog) -> None:
    posthog.then(throttled(**{"Retry-After": "3600"}))
    started = time.monotonic()
    error = failure(engine_for(posthog))
    assert time.monotonic() - started < 1.0
    assert error.status == 429 and "try again in 3600 s" in str(error)
    assert len(posthog.received) == 1


def test_throttling_that_does_not_end_gives_up_after_a_few_requests(posthog) -> None:
    posthog.then(*[throttled(**{"Retry-After": "0"}) for _ in range(MAX_TRIES + 2)])
    error = failure(engine_for(posthog))
    assert f"after {MAX_TRIES} request(s)" in str(error)
    assert len(posthog.received) == MAX_TRIES


# --- the deadline, redirects, the address -------------------------------------------------------


@pytest.mark.parametrize("reply", [Reply(hold=True), Reply(200, b"x" * 200, drip=0.05)])
def test_the_deadline_is_wall_clock(posthog, reply: Reply) -> None:
    posthog.then(reply)
    started = time.monotonic()
    error = failure(engine_for(posthog, timeout=0.5))
    assert time.monotonic() - started < 1.5
    assert "no answer from PostHog" in str(error) and "within 0.5 s" in str(error)


def test_a_redirect_is_not_followed(posthog) -> None:
    with HogQLStandIn() as elsewhere:
        target = f"{elsewhere.url}/api/projects/31415/query/"
        posthog.then(Reply(307, b"", {"Location": target}))
        error = failure(engine_for(posthog))
        assert elsewhere.received == []
    assert "redirect (HTTP 307)" in str(error) and "not followed" in str(error)


def test_an_opener_that_follows_redirects_still_yields_no_rows_from_elsewhere(posthog) -> None:
    with HogQLStandIn() as elsewhere:
        elsewhere.table(COLUMNS, ROWS)
        # urllib's own handler turns a POST answered by 302 into a GET to the new address.
        posthog.then(Reply(302, b"", {"Location": f"{elsewhere.url}/api/projects/31415/query/"}))
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({})).open
        error = failure(engine_for(posthog, urlopen=opener))
        assert [request.method for request in elsewhere.received] == ["GET"]
    assert f"was sent on to {elsewhere.url}" in str(error)


def test_nothing_listening_is_one_line(posthog) -> None:
    address = posthog.url
    posthog.stop()
    error = failure(HogQLEngine(address, "1", "phx_k", timeout=5.0))
    assert "could not reach PostHog at 127.0.0.1" in str(error)


@pytest.fixture
def no_network(monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


BAD_ADDRESSES = {
    "http://eu.posthog.com": "only https://",
    "http://10.0.0.7:8000": "only https://",
    "ftp://eu.posthog.com": "only https://",
    "https://eu.i.posthog.com": "only receives events: query https://eu.posthog.com",
    "https://eu.posthog.com/?token=x": "scheme, host and path only",
    "": "not a web address",
}


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_a_wrong_address_is_refused_before_any_socket(no_network, address: str) -> None:
    opened = []
    with pytest.raises(ValueError, match=BAD_ADDRESSES[address]) as caught:
        HogQLEngine(address, "1", "phx_k", urlopen=lambda *a, **k: opened.append(a))
    assert "\n" not in str(caught.value) and opened == []


@pytest.mark.parametrize(
    "project, key, says",
    [
        ("my-project", "phx_k", "a number"),
        ("1/../2", "phx_k", "a number"),
        ("1", "", "POSTHOG_PERSONAL_API_KEY is empty"),
        ("1", "phc_project_key", "needs a personal API key (phx_...)"),
        ("1", "phx_a\nX-Evil: 1", "control characters"),
    ],
)
def test_wrong_settings_are_refused_without_echoing_the_key(no_network, project, key, says) -> None:
    with pytest.raises(ValueError, match=says.replace("(", r"\(").replace(")", r"\)")) as caught:
        HogQLEngine("https://eu.posthog.com", project, key)
    assert key == "" or key not in str(caught.value)


def test_https_and_this_computer_over_http_are_accepted_without_any_socket(no_network) -> None:
    for address in (
        "https://eu.posthog.com",
        "https://posthog.example.org/sub/",
        "http://localhost:8000",
    ):
        assert "/api/projects/1/query/" in repr(HogQLEngine(address, "1", "phx_k"))


# --- the questions, as the report sends them ---------------------------------------------------


def test_every_question_rendered_for_hogql_is_accepted_and_arrives_whole(posthog) -> None:
    """Each question's HogQL parses (ClickHouse SQL, no OFFSET) and carries its own LIMIT:
    150 recorded cells come back, past PostHog's default of 100 rows."""
    from freecad_telemetry.insights import dialects, questions

    period = dialects.Period(date(2026, 1, 1), date(2026, 4, 1))
    engine = engine_for(posthog)
    failures = {}
    for question in questions.QUESTIONS:
        columns = [*question.dimensions, *question.measures]
        cells = [[f"{name} {n}" for name in question.dimensions] for n in range(150)]
        posthog.table(
            columns, [dims + [10 + n] * len(question.measures) for n, dims in enumerate(cells)]
        )
        try:
            assert len(engine.rows(dialects.HOGQL.render(question.template, period))) == 150
        except PostHogQueryError as error:
            failures[question.name] = str(error)
    assert failures == {}
    assert posthog.problems == []
    assert len(posthog.received) == len(questions.QUESTIONS) > 0
