"""Use cases: one transaction each, the actor checked before writing.

The only callers of goals.store. Pages, the command line and the benchmarks come here for
data and for every write."""
