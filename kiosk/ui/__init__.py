"""Thin Qt Quick views and their Python controllers."""
