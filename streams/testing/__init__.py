"""Helpers for testing wirestream and what is built on it.

* :func:`run_topology` — the worker's two agents in process over a list of records, no broker.
* :mod:`streams.testing.corpus` — generated (never real) article text and cross-posted copies.
"""

from streams.testing.topology import ListOutputs, Record, TopologyRun, arun_topology, run_topology

__all__ = ["ListOutputs", "Record", "TopologyRun", "arun_topology", "run_topology"]
