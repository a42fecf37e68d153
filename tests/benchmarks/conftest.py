"""The broker fixture of the integration tests, for the benchmark smoke test."""

from tests.integration.conftest import broker_settings  # noqa: F401
