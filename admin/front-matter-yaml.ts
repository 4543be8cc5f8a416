/**
 * Decap's YAML front matter, read faster (scripts/decap-adjustments.ts gives Decap's front-matter
 * format its own YAML format through withFastReading). Decap reads with the `yaml` package 1.10
 * (`parseDocument`, YAML 1.2's core schema and Decap's own timestamp tag): 100 ms of a
 * 500-fixture league's opening in a profile, for its 75 KB; 36 ms with js-yaml in the same profile.
 *
 * js-yaml reads here with the schema of Decap's reading: plain scalars are resolved by the
 * `yaml` package's core-schema rules (its regular expressions, copied below) and Decap's
 * timestamp, everything else is a string. Whatever js-yaml refuses (a duplicate key, an unknown
 * tag, a syntax error, an empty front matter) is read by Decap's own code, which then reads it or
 * reports the error exactly as before. Writing is Decap's, unchanged.
 * tests/cms-front-matter-yaml.test.ts reads every test fixture, every file in content/ and a
 * corpus of edge cases both ways and compares.
 */
import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';

/** Decap's YAML format (decap-cms-core formats/yaml.js). */
export interface YamlFormat {
  fromFile(content: string): unknown;
  toFile(data: unknown, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** A plain scalar's type when one of `rules` matches it (the first that does). */
function scalarType(tag: string, rules: [RegExp, (text: string, match: RegExpExecArray) => unknown][]): Type {
  const ruleFor = (text: string | null) => {
    for (const [test, value] of rules) {
      const match = test.exec(text ?? '');
      if (match) return { match, value };
    }
    return undefined;
  };
  return new Type(tag, {
    kind: 'scalar',
    resolve: (text: string | null) => ruleFor(text) !== undefined,
    construct: (text: string | null) => {
      const rule = ruleFor(text)!;
      return rule.value(text ?? '', rule.match);
    },
  });
}

// yaml 1.10, dist/Schema-*.js: nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj.
const CORE_SCALARS = [
  scalarType('tag:yaml.org,2002:null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
  scalarType('tag:yaml.org,2002:bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
  scalarType('tag:yaml.org,2002:int', [
    [/^0o([0-7]+)$/, (_, match) => parseInt(match[1]!, 8)],
    [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
    [/^0x([0-9a-fA-F]+)$/, (_, match) => parseInt(match[1]!, 16)],
  ]),
  scalarType('tag:yaml.org,2002:float', [
    [/^(?:[-+]?\.inf|(\.nan))$/i, (text, match) => (match[1] ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
    [/^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/, (text) => parseFloat(text)],
  ]),
  // Decap's own tag (decap-cms-core formats/yaml.js, timestampTag): an ISO time in UTC is a Date.
  scalarType('!timestamp', [[/^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/, (text) => new Date(text)]]),
];

const DECAP_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_SCALARS });

/** Decap's YAML format, reading with js-yaml what js-yaml reads as Decap does. */
export function withFastReading(decapYaml: YamlFormat): YamlFormat {
  return { fromFile: (content) => readFrontMatterYaml(content, decapYaml), toFile: decapYaml.toFile };
}

/** The front matter's data as Decap's own reading (`decapYaml`) gives it. */
export function readFrontMatterYaml(content: string, decapYaml: YamlFormat): unknown {
  // As Decap's fromFile: a front matter ending in the closing "---" is read without it.
  const text = content && content.trim().endsWith('---') ? content.trim().slice(0, -3) : content;
  if (text && text.trim()) {
    try {
      const data = load(text, { schema: DECAP_SCHEMA });
      // (undefined: comments only, which Decap reads as null)
      if (data !== undefined) return data;
    } catch {
      // Decap's own reading decides (and words the error an editor sees).
    }
  }
  return decapYaml.fromFile(content);
}
