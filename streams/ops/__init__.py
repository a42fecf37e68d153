"""Operator tooling: the ``wirestream`` command line, batch enrichment, the demo, the sample firehose,
operator commands and the local broker. May import every other layer; nothing imports it."""
