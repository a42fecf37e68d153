"""The Faust shell: the app, its topics, tables and agents. Imports ``streams.core``, ``streams.settings``,
``streams.faust_fixes`` and ``streams.web``; never ``streams.ops``."""
