# Two commands (see README):
#   make lab    set everything up and open the course in JupyterLab on module 00
#   make test   set everything up and run every test (what .ci/run calls)
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: lab test setup build benchmark check-notebooks site data data-check

setup:
	$(PY) tools/setup_env.py

# --allow-root only where needed (containers, CI shells); a student's laptop never runs as root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: setup
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/00_start_here.ipynb

test:
	$(PY) tools/setup_env.py --browser --nbgrader --grader --site
	$(BIN)/python -m pytest -q

# For authors: rebuild student / solution notebooks from the masters and run them.
build: setup
	$(BIN)/python -m course.authoring.build

check-notebooks: setup
	$(BIN)/python -m course.authoring.build --check

# For authors: rebuild every file in data/ from data/sources/ (compiled tables and raw
# extracts; after `make setup`). `make data-check` rebuilds a copy and fails unless it is
# byte-identical to data/ (tests/test_data_build.py runs the same check).
data:
	$(BIN)/python tools/make_data.py

data-check:
	$(BIN)/python tools/make_data.py --check

benchmark: setup
	$(BIN)/python tools/benchmark.py

# The course website (build/site/) and the PDF handouts (build/handouts/), offline, from the
# notebooks' stored outputs: Sphinx + MyST-NB in .venv-site, PDFs by Debian's Chromium.
site:
	$(PY) tools/setup_env.py --browser --site --site-only
	.venv-site/bin/python tools/build_site.py
