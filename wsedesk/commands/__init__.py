"""Headless sub-commands of `wsedesk`. Each module has `register(subparsers)`.

A module's parser sets `handler=run`, where `run(args) -> int` does the work. Handlers raise
UserError for anything the user can fix; cli.main turns that into one line on stderr.
"""

COMMAND_MODULES: tuple[str, ...] = (
    "db",
    "demo",
    "term",
    "deadlines",
    "letter",
    "figures",
    "report",
    "intake",
    "check",
    "providers",
    "guidance",
    "change",
    "visit",
    "org",
    "search",
    "step",
    "letters",
)
