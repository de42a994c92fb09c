// validate(document) on Ajv's draft 2020-12 validator, with the formats, in strict mode, over the
// schemas this package ships: the same schemas the Java library publishes.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";

/** The wire format versions whose schemas this package ships, oldest first. */
export const SCHEMA_VERSIONS = Object.freeze(["1.0", "1.1"]);

/** The newest of them. */
export const SCHEMA_VERSION = "1.1";

/** The top-level document types, by the names of their schemas. */
export const DOCUMENT_TYPES = Object.freeze(["article", "campaign", "event", "timeline", "story-list"]);

const NAMES = [...DOCUMENT_TYPES, "definitions"];

/**
 * Returns one of the published schemas, such as schema("campaign"), as a parsed object: of the
 * newest version, or of the version named, such as schema("campaign", "1.0").
 */
export function schema(name, version = SCHEMA_VERSION) {
  if (!SCHEMA_VERSIONS.includes(version)) {
    throw new RangeError(`No schemas of version "${version}"; the versions are ${SCHEMA_VERSIONS.join(", ")}.`);
  }
  if (!NAMES.includes(name)) {
    throw new RangeError(`No schema "${name}"; the schemas are ${NAMES.join(", ")}.`);
  }
  return JSON.parse(fs.readFileSync(new URL(`./schemas/${version}/${name}.json`, import.meta.url), "utf8"));
}

let ajv;
function validator(type, version) {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const v of SCHEMA_VERSIONS) {
      for (const name of NAMES) {
        ajv.addSchema(schema(name, v));
      }
    }
  }
  return ajv.getSchema(`https://campaignmodel.org/schemas/${version}/${type}.json`);
}

/**
 * Tells a document's type from the first top-level property only one type has, as the command line
 * does: headline, body or dek (article), stories (story list), start, zone or attendanceMode (event),
 * demands or targets (campaign); failing those, events without a name is a timeline, anything else
 * a campaign.
 */
export function documentType(document) {
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    return "campaign";
  }
  for (const key of Object.keys(document)) {
    if (["headline", "dek", "body", "bylines", "leadImage"].includes(key)) return "article";
    if (key === "stories") return "story-list";
    if (["start", "end", "zone", "attendanceMode", "onlineUrl", "organizer"].includes(key)) return "event";
    if (["demands", "targets", "statistics", "disparities", "memberships"].includes(key)) return "campaign";
  }
  return "events" in document && !("name" in document) ? "timeline" : "campaign";
}

const escape = (name) => String(name).replaceAll("~", "~0").replaceAll("/", "~1");

function path(pointer) {
  if (pointer === "") return "";
  return pointer
    .substring(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((out, t) => (/^[0-9]+$/.test(t) && out ? `${out}[${t}]` : out ? `${out}.${t}` : t), "");
}

function problem(error) {
  let pointer = error.instancePath;
  let message;
  switch (error.keyword) {
    case "required":
      message = `Missing the required property "${error.params.missingProperty}".`;
      break;
    case "additionalProperties":
      pointer += "/" + escape(error.params.additionalProperty);
      message = `Unknown property "${error.params.additionalProperty}".`;
      break;
    default:
      message = error.message.charAt(0).toUpperCase() + error.message.substring(1) + ".";
  }
  return { code: `schema.${error.keyword}`, pointer, path: path(pointer), message };
}

/**
 * Validates a document against its schema, of the version its schemaVersion says (a document that
 * says no version this package knows is checked against the newest, which refuses it). The type is
 * guessed when not given.
 *
 * @returns {{valid: boolean, type: string, problems: {code: string, pointer: string, path: string, message: string}[]}}
 */
export function validate(document, type = documentType(document)) {
  if (!DOCUMENT_TYPES.includes(type)) {
    throw new RangeError(`No document type "${type}"; the types are ${DOCUMENT_TYPES.join(", ")}.`);
  }
  const declared = document?.schemaVersion;
  const check = validator(type, SCHEMA_VERSIONS.includes(declared) ? declared : SCHEMA_VERSION);
  const valid = check(document);
  const errors = valid ? [] : check.errors;
  // a union's summary ("must match exactly one schema") says less than the errors of its branches
  const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf");
  const seen = new Set();
  const problems = [];
  for (const error of specific.length > 0 ? specific : errors) {
    const p = problem(error);
    const key = `${p.pointer} ${p.code} ${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  return { valid, type, problems };
}

/** A type guard: true when the document is a valid document of the type. */
export function isDocument(type, document) {
  return validate(document, type).valid;
}
