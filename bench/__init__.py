"""Benchmarks: ``python -m bench`` from the repository root writes docs/benchmarks.md."""
