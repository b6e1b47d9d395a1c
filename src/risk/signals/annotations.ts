/**
 * Signals from MCP annotations. The spec calls them hints from an untrusted author: a hint that
 * raises risk (`readOnlyHint: false`) is taken at its word, a hint that lowers it (readOnlyHint:
 * true) is a claim the verdict accepts only when nothing else contradicts it. Absent hints take
 * the spec's cautious defaults: not read-only, destructive, open world.
 *
 * `destructiveHint: true` is weak evidence: the spec makes it the default of every tool that is
 * not read-only, and it means any non-additive update, so many authors set it on every change
 * (or derive it from the HTTP method). It decides the category only when the tool's own words
 * are silent or weak; a name verb that reads, adds, edits or runs outranks it.
 */
import type { Tool } from '../../catalogue/schema.ts';
import { ANNOTATION_RULES } from '../rules/annotations.ts';
import { finding, type Finding } from './finding.ts';

export function annotationSignals(tool: Tool): Finding[] {
  const hints = tool.annotations ?? {};
  const { readOnlyHint, destructiveHint, idempotentHint, openWorldHint } = hints;
  const findings: Finding[] = [];
  const none = readOnlyHint === undefined && destructiveHint === undefined && idempotentHint === undefined && openWorldHint === undefined;
  if (none) {
    findings.push(
      finding({
        rule: ANNOTATION_RULES.absent.id,
        source: 'default',
        effect: 'context',
        text: 'no annotations',
        field: 'annotations',
        strength: 'weak',
        // Rewritten once the verdict is known (classify.ts), to say what the missing hints mean for this tool.
        note: 'The tool carries no annotations.',
        clause: 'carries no annotations, so the MCP spec’s cautious defaults apply',
      }),
    );
    return findings;
  }
  if (readOnlyHint === true) {
    findings.push(
      finding({
        rule: ANNOTATION_RULES.readOnly.id,
        source: 'annotation',
        effect: 'lowers',
        claim: 'read-only',
        text: 'readOnlyHint: true',
        field: 'annotations.readOnlyHint',
        category: 'Read',
        risk: 'low',
        strength: 'weak',
        note: 'The author annotates the tool as read-only (`readOnlyHint: true`), a claim the client cannot verify.',
        clause: 'is annotated read-only',
      }),
    );
  } else if (readOnlyHint === false) {
    findings.push(
      finding({
        // A hint that raises risk is taken at its word, so this one is strong evidence.
        rule: ANNOTATION_RULES.changes.id,
        source: 'annotation',
        text: 'readOnlyHint: false',
        field: 'annotations.readOnlyHint',
        category: 'Write',
        risk: 'medium',
        asReadOnly: null,
        note: 'The author says the tool changes its environment (`readOnlyHint: false`).',
        clause: 'is annotated as changing its environment',
      }),
    );
  }
  if (readOnlyHint !== true) {
    if (destructiveHint === true) {
      findings.push(
        finding({
          rule: ANNOTATION_RULES.destructive.id,
          source: 'annotation',
          text: 'destructiveHint: true',
          field: 'annotations.destructiveHint',
          category: 'Destructive',
          risk: 'high',
          capability: 'destruction',
          asReadOnly: null,
          strength: 'weak',
          note:
            'The author warns that the tool may destroy or overwrite data (`destructiveHint: true`); ' +
            'the MCP spec assumes this of every tool that is not read-only, so it counts only where the tool’s own words say no more.',
          clause: 'is annotated as destructive by its own author',
        }),
      );
    } else if (destructiveHint === false) {
      findings.push(
        finding({
          rule: ANNOTATION_RULES.notDestructive.id,
          source: 'annotation',
          effect: 'lowers',
          claim: 'not-destructive',
          text: 'destructiveHint: false',
          field: 'annotations.destructiveHint',
          strength: 'weak',
          note: 'The author says the tool only adds and never destroys (`destructiveHint: false`).',
          clause: 'is annotated as non-destructive',
        }),
      );
    } else if (readOnlyHint === false) {
      findings.push(
        finding({
          rule: ANNOTATION_RULES.destructiveAbsent.id,
          source: 'default',
          effect: 'context',
          text: 'destructiveHint absent',
          field: 'annotations.destructiveHint',
          strength: 'weak',
          note: '`destructiveHint` is absent, so by the MCP spec a client must assume the tool may destroy data.',
          clause: 'does not say whether it destroys data',
        }),
      );
    }
  } else if (destructiveHint === true) {
    findings.push(
      finding({
        rule: ANNOTATION_RULES.contradictory.id,
        source: 'annotation',
        effect: 'context',
        text: 'destructiveHint: true',
        field: 'annotations.destructiveHint',
        strength: 'weak',
        note:
          '`destructiveHint: true` contradicts `readOnlyHint: true` on the same tool; ' +
          'the spec ignores destructiveHint on read-only tools, but the pair shows the annotations were not written with care.',
        clause: 'has contradictory annotations',
      }),
    );
  }
  if (idempotentHint !== undefined) {
    findings.push(
      finding({
        rule: ANNOTATION_RULES.idempotent.id,
        source: 'annotation',
        effect: 'context',
        text: `idempotentHint: ${idempotentHint}`,
        field: 'annotations.idempotentHint',
        strength: 'weak',
        note: idempotentHint
          ? 'The author says repeating a call with the same arguments changes nothing more (`idempotentHint: true`).'
          : 'The author says repeated calls add up (`idempotentHint: false`), so retries and loops multiply the effect.',
        clause: idempotentHint ? 'is annotated idempotent' : 'is annotated as not idempotent',
      }),
    );
  }
  if (openWorldHint === true) {
    findings.push(
      finding({
        rule: ANNOTATION_RULES.openWorld.id,
        source: 'annotation',
        effect: 'context',
        text: 'openWorldHint: true',
        field: 'annotations.openWorldHint',
        capability: 'open-world',
        strength: 'weak',
        note: 'The author says the tool reaches an open world of outside systems (`openWorldHint: true`), whose answers nobody vetted.',
        clause: 'reaches outside systems',
      }),
    );
  } else if (openWorldHint === false) {
    findings.push(
      finding({
        rule: ANNOTATION_RULES.closedWorld.id,
        source: 'annotation',
        effect: 'lowers',
        claim: 'closed-world',
        text: 'openWorldHint: false',
        field: 'annotations.openWorldHint',
        strength: 'weak',
        note: 'The author says the tool only touches a closed set of systems (`openWorldHint: false`).',
        clause: 'is annotated as closed-world',
      }),
    );
  }
  return findings;
}
