"""Local storage: SQLAlchemy 2 models on an SQLCipher-encrypted SQLite file, with alembic migrations."""
