# ruff: noqa: E501  (the message table reads best one code per line)
"""Resident-facing messages as stable codes plus parameters, with zh_CN and en default texts.

Every check in the journey answers with :class:`Message` (``code`` + ``params``), never with prose
built on the spot: the UI translates the code (Qt Linguist) and may fall back to :meth:`Message.text`.
Codes are part of the API: renaming one is a breaking change for the QML layer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: code -> (zh_CN, en). Placeholders are ``str.format`` names from the message's params.
TEXTS: dict[str, tuple[str, str]] = {
    # -- identity
    "card_read_failed": ("没有读到身份证，请把身份证平放在感应区再试一次。",
                         "The ID card could not be read. Please lay it flat on the reader and try again."),
    "card_removed": ("身份证拿开得太早了，请放回感应区，等听到提示音再拿开。",
                     "The card was taken away too early. Please put it back and wait for the beep."),
    "reader_offline": ("读卡器暂时不能使用，请呼叫工作人员。",
                       "The card reader is not working. Please call a member of staff."),
    "card_expired": ("这张身份证已过有效期（{valid_to}），请使用有效证件或到窗口办理。",
                     "This ID card expired on {valid_to}. Please use a valid card or go to a service window."),
    "card_not_yet_valid": ("这张身份证尚未生效，请到窗口办理。",
                           "This ID card is not valid yet. Please go to a service window."),
    "card_check_digit": ("身份证号码校验未通过，请重新读卡；仍不通过请到窗口办理。",
                         "The ID number on the card did not pass its check. Please try again "
                         "or go to a service window."),
    "card_data_incomplete": ("身份证信息不完整，请重新读卡。",
                             "Some information on the card could not be read. Please try again."),
    # -- journey
    "not_at_terminal": ("此事项不能在自助终端办理，请到：{where}",
                        "This matter cannot be handled at the terminal. Please go to: {where}"),
    "unknown_matter": ("没有找到这个事项。", "This matter was not found."),
    "proxy_not_allowed": ("此事项须本人办理，不能代办。", "This matter must be handled in person, not by an agent."),
    "wrong_step": ("请先完成当前步骤。", "Please finish the current step first."),
    "journey_wiped": ("本次办理已结束，信息已清除。", "This session has ended and its information was cleared."),
    "materials_incomplete": ("还有{count}份必要材料没有提交。", "{count} required material(s) still missing."),
    "form_invalid": ("表格还有{count}处需要修改。", "{count} item(s) on the form need attention."),
    "signature_missing": ("请先签名。", "Please sign first."),
    "submit_failed": ("提交没有成功，您的申请没有保存，请重试或呼叫工作人员。",
                      "Submission failed and nothing was saved. Please try again or call staff."),
    # -- form fields
    "required": ("此项必须填写。", "This is required."),
    "unknown_field": ("表格中没有这一项。", "This item is not on the form."),
    "invalid_value": ("填写的内容格式不对。", "This value is not in the right format."),
    "invalid_characters": ("含有不能识别的字符。", "Contains characters that cannot be used."),
    "too_short": ("至少填写{min}个字。", "Enter at least {min} characters."),
    "too_long": ("最多填写{max}个字。", "Enter at most {max} characters."),
    "pattern_mismatch": ("填写格式不正确。", "The format is not right."),
    "not_a_number": ("请填写数字。", "Please enter a number."),
    "number_too_small": ("不能小于{min}。", "Must be at least {min}."),
    "number_too_large": ("不能大于{max}。", "Must be at most {max}."),
    "invalid_date": ("请选择正确的日期。", "Please choose a valid date."),
    "date_out_of_range": ("日期应在{min}到{max}之间。", "The date must be between {min} and {max}."),
    "invalid_choice": ("请从选项中选择。", "Please choose one of the options."),
    "too_few_choices": ("至少选择{min}项。", "Choose at least {min}."),
    "too_many_choices": ("最多选择{max}项。", "Choose at most {max}."),
    "duplicate_choice": ("同一项不能选两次。", "The same option was chosen twice."),
    "invalid_phone": ("请填写正确的手机号或固定电话。", "Please enter a valid mobile or landline number."),
    "invalid_id_number": ("身份号码应为18位。", "An ID number has 18 characters."),
    "id_check_digit": ("身份号码有误，请核对（最后一位校验不对）。",
                       "This ID number is not right; please check it (the last character does not match)."),
    "id_birth_date": ("身份号码中的出生日期不对，请核对。", "The date of birth inside this ID number is not valid."),
    "too_few_items": ("至少填写{min}条。", "Add at least {min} entries."),
    "too_many_items": ("最多填写{max}条。", "Add at most {max} entries."),
    # -- materials
    "unknown_material": ("此事项不需要这份材料。", "This matter does not ask for this material."),
    "no_pages": ("请至少拍摄一页。", "Please scan at least one page."),
    "too_many_pages": ("最多拍摄{max}页。", "At most {max} pages."),
    "page_quality": ("这一页拍得不清楚，请重拍。", "This page is not clear enough; please scan it again."),
    "elicense_not_accepted": ("这份材料不能用该类电子证照代替。", "This e-licence type cannot replace this material."),
    "elicense_invalid": ("电子证照二维码无法识别，请重新出示。", "The e-licence code could not be read; please show it again."),
    "not_deferrable": ("这份材料不能容缺后补。", "This material cannot be handed in later."),
    "due_date_too_late": ("补交日期不能晚于承诺办结日期{latest}。",
                          "The due date cannot be after the promised completion date {latest}."),
    "due_date_past": ("补交日期应在今天之后。", "The due date must be after today."),
    "commitment_not_allowed": ("这份材料不能以告知承诺代替。", "This material cannot be replaced by a written commitment."),
    "commitment_not_confirmed": ("请阅读并确认告知承诺内容和法律责任。",
                                 "Please read and confirm the commitment and the liability."),
    "reuse_not_found": ("没有找到可以复用的材料。", "No earlier copy of this material was found."),
    "card_read_not_usable": ("代办时不能用读卡代替被代办人的身份证。",
                             "When applying for someone else, reading your own card cannot replace theirs."),
    # -- proxy
    "principal_is_agent": ("被代办人不能是您本人。", "The person you apply for cannot be yourself."),
    "invalid_relationship": ("请选择您与被代办人的关系。", "Please choose how you are related."),
    "authorization_missing": ("请提交授权委托书。", "Please hand in the letter of authorization."),
    # -- face
    "face_consent_refused": ("您选择不进行人脸核验，将由工作人员核验身份。",
                             "You chose not to use face verification; staff will verify your identity."),
    "face_camera_offline": ("人脸摄像头暂时不能使用，将由工作人员核验身份。",
                            "The face camera is not working; staff will verify your identity."),
    "face_failed": ("人脸核验未通过，将由工作人员核验身份。",
                    "Face verification did not succeed; staff will verify your identity."),
    "face_staff_chosen": ("您选择由工作人员核验身份。", "You chose to have staff verify your identity."),
    "face_retry": ("没有核验成功，请再试一次（还可以试{left}次）。", "That did not work; please try again ({left} left)."),
    # -- signature
    "signature_empty": ("请在框内签名。", "Please sign inside the box."),
    "signature_too_short": ("签名太短，请写清楚您的姓名。", "The signature is too short; please write your name."),
    # -- receipt / printer
    "receipt_paper_out": ("回执打印机缺纸，申请已成功提交，请拍下屏幕上的二维码或记下受理号。",
                          "The receipt printer is out of paper. Your application was submitted: "
                          "photograph the QR code or note the acceptance number."),
    "receipt_printer_offline": ("回执打印机暂时不能使用，申请已成功提交，请记下屏幕上的受理号。",
                                "The receipt printer is not working. Your application was submitted: "
                                "note the acceptance number on the screen."),
    "receipt_printed": ("回执已打印，请取走。", "Your receipt has been printed; please take it."),
    # -- evaluation
    "rating_required": ("请选择满意程度。", "Please choose a rating."),
    "reason_required": ("请告诉我们不满意的原因。", "Please tell us why you are not satisfied."),
    "already_rated": ("这次办事已经评价过了。", "This service has already been rated."),
    "invalid_dimension": ("评价项目不正确。", "Unknown rating item."),
    # -- complaints / help / progress
    "invalid_category": ("请选择投诉类别。", "Please choose a category."),
    "text_required": ("请填写具体内容。", "Please describe the problem."),
    "contact_or_anonymous": ("匿名投诉不能留联系方式。", "An anonymous complaint cannot leave contact details."),
    "help_called": ("已呼叫工作人员，请稍候。", "Staff have been called; please wait."),
    "qr_not_recognised": ("这个二维码不是本终端的办事回执。", "This QR code is not a receipt from this terminal."),
    "nothing_found": ("没有查到办件记录。", "No applications were found."),
}  # fmt: skip


@dataclass(frozen=True)
class Message:
    """A code the UI translates, its parameters, and the default texts."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, locale: str = "zh_CN") -> str:
        zh, en = TEXTS.get(self.code, (self.code, self.code))
        template = en if locale.lower().startswith("en") else zh
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}


def msg(code: str, **params: Any) -> Message:
    return Message(code, params)


class JourneyError(Exception):
    """A resident-facing refusal: ``message.code`` says what; ``str()`` is the zh_CN text.

    The text never quotes personal data: parameters are dates, counts and names of places.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.message = Message(code, params)
        super().__init__(self.message.text("en"))

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params
