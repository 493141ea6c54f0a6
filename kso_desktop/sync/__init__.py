"""Offline-first sync with the KSO portal (kso_portal/PROTOCOL.md): HTTP client, tokens, engine. No Qt."""
