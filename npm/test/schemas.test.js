import assert from "node:assert/strict";
import fs from "node:fs";
import { test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { DOCUMENT_TYPES, SCHEMA_VERSIONS, documentType, isDocument, schema, validate } from "../index.js";

const repository = new URL("../../", import.meta.url);
const fixtures = new URL("core/src/test/resources/org/campaignmodel/testing/fixtures/", repository);
const read = (url) => JSON.parse(fs.readFileSync(url, "utf8"));
const golden = (type) => read(new URL(`${type}/seed.json`, fixtures));

test("every schema compiles under Ajv's strict mode", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const names = [...DOCUMENT_TYPES, "definitions"];
  assert.deepEqual([...SCHEMA_VERSIONS], ["1.0", "1.1"]);
  for (const version of SCHEMA_VERSIONS) {
    for (const name of names) {
      ajv.addSchema(schema(name, version));
    }
  }
  for (const version of SCHEMA_VERSIONS) {
    for (const name of names) {
      const id = `https://campaignmodel.org/schemas/${version}/${name}.json`;
      assert.doesNotThrow(() => ajv.getSchema(id), id);
      assert.ok(ajv.getSchema(id), id);
    }
  }
  assert.throws(() => schema("campaign", "2.0"), /No schemas of version "2.0"/);
});

test("a document is checked against the schemas of the version it says", () => {
  const campaign = golden("campaign");
  assert.equal(campaign.schemaVersion, "1.0");
  const newer = structuredClone(campaign);
  newer.demands[0].deadline = "2026-06";
  // a 1.0 document may not use what 1.1 added, as the Java reader says
  const asOld = validate(newer, "campaign");
  assert.equal(asOld.valid, false);
  assert.deepEqual(
    asOld.problems.map((p) => [p.code, p.pointer]),
    [["schema.additionalProperties", "/demands/0/deadline"]],
  );
  newer.schemaVersion = "1.1";
  assert.deepEqual(validate(newer, "campaign").problems, []);
  // a 1.1 document need not use anything new
  assert.equal(validate({ ...campaign, schemaVersion: "1.1" }, "campaign").valid, true);
  const future = validate({ ...campaign, schemaVersion: "1.2" }, "campaign");
  assert.deepEqual(future.problems.map((p) => [p.code, p.pointer]), [["schema.const", "/schemaVersion"]]);
});

test("every golden document is valid, and its type is told from its properties", () => {
  for (const type of DOCUMENT_TYPES) {
    const document = golden(type);
    assert.deepEqual(validate(document, type).problems, [], type);
    assert.equal(documentType(document), type);
    assert.equal(isDocument(type, document), true);
  }
});

test("the second fixture, of format 1.1, is valid against the 1.1 files and not as 1.0", () => {
  for (const type of ["campaign", "article"]) {
    const document = read(new URL(`${type}/example-1.1.json`, fixtures));
    assert.equal(document.schemaVersion, "1.1");
    assert.deepEqual(validate(document).problems, [], type);
    assert.equal(validate({ ...document, schemaVersion: "1.0" }, type).valid, false, type);
  }
});

test("every invalid fixture fails, except those the Java tests excuse as not expressible", () => {
  const excused = read(new URL("json/src/test/resources/org/campaignmodel/json/schema-excused.json", repository));
  const folder = new URL("invalid/", fixtures);
  const names = fs.readdirSync(folder).filter((n) => n.endsWith(".json"));
  assert.ok(names.length > 20);
  for (const file of names) {
    const name = file.replace(".json", "");
    const text = fs.readFileSync(new URL(file, folder), "utf8");
    let document;
    try {
      document = JSON.parse(text);
    } catch {
      assert.ok(!(name in excused.fixtures), `${name} is not JSON and needs no excuse`);
      continue; // not JSON: no schema is asked
    }
    // the same choice of schema as SchemaConformanceTest
    const type =
      text.includes('"attendanceMode"') && !text.includes("relatedStories")
        ? "event"
        : text.includes('"headline"') || !text.includes('"name"')
          ? "article"
          : "campaign";
    const { valid } = validate(document, type);
    if (name in excused.fixtures) {
      assert.ok(excused.notExpressible.includes(excused.fixtures[name]), name);
    } else {
      assert.equal(valid, false, `the ${type} schema should refuse ${name}`);
    }
  }
});

test("a problem has the Java report's shape: code, pointer, path and message", () => {
  const document = { ...golden("campaign"), nmae: "x" };
  delete document.name;
  const { valid, problems } = validate(document);
  assert.equal(valid, false);
  assert.deepEqual(
    problems.map((p) => [p.code, p.pointer, p.path]),
    [
      ["schema.required", "", ""],
      ["schema.additionalProperties", "/nmae", "nmae"],
    ],
  );
  assert.match(problems[0].message, /"name"/);
  const demand = golden("campaign");
  demand.demands[1].number = "two";
  assert.deepEqual(
    validate(demand).problems.map((p) => [p.code, p.path]),
    [["schema.type", "demands[1].number"]],
  );
});

test("text that only Java's white space would call blank is text, as in Java", () => {
  // a no-break space and a byte-order mark are not blank to String.isBlank(); the schema agrees now
  for (const headline of ["\u00A0", "\uFEFF", "\u202F"]) {
    assert.equal(validate({ ...golden("article"), headline }).valid, true, JSON.stringify(headline));
  }
  for (const headline of [" ", "\t", "\u2003", "\u3000"]) {
    assert.equal(validate({ ...golden("article"), headline }).valid, false, JSON.stringify(headline));
  }
});

test("a type or schema that does not exist is named", () => {
  assert.throws(() => validate({}, "poster"), /No document type "poster"/);
  assert.throws(() => schema("poster"), /No schema "poster"/);
});

test("the package has the library's version", () => {
  const pkg = read(new URL("../package.json", import.meta.url));
  const pom = fs.readFileSync(new URL("pom.xml", repository), "utf8");
  const version = pom.match(/<artifactId>campaign-parent<\/artifactId>\s*<version>([^<]+)<\/version>/)[1];
  assert.equal(pkg.version, version);
});
