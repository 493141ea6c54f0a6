"""Use cases: each owns its transaction and returns domain objects, never ORM rows. No Qt here."""
