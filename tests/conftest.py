"""Shared fixtures: JSON Schema validation of records against schemas/."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def load_schemas() -> dict[str, dict]:
    return {
        path.name.removesuffix(".schema.json"): json.loads(path.read_text())
        for path in SCHEMAS.glob("*.json")
    }


class SchemaBook:
    """Validate a record published on a topic (by base topic name) against its schema."""

    def __init__(self) -> None:
        self.schemas = load_schemas()
        resources = []
        for schema in self.schemas.values():
            resource = Resource.from_contents(schema)
            resources.append((schema["$id"], resource))
            resources.append((schema["$id"].rsplit("/", 1)[1], resource))
        self.registry = Registry().with_resources(resources)

    def validate(self, topic: str, record: dict) -> None:
        schema = self.schemas[topic]
        validator = jsonschema.Draft202012Validator(
            schema, registry=self.registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        validator.validate(record)


@pytest.fixture(scope="session")
def schemas() -> SchemaBook:
    return SchemaBook()
