"""Language measures and grammar backends."""
