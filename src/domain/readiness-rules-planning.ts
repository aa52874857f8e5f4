import { count } from "./labels.js";
import { docsFor, documentRule, met, missing, partial, type Rule, within } from "./readiness-common.js";
import type { Blocker, Fix, ManagementSystemFacts } from "./readiness-facts.js";

/** The policy's evidence on control 5.1 (Policies for information security) also documents 5.2. */
const policyEvidence = (f: ManagementSystemFacts) => f.controlEvidence.filter((c) => c === "5.1");
const policyKept = (f: ManagementSystemFacts) =>
  docsFor(f, "5.2").some((d) => d.approvedOn) || policyEvidence(f).length > 0;

export const PLANNING_RULES: Record<string, Rule> = {
  "4.1": (f) => {
    const internal = f.contextIssues.filter((i) => i.kind === "internal").length;
    const external = f.contextIssues.filter((i) => i.kind === "external").length;
    const fix: Fix = { action: "add-context-issue" };
    if (!internal || !external) {
      return missing(
        [`${internal} internal and ${external} external issues recorded`],
        [{ stage: 1, message: "internal and external issues are not determined", fix }],
      );
    }
    if (f.climate) {
      const verdict = f.climate.relevant ? "relevant" : "not relevant";
      return met(
        `${internal} internal and ${external} external issues; climate change considered, ${verdict}${f.climate.reason ? `: ${f.climate.reason}` : ""}`,
      );
    }
    if (!f.contextIssues.some((i) => i.climateRelated)) {
      return partial(
        [
          `${internal} internal and ${external} external issues`,
          "whether climate change is a relevant issue is not determined (Amd 1:2024)",
        ],
        [
          {
            stage: 1,
            message: "climate change has not been considered as an issue (ISO/IEC 27001:2022/Amd 1:2024)",
            fix: { action: "record-climate" },
          },
        ],
      );
    }
    return met(`${internal} internal and ${external} external issues, climate change considered`);
  },
  "4.2": (f) => {
    const fix: Fix = { action: "add-interested-party" };
    if (!f.interestedParties.length)
      return missing(
        ["no interested parties recorded"],
        [{ stage: 1, message: "interested parties are not determined", fix }],
      );
    const without = f.interestedParties.filter((p) => p.requirements.length === 0).map((p) => p.name);
    if (without.length) return partial([`requirements missing for ${without.join(", ")}`]);
    const addressed = f.interestedParties.flatMap((p) => p.requirements).filter((r) => r.addressed).length;
    return met(
      `${f.interestedParties.length} interested parties; ${addressed} requirements addressed by the ISMS`,
    );
  },
  "4.3": (f) => {
    const fix: Fix = { action: "set-scope" };
    if (!f.scope?.statement.trim())
      return missing(["no scope statement"], [{ stage: 1, message: "the ISMS scope is not defined", fix }]);
    if (!f.scope.boundaries || !f.scope.interfaces)
      return partial(
        ["the scope lacks boundaries or interfaces"],
        [{ stage: 1, message: "the scope does not state boundaries and interfaces", fix }],
      );
    return met("scope statement with boundaries and interfaces");
  },
  "4.4": (f) =>
    f.scope && f.methodologyStored && f.soa.approvedVersion !== null
      ? met("scope, risk method and an approved SoA are in place")
      : partial(["the ISMS is not yet established end to end (scope, risk method, approved SoA)"]),
  "5.1": (f) => {
    const recent = f.reviews.some((r) => r.status === "completed" && within(r.heldOn, f.today, 400));
    const policy = policyKept(f);
    if (recent && policy) return met("policy approved and a management review held in the last year");
    return partial(
      [
        !policy ? "no approved information security policy" : "",
        !recent ? "no management review in the last year" : "",
      ].filter(Boolean),
    );
  },
  "5.2": (f) => {
    const evidence = policyEvidence(f);
    if (!docsFor(f, "5.2").some((d) => d.approvedOn) && evidence.length)
      return met(`Information security policy: evidence on control ${evidence.join(", ")}`);
    return documentRule(f, "5.2", "Information security policy");
  },
  "5.3": (f) => {
    const assigned = f.roles.filter((r) => r.holder?.trim());
    if (!f.roles.length)
      return missing(
        ["no ISMS roles recorded"],
        [
          {
            stage: 1,
            message: "ISMS roles and responsibilities are not assigned",
            fix: { action: "add-role" },
          },
        ],
      );
    return assigned.length === f.roles.length
      ? met(`${assigned.length} ISMS roles assigned`)
      : partial([`${count(f.roles.length - assigned.length, "role")} without a holder`]);
  },
  "6.1.1": (f) =>
    f.risks.length
      ? met(`${f.risks.length} risks identified`)
      : missing(
          ["the risk register is empty"],
          [{ stage: 1, message: "no risks have been identified", fix: { action: "add-risks" } }],
        ),
  "6.1.2": (f) => {
    const documented = f.methodologyStored || docsFor(f, "6.1.2").some((d) => d.approvedOn);
    const unowned = f.risks.filter((r) => !r.owner).map((r) => r.key);
    if (!documented)
      return partial(
        ["the risk assessment method is the built-in default and not documented"],
        [
          {
            stage: 1,
            message: "the risk assessment process is not documented",
            fix: { action: "define-risk-method" },
          },
        ],
      );
    if (unowned.length)
      return partial(
        [`risks without an owner: ${unowned.slice(0, 5).join(", ")}${unowned.length > 5 ? "…" : ""}`],
        [
          {
            stage: 2,
            message: `${count(unowned.length, "risk")} ${unowned.length === 1 ? "has" : "have"} no owner`,
            fix: { action: "assign-risk-owners" },
          },
        ],
      );
    return met("documented method; every risk has an owner");
  },
  "6.1.3": (f) => {
    const untreated = f.risks
      .filter((r) => r.currentScore > f.acceptanceMaxScore && !r.treatment)
      .map((r) => r.key);
    const reasons: string[] = [];
    const blockers: Omit<Blocker, "ref">[] = [];
    if (f.soa.approvedVersion === null) {
      reasons.push("the SoA has not been approved");
      blockers.push({
        stage: 1,
        message: "the Statement of Applicability is not approved",
        fix: { action: "approve-soa" },
      });
    }
    if (f.soa.lintProblems) {
      reasons.push(`the SoA lint reports ${count(f.soa.lintProblems, "problem")}`);
      blockers.push({
        stage: 2,
        message: `the SoA has ${count(f.soa.lintProblems, "lint problem")}`,
        fix: { action: "resolve-soa-problems" },
      });
    }
    if (untreated.length) {
      reasons.push(`risks above acceptance without treatment: ${untreated.join(", ")}`);
      blockers.push({
        stage: 1,
        message: `${count(untreated.length, "risk")} above the acceptance criteria ${untreated.length === 1 ? "has" : "have"} no treatment`,
        fix: { action: "treat-risks" },
      });
    }
    if (!reasons.length)
      return met(
        `SoA v${f.soa.approvedVersion} approved and lint-clean; every risk above acceptance is treated`,
      );
    return (f.soa.approvedVersion === null ? missing : partial)(reasons, blockers);
  },
  "6.2": (f) => {
    const fix: Fix = { action: "add-objective" };
    if (!f.objectives.length)
      return missing(
        ["no information security objectives"],
        [{ stage: 1, message: "information security objectives are not set", fix }],
      );
    const incomplete = f.objectives.filter((o) => !o.measure || !o.target || !o.owner).map((o) => o.key);
    const unmeasured = f.objectives.filter((o) => o.measurements === 0).map((o) => o.key);
    if (incomplete.length)
      return partial([`objectives without measure, target or owner: ${incomplete.join(", ")}`]);
    if (unmeasured.length)
      return partial(
        [`objectives never measured: ${unmeasured.join(", ")}`],
        [
          {
            stage: 2,
            message: "objectives are not monitored",
            fix: { action: "measure-objective" },
          },
        ],
      );
    return met(`${f.objectives.length} objectives with measures, targets, owners and results`);
  },
  "6.3": (f) =>
    f.changes > 0 || docsFor(f, "6.3").length
      ? met(`${count(f.changes, "planned change")} recorded`)
      : partial(["no planned changes to the ISMS are recorded"]),
};
