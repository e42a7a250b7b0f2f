"""The project's data files (demo catalog and its schema, camera samples, the help chime, the example
configuration), packaged as this package's data so an installed wheel carries them. Code finds them through
:mod:`kiosk.assets` (``devices`` through :mod:`devices.camera.setup`); this package holds no code."""
