"""Kiosk-side sync engine: uploads the outbox to the platform and reads back case states."""
