"""Unattended operation, Qt-free: systemd watchdog, metrics, crash bookkeeping, schedule, UPS, diagnostics,
technician entry. The UI wires these into its event loop; nothing here starts threads or timers of its own
except the UPS monitor's poller, which the UI may also drive by hand."""
