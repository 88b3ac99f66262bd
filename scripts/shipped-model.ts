// The reader model of the shipped article, for the tests of what the build makes from it (pages, cards, voices).
import { readFileSync } from "node:fs";
import { buildReaderModel, type ReaderModel } from "../src/lib/content-model";

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../src/content/${path}`, import.meta.url), "utf8")) as unknown;

const folder = "articles/stoltenberg-war-of-attrition";
const built = buildReaderModel(
  read(`${folder}/article.json`),
  read("themes.json"),
  read(`${folder}/annotations.json`),
);
if (!built.ok) throw new Error("the shipped content must be valid: run npm run check:content");

export const shippedModel: ReaderModel = built.model;
