"""The staff console: server-rendered pages under ``/console`` for window staff, supervisors and
technicians (fleet, help calls, complaints, applications, certifications and home visits).

``mount_console(app, storage, keys, settings)`` adds it to the platform's web app; its records live in
its own ``console_*`` tables (:mod:`sync.platform.console.store`) in the platform's database.
"""

from sync.platform.console.settings import ConsoleSettings
from sync.platform.console.web import mount_console

__all__ = ["ConsoleSettings", "mount_console"]
