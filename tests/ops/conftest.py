from tests.integration.conftest import broker_settings  # noqa: F401  (the session broker fixture)
