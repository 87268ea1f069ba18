"""Topic models: one subject each, with its charts and controls (run in the student's kernel)."""
