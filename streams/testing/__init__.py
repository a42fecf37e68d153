"""Helpers for testing wirestream and systems built on it: generated (never real) news text."""
