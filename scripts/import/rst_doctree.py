#!/usr/bin/env python3
"""RST → docutils doctree as JSON, for the Neuron Docs importer (scripts/import/).

docutils parses each page exactly as it parses it under Sphinx (same settings, same transforms for targets,
substitutions and footnotes), but nothing Sphinx-specific runs: every Sphinx, sphinx-design, sphinx-tabs,
ablog and project-extension directive becomes a generic ``directive`` node (name, arguments, options, and its
content either raw or parsed into children), every such role a generic ``role`` node, and an unknown name is kept
the same way, marked ``unknown``, so the TypeScript converter can stop on it with file:line. ``include`` is not
inlined: the included lines are parsed in place, between ``include`` start and end markers, so the converter can
write them to a partial while labels, substitutions and titles behave as under Sphinx.

Usage: ``rst_doctree.py parse <srcdir>`` reads a first JSON line of options (roles, substitutions, the patched
files' texts: too large for a command line), then JSON lines ``{"docname": …, "path": …}`` (optionally ``"text"``)
on stdin, and writes one JSON line per document: ``{"docname", "tree", "labels", "messages"}``.
"""

import importlib
import importlib.util
import io
import json
import os
import sys

from docutils import nodes, statemachine, utils
from docutils.core import publish_doctree
from docutils.parsers.rst import Directive, DirectiveError, directives, roles, states
from docutils.parsers.rst.directives import misc as misc_directives
from docutils.readers import standalone
from docutils.transforms import Transform

# ---------------------------------------------------------------------------------------------------------------
# Generic nodes


class directive(nodes.Element):
    """A directive kept generic: ``name``, ``arguments``, ``options``, raw ``content`` or parsed children."""


class invisible_directive(nodes.Invisible, directive):
    """A directive whose Sphinx node is invisible (``index``): a label before it does not move onto it."""

    tagname = 'directive'


class prebibliographic_directive(nodes.PreBibliographic, directive):
    """``meta``: docutils' own node is PreBibliographic, so a field list after it is still the docinfo
    (``:orphan:``, ``:nosearch:``) that Sphinx reads as the page's metadata."""

    tagname = 'directive'


class role(nodes.Inline, nodes.TextElement):
    """An interpreted-text role kept generic: ``name`` and the ``text`` between the backquotes."""


class include(nodes.Element):
    """Marks where an include's lines start (``edge="start"``) and end (``edge="end"``) in the tree."""


class directive_title(nodes.TextElement):
    """The inline-parsed argument of a directive whose argument is a title (a tab's label, a card's title)."""


class glossary_entry(nodes.Element):
    """One entry of a glossary: its ``terms`` and, as children, its parsed definition."""


class card_part(nodes.Element):
    """The header, body or footer of a sphinx-design card (its content split at ``^^^`` and ``+++``)."""


# ---------------------------------------------------------------------------------------------------------------
# Directive specifications: (required arguments, optional arguments, final argument takes whitespace, content).
# Content is 'parsed' (children), 'titles' (children, section titles allowed), 'raw' (kept as text), 'card'
# (parsed in header/body/footer parts) or 'none'. They follow the directives' own definitions, because the
# split between argument and content depends on them (``.. note:: text`` has no argument: text is content).

PARSED_1 = (1, 0, True, 'parsed')
TITLE_OPT = (0, 1, True, 'parsed')
RAW_OPT = (0, 1, True, 'raw')
ARG_ONLY = (1, 0, True, 'none')
OBJECT = (1, 0, True, 'parsed')

SPECS = {
    # Sphinx core
    'toctree': (0, 0, False, 'raw'),
    'index': (0, 1, True, 'raw'),
    'highlight': ARG_ONLY,
    'code-block': (0, 1, False, 'raw'),
    'sourcecode': (0, 1, False, 'raw'),
    'code': (0, 1, False, 'raw'),
    'literalinclude': ARG_ONLY,
    'sectionauthor': ARG_ONLY,
    'moduleauthor': ARG_ONLY,
    'codeauthor': ARG_ONLY,
    'tabularcolumns': ARG_ONLY,
    'centered': ARG_ONLY,
    'acks': (0, 0, False, 'parsed'),
    'hlist': (0, 0, False, 'parsed'),
    'only': (1, 0, True, 'titles'),
    'seealso': TITLE_OPT,
    'versionadded': (1, 1, True, 'parsed'),
    'versionchanged': (1, 1, True, 'parsed'),
    'deprecated': (1, 1, True, 'parsed'),
    'versionremoved': (1, 1, True, 'parsed'),
    'glossary': (0, 0, False, 'raw'),
    'productionlist': ARG_ONLY,
    'default-domain': ARG_ONLY,
    'math': (0, 1, True, 'raw'),
    'contents': (0, 1, True, 'none'),
    'meta': (0, 0, False, 'raw'),
    'rst-class': ARG_ONLY,
    'cssclass': ARG_ONLY,
    'describe': OBJECT,
    'object': OBJECT,
    'option': OBJECT,
    'cmdoption': OBJECT,
    'envvar': OBJECT,
    'program': ARG_ONLY,
    'currentmodule': (1, 0, False, 'none'),
    'module': (1, 0, False, 'none'),
    # sphinx.ext.autodoc / autosummary: not run (nothing is importable offline)
    'autosummary': (0, 0, False, 'raw'),
    'automodule': OBJECT,
    'autoclass': OBJECT,
    'autofunction': OBJECT,
    'automethod': OBJECT,
    'autoattribute': OBJECT,
    'autodata': OBJECT,
    'autoexception': OBJECT,
    'autoproperty': OBJECT,
    'autodecorator': OBJECT,
    # sphinx-design
    'grid': TITLE_OPT,
    'grid-item': (0, 0, False, 'parsed'),
    'grid-item-card': (0, 1, True, 'card'),
    'card': (0, 1, True, 'card'),
    'card-carousel': (1, 0, False, 'parsed'),
    'dropdown': TITLE_OPT,
    'tab-set': (0, 0, False, 'parsed'),
    'tab-item': PARSED_1,
    'tab-set-code': (0, 0, False, 'parsed'),
    'button-link': (1, 0, True, 'parsed'),
    'button-ref': (1, 0, True, 'parsed'),
    'article-info': (0, 0, False, 'none'),
    'div': TITLE_OPT,
    # sphinx-tabs
    'tabs': (0, 0, False, 'parsed'),
    'tab': PARSED_1,
    'group-tab': PARSED_1,
    'code-tab': (1, 1, True, 'raw'),
    # sphinxcontrib.contentui
    'content-tabs': (0, 0, False, 'parsed'),
    'tab-container': (1, 0, True, 'parsed'),
    'toggle-header': (0, 0, False, 'parsed'),
    # ablog
    'post': RAW_OPT,
    'postlist': RAW_OPT,
    'update': TITLE_OPT,
    # sphinxcontrib.programoutput
    'program-output': ARG_ONLY,
    'command-output': ARG_ONLY,
    # sphinx_plotly_directive, df_tables, datatemplates, nki_directives, neuron_tag
    'plotly': RAW_OPT,
    'df-table': RAW_OPT,
    'datatemplate:yaml': RAW_OPT,
    'datatemplate:json': RAW_OPT,
    'datatemplate:csv': RAW_OPT,
    'nki_example': RAW_OPT,
    'neuron-tag': (0, 0, False, 'none'),
    # sphinxcontrib.spelling
    'spelling:word-list': (0, 0, False, 'raw'),
    'spelling:word': ARG_ONLY,
}

DOMAINS = {
    'py': ['function', 'class', 'method', 'attribute', 'exception', 'classmethod', 'staticmethod', 'data',
           'property', 'decorator', 'decoratormethod'],
    'c': ['function', 'member', 'macro', 'type', 'var', 'struct', 'union', 'enum', 'enumerator'],
    'cpp': ['function', 'class', 'struct', 'member', 'var', 'type', 'enum', 'enum-struct', 'enum-class',
            'enumerator', 'union', 'concept', 'alias'],
    'js': ['function', 'class', 'method', 'data', 'attribute'],
    'std': ['option', 'cmdoption', 'envvar', 'program', 'describe'],
}
for _domain, _kinds in DOMAINS.items():
    for _kind in _kinds:
        SPECS[f'{_domain}:{_kind}'] = OBJECT
        if _domain == 'py':
            SPECS.setdefault(_kind, OBJECT)
for _name in ('module', 'currentmodule'):
    SPECS[f'py:{_name}'] = SPECS[_name]
for _name in ('namespace', 'namespace-push', 'namespace-pop'):
    SPECS[f'cpp:{_name}'] = (0, 1, True, 'none')
SPECS['c:namespace'] = (0, 1, True, 'none')

# docutils' own directives that Sphinx uses unchanged: parsed by docutils itself into its standard nodes.
# Directives whose argument is inline markup (sphinx-design titles and labels, sphinx-tabs labels).
INLINE_TITLES = {'tab-item', 'grid-item-card', 'card', 'dropdown', 'tab', 'group-tab', 'tab-container',
                 'seealso', 'versionadded', 'versionchanged', 'deprecated', 'versionremoved', 'button-link',
                 'button-ref'}

# Directives whose `:caption:` is inline markup.
CAPTIONED = {'code-block', 'code', 'sourcecode', 'literalinclude', 'nki_example', 'program-output',
             'command-output'}

# docutils' own directives whose first node docutils leaves without a line (its images, figures and tables):
# wrapped by `located`, so the loss report and the table data name the directive's line.
LOCATED_DIRECTIVES = {'image', 'figure', 'table', 'csv-table', 'list-table'}


class AnyOptions(dict):
    """An option spec that accepts every option as text: the converter knows which it supports."""

    def __missing__(self, key):
        return directives.unchanged

    def __bool__(self):
        return True


def _locate(directive_obj, node):
    node.source, node.line = directive_obj.state_machine.get_source_and_line(directive_obj.lineno)


# Directives that produce no node in place under Sphinx (they set context; docutils moves meta to the top): a label before one of them labels what
# follows it, so propagation looks past them (see PropagateTargetsPastMarkers).
TRANSPARENT = {'currentmodule', 'py:currentmodule', 'program', 'default-domain', 'sectionauthor', 'moduleauthor',
               'codeauthor', 'cpp:namespace', 'cpp:namespace-push', 'cpp:namespace-pop', 'c:namespace',
               'spelling:word-list', 'spelling:word', 'meta'}
# Directives whose Sphinx node is invisible to docutils' target propagation.
INVISIBLE = {'index'}


def generic_directive(spec, unknown=False):
    required, optional, whitespace, content = spec

    class Generic(Directive):
        required_arguments = required
        optional_arguments = optional
        final_argument_whitespace = whitespace
        option_spec = AnyOptions()
        has_content = content != 'none'

        def run(self):
            node = (invisible_directive() if self.name in INVISIBLE
                    else prebibliographic_directive() if self.name == 'meta' else directive())
            node['name'] = self.name
            node['arguments'] = list(self.arguments)
            node['options'] = dict(self.options)
            if unknown:
                node['unknown'] = True
            _locate(self, node)
            if self.name in INLINE_TITLES:
                # versionadded & co: the first argument is the version, the rest an inline text
                index = 1 if self.name.startswith('version') or self.name == 'deprecated' else 0
                if len(self.arguments) > index and self.arguments[index].strip():
                    title = directive_title()
                    title += self.state.inline_text(self.arguments[index], self.lineno)[0]
                    node += title
            if self.options.get('caption') and self.name in CAPTIONED:
                # Sphinx parses a code block's caption as inline markup (container_wrapper)
                caption = nodes.caption()
                caption += self.state.inline_text(self.options['caption'], self.lineno)[0]
                node += caption
            if self.options.get('name'):
                # Sphinx's directives call add_name: `:name:` is a label of the node, like `.. _name:` before it.
                # (docutils' add_name deletes a `name` attribute: ours is set again after it.)
                self.options['name'] = self.options['name'].strip()
                self.add_name(node)
                node['name'] = self.name
            if content == 'raw' or (unknown and self.content):
                node['content'] = '\n'.join(self.content)
            elif content == 'card':
                parse_card(self, node)
            elif content in ('parsed', 'titles') and self.content:
                node['content_line'] = self.content_offset + 1
                if content == 'titles':
                    parse_with_titles(self.state, self.content, self.content_offset, node)
                else:
                    self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    return Generic


def parse_with_titles(state, content, offset, node):
    """Sphinx's nested_parse_with_titles: section titles inside the content are allowed."""
    surrounding_title_styles = state.memo.title_styles
    surrounding_section_level = state.memo.section_level
    state.memo.title_styles = []
    state.memo.section_level = 0
    try:
        state.nested_parse(content, offset, node, match_titles=1)
    finally:
        state.memo.title_styles = surrounding_title_styles
        state.memo.section_level = surrounding_section_level


def parse_card(directive_obj, node):
    """sphinx-design splits a card's content at a ``^^^`` line (header above) and a ``+++`` line (footer below)."""
    lines = list(directive_obj.content)
    offsets = [directive_obj.content_offset + index for index in range(len(lines))]
    parts = []
    header_at = next((i for i, line in enumerate(lines) if line.strip() and set(line.strip()) == {'^'}
                      and len(line.strip()) >= 3), None)
    footer_at = next((i for i, line in enumerate(lines) if line.strip() and set(line.strip()) == {'+'}
                      and len(line.strip()) >= 3), None)
    body_start = 0
    body_end = len(lines)
    if header_at is not None:
        parts.append(('header', 0, header_at))
        body_start = header_at + 1
    if footer_at is not None and footer_at >= body_start:
        body_end = footer_at
    parts.append(('body', body_start, body_end))
    if footer_at is not None and footer_at >= body_start:
        parts.append(('footer', footer_at + 1, len(lines)))
    for kind, start, end in parts:
        part = card_part()
        part['part'] = kind
        if start < end:
            view = statemachine.StringList(lines[start:end], items=directive_obj.content.items[start:end])
            directive_obj.state.nested_parse(view, offsets[start] if start < len(offsets) else 0, part)
        node += part


class Glossary(Directive):
    """sphinx.domains.std.Glossary: term lines, each group followed by its indented definition."""

    has_content = True
    option_spec = AnyOptions()

    def run(self):
        node = directive()
        node['name'] = self.name
        node['arguments'] = []
        node['options'] = dict(self.options)
        _locate(self, node)
        entries = []  # (terms [(text, line)], definition StringList)
        in_definition = True
        in_comment = False
        was_empty = True
        for line, (source, lineno) in zip(self.content, self.content.items):
            if not line:
                if in_definition and entries:
                    entries[-1][1].append('', source, lineno)
                was_empty = True
                continue
            if line and not line[0].isspace():
                if line.startswith('.. '):
                    in_comment = True
                    continue
                in_comment = False
                if in_definition:
                    entries.append(([], statemachine.StringList()))
                    in_definition = False
                entries[-1][0].append((line, lineno))
            elif in_comment:
                continue
            else:
                if not in_definition:
                    in_definition = True
                if entries:
                    entries[-1][1].append(line, source, lineno)
            was_empty = False
        for terms, definition in entries:
            entry = glossary_entry()
            entry['terms'] = [text.split(' : ')[0].strip() for text, _ in terms]
            entry.line = terms[0][1] + 1 if terms else self.lineno
            title = directive_title()
            for index, (text, lineno) in enumerate(terms):
                if index:
                    title += nodes.Text('\n')
                title += self.state.inline_text(text.split(' : ')[0].strip(), lineno)[0]
            entry += title
            if definition:
                definition.disconnect()
                indent = min((len(l) - len(l.lstrip()) for l in definition if l.strip()), default=0)
                view = statemachine.StringList([l[indent:] for l in definition], items=definition.items)
                self.state.nested_parse(view, definition.items[0][1], entry)
            node += entry
        return [node]


class DataTemplate(Directive):
    """sphinxcontrib.datatemplates: a Jinja template rendered with a data file, parsed as RST in place."""

    required_arguments = 0
    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = AnyOptions()
    srcdir = ''
    templates_path = []

    def run(self):
        import jinja2
        import yaml
        source, line = self.state_machine.get_source_and_line(self.lineno)
        data_name = self.options.get('source') or (self.arguments[0] if self.arguments else '')
        base = self.srcdir if data_name.startswith('/') else os.path.dirname(os.path.abspath(source))
        with open(os.path.join(base, data_name.lstrip('/')), encoding='utf-8-sig') as handle:
            data = yaml.safe_load(handle)
        loader = jinja2.FileSystemLoader([os.path.join(self.srcdir, path) for path in self.templates_path])
        environment = jinja2.Environment(loader=loader)
        if self.options.get('template'):
            template = environment.get_template(self.options['template'].strip())
        else:
            template = environment.from_string('\n'.join(self.content))
        rendered = template.render(data=data, source=data_name, options=self.options)
        node = directive()
        node['name'] = self.name
        node['arguments'] = list(self.arguments)
        node['options'] = dict(self.options)
        node.source, node.line = source, line
        # every line of the rendered template is the directive's line, the only one the source has for it
        rendered_lines = rendered.splitlines()
        view = statemachine.StringList(rendered_lines, items=[(source, line - 1)] * len(rendered_lines))
        parse_with_titles(self.state, view, self.content_offset, node)
        return [node]


class IncludeEnd(Directive):
    """The end marker the include directive appends to the lines it inserts."""

    required_arguments = 1
    final_argument_whitespace = True

    def run(self):
        node = include()
        node['edge'] = 'end'
        node['key'] = self.arguments[0]
        _locate(self, node)
        return [node]


class Include(misc_directives.Include):
    """docutils' include, as Sphinx patches it (``/path`` is relative to the source root, any other path to the
    document's folder), with markers."""

    srcdir = ''
    counter = [0]
    overrides = {}  # path relative to srcdir → patched text (scripts/import/patches.yaml)

    @classmethod
    def read(cls, path, encoding):
        relative = os.path.relpath(path, cls.srcdir)
        if relative in cls.overrides:
            return cls.overrides[relative]
        with open(path, encoding=encoding) as handle:
            return handle.read()

    def run(self):
        target = self.arguments[0]
        if target.startswith('<') and target.endswith('>'):
            return super().run()  # docutils' standard substitution sets (isonum.txt …): definitions only
        if target.startswith('/'):
            path = os.path.normpath(os.path.join(self.srcdir, target.lstrip('/')))
        else:
            # Sphinx's relfn2path: relative to the document being read, even inside an included file
            document = self.state.document['source']
            path = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(document)), target))
        marker = include()
        marker['edge'] = 'start'
        marker['path'] = os.path.relpath(path, self.srcdir)
        marker['argument'] = target
        marker['options'] = {key: (value if isinstance(value, (str, int)) or value is None else str(value))
                             for key, value in self.options.items()}
        _locate(self, marker)
        if not os.path.exists(path):
            marker['missing'] = True
            return [marker]
        self.arguments[0] = path
        try:
            rawtext = select_lines(self.read(path, self.options.get('encoding', 'utf-8-sig')), self.options)
        except ValueError as error:
            # the converter stops the import at the directive's file:line with this message
            marker['error'] = str(error)
            return [marker]
        if 'literal' in self.options or 'code' in self.options:
            marker['literal'] = rawtext
            return [marker]
        Include.counter[0] += 1
        key = str(Include.counter[0])
        marker['key'] = key
        # What docutils' include does, with our end marker in place of its closing comment.
        tab_width = self.options.get('tab-width', self.state.document.settings.tab_width)
        lines = statemachine.string2lines(rawtext, tab_width, convert_whitespace=True)
        lines += ['', f'.. neuron-import-include-end:: {key}']
        self.state_machine.insert_input(lines, path)
        return [marker]


def select_lines(rawtext, options):
    """The slice of a file an include takes (docutils' start-line/end-line/start-after/end-before rules)."""
    start_line = options.get('start-line')
    end_line = options.get('end-line')
    if start_line or end_line is not None:
        rawtext = ''.join(rawtext.splitlines(True)[int(start_line or 0):None if end_line is None else int(end_line)])
    after = options.get('start-after')
    if after:
        index = rawtext.find(after)
        if index < 0:
            raise ValueError(f'include: start-after text {after!r} not found')
        rawtext = rawtext[index + len(after):]
    before = options.get('end-before')
    if before:
        index = rawtext.find(before)
        if index < 0:
            raise ValueError(f'include: end-before text {before!r} not found')
        rawtext = rawtext[:index]
    return rawtext


# ---------------------------------------------------------------------------------------------------------------
# Roles

SPHINX_ROLES = [
    'ref', 'doc', 'numref', 'download', 'any', 'term', 'keyword', 'option', 'envvar', 'token', 'program',
    'abbr', 'command', 'dfn', 'file', 'guilabel', 'kbd', 'mailheader', 'makevar', 'manpage', 'menuselection',
    'mimetype', 'newsgroup', 'regexp', 'samp', 'pep', 'rfc', 'eq', 'octicon', 'fab', 'fas', 'far',
    'func', 'class', 'meth', 'attr', 'exc', 'data', 'const', 'obj', 'mod',
]
for _domain in DOMAINS:
    for _kind in ['func', 'class', 'meth', 'attr', 'exc', 'data', 'const', 'obj', 'mod', 'member', 'macro',
                  'type', 'var', 'struct', 'union', 'enum', 'enumerator', 'expr', 'texpr', 'any', 'concept',
                  'ref', 'doc', 'option', 'envvar', 'term', 'numref', 'keyword', 'token', 'program']:
        SPHINX_ROLES.append(f'{_domain}:{_kind}')
for _color in ['primary', 'secondary', 'success', 'info', 'warning', 'danger', 'light', 'muted', 'dark',
               'white', 'black']:
    for _prefix in ['bdg', 'bdg-link', 'bdg-ref']:
        SPHINX_ROLES += [f'{_prefix}-{_color}', f'{_prefix}-{_color}-line']
SPHINX_ROLES += ['bdg', 'bdg-link', 'bdg-ref', 'button-link', 'button-ref']


# Directives whose errors leave a table out of the page: the converter stops on them (see mark_table_error).
TABLE_DIRECTIVES = {'table', 'list-table', 'csv-table'}


def mark_table_error(message, construct):
    """Marks an error that cost the page a table with the construct, at the message's own line: Sphinx dropped
    the table with a warning, and the converter stops the import there so that the source gets fixed."""
    if isinstance(message, nodes.system_message) and message['level'] >= 3:
        message['construct'] = construct
        message.source, message.line = message.get('source'), message.get('line')


def located(directive_class, record_name=True):
    """Wraps a directive that returns docutils' own nodes: the first of them gets the directive's line (docutils
    gives images and figures none, and a csv-table the line of its data; the loss report and the table data name
    it) and, with ``record_name``, the directive's name."""

    class Located(directive_class):
        def run(self):
            try:
                result = super().run()
            except DirectiveError as error:
                # what docutils' run_directive makes of it, made here so that a table's error can be marked
                message = self.reporter.system_message(error.level, error.msg, line=self.lineno)
                message += nodes.literal_block(self.block_text, self.block_text)
                result = [message]
            for node in result:
                if self.name in TABLE_DIRECTIVES:
                    mark_table_error(node, self.name)
            for node in result:
                if isinstance(node, nodes.Element) and not isinstance(node, nodes.system_message):
                    # the directive's line, also over the line of its content a table was built from
                    node.source, node.line = self.state_machine.get_source_and_line(self.lineno)
                    if record_name:
                        node['directive'] = self.name
                    break
            return result

    return Located


def docutils_directive(name):
    """docutils' own class of a directive, as its registry names it."""
    module_name, class_name = directives._directive_registry[name]
    module = importlib.import_module(f'docutils.parsers.rst.directives.{module_name}')
    return getattr(module, class_name)


_build_table = states.Body.build_table


def build_table(self, tabledata, tableline, stub_columns=0, widths=None):
    """docutils' grid or simple table, at the line of its first row (docutils gives the table node none)."""
    table = _build_table(self, tabledata, tableline, stub_columns, widths)
    table.source, table.line = self.state_machine.get_source_and_line(tableline)
    return table


_malformed_table = states.Body.malformed_table


def malformed_table(self, block, detail='', offset=0):
    """docutils' malformed grid or simple table error, marked as a table's (the table is left out)."""
    messages = _malformed_table(self, block, detail, offset)
    for message in messages:
        mark_table_error(message, 'table')
    return messages


def make_generic_role(name, unknown=False):
    def generic_role(role_name, rawtext, text, lineno, inliner, options=None, content=None):
        node = role(rawtext)
        node['name'] = role_name.lower()
        node['value'] = text  # backslash escapes are kept as NUL + character, as Sphinx's roles receive them
        if unknown:
            node['unknown'] = True
        node.source, node.line = inliner.reporter.get_source_and_line(lineno)
        return [node], []

    return generic_role


_docutils_role = roles.role


def any_role(role_name, language_module, lineno, reporter):
    """Known roles as docutils knows them; every other name becomes a generic role, marked unknown if Sphinx
    does not define it either (the converter reports those with their file and line)."""
    found, messages = _docutils_role(role_name, language_module, lineno, reporter)
    if found is not None:
        return found, messages
    return make_generic_role(role_name, unknown=True), []


def register(extra_roles, srcdir, conf):
    for name, spec in SPECS.items():
        directives.register_directive(name, generic_directive(spec))
    for name in sorted(LOCATED_DIRECTIVES):
        directives.register_directive(name, located(docutils_directive(name), record_name=False))
    states.Body.build_table = build_table
    states.Body.malformed_table = malformed_table
    directives.register_directive('glossary', Glossary)
    DataTemplate.srcdir = srcdir
    DataTemplate.templates_path = conf.get('templates_path', [])
    for name in ('datatemplate:yaml',):
        directives.register_directive(name, DataTemplate)
    df_tables = os.path.join(srcdir, '_ext', 'df_tables.py')
    if os.path.exists(df_tables):
        # The release's own df-table directive (pandas code → CSV table), exactly as its Sphinx build ran it.
        spec = importlib.util.spec_from_file_location('df_tables_of_release', df_tables)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        directives.register_directive('df-table', located(module.DFTable))
    directives.register_directive('include', Include)
    directives.register_directive('neuron-import-include-end', IncludeEnd)
    for name in SPHINX_ROLES + list(extra_roles):
        roles.register_local_role(name, make_generic_role(name))
    roles.role = any_role
    _docutils_directive = directives.directive

    def any_directive(name, language_module, document):
        found, messages = _docutils_directive(name, language_module, document)
        if found is not None:
            return found, messages
        return generic_directive(RAW_OPT, unknown=True), []

    directives.directive = any_directive


# ---------------------------------------------------------------------------------------------------------------
# Reading


class DefaultSubstitutions(Transform):
    """Sphinx defines |version|, |release| and |today| when the page does not (sphinx.transforms)."""

    default_priority = 210
    values = {}

    def apply(self):
        for ref in list(self.document.findall(nodes.substitution_reference)):
            name = ref['refname']
            if name in self.values and name not in self.document.substitution_defs:
                ref.replace_self(nodes.Text(self.values[name]))


def transparent(node):
    """A node that is not there under Sphinx: an include marker, or a directive that makes no node."""
    return isinstance(node, include) or (isinstance(node, directive) and node.get('name') in TRANSPARENT)


def becomes_docinfo(node):
    """A field list that docutils' DocInfo transform will replace (the first element of the document but for
    comments, targets and ``meta``): a label moved onto it would be lost with it, as Sphinx put it on the meta
    node, which labels the top of the page."""
    if not isinstance(node, nodes.field_list) or not isinstance(node.parent, nodes.document):
        return False
    for sibling in node.parent.children[:node.parent.index(node)]:
        if not (isinstance(sibling, nodes.PreBibliographic) or transparent(sibling)):
            return False
    return True


class PropagateTargetsPastMarkers(Transform):
    """docutils' PropagateTargets, for the targets whose next node is one this front-end adds and Sphinx does
    not have (include markers, context-only directives): the label moves onto the node after them, as it does
    under Sphinx, where the included lines follow the label directly. Runs just before PropagateTargets, which
    then skips these targets (they have a refid)."""

    default_priority = 259

    def apply(self):
        for target in list(self.document.findall(nodes.target)):
            if (isinstance(target.parent, nodes.TextElement) or target.hasattr('refid')
                    or target.hasattr('refuri') or target.hasattr('refname') or not target['ids']):
                continue
            next_node = target.next_node(ascend=True)
            if not (transparent(next_node) or becomes_docinfo(next_node)):
                continue
            while (transparent(next_node) or isinstance(next_node, nodes.system_message)
                   or becomes_docinfo(next_node)):
                next_node = next_node.next_node(ascend=True, descend=False)
            if (next_node is None or isinstance(next_node, (nodes.Invisible, nodes.Targetable))
                    and not isinstance(next_node, nodes.target)):
                continue
            next_node['ids'].extend(target['ids'])
            next_node['names'].extend(target['names'])
            for id in target['ids']:
                self.document.ids[id] = next_node
            target['refid'] = target['ids'][0]
            target['ids'] = []
            target['names'] = []
            self.document.note_refid(target)


class Reader(standalone.Reader):
    def get_transforms(self):
        return super().get_transforms() + [DefaultSubstitutions, PropagateTargetsPastMarkers]


SETTINGS = {
    'doctitle_xform': False,  # Sphinx takes the title from the first section; it does not promote it
    'sectsubtitle_xform': False,
    'smart_quotes': False,  # the text stays as written (see docs/components.md)
    'input_encoding': 'utf-8-sig',
    'report_level': 2,
    'halt_level': 5,
    'warning_stream': io.StringIO(),
    'file_insertion_enabled': True,
    'raw_enabled': True,
    'syntax_highlight': 'none',
    'strip_comments': True,
    'tab_width': 8,
    'language_code': 'en',
    'line_length_limit': 10_000_000,
    'character_level_inline_markup': False,
}


def explicit_labels(document):
    """Sphinx's std domain `process_doc`: every explicit label of the page, with what it labels."""
    found = []
    for name, explicit in document.nametypes.items():
        if not explicit:
            continue
        labelid = document.nameids.get(name)
        if labelid is None:
            found.append({'name': name, 'kind': 'duplicate'})
            continue
        node = document.ids[labelid]
        if isinstance(node, nodes.target) and 'refid' in node:
            node = document.ids.get(node['refid'])
            labelid = node['names'][0] if node['names'] else labelid
        # Sphinx skips footnotes (and link targets, object descriptions); a citation is a GFM footnote here too,
        # anchored by the footnote itself at the end of the page, where a label before it would not be
        if node.tagname in ('footnote', 'citation') or 'refuri' in node or node.tagname.startswith('desc_'):
            continue
        entry = {'name': name, 'id': labelid, 'line': node.line}
        if node.tagname == 'section':
            entry['kind'] = 'section'
            entry['title'] = node[0].astext()
        elif node.tagname == 'rubric':
            entry['kind'] = 'rubric'
            entry['title'] = node.astext()
        elif node.tagname in ('figure', 'table') or (node.tagname == 'container'
                                                     and 'literal-block-wrapper' in node['classes']):
            entry['kind'] = node.tagname
            caption = next(iter(node.findall(nodes.caption)), None) or next(iter(node.findall(nodes.title)), None)
            if caption is not None:
                entry['title'] = caption.astext()
        elif node.tagname == 'directive' and node['name'] in ('code-block', 'code', 'sourcecode',
                                                                 'literalinclude'):
            entry['kind'] = 'code-block'
            if node['options'].get('caption'):
                entry['title'] = node['options']['caption']
        else:
            entry['kind'] = 'other'
        node.setdefault('labels', []).append(name)
        found.append(entry)
    return found


def to_json(node, parent_source=None):
    if isinstance(node, nodes.Text):
        # docutils' astext(), as Sphinx wrote text: an escaped space or line break (`\ `, as in `(\ ``x``\ )`)
        # is no text, and another escaped character (`\.`) is the character (a role's text keeps its NULs in
        # its `value`)
        return nodes.unescape(str(node))
    out = {'t': node.tagname}
    attributes = {}
    for key, value in node.attributes.items():
        if key in ('source',) or value in ([], None, '') or key in ('backrefs', 'dupnames') and not value:
            continue
        attributes[key] = value
    if attributes:
        out['a'] = attributes
    if node.line is not None:
        out['l'] = node.line
    if node.source and node.source != parent_source:
        out['s'] = node.source
    children = [to_json(child, node.source or parent_source) for child in node.children]
    if children:
        out['c'] = children
    return out


def parse_document(srcdir, request, source_read):
    path = os.path.join(srcdir, request['path'])
    text = request.get('text')
    if text is None:
        with open(path, encoding='utf-8-sig') as handle:
            text = handle.read()
    for handler in source_read:
        holder = [text]
        handler(None, request['docname'], holder)
        text = holder[0]
    messages = []

    class Stream(io.StringIO):
        pass

    settings = dict(SETTINGS, warning_stream=Stream())
    saved_cwd = os.getcwd()
    try:
        document = publish_doctree(text, source_path=path, reader=Reader(), settings_overrides=settings)
    finally:
        os.chdir(saved_cwd)  # the release's df-table directive changes into the page's folder
    for message in document.findall(nodes.system_message):
        messages.append({'level': message['level'], 'line': message.get('line'), 'source': message.get('source'),
                         'text': message.astext()})
    labels = explicit_labels(document)
    source_root = os.path.abspath(srcdir)

    def relative(source):
        return os.path.relpath(source, source_root) if source and os.path.isabs(source) else source

    for node in document.findall(nodes.Element):
        if node.source:
            node.source = relative(node.source)
    for message in messages:
        message['source'] = relative(message['source'])
    return {'docname': request['docname'], 'tree': to_json(document), 'labels': labels, 'messages': messages}


def check_modules(names):
    missing = []
    for name in names:
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    return missing


def main(argv):
    if len(argv) < 3 or argv[1] != 'parse':
        print(__doc__, file=sys.stderr)
        return 2
    srcdir = os.path.abspath(argv[2])
    options = json.loads(sys.stdin.readline() or '{}')
    Include.srcdir = srcdir
    Include.overrides = options.get('overrides', {})
    DefaultSubstitutions.values = options.get('substitutions', {})
    register(options.get('roles', []), srcdir, options.get('conf', {}))
    source_read = []
    if options.get('sourceRead'):
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from sphinx_project import source_read_handlers
        source_read = source_read_handlers(srcdir, options.get('rtdVersion', 'latest'))
    missing = check_modules(['pandas', 'jinja2', 'yaml'])
    if missing:
        print(f'rst_doctree.py: this Python lacks {", ".join(missing)}: the release\'s df-table and datatemplate '
              'directives need them (Debian: apt-get install python3-pandas python3-jinja2 python3-yaml)',
              file=sys.stderr)
        return 3
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            result = parse_document(srcdir, request, source_read)
        except Exception as error:  # a failure of one page is reported with its name, not as a traceback
            result = {'docname': request['docname'], 'error': f'{type(error).__name__}: {error}'}
        out.write(json.dumps(result, ensure_ascii=False))
        out.write('\n')
        out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
