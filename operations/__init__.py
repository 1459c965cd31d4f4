"""Running the portal: backups, restores and readiness.

A top-level app because it looks after the whole installation (every app's tables, the media
files, the audit chain's head, the worker and beat), which none of the domain apps owns. It
sits at the top of the import order, just below township_portal: it may import audit and
everything below it, and nothing imports it.
"""
