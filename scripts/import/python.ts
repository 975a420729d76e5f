/**
 * The Python side of the importer: which interpreter runs it, and the three front-ends it calls
 * (`sphinx_project.py`, `rst_doctree.py`, `program_output.py`), each a process fed JSON lines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const REQUIRED = ['docutils', 'pandas', 'jinja2', 'yaml', 'packaging'];

let chosen: string | undefined;

/** Debian's packages of what the front-ends import (Debian 12's docutils is 0.19, as the releases were built with). */
const APT_PACKAGES = 'python3-docutils python3-pandas python3-jinja2 python3-yaml python3-packaging';

function suitable(candidate: string): boolean {
  const probe = spawnSync(candidate, ['-c', `import ${REQUIRED.join(', ')}; print(docutils.__version__)`], {
    encoding: 'utf8',
  });
  return probe.status === 0 && probe.stdout.trim().startsWith('0.19');
}

/**
 * The first of `NEURON_IMPORT_PYTHON`, `python3` and Debian's `/usr/bin/python3` that has every module the
 * releases' build needed (docutils; pandas for df-table and the install helpers; Jinja2 and PyYAML for
 * datatemplates). As root with apt-get (a CI container), installs Debian's packages of them, as the browser
 * tests install Chromium, so a fresh machine needs no set-up step; otherwise stops with the command to run.
 */
export function python(): string {
  if (chosen) return chosen;
  const candidates = [process.env['NEURON_IMPORT_PYTHON'], 'python3', '/usr/bin/python3'].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find(suitable);
  if (found) return (chosen = found);
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    console.error(`import: no Python with docutils 0.19 and the releases' modules; installing ${APT_PACKAGES}`);
    const install = spawnSync(
      'bash',
      // test files import in parallel: one installs, the others wait for its lock and find the packages there
      [
        '-c',
        `flock ${join(tmpdir(), 'neuron-import-apt.lock')} bash -c '/usr/bin/python3 -c "import ${REQUIRED.join(', ')}" 2>/dev/null || ` +
          `(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${APT_PACKAGES})'`,
      ],
      { stdio: ['ignore', 2, 2] },
    );
    if (install.status === 0 && suitable('/usr/bin/python3')) return (chosen = '/usr/bin/python3');
  }
  throw new Error(
    `No Python with docutils 0.19, pandas, Jinja2, PyYAML and packaging (tried ${candidates.join(', ')}).\n` +
      `  fix: apt-get install ${APT_PACKAGES}, ` +
      'or set NEURON_IMPORT_PYTHON to an interpreter that has them',
  );
}

/** Runs a front-end script to completion and returns its standard output. */
export function runPython(script: string, args: readonly string[], input = ''): string {
  const result = spawnSync(python(), [join(HERE, script), ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Sends each request as a JSON line to a front-end and collects one JSON reply per request, streaming both
 * ways so a large release never sits in one buffer.
 */
export async function streamPython<Request, Reply>(
  script: string,
  args: readonly string[],
  requests: readonly Request[],
  onReply?: (reply: Reply, index: number) => void,
  /** Written as the first line, before the requests (options too large for the command line). */
  header?: object,
): Promise<Reply[]> {
  const child = spawn(python(), [join(HERE, script), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const replies: Reply[] = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim() === '') continue;
      const reply = JSON.parse(line) as Reply;
      onReply?.(reply, replies.length);
      replies.push(reply);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (exit ${code}):\n${stderr.slice(-4000)}`)),
    );
  });
  for (const request of header === undefined ? requests : [header, ...requests]) {
    if (!child.stdin.write(`${JSON.stringify(request)}\n`)) {
      await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
  }
  child.stdin.end();
  await done;
  return replies;
}
