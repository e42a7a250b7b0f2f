"""The emulator console: a development window beside the kiosk on emulated devices, never on a terminal."""
