"""Storage errors, each with a Dutch message a woonbegeleider can act on."""

from __future__ import annotations


class StorageError(Exception):
    """Base class; ``str(error)`` is the Dutch message."""


class WrongKeyError(StorageError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"De database {path} kan niet worden geopend: de sleutel klopt niet of het bestand is geen "
            "KSO-database. Er is niets gewijzigd. Neem contact op met de beheerder."
        )


class DatabaseCorruptError(StorageError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(f"De database {path} is beschadigd ({detail}). Zet een back-up terug.")


class MigrationError(StorageError):
    def __init__(self, path: object, backup: object, detail: str) -> None:
        super().__init__(
            f"Het bijwerken van de database {path} is mislukt ({detail}). "
            f"Er staat een kopie van vóór het bijwerken in {backup}."
        )
