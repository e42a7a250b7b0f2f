"""The reference central platform (`kiosk-platform`): enrols terminals, receives and verifies applications."""
