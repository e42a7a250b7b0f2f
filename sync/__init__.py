"""Sync engine and reference central platform. Never imports Qt."""
