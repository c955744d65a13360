"""Child process of the kill loop: perform the operations round robin, print each acknowledgement.

`python -m tests.integration.crash_worker DB ENV_JSON START` (crash_operations.Env; START: the row
to begin the round with, so that every row is interrupted, not only the first few) — a line
`ack <operation> <key>` is printed (and flushed) only after the service call returned, i.e. after
the commit: the parent may kill this process at any moment and then demands every acked write.
"""

from __future__ import annotations

import sys
from itertools import cycle

from tests.integration.crash_operations import OPERATIONS, Env
from wsedesk.clock import FixedClock
from wsedesk.services.session import open_context


def main() -> None:
    from tests.conftest import TEST_NOW

    db, env_json, start = sys.argv[1:4]
    env = Env.from_json(env_json)
    first = int(start) % len(OPERATIONS)
    ctx = open_context(f"sqlite:///{db}", clock=FixedClock(TEST_NOW), login="tester")
    print("ready", flush=True)
    exhausted: set[str] = set()
    for op in cycle(OPERATIONS[first:] + OPERATIONS[:first]):
        if len(exhausted) == len(OPERATIONS):
            break
        if op.name in exhausted:
            continue
        key = op.perform(ctx, env)
        if key is None:
            exhausted.add(op.name)
            continue
        print(f"ack {op.name} {key}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
