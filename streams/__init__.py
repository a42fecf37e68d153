"""wirestream: Kafka-native news enrichment (language, wire-story dedup, claims)."""

__version__ = "0.1.0"
