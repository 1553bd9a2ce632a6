"""Our OpenAPI -> Python generator for pinterest_client (not shipped in the wheel).

How a spec becomes code (``python -m codegen``; ``--check`` proves the committed output current):

spec.py          load the spec; merge the operations and schemas the seeds need from older specs
compat.py        the original client's surface on top: dropped schemas and properties merged back,
                 legacy module names, call forms and API classes (legacy_surface.json, derived once
                 by derive_legacy.py from legacy_manifest.py dumps of every release)
schemas.py       schemas -> model definitions: fields, type strings, positional order, owner module
operations.py    operations -> method definitions (parameters, bodies, responses)
naming.py        every rule that turns spec names into Python names
render.py        definitions -> Python source for api/, model/, apis/, models/
text.py          spec descriptions -> clean docstring text (no HTML, absolute links)
docs.py          definitions -> the reference pages docs/*.md (docs/guides/ is hand-written)
examples.py      the pages' example arguments: the SDK's one value synthesiser (testing/_synth.py)
                 walking these definitions, written out as Python source
formatting.py    ruff format over everything generated (the pinned version)
__main__.py      the command line: write, or --check

To add a compatibility rule, put the method and the legacy names in the table of compat.py it
belongs to and regenerate; docs/guides/architecture.md says where everything else goes.
"""
