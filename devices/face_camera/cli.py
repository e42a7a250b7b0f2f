"""Hooks the camera commands (``qr decode``, ``face check``, ``document crop``) into kiosk-devices.

kiosk-devices imports ``devices.<kind>.cli`` for every kind; the camera commands are registered
once, here, rather than also under document_camera (argparse refuses a command added twice).
"""

from devices.camera.cli import register_cli

__all__ = ["register_cli"]
