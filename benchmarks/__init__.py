"""Benchmarks and load tools, outside the package: `python -m benchmarks.<name>`.

Each prints its figures beside a floor and the ratio; none is a timed test."""
