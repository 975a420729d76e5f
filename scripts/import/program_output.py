#!/usr/bin/env python3
"""Runs the commands of ``program-output`` / ``command-output`` directives offline, for the Neuron Docs importer.

``program_output.py <srcdir>`` reads JSON lines ``{"command", "shell", "cwd"}`` on stdin and writes one JSON line
per command: ``{"output", "returncode"}`` (stdout and stderr together, as sphinxcontrib.programoutput shows them,
trailing whitespace removed) or ``{"error"}`` when the command cannot run here.

Most commands are ``python3 src/helperscripts/….py …``: those run in this process (``runpy``), with this
interpreter standing for the ``python3`` of the original build, so pandas is imported once and not once per
command. Anything else runs as a subprocess, in the source folder, without network access being assumed.
"""

import contextlib
import io
import json
import os
import runpy
import shlex
import subprocess
import sys

PYTHON_NAMES = {'python', 'python3'}
SHELL_CHARACTERS = set('|&;<>()$`\\"\'*?[]#~=%')


def run_in_process(srcdir, cwd, argv):
    script = os.path.join(cwd, argv[1])
    saved = (sys.argv, list(sys.path), os.getcwd(), sys.stdin)
    # the requests come on this process's stdin: a script that reads or closes stdin must not touch it
    sys.stdin = io.StringIO('')
    buffer = io.StringIO()
    returncode = 0
    sys.argv = argv[1:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            try:
                runpy.run_path(script, run_name='__main__')
            except SystemExit as exit_:
                code = exit_.code
                if code is None:
                    returncode = 0
                elif isinstance(code, int):
                    returncode = code
                else:
                    print(code, file=sys.stderr)
                    returncode = 1
    except Exception as error:  # a failing script: reported, not shown (its traceback names this machine)
        return {'error': f'{type(error).__name__}: {error}', 'returncode': 1}
    finally:
        sys.argv, sys.path[:], _ = saved[0], saved[1], os.chdir(saved[2])
        sys.stdin = saved[3]
    return {'output': buffer.getvalue().rstrip(), 'returncode': returncode}


def run_subprocess(cwd, command, shell):
    try:
        process = subprocess.run(command if shell else shlex.split(command), shell=shell, cwd=cwd,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60,
                                 env=dict(os.environ, LC_ALL='C.UTF-8'))
    except (OSError, subprocess.TimeoutExpired) as error:
        return {'error': f'{type(error).__name__}: {error}', 'returncode': 1}
    return {'output': process.stdout.decode('utf-8', 'replace').rstrip(), 'returncode': process.returncode}


def run(srcdir, request):
    command = request['command']
    cwd = os.path.normpath(os.path.join(srcdir, request.get('cwd', '').lstrip('/')))
    shell = bool(request.get('shell'))
    argv = None if shell else shlex.split(command)
    if argv and argv[0] in PYTHON_NAMES and len(argv) > 1 and argv[1].endswith('.py') \
            and not SHELL_CHARACTERS.intersection(command.replace('"', '').replace("'", '').replace('=', '')):
        return run_in_process(srcdir, cwd, argv)
    if argv and argv[0] in PYTHON_NAMES:
        argv[0] = sys.executable
        command = shlex.join(argv)
    return run_subprocess(cwd, command, shell)


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    srcdir = os.path.abspath(argv[1])
    out = sys.stdout
    for line in sys.stdin:
        if line.strip():
            result = run(srcdir, json.loads(line))
            out.write(json.dumps(result, ensure_ascii=False) + '\n')
            out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
