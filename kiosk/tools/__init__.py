"""Development and measurement tooling: never imported by the running kiosk (tests/test_layering.py).

simulate (whole journeys on the emulators), screenshots and the 长辈版 measure, the translation builder and
the catalog generator. They may use Qt and every layer; the product may not use them.
"""
