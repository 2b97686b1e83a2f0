"""Rule kinds: one module each, with a ``Params`` model and a pure ``check`` function."""
