/**
 * The Campaign Model wire format for JavaScript and TypeScript: its JSON Schemas, one TypeScript type
 * per model type, and validate() on Ajv.
 */
import type { Article, Campaign, Event, StoryList, Timeline } from "./types.js";

export * from "./types.js";

/** The wire format versions whose schemas this package ships, oldest first. */
export declare const SCHEMA_VERSIONS: readonly ("1.0" | "1.1")[];

/** The newest of them, whose schemas the types are generated from. */
export declare const SCHEMA_VERSION: "1.1";

/** The top-level document types, by the names of their schemas. */
export declare const DOCUMENT_TYPES: readonly DocumentTypeName[];

/** The name of a top-level document type, as its schema file is named. */
export type DocumentTypeName = "article" | "campaign" | "event" | "timeline" | "story-list";

/** The TypeScript type of each document type. */
export interface DocumentTypes {
  article: Article;
  campaign: Campaign;
  event: Event;
  timeline: Timeline;
  "story-list": StoryList;
}

/** One problem, in the shape the Java library's report uses. */
export interface Problem {
  /** What kind of problem, such as schema.required or schema.additionalProperties. */
  code: string;
  /** Where, as a JSON Pointer into the document, such as /demands/2/number. */
  pointer: string;
  /** The same place as a property path, such as demands[2].number. */
  path: string;
  /** What is wrong, in English. */
  message: string;
}

/** What validate() found. */
export interface ValidationResult {
  valid: boolean;
  type: DocumentTypeName;
  problems: Problem[];
}

/** Returns one of the published schemas, parsed: of the newest version, or of the version named. */
export declare function schema(name: DocumentTypeName | "definitions", version?: "1.0" | "1.1"): Record<string, unknown>;

/** Tells a document's type from its top-level properties, as the command line does. */
export declare function documentType(document: unknown): DocumentTypeName;

/** Validates a document against the schema of its type and of the version it says (the type is guessed when not given). */
export declare function validate(document: unknown, type?: DocumentTypeName): ValidationResult;

/**
 * A type guard for a document read from anywhere, such as a JSON file imported with
 * resolveJsonModule, whose schemaVersion TypeScript has widened to string.
 */
export declare function isDocument<K extends DocumentTypeName>(type: K, document: unknown): document is DocumentTypes[K];
