"""When FreeCAD's launch thread starts the session agent (agent_launch.wait_for_quiet): once
FreeCAD's process is quiet, never before the minimum, never after the maximum, at once when
woken by a quit or a switch-off. A recorded clock and CPU meter stand in for time."""

from typing import List

import pytest

from freecad_telemetry import agent_launch
from freecad_telemetry.agent_launch import wait_for_quiet

STEP = 0.125  # a binary fraction: the fake clock's sums are exact


@pytest.fixture(autouse=True)
def exact_steps(monkeypatch):
    monkeypatch.setattr(agent_launch, "QUIET_STEP", STEP)


class Moments:
    """A clock, a CPU meter and a wakeup event in one: each wait moves the clock one step,
    the CPU by the share of one core scripted for that step; `woken_at` wakes a wait."""

    def __init__(self, shares: List[float], woken_at: int = -1) -> None:
        self.shares = list(shares)
        self.now = 100.0
        self.used = 5.0
        self.waits = 0
        self.woken_at = woken_at

    def clock(self) -> float:
        return self.now

    def cpu(self) -> float:
        return self.used

    def wait(self, timeout: float) -> bool:
        if self.waits == self.woken_at:
            return True
        share = self.shares[min(self.waits, len(self.shares) - 1)]
        self.waits += 1
        self.now += timeout
        self.used += share * timeout
        return False


def waited(moments: Moments, **limits: float) -> float:
    began = moments.now
    wait_for_quiet(moments, cpu=moments.cpu, clock=moments.clock, **limits)
    return moments.now - began


def test_an_idle_freecad_gets_its_agent_after_the_minimum():
    assert waited(Moments([0.0]), minimum=0.375, maximum=10) == 3 * STEP


def test_a_busy_start_up_is_waited_out_and_the_first_quiet_step_starts_the_agent():
    busy_then_idle = [1.0] * 12 + [0.9, 0.05]
    assert waited(Moments(busy_then_idle), minimum=0.375, maximum=10) == 14 * STEP


def test_a_freecad_busy_for_longer_than_the_maximum_does_not_keep_its_report_waiting():
    assert waited(Moments([1.0]), minimum=0.375, maximum=2.0) == 2.0


def test_a_quit_or_a_switch_off_ends_the_wait_at_once():
    moments = Moments([1.0], woken_at=3)
    assert waited(moments, minimum=0.375, maximum=10) == 3 * STEP


def test_the_limits_are_the_modules_own_when_not_given(monkeypatch):
    monkeypatch.setattr(agent_launch, "QUIET_MINIMUM", 0.5)
    assert waited(Moments([0.0])) == 4 * STEP
