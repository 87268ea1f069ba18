"""``python -m course.service`` — run the checking service (JupyterHub starts it), or manage it.

    python -m course.service [--port P] [--db-url URL] [--keys DIR --term T]   serve
    python -m course.service load-keys DIR --term 2027-spring [--db-url URL]   a new term's keys
    python -m course.service export [--quiz Q] [--out gradebook.csv] [--db-url URL]

The database URL is ``--db-url``, else ``$COURSE_CHECKER_DB_URL``, else a SQLite file
``course-checker.sqlite`` in the working directory. Serving with ``--keys`` (or
``$COURSE_CHECKER_KEYS``) loads those masters first (skipped when unchanged).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import signal
import sys
from urllib.parse import urlparse

from .core import Checker
from .models import default_db_url

log = logging.getLogger("course.service")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python -m course.service")
    ap.add_argument("command", nargs="?", default="serve", choices=["serve", "load-keys", "export"])
    ap.add_argument("directory", nargs="?", help="load-keys: a folder of exercise masters")
    ap.add_argument("--db-url", default=None)
    ap.add_argument("--term", default=os.environ.get("COURSE_CHECKER_TERM", "default"))
    ap.add_argument("--keys", default=os.environ.get("COURSE_CHECKER_KEYS"))
    ap.add_argument("--port", type=int, default=None)
    ap.add_argument("--quiz", default=None)
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)
    db_url = args.db_url or default_db_url()
    logging.basicConfig(level=logging.INFO, format="[course-checker %(asctime)s] %(message)s")

    if args.command == "load-keys":
        if not args.directory:
            ap.error("load-keys needs a folder of exercise masters")
        checker = Checker(db_url)
        added = checker.load_keys(args.directory, args.term, loaded_by=getpass.getuser())
        for row in added:
            print(f"loaded {row.quiz} ({row.file_name}) for term {row.term}")
        print(
            f"{len(added)} key set(s) loaded; unchanged masters skipped. A running service "
            "uses the new keys from its next check."
        )
        return 0
    if args.command == "export":
        from . import export

        text = export.to_csv(export.gradebook(Checker(db_url), args.quiz))
        if args.out == "-":
            sys.stdout.write(text)
        else:
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        return 0
    return serve(db_url, args.port, args.keys, args.term)


def serve(db_url: str, port: int | None, keys: str | None, term: str) -> int:
    from .app import make_app

    checker = Checker(db_url)
    if keys:
        for row in checker.load_keys(keys, term, loaded_by="service start"):
            log.info("loaded keys of %s for term %s", row.quiz, row.term)
    url = urlparse(os.environ.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10101"))
    app = make_app(checker)

    async def run() -> None:
        server = app.listen(port or url.port or 10101, url.hostname or "127.0.0.1", xheaders=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        log.info(
            "checking service on %s (pid %d), %d attempts stored, database %s",
            url.geturl(),
            os.getpid(),
            checker.count_attempts(),
            _safe(db_url),
        )
        await stop.wait()
        server.stop()
        checker.engine.dispose()

    asyncio.run(run())
    return 0


def _safe(url: str) -> str:
    parsed = urlparse(url)
    return url.replace(parsed.password, "***") if parsed.password else url


if __name__ == "__main__":
    raise SystemExit(main())
