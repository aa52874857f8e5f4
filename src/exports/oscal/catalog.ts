/**
 * Our catalog as an OSCAL 1.1.3 catalog: one group per theme, the 93 Annex A controls with their
 * ISO/IEC 27002:2022 attributes and 2013 origins as properties, and our own guidance as parts.
 * Clauses 4–10 are back-matter resources that the controls' related links point to.
 *
 * No text of the standards is reproduced: titles and attributes are facts, the prose is ours.
 */
import {
  ATTRIBUTE_VOCABULARY,
  type AttributeName,
  CLAUSES,
  CONTROLS,
  type Control,
  getControl,
  STANDARD,
  THEMES,
  type Theme,
} from "../../catalog/index.js";
import { VERSION } from "../../version.js";
import { clean, controlToken, metadata, NS, NS_27002, prop, uuidv5 } from "./common.js";
import type { OscalCatalog, OscalControl, OscalGroup, OscalLink, OscalPart, OscalResource } from "./types.js";

const THEME_NUMBER: Record<Theme, string> = {
  organizational: "5",
  people: "6",
  physical: "7",
  technological: "8",
};

const THEME_TITLE: Record<Theme, string> = {
  organizational: "Organizational controls",
  people: "People controls",
  physical: "Physical controls",
  technological: "Technological controls",
};

/** controlType -> "control-type". */
const ATTRIBUTE_PROP: Record<AttributeName, string> = {
  controlType: "control-type",
  securityProperties: "information-security-properties",
  cybersecurityConcepts: "cybersecurity-concepts",
  operationalCapabilities: "operational-capabilities",
  securityDomains: "security-domains",
};

/** The uuid of the back-matter resource describing a clause of ISO/IEC 27001:2022. */
export const clauseResourceUuid = (clauseId: string) => uuidv5(`resource:clause:${clauseId}`);

/** "5.1" -> "a-05.01", so controls sort in the standard's order as text. */
const sortId = (id: string) =>
  `a-${id
    .split(".")
    .map((n) => n.padStart(2, "0"))
    .join(".")}`;

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");

function relatedLink(ref: string): OscalLink[] {
  if (ref.startsWith("clause:")) {
    const id = ref.slice("clause:".length);
    return [{ href: `#${clauseResourceUuid(id)}`, rel: "related", text: `Clause ${id}` }];
  }
  const control = getControl(ref);
  return control ? [{ href: `#${controlToken(control.id)}`, rel: "related", text: `A.${control.id}` }] : [];
}

function guidanceParts(c: Control): OscalPart[] {
  const token = controlToken(c.id);
  const g = c.guidance;
  return [
    {
      id: `${token}_gdn`,
      name: "guidance",
      prose: g.purpose,
      parts: [
        {
          id: `${token}_gdn.implementation`,
          name: "implementation",
          ns: NS,
          title: "Implementation steps",
          parts: g.implementation.map((step, i) => ({
            id: `${token}_gdn.implementation.${i + 1}`,
            name: "item",
            prose: step,
          })),
        },
        {
          id: `${token}_gdn.scale`,
          name: "scaling",
          ns: NS,
          title: "Scaling",
          prose: `Small organizations: ${g.scale.small}\n\nLarge organizations: ${g.scale.large}`,
        },
        {
          id: `${token}_gdn.pitfalls`,
          name: "pitfalls",
          ns: NS,
          title: "Common pitfalls",
          prose: bullets(g.pitfalls),
        },
      ],
    },
    {
      id: `${token}_asm-examine`,
      name: "assessment-method",
      props: [{ name: "method", value: "EXAMINE" }],
      parts: [
        {
          id: `${token}_asm-examine.objects`,
          name: "assessment-objects",
          title: "What an auditor typically asks to see",
          prose: bullets(g.evidence),
        },
      ],
    },
  ];
}

function oscalControl(c: Control): OscalControl {
  const attributes = (Object.keys(ATTRIBUTE_VOCABULARY) as AttributeName[]).flatMap((name) =>
    (c.attributes[name] as readonly string[]).flatMap((value) => prop(ATTRIBUTE_PROP[name], value, NS_27002)),
  );
  return {
    id: controlToken(c.id),
    class: "iso27001-annex-a",
    title: c.title,
    props: [
      { name: "label", value: `A.${c.id}` },
      ...prop("sort-id", sortId(c.id), null),
      ...attributes,
      ...(c.isNew ? prop("new-in-2022", "true") : []),
      ...c.iso27001_2013.flatMap((old) => prop("iso27001-2013", old)),
      ...prop("keywords", c.guidance.keywords.join("; ")),
    ],
    links: c.guidance.related.flatMap(relatedLink),
    parts: guidanceParts(c),
  };
}

function clauseResources(): OscalResource[] {
  return CLAUSES.map((clause) => ({
    uuid: clauseResourceUuid(clause.id),
    title: `Clause ${clause.id} ${clause.title}`,
    description: clause.summary,
    props: [
      { name: "label", ns: NS, value: `clause ${clause.id}` },
      ...prop("parent-clause", clause.parent),
      ...clause.mandatoryDocuments.flatMap((doc) => prop("mandatory-document", doc)),
    ],
  }));
}

export interface CatalogOptions {
  /** The time written as last-modified (default: now). */
  now?: Date;
}

/** The catalog as an OSCAL 1.1.3 catalog document: `{ catalog: … }`. */
export function oscalCatalog(options: CatalogOptions = {}): { catalog: OscalCatalog } {
  const groups: OscalGroup[] = THEMES.map((theme) => ({
    id: `theme-${theme}`,
    class: "theme",
    title: THEME_TITLE[theme],
    props: [{ name: "label", value: `A.${THEME_NUMBER[theme]}` }],
    controls: CONTROLS.filter((c) => c.theme === theme).map(oscalControl),
  }));
  const catalog: OscalCatalog = {
    // Per subject: the same uuid for every export of this catalog.
    uuid: uuidv5("catalog:iso27001-2022-annex-a"),
    metadata: metadata({
      title: "ISO/IEC 27001:2022 Annex A with ISMS Copilot guidance",
      version: VERSION,
      now: options.now ?? new Date(),
      props: [...prop("standard", STANDARD), ...prop("code-of-practice", "ISO/IEC 27002:2022")],
      remarks:
        "Control ids, titles, themes, attributes and 2013 origins are facts about ISO/IEC 27001:2022 and " +
        "ISO/IEC 27002:2022. The guidance, implementation steps, evidence lists and clause summaries are " +
        "written by the ISMS Copilot project; no text of the standards is reproduced. Control ids map " +
        'A.5.1 to "a-5-1"; the label property keeps the printed number.',
    }),
    groups,
    "back-matter": {
      resources: [
        {
          uuid: uuidv5("resource:iso27001-2022"),
          title: STANDARD,
          description: "Information security management systems: requirements (clauses 4–10 and Annex A).",
          citation: {
            text: "ISO/IEC 27001:2022, Information security, cybersecurity and privacy protection",
          },
        },
        ...clauseResources(),
      ],
    },
  };
  return { catalog: clean(catalog) };
}
