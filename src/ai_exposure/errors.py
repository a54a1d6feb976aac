"""The one error type the library raises for what the user can act on (an input that is no export, a
folder that cannot be written, a damaged snapshot, an unreadable history, bad settings): one line of
text, and the exit code the command line gives it. The command line catches it once."""

from __future__ import annotations


class Error(Exception):
    """One line for the user; `exit_code` 2 for a wrong input or option, 1 for a run that failed."""

    exit_code = 2
