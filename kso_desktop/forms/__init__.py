"""Declarative form engine: load and validate form definitions, validate answers. No Qt, no SQL."""
