// What the generated types promise, checked by `tsc --strict --noEmit` (npm test).
import type { Article, Block, Campaign, CampaignModelDocument, FuzzyDate, StoryList } from "../index.js";
import { isDocument, validate } from "../index.js";

// a fuzzy date is a string, or an object with at least one of edtf and phrase
const year: FuzzyDate = "1948";
const later: FuzzyDate = { phrase: "later" };
const month: FuzzyDate = { edtf: "2023-06", phrase: "June 2023" };
// @ts-expect-error an empty object is no date
const nothing: FuzzyDate = {};

// lists are arrays of any length, not tuples
const tags: Article["tags"] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

// a block says which kind it is
const paragraph: Block = { type: "paragraph", text: "Counselors, not cops." };
// @ts-expect-error a paragraph has no level
const wrong: Block = { type: "paragraph", text: "x", level: 2 };

// @ts-expect-error the version is "1.0" or "1.1"
const future: Campaign = { schemaVersion: "2.0", id: "a", name: "A" };

// the types are those of the newest version: a demand's deadline (1.1) has a place
const due: Campaign = {
  schemaVersion: "1.1",
  id: "a",
  name: "A",
  demands: [{ number: 1, title: "T", action: "adopt", deadline: { edtf: "2026-06", phrase: "before the June vote" } }],
};

// a document read from a file is typed by the guard, not by a cast
declare const loaded: unknown;
if (isDocument("campaign", loaded)) {
  const campaign: Campaign = loaded;
  console.log(campaign.name);
}
if (isDocument("story-list", loaded)) {
  const stories: StoryList = loaded;
  console.log(stories.stories?.length ?? 0);
}
const any: CampaignModelDocument | undefined = undefined;
const result = validate(loaded);
const pointers: string[] = result.problems.map((p) => p.pointer);

export { year, later, month, nothing, tags, paragraph, wrong, future, due, any, pointers };
