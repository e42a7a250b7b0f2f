"""Adapters between the journey core (``kiosk.core.journey``) and the rest of the kiosk.

* ``store``   — :class:`JourneyStore` (submit through ``sync.outbox``, ratings, complaints, help,
  progress) and :func:`recover` (start-up crash recovery);
* ``printer`` — :class:`DevicePrinter`, the receipt port over ``devices.printer``;
* ``devices`` — ID card reads and camera captures as core data;
* ``form_page`` — :func:`render_form_page`, the application form the terminal generates, drawn;
* ``calendar`` — :func:`package_calendar`, China's official work calendar from ``chinesecalendar``.

Wiring in the app::

    store = JourneyStore(db, default_files_dir(config.data_dir), sealing_key_now(db),
                         config.terminal.code)
    recover(db, store.files_dir)
    services = JourneyServices(submitter=store, printer=DevicePrinter(printer_driver),
                               evaluations=store, terminal_name=config.terminal.name,
                               calendar=package_calendar(), form_renderer=render_form_page)
    journey = Journey(catalog, services, matter_code=code, session=session)
"""
