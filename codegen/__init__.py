"""Our OpenAPI -> Python generator for pinterest_client (not shipped in the wheel).

spec.py        load the spec, merge the seed-only operations from older specs
naming.py      every rule that turns spec names into Python names
schemas.py     schemas -> model definitions and type strings (types)
operations.py  operations -> method definitions (parameters, bodies, responses)
render.py      definitions -> Python source for api/, model/, apis/, models/
docs.py        definitions -> docs/*.md
compat.py      the original client's surface on top: legacy names, call forms, dropped classes
               (legacy_surface.json, derived once by derive_legacy.py from legacy_manifest.py dumps)
__main__.py    the command line: write, or --check that committed output is current
"""
