"""KSO reference portal: the server side of the sync protocol (see PROTOCOL.md)."""
