"""长辈版's family path, through the real UI offscreen on the emulated card reader: a family member helping
an elderly resident chooses one large "I am helping a family member", puts their own card on the reader,
then the elderly resident's card (nothing typed), chooses the relationship from big buttons, and the
application is recorded like any proxy application: the principal is the applicant, both persons and
the relationship are sealed, with the basis "principal_card"."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMetaObject
from ui_kit import shown, wait_until

from kiosk.core.journey.identity import identify
from kiosk.core.journey.proxy import FAMILY, ProxyDetails, validate_proxy
from kiosk.services import dev_private_key
from kiosk.tools.screenshots import find
from kiosk.tools.simulate import pick, signature_strokes, value_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journey"))
from journey_kit import check_application

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"


def press(k, name: str) -> None:
    """What a touch on the button does (its clicked signal and the QML handler)."""
    item = shown(k, name)
    wait_until(k, item.isEnabled, what=f"{name} enabled")
    QMetaObject.invokeMethod(item, "clicked")


def to_proxy_screen(k, qtbot) -> object:
    """长辈版 on, the matter's guide, Start, the one large family choice, the helper's card."""
    _, code = pick(k.catalog.catalog, "proxy")
    k.app.start()
    k.app.toggleElderly()
    k.catalog.openGuide(code)
    k.app.go("guide")
    press(k, "startApplication")
    qtbot.waitUntil(lambda: k.app.screen == "journey-identify")
    family = shown(k, "identifyFamily")
    assert not find(k, "identifyProxy").isVisible()  # the small standard option gives way to the big one
    assert family.height() >= 1.5 * 60 and family.property("vertical")
    press(k, "identifyFamily")
    assert k.journey.wantsProxy
    reader = k.devices.manager.driver("idcard").emulator
    reader.insert("zhangsan")  # the helper
    qtbot.waitUntil(lambda: k.app.screen == "journey-proxy", timeout=10000)
    reader.remove()
    shown(k, "principalCardBox")
    return reader


def test_family_member_helps_with_both_cards_and_nothing_typed(dkiosk, qtbot):
    k = dkiosk
    reader = to_proxy_screen(k, qtbot)
    assert find(k, "principalCardBox").isVisible()
    assert not find(k, "principalName").isVisible()  # no typing in the family path
    assert not find(k, "proxyContinue").isEnabled()  # their card first

    reader.insert("lisi_for_life")  # the elderly resident's card
    qtbot.waitUntil(lambda: bool(k.journey.principalCard), timeout=10000)
    reader.remove()
    assert k.journey.principalCard["maskedName"] == "李*"
    wait_until(k, lambda: "李*" in shown(k, "principalCardText").property("text"))
    # the keypad lands on the choices
    wait_until(k, lambda: k.window.activeFocusItem().objectName().startswith("family_"), what="focus")
    for value in FAMILY:
        button = find(k, f"family_{value}")
        assert button.isVisible() and button.width() >= 60 and button.height() >= 60
    assert (
        find(k, "relationship_village_agent") is None or not find(k, "relationship_village_agent").isVisible()
    )

    press(k, "family_child")
    press(k, "proxyContinue")
    qtbot.waitUntil(lambda: k.app.screen == "journey-form", timeout=10000)
    j = k.journey.journey
    assert j.subject.name == "李四" and j.holder.name == "张三"
    assert j.values.get("applicant_name") == "李四"  # the form is prefilled from the elderly resident's card

    for f in j.form.fields:
        if f.key not in j.values:
            k.journey.setField(f.key, value_for(f))
    press(k, "formContinue")
    qtbot.waitUntil(lambda: k.app.screen == "journey-materials")
    step = j.materials
    for c in step.cards:
        if c.required and step.handling(c.code) is None:
            qtbot.waitUntil(lambda c=c: k.journey.scan(c.code), timeout=5000)
    press(k, "materialsContinue")
    qtbot.waitUntil(lambda: k.app.screen == "journey-sign")
    assert k.journey.sign(signature_strokes(), 600, 240)
    qtbot.waitUntil(lambda: k.app.screen == "journey-review")
    press(k, "reviewSubmit")
    qtbot.waitUntil(lambda: k.journey.step == "rate" and not k.journey.busy, timeout=15000)

    (app_id,) = k.db.execute("SELECT id FROM applications").fetchone()
    payload = check_application(k.db, dev_private_key(k.db), app_id)
    assert payload["role"] == "proxy"
    assert payload["applicant"]["name"] == "李四" and payload["applicant"]["source"] == "card"
    assert payload["card_holder"]["name"] == "张三"
    proxy = payload["proxy"]
    assert proxy["basis"] == "principal_card" and proxy["relationship"] == "child"
    assert proxy["principal"]["id_number"] == "411528195001014038"
    assert proxy["agent"]["name"] == "张三"


def test_the_helpers_own_card_again_is_refused_and_typing_stays_possible(dkiosk, qtbot):
    k = dkiosk
    reader = to_proxy_screen(k, qtbot)
    reader.insert("zhangsan")  # the helper's card a second time
    qtbot.waitUntil(lambda: k.journey.message != "", timeout=10000)
    reader.remove()
    assert not k.journey.principalCard
    assert k.journey.message == "被代办人不能是您本人。"

    press(k, "proxyWay")  # their card is not here: type their details instead
    shown(k, "principalName")
    shown(k, "relationship_village_agent")
    assert not find(k, "principalCardBox").isVisible()


def test_family_path_rules_in_the_core():
    import datetime as dt

    from devices.idcard.deck import DECK
    from kiosk.journey_adapters.devices import card_data

    today = dt.date(2026, 11, 26)
    helper = identify(card_data(DECK["zhangsan"].data), today)
    elder = identify(card_data(DECK["lisi_for_life"].data), today)
    proxy, errors = validate_proxy(ProxyDetails("", "", "", "child", (), principal_card=elder), helper)
    assert not errors and proxy is not None
    assert proxy.basis == "principal_card" and proxy.principal.name == "李四" and proxy.principal.from_card
    assert proxy.as_payload()["basis"] == "principal_card"

    _, errors = validate_proxy(ProxyDetails("", "", "", "village_agent", (), principal_card=elder), helper)
    assert [e.path for e in errors] == ["relationship"]  # agents who are not family use the letter
    _, errors = validate_proxy(ProxyDetails("", "", "", "child", (), principal_card=helper), helper)
    assert [e.code for e in errors] == ["principal_is_agent"]
    _, errors = validate_proxy(ProxyDetails("", "", "123", "child", (), principal_card=elder), helper)
    assert [e.path for e in errors] == ["principal_phone"]
