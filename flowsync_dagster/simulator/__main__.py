"""``python -m flowsync_dagster.simulator --port 8000 --users 5000 --seed 1``."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from flowsync_dagster.simulator.dataset import (
    DEFAULT_CLOCK,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    SchoolDataset,
)
from flowsync_dagster.simulator.faults import KINDS, parse_cli_fault
from flowsync_dagster.simulator.server import Simulator, SimulatorServer
from flowsync_dagster.simulator.wallclock import WallClock, anchor_from_file, fresh_anchor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowsync_dagster.simulator",
                                     description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--users", type=int, default=5000, help="100 to 1,000,000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clock", default=None,
                        help="the hour epoch 1 starts (ISO 8601 with offset; default "
                             f"{DEFAULT_CLOCK.isoformat()})")
    parser.add_argument("--epoch", type=int, default=None,
                        help="how many hours of changes after --clock to serve (default 0)")
    parser.add_argument("--follow-clock", action="store_true",
                        help="follow the wall clock instead of --clock and --epoch: serve the "
                             "hours that have ended since a day before the first start, one more "
                             "each hour, for 90 days (the bundled demo's source)")
    parser.add_argument("--anchor-file", type=Path, default=None,
                        help="with --follow-clock: where the first start keeps its anchor, so "
                             "that a restart serves the same school (default: none, a restart "
                             "starts a new one)")
    parser.add_argument("--hourly-user-changes", type=int, default=None,
                        help="users changed per hour (default 1%% of --users); other "
                             "entities scale alike")
    parser.add_argument("--app-key", default=DEMO_APP_KEY)
    parser.add_argument("--app-secret", default=DEMO_APP_SECRET)
    parser.add_argument("--token-ttl", type=int, default=7200, help="seconds a token lives")
    parser.add_argument("--cache-mb", type=int, default=1024, help="encoded-page cache budget")
    parser.add_argument("--fault", action="append", default=[], metavar="KIND[:k=v,...]",
                        help=f"inject a fault; kinds: {', '.join(sorted(KINDS))}")
    parser.add_argument("--warm", action="store_true",
                        help="render the big full listings into the page cache in the "
                             "background at start (GET /_sim/state says when it is done)")
    parser.add_argument("--access-log", action="store_true")
    args = parser.parse_args(argv)
    if not 100 <= args.users <= 1_000_000:
        parser.error("--users must be between 100 and 1,000,000")
    if args.follow_clock and (args.clock is not None or args.epoch is not None):
        parser.error("--follow-clock sets the clock and the epoch itself")
    if args.anchor_file is not None and not args.follow_clock:
        parser.error("--anchor-file goes with --follow-clock")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    wall_clock = _wall_clock(args.anchor_file) if args.follow_clock else None
    if wall_clock is None:
        clock = datetime.fromisoformat((args.clock or DEFAULT_CLOCK.isoformat()).replace(
            "Z", "+00:00"))
        dataset = SchoolDataset(users=args.users, seed=args.seed, clock=clock,
                                epoch=args.epoch or 0, hourly_user_changes=args.hourly_user_changes)
    else:
        dataset = wall_clock.dataset(args.users, args.seed, datetime.now(UTC),
                                     hourly_user_changes=args.hourly_user_changes)
    sim = Simulator(dataset, app_key=args.app_key, app_secret=args.app_secret,
                    token_ttl=args.token_ttl, cache_mb=args.cache_mb,
                    follow=None if wall_clock is None else wall_clock.epoch_now)
    sim.faults.set([parse_cli_fault(text) for text in args.fault])
    server = SimulatorServer(sim, host=args.host, port=args.port)
    if args.access_log:
        from flowsync_dagster.simulator import server as server_module

        server_module._Handler.access_log = True
    if args.warm:
        import threading

        sim.warming = True
        threading.Thread(target=sim.warm, name="warm", daemon=True).start()
    following = "" if wall_clock is None else (
        f", following the wall clock from {wall_clock.anchor.isoformat()} until "
        f"{wall_clock.ends.isoformat()}")
    print(f"Officeflow simulator on {server.base_url}/api/v4 ({args.users} users, seed "
          f"{args.seed}, epoch {dataset.epoch}{following}); app key {args.app_key!r}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


def _wall_clock(anchor_file: Path | None) -> WallClock:
    now = datetime.now(UTC)
    return WallClock(fresh_anchor(now) if anchor_file is None else anchor_from_file(anchor_file, now))


if __name__ == "__main__":
    sys.exit(main())
