"""Answer questions about the indexed articles: condense, retrieve, answer, verify."""
