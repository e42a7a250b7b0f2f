"""The records a catalog document is made of: bilingual texts, the labelled enums of the national
catalogue, guide elements, forms, matters (事项), 一件事 bundles and suggestion rules.

Qt-free, immutable (frozen dataclasses, tuples); every JSON key of a catalog document is the field name
of one of these classes (where the elements come from: :mod:`kiosk.core.catalog`).
:class:`kiosk.core.catalog.Catalog` holds them with its lookups, and :mod:`kiosk.core.search` indexes
them: both build on this module, which builds on neither. Import them from either module.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

FORMAT_VERSION = 1
LOCALES = ("zh_CN", "en")
DEFAULT_LOCALE = "zh_CN"


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text in Chinese (always present) and English (may be empty: falls back to Chinese)."""

    zh_CN: str
    en: str = ""

    def text(self, locale: str = DEFAULT_LOCALE) -> str:
        """The text for ``locale`` ("zh_CN", "en", "en_US", ...), falling back to zh_CN."""
        if locale.lower().startswith("en") and self.en:
            return self.en
        return self.zh_CN

    def __str__(self) -> str:
        return self.zh_CN

    @classmethod
    def of(cls, value: str | Mapping[str, str] | LocalText) -> LocalText:
        if isinstance(value, LocalText):
            return value
        if isinstance(value, str):
            return cls(zh_CN=value)
        return cls(zh_CN=value["zh_CN"], en=value.get("en", ""))

    def to_json(self) -> dict[str, str]:
        return {"zh_CN": self.zh_CN, "en": self.en} if self.en else {"zh_CN": self.zh_CN}


def _lt(zh: str, en: str) -> LocalText:
    return LocalText(zh, en)


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry an official bilingual label (``member.label``).

    The JSON document stores the value (ascii); the labels are the national terms, convenient for
    the CLI and as a fallback. The UI may translate the values itself.
    """

    @property
    def label(self) -> LocalText:
        return _LABELS[self]


class MatterType(LabelledEnum):
    """事项类型: the eight types of the national basic catalogue (policy clause 1)."""

    ADMINISTRATIVE_LICENSE = "administrative_license"
    ADMINISTRATIVE_CONFIRMATION = "administrative_confirmation"
    ADMINISTRATIVE_ADJUDICATION = "administrative_adjudication"
    ADMINISTRATIVE_PAYMENT = "administrative_payment"
    ADMINISTRATIVE_REWARD = "administrative_reward"
    ADMINISTRATIVE_FILING = "administrative_filing"
    OTHER_ADMINISTRATIVE_POWER = "other_administrative_power"
    PUBLIC_SERVICE = "public_service"


class MatterKind(LabelledEnum):
    """How the terminal handles a matter (ours, not a national element).

    ``application``: a form and materials, submitted for review. ``certification``: no form; the
    resident proves identity (face required), the platform decides (e.g. 养老金领取资格认证).
    ``query``: look up / print a record (a small form asks what to print). ``guide``: information only.
    """

    APPLICATION = "application"
    CERTIFICATION = "certification"
    QUERY = "query"
    GUIDE = "guide"


class ServiceObject(LabelledEnum):
    NATURAL_PERSON = "natural_person"
    LEGAL_PERSON = "legal_person"


class CaseType(LabelledEnum):
    """办件类型: 即办件 (done on the spot) or 承诺件 (done within the promised time limit)."""

    IMMEDIATE = "immediate"
    COMMITMENT = "commitment"


class HandlingForm(LabelledEnum):
    WINDOW = "window"
    ONLINE = "online"
    SELF_SERVICE = "self_service"
    VILLAGE_ASSISTED = "village_assisted"


class TimeUnit(LabelledEnum):
    WORKING_DAY = "working_day"
    NATURAL_DAY = "natural_day"


class TongbanScope(LabelledEnum):
    """通办范围: where else the same matter can be handed in."""

    NONE = "none"
    COUNTY = "county"
    CITY = "city"
    PROVINCE = "province"
    CROSS_PROVINCE = "cross_province"


class FaceVerification(LabelledEnum):
    """Face check at the terminal. Never the only way: ``required`` still has a staff fallback."""

    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


class QueryParameter(LabelledEnum):
    """What a query matter needs from the resident before the platform is asked."""

    ID_CARD = "id_card"  # read from the card on the reader: the resident is who the record is about
    FACE = "face"  # and a live face matching the card's photo (the matter's face_verification says so)


class Necessity(LabelledEnum):
    REQUIRED = "required"
    CONDITIONAL = "conditional"
    OPTIONAL = "optional"


class MaterialForm(LabelledEnum):
    ORIGINAL = "original"
    COPY = "copy"
    ELECTRONIC = "electronic"


class MaterialType(LabelledEnum):
    CERTIFICATE = "certificate"
    APPLICATION_FORM = "application_form"
    PROOF = "proof"
    PHOTO = "photo"
    OTHER = "other"


class SourceChannel(LabelledEnum):
    APPLICANT = "applicant"
    GOVERNMENT_ISSUED = "government_issued"
    DEPARTMENT_SHARING = "department_sharing"


class MaterialSupply(LabelledEnum):
    """Who brings a material to the application (ours, stated per material in the catalog).

    ``resident``: the resident hands it in (scan, e-licence, 容缺, 告知承诺). ``terminal``: the
    terminal generates it from the form and the signature (an application form the guide says is
    "在终端填写后自动生成"). ``department_sharing``: the office obtains it by 部门间共享; never asked for.
    """

    RESIDENT = "resident"
    TERMINAL = "terminal"
    SHARED = "department_sharing"


class DepartmentLevel(LabelledEnum):
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


class FieldType(LabelledEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    ADDRESS = "address"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    GROUP = "group"


#: Prefill sources and the field types each may fill.
PREFILL_SOURCES: dict[str, frozenset[FieldType]] = {
    "idcard.name": frozenset({FieldType.TEXT}),
    "idcard.sex": frozenset({FieldType.CHOICE}),
    "idcard.nation": frozenset({FieldType.TEXT, FieldType.CHOICE}),
    "idcard.birth_date": frozenset({FieldType.DATE}),
    "idcard.address": frozenset({FieldType.ADDRESS, FieldType.TEXT}),
    "idcard.id_number": frozenset({FieldType.ID_NUMBER}),
    "idcard.issuer": frozenset({FieldType.TEXT}),
    "idcard.valid_from": frozenset({FieldType.TEXT, FieldType.DATE}),
    "idcard.valid_to": frozenset({FieldType.TEXT}),
}
#: The values ``idcard.sex`` puts into a choice field.
SEX_VALUES = ("male", "female")

_LABELS: dict[LabelledEnum, LocalText] = {
    MatterType.ADMINISTRATIVE_LICENSE: _lt("行政许可", "Administrative licensing"),
    MatterType.ADMINISTRATIVE_CONFIRMATION: _lt("行政确认", "Administrative confirmation"),
    MatterType.ADMINISTRATIVE_ADJUDICATION: _lt("行政裁决", "Administrative adjudication"),
    MatterType.ADMINISTRATIVE_PAYMENT: _lt("行政给付", "Administrative benefit payment"),
    MatterType.ADMINISTRATIVE_REWARD: _lt("行政奖励", "Administrative reward"),
    MatterType.ADMINISTRATIVE_FILING: _lt("行政备案", "Administrative filing"),
    MatterType.OTHER_ADMINISTRATIVE_POWER: _lt("其他行政权力", "Other administrative power"),
    MatterType.PUBLIC_SERVICE: _lt("公共服务", "Public service"),
    MatterKind.APPLICATION: _lt("申请", "Application"),
    MatterKind.CERTIFICATION: _lt("认证", "Certification"),
    MatterKind.QUERY: _lt("查询打印", "Query and print"),
    MatterKind.GUIDE: _lt("办事指引", "Guidance only"),
    ServiceObject.NATURAL_PERSON: _lt("自然人", "Individuals"),
    ServiceObject.LEGAL_PERSON: _lt("法人", "Organisations"),
    CaseType.IMMEDIATE: _lt("即办件", "Handled on the spot"),
    CaseType.COMMITMENT: _lt("承诺件", "Handled within the promised time"),
    HandlingForm.WINDOW: _lt("窗口办理", "At the service window"),
    HandlingForm.ONLINE: _lt("网上办理", "Online"),
    HandlingForm.SELF_SERVICE: _lt("自助终端办理", "At a self-service terminal"),
    HandlingForm.VILLAGE_ASSISTED: _lt("村级帮办代办", "Assisted at the village station"),
    TimeUnit.WORKING_DAY: _lt("个工作日", "working days"),
    TimeUnit.NATURAL_DAY: _lt("日", "days"),
    TongbanScope.NONE: _lt("不通办", "Only where registered"),
    TongbanScope.COUNTY: _lt("县域通办", "Anywhere in the county"),
    TongbanScope.CITY: _lt("市域通办", "Anywhere in the city"),
    TongbanScope.PROVINCE: _lt("全省通办", "Anywhere in the province"),
    TongbanScope.CROSS_PROVINCE: _lt("跨省通办", "Across provinces"),
    FaceVerification.NONE: _lt("无需人脸核验", "No face check"),
    FaceVerification.OPTIONAL: _lt("可选人脸核验", "Face check optional"),
    FaceVerification.REQUIRED: _lt("需人脸核验", "Face check required"),
    QueryParameter.ID_CARD: _lt("刷身份证", "ID card"),
    QueryParameter.FACE: _lt("人脸核验", "Face check"),
    Necessity.REQUIRED: _lt("必要", "Required"),
    Necessity.CONDITIONAL: _lt("视情形提交", "Required in some cases"),
    Necessity.OPTIONAL: _lt("非必要", "Optional"),
    MaterialForm.ORIGINAL: _lt("原件", "Original"),
    MaterialForm.COPY: _lt("复印件", "Copy"),
    MaterialForm.ELECTRONIC: _lt("电子件", "Electronic"),
    MaterialType.CERTIFICATE: _lt("证件证照", "Certificate or licence"),
    MaterialType.APPLICATION_FORM: _lt("申请表格文书", "Application form"),
    MaterialType.PROOF: _lt("证明材料", "Supporting proof"),
    MaterialType.PHOTO: _lt("照片", "Photo"),
    MaterialType.OTHER: _lt("其他", "Other"),
    SourceChannel.APPLICANT: _lt("申请人自备", "Brought by the applicant"),
    SourceChannel.GOVERNMENT_ISSUED: _lt("政府部门核发", "Issued by a government department"),
    SourceChannel.DEPARTMENT_SHARING: _lt("部门间共享", "Shared between departments"),
    MaterialSupply.RESIDENT: _lt("申请人提交", "Handed in by you"),
    MaterialSupply.TERMINAL: _lt("终端自动生成，无需另带", "Generated by the terminal; nothing to bring"),
    MaterialSupply.SHARED: _lt("无需提交（部门间共享）", "Nothing to hand in (shared between departments)"),
    DepartmentLevel.PROVINCE: _lt("省级", "Province"),
    DepartmentLevel.CITY: _lt("市级", "City"),
    DepartmentLevel.COUNTY: _lt("县级", "County"),
    DepartmentLevel.TOWNSHIP: _lt("乡镇级", "Township"),
    DepartmentLevel.VILLAGE: _lt("村级", "Village"),
    FieldType.TEXT: _lt("文本", "Text"),
    FieldType.NUMBER: _lt("数字", "Number"),
    FieldType.DATE: _lt("日期", "Date"),
    FieldType.CHOICE: _lt("单选", "Single choice"),
    FieldType.MULTICHOICE: _lt("多选", "Multiple choice"),
    FieldType.ADDRESS: _lt("地址", "Address"),
    FieldType.PHONE: _lt("电话", "Phone"),
    FieldType.ID_NUMBER: _lt("身份证号", "ID number"),
    FieldType.GROUP: _lt("可重复组", "Repeating group"),
}


# --------------------------------------------------------------------------- guide elements


@dataclass(frozen=True, kw_only=True)
class TimeLimit:
    """A time limit: ``value`` in ``unit``. ``value == 0`` means on the spot (当场办结)."""

    value: int
    unit: TimeUnit = TimeUnit.WORKING_DAY

    @property
    def on_the_spot(self) -> bool:
        return self.value == 0


@dataclass(frozen=True, kw_only=True)
class FeeItem:
    name: LocalText
    amount: float | None = None  # yuan; None when it depends (the standard says how)
    standard: LocalText | None = None


@dataclass(frozen=True, kw_only=True)
class Fees:
    """收费: whether the matter costs anything, the items and their legal basis."""

    charged: bool = False
    items: tuple[FeeItem, ...] = ()
    basis: tuple[LocalText, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProcessStep:
    name: LocalText
    description: LocalText
    actor: LocalText | None = None
    time_limit: TimeLimit | None = None


@dataclass(frozen=True, kw_only=True)
class SpecialProcedure:
    """特殊环节 (public notice, home visit, assessment...): not counted in the promised time."""

    name: LocalText
    description: LocalText
    time_limit: TimeLimit | None = None


@dataclass(frozen=True, kw_only=True)
class MatterResult:
    """办理结果: what the resident gets and how it reaches them."""

    name: LocalText
    delivery: LocalText


@dataclass(frozen=True, kw_only=True)
class PrintedDocument:
    """查询打印: the document the platform issues for a query matter and what the query asks for.

    ``document`` is the platform's document kind (its template); ``mail_when_offline``: with no link,
    the resident may leave the request and have the document mailed when the platform answers.
    """

    document: str
    query: tuple[QueryParameter, ...] = (QueryParameter.ID_CARD,)
    mail_when_offline: bool = True


@dataclass(frozen=True, kw_only=True)
class Commitment:
    """告知承诺 (clause 29): what the resident is told and the liability for a false commitment."""

    notice: LocalText
    liability: LocalText


@dataclass(frozen=True, kw_only=True)
class Attachment:
    """A blank form or a sample: its name, and a file reference when one is shipped."""

    name: LocalText
    ref: str | None = None


@dataclass(frozen=True, kw_only=True)
class Material:
    """One material (申请材料) of a matter, with every attribute of the implementation list.

    ``forms`` is the 材料形式 (original / copy / electronic). ``deferrable``: may be handed in later
    under 容缺受理. ``elicense_types``: e-licence types (codes of ``Catalog.elicense_types``) that
    replace the paper. ``commitment_allowed``: may be replaced by a signed 告知承诺.
    ``supplied_by``: who brings it (:class:`MaterialSupply`); read :attr:`supply`, which falls back
    to the guide's wording for catalogs written before the field existed.
    """

    code: str
    name: LocalText
    necessity: Necessity
    condition: LocalText | None = None
    forms: tuple[MaterialForm, ...]
    type: MaterialType
    source: SourceChannel = SourceChannel.APPLICANT
    paper_size: str | None = None
    copies: int = 1
    acceptance_standard: LocalText | None = None
    blank_form: Attachment | None = None
    sample: Attachment | None = None
    notes: LocalText | None = None
    deferrable: bool = False
    elicense_types: tuple[str, ...] = ()
    commitment_allowed: bool = False
    supplied_by: MaterialSupply | None = None

    @property
    def supply(self) -> MaterialSupply:
        """Who brings the material: the catalog's ``supplied_by``, else inferred from the guide.

        The fallback for older catalogs reads what the guide already says: an application form whose
        notes say the terminal generates it (自动生成) is the terminal's; a material whose source
        channel is 部门间共享 is shared; everything else is the resident's.
        """
        if self.supplied_by is not None:
            return self.supplied_by
        notes = self.notes.zh_CN if self.notes else ""
        if self.type is MaterialType.APPLICATION_FORM and TERMINAL_GENERATED_WORDS in notes:
            return MaterialSupply.TERMINAL
        if self.source is SourceChannel.DEPARTMENT_SHARING:
            return MaterialSupply.SHARED
        return MaterialSupply.RESIDENT


#: the guide's words for a form the terminal fills in (the fallback of :attr:`Material.supply`)
TERMINAL_GENERATED_WORDS = "自动生成"


# --------------------------------------------------------------------------- forms


@dataclass(frozen=True, kw_only=True)
class ChoiceOption:
    value: str
    label: LocalText


@dataclass(frozen=True, kw_only=True)
class Validation:
    """Field rules. ``min``/``max``: number value; ``min_length``/``max_length``/``pattern``: text
    (pattern is a Python/ECMAScript-compatible regular expression matched against the whole value);
    ``options``: choice and multichoice; ``min_items``/``max_items``: rows of a group."""

    min: float | None = None
    max: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    options: tuple[ChoiceOption, ...] = ()
    min_items: int | None = None
    max_items: int | None = None


@dataclass(frozen=True, kw_only=True)
class FormField:
    key: str
    label: LocalText
    type: FieldType
    required: bool = False
    help: LocalText | None = None
    validation: Validation | None = None
    prefill: str | None = None
    fields: tuple[FormField, ...] = ()  # sub-fields of a repeating group

    @property
    def options(self) -> tuple[ChoiceOption, ...]:
        return self.validation.options if self.validation else ()


@dataclass(frozen=True, kw_only=True)
class FormSchema:
    fields: tuple[FormField, ...]

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


# --------------------------------------------------------------------------- catalog entities


@dataclass(frozen=True, kw_only=True)
class Category:
    code: str
    name: LocalText
    icon: str  # short ascii key the UI maps to a glyph
    description: LocalText | None = None
    clause: str | None = None  # the policy clause the category comes from


@dataclass(frozen=True, kw_only=True)
class Department:
    """An implementing body (实施主体) or accepting unit. ``code``: 统一社会信用代码 (18 chars)."""

    code: str
    name: LocalText
    level: DepartmentLevel
    short_name: LocalText | None = None
    parent: str | None = None
    address: LocalText | None = None
    phone: str | None = None


@dataclass(frozen=True, kw_only=True)
class ElicenseType:
    """An e-licence type (电子证照) a QR code or data sharing can present instead of paper."""

    code: str
    name: LocalText
    issuer: LocalText | None = None


@dataclass(frozen=True, kw_only=True)
class Matter:
    """A matter (事项) with its whole implementation list and guide.

    ``code`` is the implementation code (实施编码), the key used everywhere (bundles, applications).
    ``department`` is the implementing body's code; ``accepting_department`` where it is accepted.
    ``terminal_handling`` False means the guide can be read here but the matter is done elsewhere:
    ``where_to_go`` says where.
    """

    code: str
    basic_code: str
    name: LocalText
    summary: LocalText | None = None
    category: str
    type: MatterType
    kind: MatterKind = MatterKind.APPLICATION
    department: str
    accepting_department: str | None = None
    service_objects: tuple[ServiceObject, ...]
    legal_basis: tuple[LocalText, ...]
    conditions: tuple[LocalText, ...]
    case_type: CaseType
    handling_forms: tuple[HandlingForm, ...]
    statutory_limit: TimeLimit | None = None
    promised_limit: TimeLimit
    visits: int
    fees: Fees
    process: tuple[ProcessStep, ...]
    place: LocalText
    hours: LocalText
    consultation_phone: str
    complaint_phone: str
    special_procedures: tuple[SpecialProcedure, ...] = ()
    terminal_handling: bool
    where_to_go: LocalText | None = None
    face_verification: FaceVerification = FaceVerification.NONE
    proxy_allowed: bool = True
    tongban_scope: TongbanScope = TongbanScope.NONE
    quantity_limit: LocalText | None = None
    result: MatterResult | None = None
    printed_document: PrintedDocument | None = None
    commitment: Commitment | None = None
    materials: tuple[Material, ...] = ()
    form: FormSchema | None = None
    keywords: tuple[str, ...] = ()
    version: str

    def material(self, code: str) -> Material | None:
        return next((m for m in self.materials if m.code == code), None)

    @property
    def required_materials(self) -> tuple[Material, ...]:
        return tuple(m for m in self.materials if m.necessity is Necessity.REQUIRED)

    @property
    def deferrable_materials(self) -> tuple[Material, ...]:
        return tuple(m for m in self.materials if m.deferrable)

    @property
    def is_certification(self) -> bool:
        return self.kind is MatterKind.CERTIFICATION

    def list_row(self, locale: str = DEFAULT_LOCALE) -> dict[str, object]:
        """The flat row a list of matters shows (one QML list-model item)."""
        return {
            "code": self.code,
            "name": self.name.text(locale),
            "type": self.type.value,
            "type_label": self.type.label.text(locale),
            "kind": self.kind.value,
            "terminal_handling": self.terminal_handling,
            "promised_value": self.promised_limit.value,
            "promised_unit": self.promised_limit.unit.value,
            "fee_charged": self.fees.charged,
            "case_type": self.case_type.value,
        }


@dataclass(frozen=True, kw_only=True)
class Bundle:
    """一件事 (clause 24): several matters with one form and one set of materials.

    ``shared_fields``: form keys that appear in several member forms and are asked once.
    ``trigger``: the life event, in words ("家中有新生儿"); structured rules are in ``SuggestionRule``.
    """

    code: str
    name: LocalText
    matters: tuple[str, ...]
    shared_fields: tuple[str, ...] = ()
    description: LocalText
    trigger: LocalText
    icon: str | None = None


@dataclass(frozen=True, kw_only=True)
class AgeReached:
    """The resident turned ``age`` within the last ``within_days`` days (today included)."""

    age: int
    within_days: int


@dataclass(frozen=True, kw_only=True)
class SuggestionCondition:
    """When a suggestion applies, judged from the ID card in memory (免申即享 in spirit).

    Every condition given must hold. ``not_done_this_year``: this terminal has no application for the
    rule's matter by this resident in the current calendar year (e.g. the yearly 养老金资格认证).
    Ages are 周岁 (completed years); see :mod:`kiosk.core.suggestions` for the leap-day rule.
    """

    min_age: int | None = None
    max_age: int | None = None
    reached_age: AgeReached | None = None
    not_done_this_year: bool = False


@dataclass(frozen=True, kw_only=True)
class SuggestionRule:
    """您可能需要办理 ("you may need"): a matter or a bundle to offer right after the card is read."""

    code: str
    matter: str | None = None
    bundle: str | None = None
    when: SuggestionCondition
    reason: LocalText


@dataclass(frozen=True, kw_only=True)
class Village:
    """A village or community (村、社区) of the terminal's township: offered for address entry.

    ``address`` is the full address prefix ("河南省豫南县青石镇河口村") the resident's entry starts from.
    """

    code: str
    name: LocalText
    address: LocalText


@dataclass(frozen=True, kw_only=True)
class CalendarYear:
    """One year of China's official work calendar, as the State Council publishes it each autumn.

    ``holidays``: the weekdays (and weekend days) off for a public holiday; ``workdays``: the
    weekend days worked in exchange (调休). ISO dates. Carried in the signed catalog so a terminal
    whose software package is a year behind still promises the right dates.
    """

    year: int
    holidays: tuple[str, ...] = ()
    workdays: tuple[str, ...] = ()
