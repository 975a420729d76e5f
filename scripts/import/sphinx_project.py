#!/usr/bin/env python3
"""What Sphinx knows about a release before it reads a page, for the Neuron Docs importer.

``sphinx_project.py config <srcdir> <rtd version>`` prints one JSON object: the values of the release's
``conf.py`` the importer uses (executed as Read the Docs executed it, so extlinks point at the right branch),
the documents Sphinx builds (Sphinx 5's file discovery: source suffixes, ``exclude_patterns``,
``include_patterns``, templates and static paths), and the "relevant for" instances ``_ext/neuron_tag.py`` of
that release gives each document. Only the standard library and docutils are needed: Sphinx's own code is not.
"""

import importlib.util
import json
import os
import re
import sys
import types
import unicodedata

# Paths Sphinx never reads (sphinx.project.EXCLUDE_PATHS).
EXCLUDE_PATHS = ['**/_sources', '.#*', '**/.#*', '*.lproj/**']


def translate_pattern(pat):
    """sphinx.util.matching._translate_pattern: `*` and `?` stop at `/`, `**` does not."""
    i, n = 0, len(pat)
    res = ''
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if i < n and pat[i] == '*':
                i += 1
                res += '.*'
            else:
                res += '[^/]*'
        elif c == '?':
            res += '[^/]'
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res += '\\['
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff[0] == '!':
                    stuff = '^/' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                res = f'{res}[{stuff}]'
        else:
            res += re.escape(c)
    return res + '$'


def compile_matchers(patterns):
    return [re.compile(translate_pattern(pattern)).match for pattern in patterns]


def matching_files(srcdir, includes, excludes):
    """sphinx.util.matching.get_matching_files (Sphinx 5.1+), in its walk order."""
    include_matchers = compile_matchers(includes)
    exclude_matchers = compile_matchers(excludes)
    for root, dirs, files in os.walk(srcdir, followlinks=True):
        relative_root = os.path.relpath(root, srcdir)
        if relative_root == '.':
            relative_root = ''
        for entry in sorted(files):
            entry = unicodedata.normalize('NFC', os.path.join(relative_root, entry))
            keep = any(matcher(entry) for matcher in include_matchers)
            if any(matcher(entry) for matcher in exclude_matchers):
                keep = False
            if keep:
                yield entry
        dirs[:] = [name for name in sorted(dirs)
                   if not any(matcher(unicodedata.normalize('NFC', os.path.join(relative_root, name)))
                              for matcher in exclude_matchers)]


class FakeApp:
    """Enough of a Sphinx application for a conf.py `setup(app)`: it records the event handlers."""

    def __init__(self):
        self.handlers = {}

    def connect(self, event, handler, *args, **kwargs):
        self.handlers.setdefault(event, []).append(handler)

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def read_conf(srcdir, rtd_version):
    """Executes conf.py as Read the Docs did for that version (READTHEDOCS_* set), in the source folder."""
    environment = {'READTHEDOCS': 'True', 'READTHEDOCS_VERSION_NAME': rtd_version,
                   'READTHEDOCS_PROJECT': 'awsdocs-neuron'}
    saved_env = {key: os.environ.get(key) for key in environment}
    saved_cwd = os.getcwd()
    saved_path = list(sys.path)
    os.environ.update(environment)
    os.chdir(srcdir)
    try:
        namespace = {'__file__': os.path.join(srcdir, 'conf.py'), '__name__': 'conf'}
        with open('conf.py', encoding='utf-8') as handle:
            exec(compile(handle.read(), 'conf.py', 'exec'), namespace)  # noqa: S102 - Sphinx does the same
        app = FakeApp()
        if callable(namespace.get('setup')):
            namespace['setup'](app)
        return namespace, app
    finally:
        os.chdir(saved_cwd)
        sys.path[:] = saved_path
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def source_read_handlers(srcdir, rtd_version):
    """The conf.py `source-read` handlers (they may rewrite a page's text before it is parsed)."""
    _, app = read_conf(srcdir, rtd_version)
    return app.handlers.get('source-read', [])


def source_suffixes(conf):
    suffix = conf.get('source_suffix', {'.rst': 'restructuredtext'})
    if isinstance(suffix, str):
        suffix = {suffix: 'restructuredtext'}
    elif isinstance(suffix, (list, tuple)):
        suffix = {item: 'restructuredtext' for item in suffix}
    suffix = dict(suffix)
    extensions = conf.get('extensions', [])
    if 'nbsphinx' in extensions:
        suffix.setdefault('.ipynb', 'jupyter_notebook')
    if 'myst_parser' in extensions or 'myst_nb' in extensions:
        suffix.setdefault('.md', 'markdown')
    return suffix


def discover(srcdir, conf):
    suffixes = source_suffixes(conf)
    excludes = (list(conf.get('exclude_patterns', [])) + list(conf.get('templates_path', []))
                + list(conf.get('html_static_path', [])) + list(conf.get('html_extra_path', [])) + EXCLUDE_PATHS)
    if 'nbsphinx' in conf.get('extensions', []):
        excludes.append('**.ipynb_checkpoints')
    includes = list(conf.get('include_patterns', ['**']))
    docs = {}
    for filename in matching_files(srcdir, includes, excludes):
        for suffix, kind in suffixes.items():
            if filename.endswith(suffix):
                docname = filename[:-len(suffix)]
                if docname not in docs and os.access(os.path.join(srcdir, filename), os.R_OK):
                    docs[docname] = {'docname': docname, 'path': filename, 'parser': kind}
                break
    return sorted(docs.values(), key=lambda doc: doc['docname'])


def load_neuron_tag(srcdir):
    """The release's `_ext/neuron_tag.py`, loaded with just enough of Sphinx stubbed to call its directive."""
    path = os.path.join(srcdir, '_ext', 'neuron_tag.py')
    if not os.path.exists(path):
        return None
    from docutils.parsers.rst import Directive
    captured = []

    def nested_parse_with_titles(state, rst, node):
        captured.append('\n'.join(rst))

    class StubModule(types.ModuleType):
        """Any `sphinx.*` module: names the extension imports exist, and do nothing."""

        __path__ = []

        def __getattr__(self, name):
            known = {'SphinxDirective': Directive, 'nested_parse_with_titles': nested_parse_with_titles,
                     '_': lambda text: text, '__': lambda text: text}
            if name in known:
                return known[name]
            if name.startswith('__'):
                raise AttributeError(name)
            return type(name, (), {})

    class StubFinder:
        def find_spec(self, fullname, path=None, target=None):
            if fullname == 'sphinx' or fullname.startswith('sphinx.'):
                return importlib.util.spec_from_loader(fullname, self)
            return None

        def create_module(self, spec):
            return StubModule(spec.name)

        def exec_module(self, module):
            pass

    saved = {name: module for name, module in sys.modules.items() if name == 'sphinx' or name.startswith('sphinx.')}
    for name in saved:
        del sys.modules[name]
    finder = StubFinder()
    sys.meta_path.insert(0, finder)
    try:
        spec = importlib.util.spec_from_file_location('neuron_tag_of_release', path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.meta_path.remove(finder)
        for name in [name for name in sys.modules if name == 'sphinx' or name.startswith('sphinx.')]:
            del sys.modules[name]
        sys.modules.update(saved)
    module.nested_parse_with_titles = nested_parse_with_titles

    def tag_text(docname):
        captured.clear()
        directive_obj = module.NeuronTag.__new__(module.NeuronTag)
        directive_obj.env = types.SimpleNamespace(docname=docname)
        directive_obj.state = types.SimpleNamespace(document=None)
        directive_obj.run()
        return captured[0] if captured else ''

    handlers = []
    if hasattr(module, '_inject_vllm_neuron_myst_tags'):
        handlers.append(module._inject_vllm_neuron_myst_tags)
    return tag_text, handlers


INSTANCE = re.compile(r'`+([A-Za-z0-9]+)`+')


def relevant_for(srcdir, docs):
    """docname → the instance list the page's `.. neuron-tag::` (rst_prolog/epilog) prints, and the text."""
    loaded = load_neuron_tag(srcdir)
    if loaded is None:
        return {}
    tag_text, myst_handlers = loaded
    result = {}
    for doc in docs:
        if doc['parser'] == 'restructuredtext':
            text = tag_text(doc['docname'])
        elif doc['parser'] == 'markdown':
            holder = ['']
            for handler in myst_handlers:
                handler(None, doc['docname'], holder)
            text = holder[0].strip().split('\n')[0] if holder[0].strip() else ''
        else:
            text = ''
        result[doc['docname']] = {'text': text, 'instances': INSTANCE.findall(text)}
    return result


def jsonable(value):
    try:
        json.dumps(value)
        return value
    except TypeError:
        if isinstance(value, dict):
            return {str(key): jsonable(item) for key, item in value.items()}
        if isinstance(value, (list, tuple, set)):
            return [jsonable(item) for item in value]
        return repr(value)


CONF_KEYS = [
    'project', 'version', 'release', 'master_doc', 'root_doc', 'exclude_patterns', 'include_patterns',
    'templates_path', 'html_static_path', 'html_extra_path', 'source_suffix', 'extensions', 'extlinks',
    'intersphinx_mapping', 'rst_prolog', 'rst_epilog', 'numfig', 'numfig_format', 'numfig_secnum_depth',
    'highlight_language', 'default_role', 'primary_domain', 'myst_enable_extensions', 'myst_heading_anchors',
    'myst_substitutions', 'blog_path', 'blog_post_pattern', 'nbsphinx_execute', 'today', 'today_fmt',
    'rst_prolog', 'add_module_names', 'plotly_include_source',
]


def main(argv):
    if len(argv) != 4 or argv[1] != 'config':
        print(__doc__, file=sys.stderr)
        return 2
    srcdir = os.path.abspath(argv[2])
    namespace, app = read_conf(srcdir, argv[3])
    conf = {key: jsonable(namespace[key]) for key in CONF_KEYS if key in namespace}
    docs = discover(srcdir, namespace)
    result = {
        'conf': conf,
        'sourceRead': len(app.handlers.get('source-read', [])),
        'docs': docs,
        'relevantFor': relevant_for(srcdir, docs),
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
