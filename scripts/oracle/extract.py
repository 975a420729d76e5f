#!/usr/bin/env python3
"""Fidelity oracle: the text fragments a reader of the ORIGINAL Sphinx site sees, per document.

Independent of the importer (scripts/import/): it reads the sources straight from the git mirror, parses
reStructuredText with docutils (Sphinx's roles and directives registered as tolerant stubs so that parsing never
stops), MyST Markdown with a small Markdown text extractor of its own, and notebooks cell by cell, and writes
`tests/fidelity/oracle/<version>.json.gz`:

    {"version", "rev", "commit", "documents": {"<path>": {"title", "files": [path, ...],
        "fragments": [[kind, fileIndex, line, text, admonition?], ...],
        "spans": [[fileIndex, start, end, directive], ...]}}}

`files[0]` is the document itself; other entries are files it includes. `line` is 1-based in that file.
`spans` are the lines each directive occupies, so that a loss-report entry (file, line of a directive) can excuse
the fragments the directive produced. Texts are whitespace-normalised and nothing else.

Usage: extract.py --version <id> [--rev <rev>] [--git-dir <dir>] [--out <file>] [--check]
"""
from __future__ import annotations

import argparse
import ast
import gzip
import html
import io
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import docutils.core
import docutils.nodes as nodes
import docutils.utils
from docutils.parsers.rst import Directive, directives, roles
from docutils.parsers.rst.directives import misc as misc_directives

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VERSIONS = {
    'latest': '81ce03ae',
    'v2.28.1': 'v2.28.1',
    'v2.25.0': 'v2.25.0',
    'v2.19.1': 'v2.19.1',
    'v2.3.0': 'v2.3.0',
    'v1.19.2': 'v1.19.2',
}
FORMAT = 1


def ws(text: str) -> str:
    return re.sub(r'\s+', ' ', text).strip()


# ----------------------------------------------------------------------------------------------------------------
# Sources from git


def git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(['git', '--git-dir', git_dir, *args], check=True, capture_output=True).stdout


def materialise(git_dir: str, rev: str, dest: str, missing: list[str] | None = None) -> list[str]:
    """Writes every blob of `rev` under `dest` (via cat-file; some large blobs are missing from the mirror: their
    paths go to `missing`). Returns the paths written."""
    listing = git(git_dir, 'ls-tree', '-r', '-z', rev).decode('utf-8').split('\0')
    entries = []
    for row in listing:
        if not row:
            continue
        meta, path = row.split('\t', 1)
        mode, kind, sha = meta.split(' ')
        if kind == 'blob' and mode != '120000':
            entries.append((sha, path))
    proc = subprocess.Popen(['git', '--git-dir', git_dir, 'cat-file', '--batch'], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    request = b''.join(f'{sha}\n'.encode() for sha, _ in entries)

    def feed() -> None:
        assert proc.stdin is not None
        proc.stdin.write(request)
        proc.stdin.close()

    feeder = threading.Thread(target=feed)
    feeder.start()
    written = []
    assert proc.stdout is not None
    for sha, path in entries:
        header = proc.stdout.readline().split()
        if header[1] == b'missing':
            if missing is not None:
                missing.append(path)
            continue
        size = int(header[2])
        data = proc.stdout.read(size)
        proc.stdout.read(1)
        target = os.path.join(dest, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'wb') as fh:
            fh.write(data)
        written.append(path)
    feeder.join()
    proc.wait()
    return written


# ----------------------------------------------------------------------------------------------------------------
# Which files are documents: Sphinx's discovery, from conf.py's literal settings (conf.py is read, never run)


def conf_settings(srcdir: str) -> dict:
    settings: dict = {}
    path = os.path.join(srcdir, 'conf.py')
    if not os.path.exists(path):
        return settings
    with open(path, encoding='utf-8') as fh:
        tree = ast.parse(fh.read())
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            try:
                settings[stmt.targets[0].id] = ast.literal_eval(stmt.value)
            except (ValueError, SyntaxError, TypeError):
                pass
    return settings


def sphinx_pattern(pattern: str) -> re.Pattern:
    """sphinx.util.matching._translate_pattern: `**` crosses folders, `*` and `?` do not."""
    out, i, n = '', 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            if i < n and pattern[i] == '*':
                i += 1
                out += '.*'
            else:
                out += '[^/]*'
        elif c == '?':
            out += '[^/]'
        elif c == '[':
            j = pattern.find(']', i)
            if j == -1:
                out += '\\['
            else:
                stuff = pattern[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff.startswith('!'):
                    stuff = '^/' + stuff[1:]
                out += f'[{stuff}]'
        else:
            out += re.escape(c)
    return re.compile(out + '$')


def documents(paths: list[str], conf: dict) -> list[str]:
    extensions = conf.get('extensions', [])
    suffixes = ['.rst']
    suffix = conf.get('source_suffix')
    if isinstance(suffix, str):
        suffixes = [suffix]
    elif isinstance(suffix, (list, dict)):
        suffixes = list(suffix)
    if 'nbsphinx' in extensions:
        suffixes.append('.ipynb')
    if 'myst_parser' in extensions or 'myst_nb' in extensions:
        suffixes.append('.md')
    excluded = [*conf.get('exclude_patterns', []), *conf.get('templates_path', []),
                *conf.get('html_static_path', []), *conf.get('html_extra_path', []), '**/_sources', '.#*', '**/.#*',
                '*.lproj/**']
    exclude = [sphinx_pattern(p) for p in excluded]
    include = [sphinx_pattern(p) for p in conf.get('include_patterns', ['**'])]
    out = []
    for path in paths:
        if not any(path.endswith(s) for s in suffixes):
            continue
        parts = path.split('/')
        prefixes = ['/'.join(parts[:k]) for k in range(1, len(parts) + 1)]
        if any(m.match(p) for m in exclude for p in prefixes):
            continue
        if not any(m.match(path) for m in include):
            continue
        out.append(path)
    return sorted(out)


# ----------------------------------------------------------------------------------------------------------------
# Inline parts: text, references resolved once every document is read, and cuts (what the oracle cannot predict)


class xref(nodes.Inline, nodes.TextElement):
    """A cross-reference whose text is the target's title: resolved after all documents are read."""


class cut(nodes.Inline, nodes.Element):
    """Something a reader sees that the oracle does not predict (math, numbers, icons): fragments split here."""


class stub_block(nodes.General, nodes.Element):
    """A directive whose output the oracle does not predict (program output, autodoc, raw)."""


class code_block(nodes.General, nodes.TextElement):
    """A code listing (code-block, literalinclude, …): its lines are code fragments."""


class titled(nodes.General, nodes.Element):
    """A container whose argument a reader sees as a title (dropdown, card, tab): first child is the title."""


class admonition_box(nodes.General, nodes.Element):
    """An admonition the stubs build (seealso, versionadded, …)."""


class signature(nodes.General, nodes.TextElement):
    """A domain object's signature (py:function, cpp:class, option)."""


EXPLICIT = re.compile(r'^(.+?)\s*(?<!\x00)<(.*?)>$', re.DOTALL)
PY_ROLES = {'func', 'meth', 'class', 'attr', 'mod', 'obj', 'data', 'exc', 'const', 'type'}
PAREN_ROLES = {'func', 'meth'}
ICON_ROLES = {'octicon', 'fa', 'material-regular', 'material-outlined', 'material-round', 'material-sharp',
              'material-twotone', 'fas', 'far', 'fab'}


def split_explicit(text: str) -> tuple[bool, str, str]:
    m = EXPLICIT.match(text)
    if m:
        return True, docutils.utils.unescape(m.group(1)), docutils.utils.unescape(m.group(2))
    t = docutils.utils.unescape(text)
    return False, t, t


def role_nodes(name: str, text: str, extlinks: dict) -> list[nodes.Node]:
    """What Sphinx shows for role `name` with interpreted text `text`."""
    full = name.lower()
    domain, _, short = full.rpartition(':')
    if full in ICON_ROLES or full.startswith('fa') and full in ICON_ROLES:
        return []
    if full in ('math', 'numref', 'eq') or short in ('numref',):
        return [cut()]
    has_title, title, target = split_explicit(text)
    if full in ('doc', 'std:doc'):
        if has_title:
            return [nodes.Text(title)]
        return [xref('', '', kind='doc', target=target.strip())]
    if full in ('ref', 'std:ref', 'any'):
        if has_title:
            return [nodes.Text(title)]
        return [xref('', '', kind='ref', target=target.strip())]
    if full in extlinks:
        if has_title:
            return [nodes.Text(title)]
        return [cut()]
    if domain in ('py', '') and short in PY_ROLES or domain in ('c', 'cpp') and short in (
            'func', 'class', 'struct', 'type', 'member', 'var', 'enum', 'enumerator', 'macro', 'expr', 'texpr'):
        if has_title:
            return [nodes.Text(title)]
        t = title.lstrip('!')
        if domain in ('py', '') and short in PY_ROLES:
            t = t.lstrip('.')
            if t.startswith('~'):
                t = t[1:]
                t = t[t.rfind('.') + 1:]
        elif t.startswith('~'):
            t = t[1:]
            t = t[t.rfind(':') + 1:]
        if short in PAREN_ROLES or domain in ('c', 'cpp') and short == 'func':
            if t.endswith('()'):
                t = t[:-2]
            t += '()'
        return [nodes.literal(t, t)]
    if full == 'abbr':
        m = re.match(r'^(.+?)\s*\((.*)\)$', docutils.utils.unescape(text), re.DOTALL)
        return [nodes.Text(m.group(1) if m else docutils.utils.unescape(text))]
    if full == 'menuselection':
        return [nodes.Text(docutils.utils.unescape(text).replace('-->', '\N{TRIANGULAR BULLET}'))]
    if full == 'guilabel':
        return [nodes.Text(re.sub(r'&(&?)', lambda m: m.group(1), docutils.utils.unescape(text)))]
    if full in ('samp', 'file'):
        return [nodes.literal('', re.sub(r'(?<!\\)[{}]', '', docutils.utils.unescape(text)).replace('\\{', '{')
                              .replace('\\}', '}'))]
    if full in ('download', 'term', 'keyword', 'token', 'option', 'envvar', 'program', 'command', 'kbd', 'dfn',
                'mimetype', 'manpage', 'regexp', 'newsgroup', 'makevar') or has_title:
        return [nodes.Text(title)]
    return [nodes.Text(title)]


def make_role(name: str, extlinks: dict):
    def role(role_name, rawtext, text, lineno, inliner, options=None, content=None):
        return role_nodes(role_name, text, extlinks), []

    return role


# ----------------------------------------------------------------------------------------------------------------
# Directives: Sphinx's and its extensions', as stubs that keep what a reader sees


class Ctx:
    srcdir = ''
    docname = ''
    spans: list = []
    only_tags = {'html', 'format_html', 'builder_html'}


def rel(path: str | None) -> str:
    if not path:
        return ''
    path = os.path.abspath(path)
    if path.startswith(Ctx.srcdir + os.sep):
        return path[len(Ctx.srcdir) + 1:]
    return path


def record_span(directive: Directive) -> None:
    source, line = directive.state_machine.get_source_and_line(directive.lineno)
    end = (line or 0) + directive.block_text.rstrip('\n').count('\n')
    Ctx.spans.append((rel(source), line or 0, end, directive.name))


def sphinx_path(argument: str, current_source: str) -> str:
    """Sphinx's env.relfn2path: `/x` from the source root, `x` from the document's folder (docutils: the
    including file's folder; the oracle tries Sphinx's first, then docutils')."""
    if argument.startswith('/'):
        return os.path.join(Ctx.srcdir, argument.lstrip('/'))
    first = os.path.join(Ctx.srcdir, os.path.dirname(Ctx.docname), argument)
    if os.path.exists(first):
        return os.path.normpath(first)
    return os.path.normpath(os.path.join(os.path.dirname(current_source or ''), argument))


class Include(misc_directives.Include):
    def run(self):
        arg = self.arguments[0]
        if not (arg.startswith('<') and arg.endswith('>')):
            self.arguments[0] = sphinx_path(arg, self.state.document.current_source)
        return super().run()


class Skip(Directive):
    """Shows nothing a reader reads as text of the page (toctree, index, meta, …)."""
    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        return []


Skip.option_spec = type('AnyOptions', (dict,), {'__missing__': lambda self, key: directives.unchanged,
                                                  '__contains__': lambda self, key: True,
                                                  '__bool__': lambda self: True})()
ANY = Skip.option_spec


class Unpredicted(Skip):
    """Shows something the oracle cannot compute (program output, autodoc, plots)."""

    def run(self):
        return [stub_block()]


class Container(Directive):
    """Shows its content (parsed as reStructuredText); its argument if it is a title."""
    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec = ANY
    titled = False

    def content_lines(self):
        return self.content

    def run(self):
        node = titled() if self.titled and self.arguments else nodes.container()
        if self.titled and self.arguments:
            text = ' '.join(self.arguments)
            textnodes, _ = self.state.inline_text(text, self.lineno)
            title = nodes.title(text, '', *textnodes)
            title.source, title.line = self.state_machine.get_source_and_line(self.lineno)
            node += title
        self.state.nested_parse(self.content_lines(), self.content_offset, node)
        return [node]


class TitledContainer(Container):
    titled = True


class Card(TitledContainer):
    """sphinx-design card: `^^^` ends the header, `+++` starts the footer."""

    def content_lines(self):
        lines = self.content
        for i, line in enumerate(lines):
            if line.strip() in ('^^^', '+++'):
                lines[i] = ''
        return lines


class HeaderOption(Container):
    """sphinxcontrib-contentui `toggle-header` / `tab-container`: the title is an option."""

    def run(self):
        out = super().run()
        title = self.options.get('header') or self.options.get('title')
        if title:
            t = nodes.title(title, title)
            t.source, t.line = self.state_machine.get_source_and_line(self.lineno)
            box = titled()
            box += t
            box += out
            return [box]
        return out


class Only(Container):
    def run(self):
        expr = ' '.join(self.arguments)
        if not only_true(expr):
            return []
        return super().run()


def only_true(expr: str) -> bool:
    tokens = re.findall(r'\(|\)|[\w.-]+', expr)
    py = []
    for t in tokens:
        if t in ('and', 'or', 'not', '(', ')'):
            py.append(t)
        else:
            py.append('True' if t in Ctx.only_tags else 'False')
    try:
        return bool(eval(' '.join(py) or 'False', {'__builtins__': {}}))  # noqa: S307 (only True/False/and/or/not)
    except SyntaxError:
        return True


ADMONITION_TITLES = {'seealso': 'See also', 'versionadded': 'New in version', 'versionchanged': 'Changed in version',
                     'deprecated': 'Deprecated since version', 'versionremoved': 'Removed in version'}


class SphinxAdmonition(Container):
    """seealso is an admonition box; versionadded/versionchanged/deprecated are a paragraph whose label
    ("New in version 2.1:", worded differently across Sphinx releases) the oracle does not predict."""

    def run(self):
        box = admonition_box(title=ADMONITION_TITLES['seealso']) if self.name == 'seealso' else nodes.container()
        if self.name == 'seealso' and self.arguments:
            textnodes, _ = self.state.inline_text(' '.join(self.arguments), self.lineno)
            p = nodes.paragraph('', '', *textnodes)
            p.source, p.line = self.state_machine.get_source_and_line(self.lineno)
            box += p
        elif self.name != 'seealso' and len(self.arguments) > 0:
            # versionadded:: 2.0 Text on the same line
            parts = ' '.join(self.arguments).split(None, 1)
            if len(parts) > 1:
                textnodes, _ = self.state.inline_text(parts[1], self.lineno)
                p = nodes.paragraph('', '', *textnodes)
                p.source, p.line = self.state_machine.get_source_and_line(self.lineno)
                box += p
        self.state.nested_parse(self.content, self.content_offset, box)
        return [box]


class Centered(Directive):
    required_arguments = 1
    final_argument_whitespace = True

    def run(self):
        textnodes, _ = self.state.inline_text(self.arguments[0], self.lineno)
        p = nodes.paragraph('', '', *textnodes)
        p.source, p.line = self.state_machine.get_source_and_line(self.lineno)
        return [p]


def code_node(directive: Directive, text: str, line: int | None = None) -> list[nodes.Node]:
    node = code_block(text, text)
    node.source, node.line = directive.state_machine.get_source_and_line(line or directive.content_offset + 1)
    out: list[nodes.Node] = []
    caption = directive.options.get('caption') if directive.options else None
    if caption:
        textnodes, _ = directive.state.inline_text(caption, directive.lineno)
        cap = nodes.caption(caption, '', *textnodes)
        cap.source, cap.line = directive.state_machine.get_source_and_line(directive.lineno)
        out.append(cap)
    out.append(node)
    return out


def dedent(lines: list[str], amount: str | None) -> list[str]:
    if amount is None:
        return lines
    if amount == '' or amount is True:
        import textwrap
        return textwrap.dedent('\n'.join(lines)).split('\n')
    try:
        n = int(amount)
    except ValueError:
        return lines
    return [line[n:] if line[:n].strip() == '' else line.lstrip() for line in lines]


class CodeBlock(Directive):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = ANY

    def run(self):
        lines = dedent(list(self.content), self.options.get('dedent'))
        return code_node(self, '\n'.join(lines))


class LiteralInclude(Directive):
    """literalinclude / nki_example: the included file (with :lines:, :start-after:, … applied)."""
    required_arguments = 1
    optional_arguments = 0
    final_argument_whitespace = True
    has_content = True
    option_spec = ANY

    def run(self):
        path = sphinx_path(self.arguments[0], self.state.document.current_source)
        o = self.options
        if 'pyobject' in o:
            return [stub_block()]
        try:
            with open(path, encoding=o.get('encoding') or 'utf-8-sig') as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError):
            return [stub_block()]
        lines = text.split('\n')
        if text.endswith('\n'):
            lines = lines[:-1]
        if self.name == 'nki_example':
            lines = nki_example_lines(lines, o)
        if o.get('lines'):
            picked = []
            for part in o['lines'].split(','):
                part = part.strip()
                if '-' in part:
                    a, b = part.split('-', 1)
                    a_i = int(a) if a.strip() else 1
                    b_i = int(b) if b.strip() else len(lines)
                    picked.extend(lines[a_i - 1:b_i])
                elif part:
                    picked.extend(lines[int(part) - 1:int(part)])
            lines = picked
        for opt, after, inclusive in (('start-after', True, False), ('start-at', True, True),
                                      ('end-before', False, False), ('end-at', False, True)):
            if o.get(opt):
                idx = [i for i, l in enumerate(lines) if o[opt] in l]
                if not idx:
                    return [stub_block()]
                i = idx[0]
                if after:
                    lines = lines[i if inclusive else i + 1:]
                else:
                    lines = lines[:i + 1 if inclusive else i]
        lines = dedent(lines, o.get('dedent'))
        if o.get('prepend'):
            lines.insert(0, o['prepend'])
        if o.get('append'):
            lines.append(o['append'])
        out = code_node(self, '\n'.join(lines), self.lineno)
        return out


def nki_example_lines(lines: list[str], options: dict) -> list[str]:
    """What nki/_ext/nki_directives.py's filter keeps: the blocks between `<marker>_BEGIN` and `<marker>_END`
    (dedented by the BEGIN line's indent, a blank line between blocks), or the whole file; never a line with the
    skip marker."""
    marker = options.get('marker') or 'NKI_EXAMPLE'
    begin, end, skip = f'{marker}_BEGIN', f'{marker}_END', options.get('skip_marker') or 'NKI_EXAMPLE'
    whole = 'whole-file' in options
    out: list[str] = []
    inside, indent = whole, 0
    for line in lines:
        if inside:
            if not whole and end in line:
                inside = False
                continue
            if skip in line:
                continue
            if indent and line[:indent].strip() == '':
                line = line[indent:]
            out.append(line)
        elif begin in line:
            inside = True
            indent = len(line) - len(line.lstrip())
            if out:
                out.append('')
    return out


class Signature(Container):
    """A domain object (py:function, cpp:class, option, …): its signatures and its content."""

    def run(self):
        out: list[nodes.Node] = []
        sigs = ' '.join(self.arguments).split('\n') if self.arguments else []
        for sig in sigs:
            sig = sig.strip().rstrip('\\').strip()
            if sig:
                node = signature(sig, sig)
                node.source, node.line = self.state_machine.get_source_and_line(self.lineno)
                out.append(node)
        box = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, box)
        docfields(box)
        out.append(box)
        return out


DOCFIELD = re.compile(r'^(param|parameter|arg|argument|key|keyword|kwarg|kwparam|type|returns?|rtype|raises?|'
                      r'except|exception|var|ivar|cvar|vartype|yields?|ytype|meta|tparam|retval)\b\s*(.*)$', re.S)


def docfields(box: nodes.Element) -> None:
    """Sphinx's DocFieldTransformer: `:param int x:` shows as "x (int)" under a generated "Parameters" label;
    `:type x:`, `:rtype:`, `:returns:` show their body only. The oracle keeps the name a reader sees."""
    for field_list in [c for c in box.children if isinstance(c, nodes.field_list)]:
        for field in field_list.children:
            if not field.children or not isinstance(field[0], nodes.field_name):
                continue
            m = DOCFIELD.match(field[0].astext().strip())
            if not m:
                continue
            kind, arg = m.group(1), m.group(2).split()
            keep = arg[-1] if arg and kind not in ('type', 'vartype', 'rtype', 'ytype', 'meta') else ''
            field[0].children = []
            if keep:
                field[0] += nodes.Text(keep)


SKIP = ['toctree', 'index', 'highlight', 'currentmodule', 'module', 'py:module', 'py:currentmodule',
        'c:namespace', 'cpp:namespace', 'tabularcolumns', 'sectionauthor', 'codeauthor', 'moduleauthor', 'post',
        'postlist', 'neuron-tag', 'spelling:word-list', 'spelling', 'default-role', 'default-domain',
        'contents', 'meta']
UNPREDICTED = ['program-output', 'command-output', 'autosummary', 'plotly', 'df-table', 'raw', 'graphviz',
               'mermaid', 'math', 'jupyter-execute', 'datatemplate:yaml', 'datatemplate:json', 'datatemplate:csv',
               'datatemplate:xml', 'datatemplate:import-module', 'datatemplate:nodata', 'datatemplate:dbm',
               'plot', 'inheritance-diagram', 'productionlist', 'sphinx_plotly_directive']
TITLED = ['dropdown', 'card', 'grid-item-card', 'tab-item', 'tab', 'group-tab', 'tab-set-code']
CONTAINERS = ['grid', 'grid-item', 'tab-set', 'tabs', 'content-tabs', 'glossary', 'hlist', 'ifconfig',
              'button-link', 'button-ref', 'article-info', 'div', 'container', 'margin', 'cssclass', 'rst-class',
              'class']
CODE = ['code-block', 'sourcecode', 'code', 'code-tab', 'jupyter-input', 'prompt', 'ipython']
DOMAIN = re.compile(r'^((py|c|cpp|js|rst|std):)?(function|method|class|attribute|data|exception|module|'
                    r'classmethod|staticmethod|decorator|decoratormethod|property|type|member|var|macro|struct|'
                    r'union|enum|enum-class|enum-struct|enumerator|concept|alias|option|envvar|program|describe|'
                    r'object|directive|role|cmdoption|namespace-push|namespace-pop)$')


def directive_class(name: str):
    n = name.lower()
    if n in SKIP:
        return Skip
    if n in ('figure',):
        return None  # docutils' own
    if n in UNPREDICTED or n.startswith('auto') or n.startswith('datatemplate'):
        return Unpredicted
    if n == 'include':
        return Include
    if n in ('literalinclude', 'nki_example'):
        return LiteralInclude
    if n in CODE:
        return CodeBlock
    if n == 'only':
        return Only
    if n in ADMONITION_TITLES:
        return SphinxAdmonition
    if n == 'centered':
        return Centered
    if n in ('card', 'grid-item-card'):
        return Card
    if n in TITLED:
        return TitledContainer
    if n in ('toggle-header', 'tab-container'):
        return HeaderOption
    if n in CONTAINERS:
        return Container
    if n in ('program', 'cpp:namespace', 'c:namespace') or n.endswith(('namespace-push', 'namespace-pop')):
        return Skip
    if DOMAIN.match(n):
        return Signature
    return None


_docutils_directive = directives.directive
_wrapped: dict = {}


def wrap(cls):
    if cls not in _wrapped:
        def run(self, _orig=cls.run):
            record_span(self)
            return _orig(self)

        _wrapped[cls] = type(cls.__name__, (cls,), {'run': run})
    return _wrapped[cls]


def lookup_directive(name, language, document):
    cls = directive_class(name)
    if cls is None:
        cls, messages = _docutils_directive(name, language, document)
        if cls is None:
            cls = Container  # unknown directive: keep its content as text
    return wrap(cls), []


KEEP_ROLES = {'emphasis', 'strong', 'literal', 'code', 'subscript', 'sub', 'superscript', 'sup', 'title-reference',
              'title', 't', 'abbreviation', 'acronym', 'pep-reference', 'pep', 'rfc-reference', 'rfc', 'raw'}


class Reader:
    """Registers the stubs (process-wide, as docutils' registries are)."""

    def __init__(self, extlinks: dict, default_role: str | None = None):
        self.extlinks = extlinks
        directives.directive = lookup_directive
        docutils_role = _docutils_role

        def lookup_role(name, language, lineno, reporter):
            base = name.lower()
            if base == '' and default_role:
                base = name = default_role
            if base == '' or base in roles._roles or base in KEEP_ROLES:
                # `text` with no role: conf.py's default_role, else docutils' (title reference: the whole text)
                # docutils' own, or one the document defines with `.. role::`
                fn, messages = docutils_role(name, language, lineno, reporter)
                if fn is not None:
                    return fn, messages
            return make_role(name, extlinks), []

        roles.role = lookup_role


_docutils_role = roles.role


SETTINGS = {
    'report_level': 5, 'halt_level': 5, 'warning_stream': io.StringIO(), 'input_encoding': 'utf-8-sig',
    'file_insertion_enabled': True, 'raw_enabled': True, 'syntax_highlight': 'none', 'smart_quotes': False,
    'doctitle_xform': False, 'sectsubtitle_xform': False, 'pep_references': False, 'rfc_references': False,
    'tab_width': 8, 'character_level_inline_markup': False, 'traceback': True, 'line_length_limit': 10 ** 7,
    'auto_id_prefix': 'id', 'id_prefix': '', 'language_code': 'en', 'trim_footnote_reference_space': False,
}


# ----------------------------------------------------------------------------------------------------------------
# Fragments from a doctree


class Doc:
    def __init__(self, path: str):
        self.path = path
        self.files = [path]
        self.fragments: list = []  # [kind, fileIndex, line, parts, admonition]
        self.spans: list = []
        self.title = ''
        self.labels: dict = {}  # label -> the title a `:ref:` without text shows
        self.targets: set = set()  # every label the document defines, titled or not

    def file_index(self, source: str) -> int:
        source = source or self.path
        if source not in self.files:
            self.files.append(source)
        return self.files.index(source)

    def add(self, kind: str, source: str, line: int, parts: list, admonition: str | None) -> None:
        self.fragments.append([kind, self.file_index(source), line or 0, parts, admonition])


def inline_parts(node: nodes.Node) -> list:
    """Text of an inline container as parts: str, ('doc'|'ref', target, docname), or None (a cut)."""
    parts: list = []

    def walk(n):
        if isinstance(n, nodes.Text):
            parts.append(str(n.astext()))
        elif isinstance(n, xref):
            parts.append((n['kind'], n['target'], Ctx.docname))
        elif isinstance(n, (cut, nodes.raw, nodes.footnote_reference, nodes.citation_reference,
                            nodes.substitution_reference, nodes.math, nodes.problematic)):
            parts.append(None)
        elif isinstance(n, (nodes.image, nodes.system_message, nodes.target)) and not n.children:
            pass
        elif isinstance(n, (nodes.system_message, nodes.comment)):
            pass
        else:
            for c in n.children:
                walk(c)

    for child in node.children:
        walk(child)
    return parts


def first_line(node: nodes.Node) -> tuple[str, int]:
    """The line of the node, else of its first descendant, else of what follows it (field names have none)."""
    for n in node.findall(include_self=True):
        if getattr(n, 'line', None):
            return n.source or '', n.line
    for n in node.findall(include_self=False, descend=True, siblings=True, ascend=True):
        if getattr(n, 'line', None):
            return n.source or '', n.line
    parent = node.parent
    while parent is not None:
        if getattr(parent, 'line', None):
            return parent.source or '', parent.line
        parent = parent.parent
    return node.source or '', node.line or 0


def paragraph_line(node: nodes.Node) -> int:
    return node.line or 0


def collect(doc: Doc, node: nodes.Node, kind: str = 'paragraph', admonition: str | None = None) -> None:
    for child in node.children:
        visit(doc, child, kind, admonition)


ADMONITION_NODES = {nodes.note: 'Note', nodes.tip: 'Tip', nodes.hint: 'Hint', nodes.important: 'Important',
                    nodes.attention: 'Attention', nodes.caution: 'Caution', nodes.warning: 'Warning',
                    nodes.danger: 'Danger', nodes.error: 'Error'}


def add_text(doc: Doc, node: nodes.Node, kind: str, admonition: str | None, shift: int = 0) -> None:
    source, line = node.source, node.line
    if not line:
        source, line = first_line(node)
    elif shift:
        line = max(1, line + shift)
    doc.add(kind, rel(source) if source else doc.path, line, inline_parts(node), admonition)


def visit(doc: Doc, node: nodes.Node, kind: str, admonition: str | None) -> None:
    if isinstance(node, (nodes.comment, nodes.substitution_definition, nodes.target, nodes.pending,
                         nodes.system_message, nodes.docinfo, nodes.raw, stub_block, nodes.image,
                         nodes.problematic, nodes.decoration)):
        return
    if isinstance(node, nodes.Element) and node.tagname == 'meta':
        return
    if isinstance(node, nodes.topic) and 'contents' in node['classes']:
        return
    if isinstance(node, nodes.section):
        for child in node.children:
            if isinstance(child, nodes.title):
                # docutils gives a section title the line of its underline
                add_text(doc, child, 'heading', None, -1)
            else:
                visit(doc, child, 'paragraph', None)
        return
    if isinstance(node, (code_block, nodes.literal_block, nodes.doctest_block)):
        source, line = node.source, node.line
        if not line:
            source, line = first_line(node)
        src = rel(source) if source else doc.path
        text = node.astext()
        for offset, row in enumerate(text.split('\n')):
            if row.strip():
                doc.add('code', src, (line or 0) + offset, [row], admonition)
        return
    if isinstance(node, signature):
        add_text(doc, node, 'signature', admonition)
        return
    for cls, title in ADMONITION_NODES.items():
        if isinstance(node, cls):
            collect(doc, node, kind, title)
            return
    if isinstance(node, nodes.admonition):
        title = ''
        for child in node.children:
            if isinstance(child, nodes.title):
                title = ws(child.astext())
                add_text(doc, child, 'title', None)
        for child in node.children:
            if not isinstance(child, nodes.title):
                visit(doc, child, kind, title)
        return
    if isinstance(node, admonition_box):
        collect(doc, node, kind, node['title'])
        return
    if isinstance(node, titled):
        for child in node.children:
            if isinstance(child, nodes.title):
                add_text(doc, child, 'title', admonition)
            else:
                visit(doc, child, kind, admonition)
        return
    if isinstance(node, (nodes.title, nodes.subtitle, nodes.rubric, nodes.attribution)):
        add_text(doc, node, 'title' if kind == 'paragraph' else kind, admonition)
        return
    if isinstance(node, (nodes.caption,)):
        add_text(doc, node, 'caption', admonition)
        return
    if isinstance(node, (nodes.paragraph, nodes.term, nodes.classifier, nodes.field_name, nodes.line,
                         nodes.option_string, nodes.label)):
        if isinstance(node, nodes.label):
            return
        add_text(doc, node, kind, admonition)
        return
    if isinstance(node, nodes.list_item) and kind in ('paragraph', 'list-item'):
        collect(doc, node, 'list-item', admonition)
        return
    if isinstance(node, nodes.entry):
        collect(doc, node, 'cell', admonition)
        return
    if isinstance(node, nodes.Text):
        text = ws(node.astext())
        if text:
            parent = node.parent
            doc.add(kind, rel(parent.source) if parent is not None and parent.source else doc.path,
                    (parent.line if parent is not None else 0) or 0, [node.astext()], admonition)
        return
    if isinstance(node, nodes.TextElement) and not isinstance(node, nodes.FixedTextElement):
        add_text(doc, node, kind, admonition)
        return
    if isinstance(node, nodes.Element):
        collect(doc, node, kind, admonition)


def labels_of(document: nodes.document, doc: Doc) -> None:
    for name, refid in document.nameids.items():
        if not refid or not document.nametypes.get(name):
            continue
        target = document.ids.get(refid)
        if target is None:
            continue
        doc.targets.add(name)
        title = None
        if isinstance(target, nodes.section):
            t = next((c for c in target.children if isinstance(c, nodes.title)), None)
            title = t.astext() if t is not None else None
        elif isinstance(target, (nodes.figure, nodes.table)):
            t = next((c for c in target.children if isinstance(c, (nodes.caption, nodes.title))), None)
            title = t.astext() if t is not None else None
        elif isinstance(target, nodes.container):
            t = next((c for c in target.children if isinstance(c, nodes.caption)), None)
            title = t.astext() if t is not None else None
        if title is not None:
            doc.labels[name] = ws(title)


def read_rst(doc: Doc, text: str, abspath: str, prolog: str) -> None:
    Ctx.spans = []
    source = text if not prolog else text + '\n\n' + prolog + '\n'
    try:
        document = docutils.core.publish_doctree(source, source_path=abspath, settings_overrides=dict(
            SETTINGS, warning_stream=io.StringIO()))
    except Exception as exc:  # noqa: BLE001 — a document docutils cannot read is reported, not fatal
        print(f'oracle: docutils failed on {doc.path}: {exc!r}', file=sys.stderr)
        return
    for child in document.children:
        visit(doc, child, 'paragraph', None)
    sec = next(iter(document.traverse(nodes.section)), None)
    if sec is not None and not doc.title:
        t = next((c for c in sec.children if isinstance(c, nodes.title)), None)
        doc.title = ws(t.astext()) if t is not None else ''
    labels_of(document, doc)
    for source, start, end, name in Ctx.spans:
        doc.spans.append([doc.file_index(source or doc.path), start, end, name])


# ----------------------------------------------------------------------------------------------------------------
# MyST Markdown and notebooks: a small independent Markdown text extractor

MD_ADMONITIONS = {'note': 'Note', 'tip': 'Tip', 'hint': 'Hint', 'important': 'Important', 'attention': 'Attention',
                  'caution': 'Caution', 'warning': 'Warning', 'danger': 'Danger', 'error': 'Error',
                  'seealso': 'See also'}
FENCE = re.compile(r'^(\s*)(`{3,}|~{3,}|:{3,})\s*(.*)$')
LIST = re.compile(r'^(\s*)([-*+]|\d{1,9}[.)])(\s+|$)(\[[ xX]\]\s+)?')
HEADING = re.compile(r'^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$')


MD_INLINE = re.compile(
    r'(?P<code>(?P<ticks>`+)(?P<codetext>.+?)(?P=ticks))'
    r'|(?P<role>\{(?P<rolename>[\w:.-]+)\}(?P<rt>`+)(?P<roletext>.+?)(?P=rt))'
    r'|(?P<image>!\[[^\]]*\]\([^)]*\))'
    r'|(?P<link>\[(?P<linktext>(?:[^\]\\]|\\.|\[[^\]]*\])*)\](?:\((?P<href>[^)\s]*)(?:\s+"[^"]*")?\)|\[[^\]]*\]))'
    r'|(?P<auto><(?P<autourl>https?://[^>\s]+)>)'
    r'|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)'
    r'|(?P<subst>\{\{[^}]*\}\})'
    r'|(?P<fn>\[\^[^\]]+\])'
    r'|(?P<esc>\\(?P<escchar>[!-/:-@\[-`{-~]))', re.DOTALL)
SLOT = re.compile('\ue000(\\d+)\ue001')


def md_inline(text: str) -> list:
    """Markdown inline text as parts (as inline_parts). Code spans, roles, links, … become placeholders first, so
    that emphasis around them (`**``x``**`) is stripped on the whole text."""
    slots: list[list] = []

    def token(m: re.Match) -> str:
        out: list = []
        if m.group('code'):
            body = m.group('codetext')
            out.append(body.strip() if body.strip() else body)
        elif m.group('role'):
            out.extend(md_role(m.group('rolename'), m.group('roletext')))
        elif m.group('image'):
            pass
        elif m.group('link') is not None:
            inner, href = m.group('linktext'), m.group('href')
            out.extend(md_inline(inner) if inner else [None] if href is not None else [])
        elif m.group('auto'):
            out.append(m.group('autourl'))
        elif m.group('tag'):
            if m.group('tag').lower().startswith('<br'):
                out.append(' ')
        elif m.group('subst') or m.group('fn'):
            out.append(None)
        elif m.group('esc'):
            out.append(m.group('escchar'))
        slots.append(out)
        return f'\ue000{len(slots) - 1}\ue001'

    flat = md_emphasis(MD_INLINE.sub(token, text))
    parts: list = []
    pos = 0
    for m in SLOT.finditer(flat):
        if m.start() > pos:
            parts.append(html.unescape(flat[pos:m.start()]))
        parts.extend(slots[int(m.group(1))])
        pos = m.end()
    if pos < len(flat):
        parts.append(html.unescape(flat[pos:]))
    return parts


def md_emphasis(text: str) -> str:
    """Strips emphasis markers (a paragraph's lines are joined with newlines: emphasis may span them)."""
    text = re.sub(r'(\*\*|__)(?=\S)(.+?)(?<=\S)\1', r'\2', text, flags=re.S)
    text = re.sub(r'(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])', r'\1', text, flags=re.S)
    text = re.sub(r'(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])', r'\1', text, flags=re.S)
    return re.sub(r'~~(.+?)~~', r'\1', text, flags=re.S)


def md_role(name: str, text: str) -> list:
    out = []
    for n in role_nodes(name, text, {}):
        if isinstance(n, xref):
            out.append((n['kind'], n['target'], Ctx.docname))
        elif isinstance(n, cut):
            out.append(None)
        else:
            out.append(n.astext())
    return out


def read_markdown(doc: Doc, text: str, source: str, first: int = 1, admonition: str | None = None,
                  kind: str = 'paragraph') -> None:
    lines = text.split('\n')
    i = 0
    if first == 1 and lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() in ('---', '...'):
                i = j + 1
                break
    para: list[str] = []
    para_kind = kind
    para_line = 0

    def flush():
        nonlocal para
        if para:
            doc.add(para_kind, source, para_line, md_inline('\n'.join(para)), admonition)
        para = []

    in_comment = False
    pending_labels: list[str] = []
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        lineno = first + i
        if in_comment:
            if '-->' in raw:
                in_comment = False
            i += 1
            continue
        if line.startswith('<!--'):
            flush()
            if '-->' not in line[4:]:
                in_comment = True
            i += 1
            continue
        fence = FENCE.match(raw)
        # CommonMark: the info string of a backtick fence has no backtick (```x``` is inline code)
        if fence and fence.group(2)[0] == '`' and '`' in fence.group(3):
            fence = None
        if fence:
            flush()
            marker, info = fence.group(2), fence.group(3).strip()
            char, size = marker[0], len(marker)
            body: list[str] = []
            j = i + 1
            while j < len(lines):
                close = re.match(r'^\s*(' + re.escape(char) + '{' + str(size) + ',})\s*$', lines[j])
                if close:
                    break
                body.append(lines[j])
                j += 1
            indent = len(fence.group(1))
            body = [b[indent:] if b[:indent].strip() == '' else b.lstrip() for b in body]
            md_block(doc, source, lineno + 1, info, body, admonition, kind, lineno)
            i = j + 1
            continue
        if not line:
            flush()
            para_kind = kind
            i += 1
            continue
        target = re.match(r'^\(([^)]+)\)=\s*$', line)
        if target:
            name = ws(target.group(1)).lower()
            doc.targets.add(name)
            pending_labels.append(name)
        if target or line.startswith('% ') or line == '%' or line == '+++' or \
                re.match(r'^\s{0,3}([-*_])(\s*\1){2,}\s*$', raw) and not para:
            flush()
            i += 1
            continue
        heading = HEADING.match(raw)
        labelled, pending_labels = pending_labels, []
        if heading:
            flush()
            title = ws(''.join(p for p in md_inline(heading.group(2)) if isinstance(p, str)))
            for name in labelled:  # a MyST target names the heading that follows it
                doc.labels[name] = title
            doc.add('heading', source, lineno, md_inline(heading.group(2)), None)
            i += 1
            continue
        if para and re.match(r'^\s*(=+|-+)\s*$', raw) and para_kind == kind:
            doc.add('heading', source, para_line, md_inline('\n'.join(para)), None)
            para = []
            i += 1
            continue
        if line.startswith('|') and i + 1 < len(lines) and re.match(r'^\s*\|?\s*:?-+', lines[i + 1]) or \
                line.startswith('|') and para_kind == 'table':
            flush()
            j = i
            while j < len(lines) and lines[j].strip().startswith('|'):
                row = lines[j].strip()
                if not re.match(r'^\|?[\s:|-]+\|?$', row):
                    cells = re.split(r'(?<!\\)\|', row.strip('|'))
                    for cell in cells:
                        if cell.strip():
                            doc.add('cell', source, first + j, md_inline(cell.replace('\\|', '|')), admonition)
                j += 1
            i = j
            continue
        if line.startswith('<') and re.match(r'^<(/?)(div|details|summary|p|img|br|table|tr|td|th|span|a|iframe|'
                                             r'video|center|hr|h\d|ul|li|style|script)\b', line, re.I):
            flush()
            stripped = re.sub(r'<[^>]*>', ' ', line)
            if ws(stripped) and not re.match(r'^<(style|script)', line, re.I):
                doc.add(kind, source, lineno, md_inline(stripped), admonition)
            i += 1
            continue
        list_item = LIST.match(raw)
        if list_item:
            flush()
            para_kind = 'list-item' if kind == 'paragraph' else kind
            para_line = lineno
            rest = raw[list_item.end():]
            if rest.strip():
                para.append(rest)
            i += 1
            continue
        if line.startswith('>'):
            line = re.sub(r'^(>\s?)+', '', line)
            if not line:
                flush()
                i += 1
                continue
        if line.startswith(': ') and para:
            flush()
            line = line[2:]
        if not para:
            para_line = lineno
        para.append(line)
        i += 1
    flush()


def md_block(doc: Doc, source: str, first: int, info: str, body: list[str], admonition: str | None, kind: str,
             fence_line: int) -> None:
    m = re.match(r'^\{([\w:.-]+)\}\s*(.*)$', info)
    if not m:
        lang = info.split()[0].lower() if info else ''
        if lang in ('mermaid', 'math'):
            return
        for k, row in enumerate(body):
            if row.strip():
                doc.add('code', source, first + k, [row], admonition)
        doc.spans.append([doc.file_index(source), fence_line, first + len(body), 'code'])
        return
    name, arg = m.group(1).lower(), m.group(2).strip()
    # options: leading `:key: value` lines, or a `---` YAML block
    k = 0
    options = {}
    if body and body[0].strip() == '---':
        k = 1
        while k < len(body) and body[k].strip() != '---':
            key, _, val = body[k].partition(':')
            options[key.strip()] = val.strip()
            k += 1
        k += 1
    else:
        while k < len(body) and re.match(r'^\s*:[\w-]+:', body[k]):
            key, _, val = body[k].strip()[1:].partition(':')
            options[key.strip()] = val.strip()
            k += 1
    content = body[k:]
    offset = first + k
    if name in ('eval-rst', 'eval_rst'):
        sub = Doc(doc.path)
        Ctx.spans = []
        try:
            document = docutils.core.publish_doctree('\n' * (offset - 1) + '\n'.join(content),
                                                     source_path=os.path.join(Ctx.srcdir, source),
                                                     settings_overrides=dict(SETTINGS,
                                                                             warning_stream=io.StringIO()))
            for child in document.children:
                visit(sub, child, kind, admonition)
        except Exception as exc:  # noqa: BLE001
            print(f'oracle: docutils failed on {source}:{offset}: {exc!r}', file=sys.stderr)
        for f in sub.fragments:
            doc.add(f[0], sub.files[f[1]], f[2], f[3], f[4])
        return
    if name in ('toctree', 'index', 'contents', 'meta', 'raw', 'math', 'mermaid', 'program-output',
                'autosummary') or name.startswith('auto'):
        doc.spans.append([doc.file_index(source), fence_line, first + len(body), name])
        return
    if name in ('code-block', 'code', 'sourcecode', 'code-cell'):
        if options.get('caption'):
            doc.add('caption', source, fence_line, md_inline(options['caption']), admonition)
        for n, row in enumerate(content):
            if row.strip():
                doc.add('code', source, offset + n, [row], admonition)
        doc.spans.append([doc.file_index(source), fence_line, first + len(body), name])
        return
    if name in MD_ADMONITIONS or name == 'admonition':
        title = MD_ADMONITIONS.get(name) or ws(arg)
        if name == 'admonition' and arg:
            doc.add('title', source, fence_line, md_inline(arg), None)
        read_markdown(doc, '\n'.join(content), source, offset, title, kind)
    else:
        if arg and name in TITLED:
            doc.add('title', source, fence_line, md_inline(arg), admonition)
        if name in ('card', 'grid-item-card'):
            content = ['' if c.strip() in ('^^^', '+++') else c for c in content]
        read_markdown(doc, '\n'.join(content), source, offset, admonition, kind)
    doc.spans.append([doc.file_index(source), fence_line, first + len(body), name])


def read_notebook(doc: Doc, text: str, abspath: str) -> None:
    try:
        nb = json.loads(text)
    except json.JSONDecodeError:
        print(f'oracle: not JSON: {doc.path}', file=sys.stderr)
        return
    # line of each cell in the .ipynb file: the n-th `"cell_type"` key
    cell_lines = [n + 1 for n, row in enumerate(text.split('\n')) if '"cell_type"' in row]
    for index, cell in enumerate(nb.get('cells', [])):
        line = cell_lines[index] if index < len(cell_lines) else 0
        src = cell.get('source', '')
        src = ''.join(src) if isinstance(src, list) else src
        kind = cell.get('cell_type')
        if kind == 'markdown':
            before = len(doc.fragments)
            read_markdown(doc, src, doc.path, 1)
            for f in doc.fragments[before:]:
                f[2] = line
            if not doc.title:
                for f in doc.fragments[before:]:
                    if f[0] == 'heading':
                        doc.title = ws(''.join(p for p in f[3] if isinstance(p, str)))
                        break
        elif kind == 'code':
            for row in src.split('\n'):
                if row.strip():
                    doc.add('code', doc.path, line, [row], None)
        elif kind == 'raw':
            mime = (cell.get('metadata') or {}).get('raw_mimetype') or (cell.get('metadata') or {}).get('format')
            if mime in ('text/restructuredtext', 'text/x-rst'):
                before = len(doc.fragments)
                read_rst(doc, src, abspath, '')
                for f in doc.fragments[before:]:
                    f[2] = line


# ----------------------------------------------------------------------------------------------------------------
# The whole version


def resolve(parts: list, titles: dict, labels: dict) -> list[str]:
    """Joins parts into texts; a cut or an unresolvable reference splits the fragment."""
    texts, current = [], ''
    for p in parts:
        if isinstance(p, str):
            current += p
            continue
        value = None
        if isinstance(p, tuple):
            kind, target, docname = p
            if kind == 'doc':
                t = target[:-4] if target.endswith(('.rst', '.txt')) else target[:-3] if target.endswith('.md') \
                    else target[:-6] if target.endswith('.ipynb') else target
                path = t.lstrip('/') if t.startswith('/') else posixpath.normpath(
                    posixpath.join(posixpath.dirname(docname), t))
                value = titles.get(path)
            else:
                value = labels.get(ws(target).lower())
        if value is None:
            texts.append(current)
            current = ''
        else:
            current += value
    texts.append(current)
    return [t for t in (ws(x) for x in texts) if t]


def extract(srcdir: str, paths: list[str]) -> dict:
    conf = conf_settings(srcdir)
    extlinks = conf.get('extlinks') or {}
    if not isinstance(extlinks, dict):
        extlinks = {}
    default_role = conf.get('default_role')
    Reader(extlinks, default_role if isinstance(default_role, str) else None)
    Ctx.srcdir = os.path.abspath(srcdir)
    prolog = '\n'.join(x for x in (conf.get('rst_prolog'), conf.get('rst_epilog')) if isinstance(x, str))
    docs: dict[str, Doc] = {}
    for path in documents(paths, conf):
        docname = path.rsplit('.', 1)[0]
        Ctx.docname = docname
        abspath = os.path.join(Ctx.srcdir, path)
        doc = Doc(path)
        with open(abspath, encoding='utf-8-sig', errors='replace') as fh:
            text = fh.read()
        if path.endswith('.rst'):
            read_rst(doc, text, abspath, prolog)
        elif path.endswith('.md'):
            read_markdown(doc, text, path)
            for f in doc.fragments:
                if f[0] == 'heading':
                    doc.title = ws(''.join(p for p in f[3] if isinstance(p, str)))
                    break
        elif path.endswith('.ipynb'):
            read_notebook(doc, text, abspath)
        docs[docname] = doc
    titles = {name: d.title for name, d in docs.items() if d.title}
    labels: dict = {}
    targets: set = set()
    for name in sorted(docs):
        labels.update(docs[name].labels)  # Sphinx keeps the definition read last (sorted order)
        targets |= docs[name].targets
    out = {}
    for name in sorted(docs):
        d = docs[name]
        fragments = []
        for kind, file_index, line, parts, admonition in d.fragments:
            for text in resolve(parts, titles, labels):
                f = [kind, file_index, line, text]
                if admonition:
                    f.append(admonition)
                fragments.append(f)
        spans = sorted({tuple(s) for s in d.spans})
        out[d.path] = {'title': d.title, 'files': d.files, 'fragments': fragments, 'spans': [list(s) for s in spans]}
    # Every label of the version: a `:ref:` with its own text links to any of them; one without text shows the
    # title (null: the label has none, and Sphinx showed the bare label, unlinked).
    return out, {name: labels.get(name) for name in sorted(targets)}


def encode(payload: dict) -> bytes:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=False, separators=(',', ':'))
    buf = io.BytesIO()
    with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode('utf-8'))
    return buf.getvalue()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--version', required=True, help=f'one of {", ".join(VERSIONS)}')
    ap.add_argument('--rev', help='git revision (default: the version\'s)')
    ap.add_argument('--git-dir', default=os.environ.get('ORACLE_GIT_DIR'),
                    help='a clone (bare or not) of aws-neuron/aws-neuron-sdk (or set ORACLE_GIT_DIR)')
    ap.add_argument('--src', help='read a checked-out tree instead of the git mirror')
    ap.add_argument('--out', help='output file (default tests/fidelity/oracle/<version>.json.gz)')
    ap.add_argument('--check', action='store_true', help='fail if the committed output differs')
    args = ap.parse_args(argv)
    rev = args.rev or VERSIONS.get(args.version)
    if rev is None and not args.src:
        ap.error(f'unknown version {args.version}; give --rev')
    out_path = args.out or os.path.join(ROOT, 'tests', 'fidelity', 'oracle', f'{args.version}.json.gz')
    started = time.time()
    tmp = None
    missing: list[str] = []
    try:
        if args.src:
            srcdir = args.src
            paths = sorted(os.path.relpath(os.path.join(dp, f), srcdir).replace(os.sep, '/')
                           for dp, _, fs in os.walk(srcdir) for f in fs)
            commit = rev or ''
        else:
            if not args.git_dir:
                ap.error('name the sources: --git-dir <clone of aws-neuron/aws-neuron-sdk> (or ORACLE_GIT_DIR), '
                         'or --src <checked-out tree>')
            tmp = tempfile.mkdtemp(prefix='oracle-')
            commit = git(args.git_dir, 'rev-parse', f'{rev}^{{commit}}').decode().strip()
            paths = materialise(args.git_dir, commit, tmp, missing)
            srcdir = tmp
        documents_out, labels_out = extract(srcdir, paths)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    payload = {'format': FORMAT, 'version': args.version, 'rev': rev, 'commit': commit,
               'generator': 'scripts/oracle/extract.py (docutils ' + docutils.__version__ + ')',
               'missingBlobs': sorted(missing), 'labels': labels_out, 'documents': documents_out}
    total = sum(len(d['fragments']) for d in documents_out.values())
    elapsed = time.time() - started
    if args.check:
        try:
            with gzip.open(out_path, 'rt', encoding='utf-8') as fh:
                committed = json.load(fh)
        except FileNotFoundError:
            print(f'oracle: {out_path} does not exist; run without --check', file=sys.stderr)
            return 1
        if committed != json.loads(json.dumps(payload)):
            changed = [p for p in sorted(set(committed.get('documents', {})) | set(documents_out))
                       if committed.get('documents', {}).get(p) != json.loads(json.dumps(documents_out.get(p)))]
            print(f'oracle: {out_path} is out of date ({len(changed)} documents differ, e.g. {changed[:5]}); '
                  f'run npm run oracle:extract -- --version {args.version}', file=sys.stderr)
            return 1
        print(f'oracle: {args.version}: {out_path} is up to date ({len(documents_out)} documents, {total} fragments, '
              f'{elapsed:.1f}s)')
        return 0
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, 'wb') as fh:
        fh.write(encode(payload))
    print(f'oracle: {args.version} ({commit[:12]}): {len(documents_out)} documents, {total} fragments, '
          f'{elapsed:.1f}s -> {os.path.relpath(out_path, ROOT)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
