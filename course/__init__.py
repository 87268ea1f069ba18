"""Course helper package."""
