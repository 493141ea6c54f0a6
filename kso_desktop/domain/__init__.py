"""The KSO domain: enums, value objects and kwaliteitskader rules. Plain Python only (no Qt, no SQL)."""
