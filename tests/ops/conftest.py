from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from streams.settings import Settings
from tests.integration.conftest import broker_settings  # noqa: F401  (the session broker fixture)
from tests.integration.harness import drop_topics


@pytest.fixture
def scratch_name(broker_settings: Settings) -> Iterator[str]:  # noqa: F811
    """A unique topic prefix / group name for one test; its topics are deleted afterwards."""
    name = f"n{uuid.uuid4().hex[:10]}"
    yield name
    drop_topics(broker_settings, name)
