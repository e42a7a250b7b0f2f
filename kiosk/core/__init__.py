"""Qt-free core: domain model, session flows, validation. Never imports Qt, devices or sync."""
