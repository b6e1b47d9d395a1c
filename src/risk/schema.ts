/**
 * The risk engine's output shapes. The CLI prints them and tests validate them, so they are zod
 * schemas like every other shape we publish, with the TypeScript types derived from them.
 */
import { z } from 'zod';
import { CategorySchema, RiskLevelSchema } from '../catalogue/schema.ts';

/** Where in a tool definition a signal was found. */
export const SignalSourceSchema = z
  .enum(['name', 'description', 'parameter', 'operation', 'annotation', 'poisoning', 'override', 'default'])
  .describe(
    'Where the signal came from: the tool name, its description, an input parameter, an operation value of an ' +
      'action/operation argument, an MCP annotation, a tool-poisoning check, a hand review, or the MCP spec defaults.',
  );
export type SignalSource = z.infer<typeof SignalSourceSchema>;

/**
 * What a signal says the tool can do. Attack patterns and policy argument conditions key off
 * these, so they name powers, not words.
 */
export const CapabilitySchema = z
  .enum([
    'code-execution',
    'command-execution',
    'query-language',
    'api-passthrough',
    'filesystem-read',
    'filesystem-write',
    'file-upload',
    'network-fetch',
    'network-target',
    'cloud-storage',
    'outbound-message',
    'credentials',
    'permissions',
    'role-passing',
    'sensitive-data',
    'external-content',
    'bulk',
    'money',
    'spending',
    'public-exposure',
    'build-deploy',
    'package-install',
    'resource-provisioning',
    'browser-control',
    'destruction',
    'safety-toggle',
    'multi-action',
    'confirmation-expected',
    'hidden-instructions',
    'hostile-markup',
    'cross-tool-reference',
    'open-world',
  ])
  .describe('A power or trait of the tool that a signal reveals.');
export type Capability = z.infer<typeof CapabilitySchema>;

export const SignalSchema = z
  .object({
    rule: z
      .string()
      .describe('The id of the rule that made the signal ("parameter.shell-command"); the methodology page lists every rule by id.'),
    refinedBy: z.array(z.string()).describe('Ids of the verb rules that adjusted it for what the verb acts on ("verb.destroy-store").'),
    source: SignalSourceSchema,
    text: z
      .string()
      .describe('The exact text in the definition that triggered the signal (a word, a phrase, a parameter name, an annotation).'),
    field: z.string().describe('Where the text is: "name", "description", "inputSchema.properties.sql", "annotations.readOnlyHint", ...'),
    effect: z
      .enum(['raises', 'lowers', 'context'])
      .describe(
        '"raises": evidence of power; "lowers": a claim that the tool is harmless (e.g. readOnlyHint); ' +
          '"context": informs the text, not the verdict.',
      ),
    category: CategorySchema.nullable().describe('The category the signal points to, or null when it only bears on risk.'),
    risk: RiskLevelSchema.nullable().describe('The least risk the signal implies, or null for context.'),
    capability: CapabilitySchema.nullable().describe('The power the signal reveals, if any.'),
    strength: z
      .enum(['strong', 'weak'])
      .describe('Strong: structural evidence (name verb, parameter, operation). Weak: prose or defaults.'),
    accepted: z
      .boolean()
      .describe('False when the verdict set this signal aside (a claim that was contradicted, or evidence a claim ruled out).'),
    note: z.string().describe('One sentence for a human on what the signal shows.'),
  })
  .describe('One piece of evidence from the tool definition.');
export type Signal = z.infer<typeof SignalSchema>;

export const PatternLinkSchema = z
  .object({
    id: z.string().describe('The attack pattern id: the file name of content/attack-patterns/<id>.mdx.'),
    why: z.string().describe('One line on why the pattern applies to this particular tool.'),
  })
  .describe('An attack pattern that abuses the power this tool gives an agent.');
export type PatternLink = z.infer<typeof PatternLinkSchema>;

export const HintReasonSchema = z
  .object({
    rule: z.string().describe('The id of the hint rule that decided ("hint.updates-in-place").'),
    because: z
      .string()
      .describe('Why, in a clause: "it updates or replaces existing data in place, which the spec counts as destructive".'),
  })
  .describe('Why one annotation was predicted as it was.');
export type HintReason = z.infer<typeof HintReasonSchema>;

export const SuggestedAnnotationsSchema = z
  .object({
    readOnlyHint: z.boolean().describe('Predicted: the tool does not modify its environment.'),
    destructiveHint: z
      .boolean()
      .describe('Predicted: the tool may perform non-additive updates (in-place updates count). False for reads.'),
    idempotentHint: z.boolean().describe('Predicted: repeating a call with the same arguments has no additional effect. True for reads.'),
    openWorldHint: z.boolean().describe('Predicted: the tool interacts with an open world of external entities.'),
  })
  .describe(
    'The four MCP tool annotations, predicted in the spec’s meaning from the definition ' +
      '(the author’s own are ignored): ready to paste into a server.',
  );
export type SuggestedAnnotations = z.infer<typeof SuggestedAnnotationsSchema>;

export const ClassificationSchema = z
  .object({
    category: CategorySchema,
    risk: RiskLevelSchema,
    confidence: z.number().min(0).max(1).describe('0..1, from how many independent signals agree with the verdict.'),
    signals: z.array(SignalSchema).describe('Every signal found, strongest first.'),
    rationale: z.string().describe('A short paragraph on why this tool needs a policy, written for a security engineer.'),
    evidence: z.array(z.string()).describe("Sentences quoting the tool's own definition."),
    evidenceRules: z
      .array(z.string().nullable())
      .describe('For each evidence sentence, in the same order, the id of the rule that produced it (null for notes of the engine’s own).'),
    patterns: z.array(PatternLinkSchema).describe('Attack patterns the signals make relevant.'),
    reviewed: z.boolean().describe('True when a hand review (tool.atlas.override) set the verdict.'),
    annotationConflicts: z.array(z.string()).describe('Sentences on annotation claims the evidence contradicts.'),
    suggestedAnnotations: SuggestedAnnotationsSchema,
    hintReasons: z
      .object({
        readOnlyHint: HintReasonSchema,
        destructiveHint: HintReasonSchema,
        idempotentHint: HintReasonSchema,
        openWorldHint: HintReasonSchema,
      })
      .describe('For each predicted annotation, the rule that decided it and why.'),
    decidedBy: z.array(z.string()).describe('The ids of the verdict rules that applied, in order ("verdict.strongest-signal").'),
    operations: z
      .object({
        param: z.string().describe('The argument that selects the operation.'),
        enumerated: z.boolean().describe('True when the values come from the schema’s enum, false when read from prose.'),
        values: z
          .array(z.object({ value: z.string(), category: CategorySchema, risk: RiskLevelSchema }))
          .describe('Each operation with its verdict.'),
      })
      .optional()
      .describe('For a multi-action tool: its dispatching argument and the verdict of each value.'),
  })
  .describe('What kind of power a tool hands an agent, how dangerous it is, and why.');
export type Classification = z.infer<typeof ClassificationSchema>;

/** Category order by power and risk order, used to pick the worst of several signals (declared in src/values/). */
export { CATEGORIES, CATEGORY_RANK, RISK_LEVELS, RISK_RANK } from '../values/index.ts';
