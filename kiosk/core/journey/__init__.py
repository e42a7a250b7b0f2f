"""The resident journey, Qt-free: identify, apply, hand in materials, sign, submit durably,
print the receipt, rate; plus progress lookup, complaints and help requests.

Modules (each documents its API):

==================  ============================================================================
``journey``         :class:`Journey`, the state machine the QML screens drive; :class:`Step`
``identity``        card data -> :class:`Person`; :class:`IdentifyError` codes; GB 11643 helpers
``forms``           :class:`ApplicationForm` (一表申请, bundles' shared fields), validation codes
``materials``       :class:`MaterialsStep`: scans, e-licences, reuse, 容缺, 告知承诺
``proxy``           代办: :class:`ProxyDetails` -> :class:`Proxy`
``face``            consent-first face step with the staff-verification alternative
``signature``       strokes -> PNG + SHA-256
``submit``          :class:`SubmissionPackage`, the :class:`Submitter` port
``receipt``         receipt content as data; :class:`PrintOutcome`; the printer port
``evaluation``      好差评
``progress``        查询进度 and the status slip
``complaints``      有诉即办
``help``            帮办 (call staff)
``numbers``         acceptance numbers, applicant tokens, progress QR payloads
``workdays``        promised completion dates in working days
``messages``        message codes (words: ``kiosk.core.words``); :class:`JourneyError`
``ports``           all Protocols in one place
==================  ============================================================================

Only ``kiosk.core``, ``kiosk.logs`` and the standard library are imported (plus Pillow, lazily, to
draw the signature): devices, the store and sync are reached through the ports.
"""

from kiosk.core.journey.face import FaceOutcome, FaceStatus
from kiosk.core.journey.forms import ApplicationForm, FieldError, ValidationResult
from kiosk.core.journey.identity import CardData, IdentifyError, Person, ReadFailure, identify
from kiosk.core.journey.journey import Journey, JourneyServices, Step
from kiosk.core.journey.materials import MaterialError, MaterialsStep, ScannedPage
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.proxy import ProxyDetails
from kiosk.core.journey.submit import SubmissionPackage, SubmitResult

__all__ = [
    "ApplicationForm",
    "CardData",
    "FaceOutcome",
    "FaceStatus",
    "FieldError",
    "IdentifyError",
    "Journey",
    "JourneyError",
    "JourneyServices",
    "MaterialError",
    "MaterialsStep",
    "Message",
    "Person",
    "ProxyDetails",
    "ReadFailure",
    "ScannedPage",
    "Step",
    "SubmissionPackage",
    "SubmitResult",
    "ValidationResult",
    "identify",
]
