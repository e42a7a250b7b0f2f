"""Fixtures: the demo catalog, a real SQLite store, real sealing, the emulated printer over its pty."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from journey_kit import TODAY, wait_for_receipt

from devices.printer import create_driver
from kiosk.config import default_config
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.journey import Journey, JourneyServices
from kiosk.core.session import Session
from kiosk.journey_adapters.form_page import render_form_page
from kiosk.journey_adapters.printer import DevicePrinter
from kiosk.journey_adapters.store import JourneyStore
from kiosk.logs import Redactor


class Clock:
    """One fake clock for the journey (datetimes) and the store (epoch seconds)."""

    def __init__(self) -> None:
        self.now = dt.datetime.combine(TODAY, dt.time(10, 30)).astimezone()
        self.mono = 1000.0

    def __call__(self) -> dt.datetime:
        return self.now

    def time(self) -> float:
        return self.now.timestamp()

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
        self.mono += seconds


@pytest.fixture(scope="session")
def catalog():
    return load_catalog()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def platform_private():
    return X25519PrivateKey.generate()


@pytest.fixture
def db(tmp_path, store_copy):
    return store_copy(tmp_path / "kiosk.db")


@pytest.fixture
def store(db, tmp_path, platform_private, clock):
    return JourneyStore(db, tmp_path / "sealed", platform_private.public_key(), "0001", clock=clock.time)


@pytest.fixture
def printer_rig(tmp_path):
    driver = create_driver({"emulated": True, "model": "pos80", "output_dir": str(tmp_path / "receipts")})
    driver.open()
    yield driver, driver.emulator
    driver.close()


@pytest.fixture
def services(store, printer_rig, clock):
    driver, _ = printer_rig
    return JourneyServices(
        submitter=store,
        printer=DevicePrinter(driver),
        evaluations=store,
        clock=clock,
        terminal_name="青石镇便民服务中心",
        form_renderer=render_form_page,
    )


@pytest.fixture
def session(tmp_path, clock):
    config = default_config({"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)})
    s = Session(config, clock.monotonic, keyboard_config_home=tmp_path / "xdg", redactor=Redactor())
    s.touch()
    return s


@pytest.fixture
def start(catalog, services, session):
    def make(matter_code: str | None = None, bundle_code: str | None = None, **kwargs: Any) -> Journey:
        return Journey(
            catalog,
            kwargs.pop("services", services),
            matter_code=matter_code,
            bundle_code=bundle_code,
            session=kwargs.pop("session", session),
        )

    return make


@pytest.fixture
def receipt_png(printer_rig):
    _, emulator = printer_rig
    return lambda count=1: wait_for_receipt(emulator, count)
