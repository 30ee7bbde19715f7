"""Benchmarks. Run ``python -m bench`` from the repository root; results go to docs/benchmarks.md."""
