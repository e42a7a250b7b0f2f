"""Which flow serves a matter, and which screen shows each step of each flow: declared once.

The UI shows ``screen_for(flow, step)`` whenever a flow moves on; the simulator and the screenshot tool read
the same table to know when a step's screen is up. A new step gets its screen here, and nowhere else.
Screen names are the shell's (``journey-face`` is ``qml/screens/JourneyFace*.qml``).
"""

from __future__ import annotations

import enum
from typing import Protocol

from kiosk.core.journey.certification import CertStep
from kiosk.core.journey.home_visit import VisitStep
from kiosk.core.journey.journey import Step
from kiosk.core.journey.query_print import QueryStep


class Flow(enum.StrEnum):
    APPLICATION = "application"  # 申请: identify, form, materials, sign, review, receipt, rating
    CERTIFICATION = "certification"  # 养老金资格认证: consent and a liveness check, no form
    HOME_VISIT = "home_visit"  # 上门服务: a request for staff to come to the resident
    QUERY_PRINT = "query_print"  # 查询打印: the platform's document about the resident, printed on A4


class _Matter(Protocol):
    @property
    def is_certification(self) -> bool: ...
    @property
    def printed_document(self) -> object | None: ...


def flow_for(matter: _Matter) -> Flow:
    """The flow a resident starting this matter goes through."""
    if matter.is_certification:
        return Flow.CERTIFICATION
    return Flow.QUERY_PRINT if matter.printed_document is not None else Flow.APPLICATION


#: every step that has a screen, per flow (END has none: the flow is over). Keyed per flow: the
#: flows' step enums share values ("identify", "receipt"), so one flat table would mix them up.
STEP_SCREENS: dict[Flow, dict[str, str]] = {
    Flow.APPLICATION: {
        Step.IDENTIFY: "journey-identify",
        Step.PROXY: "journey-proxy",
        Step.FACE_CONSENT: "journey-face-consent",
        Step.FACE: "journey-face",
        Step.FORM: "journey-form",
        Step.MATERIALS: "journey-materials",
        Step.SIGN: "journey-sign",
        Step.REVIEW: "journey-review",
        Step.RECEIPT: "journey-receipt",
        Step.RATE: "journey-rate",
    },
    Flow.CERTIFICATION: {
        CertStep.IDENTIFY: "certification-card",
        CertStep.PRINCIPAL: "certification-card",
        CertStep.CONSENT: "certification-consent",
        CertStep.LIVENESS: "certification-liveness",
        CertStep.RECEIPT: "certification-receipt",
        CertStep.RATE: "certification-receipt",
        CertStep.FALLBACK: "certification-fallback",
    },
    Flow.HOME_VISIT: {
        VisitStep.IDENTIFY: "home-visit-card",
        VisitStep.RESIDENT: "home-visit-card",
        VisitStep.DETAILS: "home-visit-details",
        VisitStep.RECEIPT: "home-visit-receipt",
    },
    Flow.QUERY_PRINT: {
        QueryStep.IDENTIFY: "query-print-card",
        QueryStep.FACE: "query-print-face",
        QueryStep.ASKING: "query-print-card",
        QueryStep.PREVIEW: "query-print-preview",
        QueryStep.PRINTING: "query-print-preview",
        QueryStep.OFFLINE: "query-print-offline",
        QueryStep.DONE: "query-print-done",
    },
}

#: the screens a flow owns, by name prefix: leaving them abandons a flow not yet queued
FLOW_SCREEN_PREFIXES: dict[Flow, tuple[str, ...]] = {
    Flow.APPLICATION: ("journey-",),
    Flow.CERTIFICATION: ("certification-", "home-visit-"),
    Flow.HOME_VISIT: ("certification-", "home-visit-"),
    Flow.QUERY_PRINT: ("query-print-",),
}


def screen_for(flow: Flow, step: str) -> str | None:
    """The screen that shows this step of the flow, or None when it has none (the flow's end)."""
    return STEP_SCREENS[flow].get(step)
