# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""What the run_*_benchmark.py scripts share: finding our benchmark executable, calling one of its
commands (the last line it prints is JSON), timing a call and saying how loaded the machine was."""
import glob
import json
import os
import statistics
import subprocess
import sys
import time


def find_binary(name):
    """The newest build/**/<name> of this checkout; exits with a hint when there is none."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    found = sorted(glob.glob(os.path.join(root, "build", "**", name), recursive=True), key=os.path.getmtime)
    if not found:
        sys.exit("%s not found under build/: pass --binary" % name)
    return found[-1]


def command_line(binary, command, **options):
    """[binary, command, --option value …]; option_name becomes --option-name."""
    arguments = [binary, command]
    for name, value in options.items():
        arguments += ["--" + name.replace("_", "-"), str(value)]
    return arguments


def ours(binary, command, **options):
    """Runs one of our executable's commands and returns the JSON of its last output line."""
    completed = subprocess.run(command_line(binary, command, **options), check=True, capture_output=True,
                               text=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def timed(function):
    """(seconds, value) of one call."""
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def load():
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def median(values):
    values = list(values)
    return statistics.median(values) if values else float("nan")
