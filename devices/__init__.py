"""Device drivers, wire protocols and byte-level emulators. Never imports kiosk or Qt."""
