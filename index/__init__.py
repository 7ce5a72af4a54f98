"""Load, clean, chunk, embed and store articles. Never imports `bot`."""
