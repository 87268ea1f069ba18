"""What an author runs: the notebook contract, the build, the release, the nbgrader export."""
