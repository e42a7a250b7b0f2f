"""Screens are found by file name; every one of them must be reachable by `kiosk-tools screenshots`."""

from __future__ import annotations

from kiosk.tools.screenshots import SCREENS
from kiosk.ui.app_controller import screen_file, screen_names


def test_names_map_to_their_files() -> None:
    assert screen_file("home") == "screens/HomeScreen.qml"
    assert screen_file("journey-face-consent") == "screens/JourneyFaceConsent.qml"
    assert screen_file("no-such-screen") == ""
    assert screen_file("") == ""


def test_parts_of_screens_are_not_screens() -> None:
    names = screen_names()
    assert "journey-field" not in names and "journey-sign-pad" not in names
    assert {"attract", "home", "journey-rate"} <= set(names)


def test_every_screen_has_a_screenshot() -> None:
    missing = [n for n in screen_names() if not any(k == n or k.startswith(n + "-") for k in SCREENS)]
    assert missing == [], f"add these screens to kiosk.tools.screenshots.SCREENS: {missing}"
