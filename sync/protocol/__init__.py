"""The sync protocol: the only code the kiosk and the platform share."""
