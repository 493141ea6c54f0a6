"""PDF documents with reportlab: data in, PDF out, with a progress callback. No Qt, no SQL."""
