"""Domain rules of the reception desk. Plain Python: this package must never import Qt."""
