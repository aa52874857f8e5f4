/** Every value the product stores has its own words in the label table (src/domain/labels.ts). */
import { describe, expect, it } from "vitest";
import { LABELS, type LabelGroup } from "../../src/domain/labels.js";
import { TREATMENTS } from "../../src/domain/risk-rules.js";
import { MANUAL_REASONS, SOA_STATUSES } from "../../src/domain/soa.js";
import { ZFreshness } from "../../src/modules/evidence/evidence.schema.js";
import { FINDING_TYPES } from "../../src/modules/management/audit-programme.service.js";
import { NC_SOURCES } from "../../src/modules/management/nonconformity.service.js";
import { ACTION_STATUSES, RISK_STATUSES } from "../../src/modules/risks/risk.schema.js";
import { ROLES } from "../../src/modules/users/user.service.js";

describe("label table", () => {
  // Every value the product stores has its own words: a constant that gains a value fails here.
  const groups: [LabelGroup, readonly string[]][] = [
    ["soaStatus", SOA_STATUSES],
    ["reason", ["risk", ...MANUAL_REASONS]],
    ["treatment", TREATMENTS],
    ["riskStatus", RISK_STATUSES],
    ["actionStatus", ACTION_STATUSES],
    ["freshness", ZFreshness.options],
    ["role", ROLES],
    ["findingType", FINDING_TYPES],
    ["ncSource", NC_SOURCES],
  ];
  it.each(groups)("%s lists every stored value with a label that is not the raw value", (group, values) => {
    const table = LABELS[group] as Record<string, string>;
    for (const value of values) {
      expect(table[value], `${group}.${value}`).toBeTruthy();
      expect(table[value]).not.toMatch(/_/);
      expect(table[value]).not.toBe(value);
    }
  });
});
