"""The one step→screen table (kiosk.core.flows) against the shell's screens, and the device router
that hands device events to the screen or flow owning them."""

from __future__ import annotations

from typing import Any

from devices.base import DeviceKind, EventKind
from kiosk.core.flows import STEP_SCREENS, Flow, flow_for, screen_for
from kiosk.core.journey.certification import CertStep
from kiosk.core.journey.home_visit import VisitStep
from kiosk.core.journey.journey import Step
from kiosk.core.journey.query_print import QueryStep
from kiosk.ui.app_controller import screen_file

# steps no screen shows: the end of every flow, and the guide the resident already read before Start
NO_SCREEN = {Flow.APPLICATION: {Step.END, Step.GUIDE}, Flow.CERTIFICATION: {CertStep.END}}
STEPS = {
    Flow.APPLICATION: Step,
    Flow.CERTIFICATION: CertStep,
    Flow.HOME_VISIT: VisitStep,
    Flow.QUERY_PRINT: QueryStep,
}


def test_every_step_of_every_flow_is_shown_by_a_screen_that_exists():
    for flow, steps in STEPS.items():
        for step in steps:
            screen = screen_for(flow, step)
            if step in NO_SCREEN.get(flow, {VisitStep.END}):
                assert screen is None, (flow, step)
            else:
                assert screen is not None and screen_file(screen), (flow, step, screen)
    assert set(STEP_SCREENS) == set(Flow)


def test_steps_of_different_flows_with_the_same_name_keep_their_own_screens():
    assert screen_for(Flow.APPLICATION, Step.IDENTIFY) == "journey-identify"
    assert screen_for(Flow.CERTIFICATION, CertStep.IDENTIFY) == "certification-card"
    assert screen_for(Flow.HOME_VISIT, VisitStep.IDENTIFY) == "home-visit-card"


def test_a_certification_matter_goes_to_the_certification_flow(kiosk):
    matters = kiosk.catalog.catalog.matters
    assert {flow_for(m) for m in matters if m.is_certification} == {Flow.CERTIFICATION}
    queries = {m for m in matters if m.printed_document is not None}
    assert queries and {flow_for(m) for m in queries} == {Flow.QUERY_PRINT}
    others = [m for m in matters if not m.is_certification and m not in queries]
    assert {flow_for(m) for m in others} == {Flow.APPLICATION}


class Owner:
    """A flow or screen owner that keeps what reached it."""

    def __init__(self) -> None:
        self.events: list[tuple[DeviceKind, EventKind]] = []
        self.let_go_calls = 0

    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        self.events.append((device, kind))

    def let_go(self) -> None:
        self.let_go_calls += 1


def test_device_events_reach_the_screen_owner_else_only_the_active_flow(kiosk, qtbot):
    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.device_router import DeviceRouter

    bridge = DeviceBridge(parent=kiosk.engine)
    router = DeviceRouter(kiosk.app, parent=kiosk.engine)
    router.attach(bridge)
    lookup, earlier, current = Owner(), Owner(), Owner()
    router.own_screens(lambda screen: screen == "progress", lookup.on_device)
    router.begin_flow(earlier)
    router.begin_flow(current)
    router.begin_flow(current)  # the same flow again: nothing to let go
    assert (earlier.let_go_calls, current.let_go_calls) == (1, 0)

    kiosk.app.start()
    bridge.deviceEvent.emit("idcard", "card_inserted", {})
    kiosk.app.go("progress")
    bridge.deviceEvent.emit("scanner", "code_scanned", {"payload": "x"})
    bridge.deviceEvent.emit("scanner", "no_such_event", {})  # not a declared kind: nobody gets it
    qtbot.waitUntil(lambda: bool(lookup.events), timeout=2000)
    assert current.events == [(DeviceKind.IDCARD, EventKind.CARD_INSERTED)]
    assert lookup.events == [(DeviceKind.SCANNER, EventKind.CODE_SCANNED)]
    assert earlier.events == []
