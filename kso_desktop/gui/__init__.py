"""The Qt GUI: the only package that imports PySide6. Widgets call services; no business rules here."""
