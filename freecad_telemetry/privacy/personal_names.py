"""Where this person's and this machine's names come from: the environment, the account
database, the home folder and the host name.

Runs on the thread that sends (the send filter asks the first time it filters a message),
never on FreeCAD's GUI thread: the account database may be on the network (NSS, LDAP).
"""

from __future__ import annotations

import getpass
import os
import platform
import re
import socket
import threading
from pathlib import Path
from typing import Callable, FrozenSet, Iterable, List, Mapping, Optional, Tuple

from freecad_telemetry.privacy.personal_data import NameMatcher


def _password_entry() -> Iterable[str]:
    import pwd  # POSIX only: on Windows the ImportError skips this source

    entry = pwd.getpwuid(os.getuid())
    return [entry.pw_name, Path(entry.pw_dir).name, entry.pw_gecos.split(",")[0]]


_USER_VARIABLES = ("USER", "LOGNAME", "LNAME", "USERNAME", "HOME", "USERPROFILE")
_HOST_VARIABLES = ("HOSTNAME", "COMPUTERNAME", "USERDOMAIN", "USERDNSDOMAIN")


def gather_names(env: Optional[Mapping[str, str]] = None) -> FrozenSet[str]:
    """This account's user, real and home folder names and this machine's names, as found.

    Slow at times (the password database may be on the network): called on the thread that
    sends, never on FreeCAD's GUI thread. Never raises: a source that fails is skipped.
    """
    env = os.environ if env is None else env
    users: List[str] = [env.get(v, "") for v in _USER_VARIABLES]
    # HOME, USERPROFILE: their folder's name, with either separator
    users[-2:] = [re.split(r"[\\/]", p.rstrip("\\/"))[-1] for p in users[-2:]]
    hosts: List[str] = [env.get(v, "") for v in _HOST_VARIABLES]
    sources: List[Tuple[List[str], Callable[[], Iterable[str]]]] = [
        # getpass reads LOGNAME, USER, LNAME, USERNAME, then the password database
        (users, lambda: [getpass.getuser()]),
        (users, lambda: [Path.home().name]),
        (users, _password_entry),  # login, home folder and real name (GECOS)
        (hosts, lambda: [socket.gethostname()]),
        (hosts, lambda: [platform.node()]),
    ]
    for found, source in sources:
        try:
            for name in source():
                found.append(str(name or ""))
        except (ImportError, KeyError, OSError, RuntimeError):  # no such source here: skipped
            continue
    names = set()
    for user in users:
        names.add(user)
        names.update(re.split(r"[\s._-]+", user))  # "jane.doe": Jane and Doe too
    for host in hosts:
        names.add(host)
        names.add(host.split(".")[0])  # a host's short name
    return frozenset(n.strip() for n in names if n.strip())


class PersonalNames:
    """This machine's names, as a NameMatcher made the first time one is asked for (on that
    thread: the sending one) and then kept. Cheap to make on any thread; one may be shared
    by every filter of a process, which then asks the account database once."""

    def __init__(self, gather: Callable[[], Iterable[str]] = gather_names) -> None:
        self._gather = gather
        self._matcher: Optional[NameMatcher] = None
        self._lock = threading.Lock()

    def matcher(self) -> NameMatcher:
        with self._lock:
            if self._matcher is None:
                self._matcher = NameMatcher(self._gather())
            return self._matcher
