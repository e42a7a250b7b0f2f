"""The fit measure (kiosk.tools.a11y_measure.measure_fit) catches what a resident would see cut: text
wider than its button, text elided, a glyph badge over its tile's border, text off the window, text cut
sideways by a clipping box. Each case is drawn for real in an offscreen window beside one that fits, so
the measure is shown to flag the fault and only the fault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.tools.a11y_measure import measure_fit

LONG = "Search services (Chinese or pinyin)"

WINDOW = f"""
import QtQuick
import QtQuick.Window
Window {{
    width: 640; height: 480; visible: true; color: "white"
    component Frame: Rectangle {{ width: 200; height: 80; border.width: 2; border.color: "black" }}
    Frame {{
        x: 100; y: 10
        Text {{ objectName: "tooWide"; anchors.centerIn: parent; text: "{LONG}"; font.pixelSize: 20 }}
    }}
    Frame {{
        x: 10; y: 110
        Text {{ objectName: "elided"; anchors.centerIn: parent; width: parent.width - 10
               elide: Text.ElideRight; text: "{LONG}"; font.pixelSize: 20 }}
    }}
    Frame {{
        x: 10; y: 210
        Rectangle {{
            objectName: "badge"; anchors.horizontalCenter: parent.horizontalCenter; y: -12
            width: 30; height: 30; radius: 15; color: "navy"
            Text {{ anchors.centerIn: parent; text: "办"; color: "white"; font.pixelSize: 16 }}
        }}
    }}
    Frame {{
        x: 10; y: 310; clip: true
        Item {{  // no frame of its own: the clip is what cuts it
            width: 600; height: 40
            Text {{ objectName: "cutSideways"; text: "{LONG}"; font.pixelSize: 20 }}
        }}
    }}
    Text {{ objectName: "offWindow"; x: 600; y: 420; text: "Faster"; font.pixelSize: 20 }}
    Frame {{
        objectName: "fits"; x: 310; y: 100; width: 320; height: 140
        Rectangle {{
            anchors.horizontalCenter: parent.horizontalCenter; y: 10
            width: 30; height: 30; radius: 15; color: "navy"
            Text {{ anchors.centerIn: parent; text: "办"; color: "white"; font.pixelSize: 16 }}
        }}
        Text {{
            objectName: "wraps"; anchors.bottom: parent.bottom; anchors.bottomMargin: 8
            anchors.horizontalCenter: parent.horizontalCenter; width: parent.width - 16
            horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap; text: "{LONG}"
            font.pixelSize: 20
        }}
    }}
}}
"""


@pytest.fixture
def drawn(qapp):
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(WINDOW.encode(), QUrl())
    window = component.create()
    assert isinstance(window, QQuickWindow), component.errorString()
    qapp.processEvents()
    yield window
    window.close()
    window.deleteLater()
    engine.deleteLater()
    # processEvents() alone never runs a deleteLater() posted outside an event loop (see KioskApp.close)
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_each_fault_is_flagged_and_the_fitting_frame_is_not(drawn):
    found = {(f.item, f.rule) for f in measure_fit(drawn, "sample")}
    assert found == {
        ("tooWide", "text overflows its box"),
        ("elided", "text cut short"),
        ("badge", "crosses a border"),
        ("cutSideways", "text clipped"),
        ("offWindow", "text outside the window"),
    }


def test_a_finding_says_where_and_by_how_much(drawn):
    too_wide = next(f for f in measure_fit(drawn, "sample") if f.item == "tooWide")
    assert too_wide.screen == "sample" and too_wide.value > 20  # the text sticks out by its overhang
    assert "inside 196x76 at 102,12" in str(too_wide)  # the frame's inside, within its 2 px border
