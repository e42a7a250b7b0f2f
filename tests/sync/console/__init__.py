"""Staff console tests: a package, so its conftest does not take the place of tests/sync/conftest.py
as the module `conftest` that the sync tests import helpers from."""
