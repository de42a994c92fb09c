"""Checks a Campaign Model document against the published JSON Schemas, offline.

Usage: python3 check_document.py SCHEMA_FOLDER DOCUMENT [TYPE]
SCHEMA_FOLDER holds one folder per format version (1.0, 1.1, ...); the document is checked
against the schemas of the version its schemaVersion says.
TYPE is article (the default), campaign, event, timeline or story-list.
Prints one line per problem, "/pointer: message", and exits 1 if there is any.
"""
import json
import pathlib
import sys

import jsonschema

folder, document_file = pathlib.Path(sys.argv[1]), sys.argv[2]
name = sys.argv[3] if len(sys.argv) > 3 else "article"

# every schema by its $id, so that a $ref to definitions.json is found here, not fetched
schemas = {s["$id"]: s for s in (json.loads(p.read_text("utf-8")) for p in folder.glob("*/*.json"))}
document = json.loads(pathlib.Path(document_file).read_text("utf-8"))
versions = sorted(p.name for p in folder.iterdir() if p.is_dir())
declared = document.get("schemaVersion") if isinstance(document, dict) else None
# a version this folder has no schemas of is checked against the newest, which refuses it
version = declared if declared in versions else versions[-1]
schema = schemas[f"https://campaignmodel.org/schemas/{version}/{name}.json"]
formats = jsonschema.Draft202012Validator.FORMAT_CHECKER  # checks "uri"; needs rfc3987
try:
    from referencing import Registry, Resource  # jsonschema 4.18 and later

    registry = Registry().with_resources((i, Resource.from_contents(s)) for i, s in schemas.items())
    validator = jsonschema.Draft202012Validator(schema, registry=registry, format_checker=formats)
except ImportError:  # older jsonschema, such as Debian 12's 4.10
    resolver = jsonschema.RefResolver.from_schema(schema, store=schemas)
    validator = jsonschema.Draft202012Validator(schema, resolver=resolver, format_checker=formats)

problems = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
for error in problems:
    print("/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message)
sys.exit(1 if problems else 0)
