"""Goals: verksamhetsplaner in YAML, members' entries, and where every goal stands.

Layers as folders, each importing only those below it (tests/test_architecture.py holds
the rule): i18n and domain at the bottom; io; the capabilities (access, mappings, drafting,
editor, views, reports); store (all SQL); services (use cases, the only callers of the
store); ui and cli at the top. `config` is the one reader of the environment.
"""
