/**
 * The policy builders on tool and server pages: reads the form's controls, turns them into edits
 * (src/policy-builder/, pure and unit-tested), and shows the resulting policy.json in the code
 * block the copy button reads. The recommendation and the options come from the form's JSON data
 * block, so nothing here runs third-party text as code or HTML.
 */
import { conditionFromControls, parseLimitMax, type ArgumentOption, type Parsed } from '../policy-builder/controls.ts';
import type { ArgumentCondition, PolicyFile } from '../risk/policy/schema.ts';
import { applyEdits, applyServerEdits, isAction, isScope, isWindow, policyText, ruleInWords, toolPolicyFile, type BuilderTool, type RuleDefaults, type RuleEdits } from '../policy-builder/rule.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { policyView } from './policy-builder-view.ts';

interface ToolModel {
  toolName: string;
  fileName: string;
  recommended: ToolRule;
  defaults: RuleDefaults;
  options: ArgumentOption[];
}

function readModel<T>(form: HTMLFormElement): T {
  return JSON.parse(form.querySelector('script[data-pb-model]')?.textContent ?? 'null') as T;
}

/** Marks a control invalid with a message next to it, or clears that. */
function setError(control: HTMLElement, message: string | undefined): void {
  const id = `${control.id || control.closest('[id]')?.id || 'pb'}-error`;
  let note = document.getElementById(id);
  if (message === undefined) {
    control.removeAttribute('aria-invalid');
    note?.remove();
    return;
  }
  control.setAttribute('aria-invalid', 'true');
  if (!note) {
    note = document.createElement('span');
    note.id = id;
    note.className = 'pb-error';
    control.setAttribute('aria-describedby', id);
    (control.closest('.pb-field, .pb-arg, td') ?? control).append(note);
  }
  note.textContent = message;
}

/**
 * The last valid value of each control: while a field holds something the schema refuses (an
 * empty number half-typed), the policy keeps what was there before instead of jumping around.
 */
const lastValid = new WeakMap<Element, unknown>();

function remember<T>(control: Element | null | undefined, parsed: Parsed<T> | undefined): T | undefined {
  if (!control || !parsed) return undefined;
  if (parsed.ok) lastValid.set(control, parsed.value);
  return lastValid.get(control) as T | undefined;
}

function setup(form: HTMLFormElement, read: () => { text: string; words: string }, sync: () => void): void {
  const target = document.getElementById(form.dataset.target ?? '');
  if (!target) return;
  const view = policyView({
    target,
    status: form.querySelector('[data-pb-status]'),
    download: form.querySelector<HTMLAnchorElement>('a[data-pb-download]') ?? target.closest('figure')?.querySelector<HTMLAnchorElement>('a[download]') ?? null,
  });
  /** Reads the controls and shows the policy; `announcement` replaces the usual "updated" line. */
  const update = (announcement?: string) => {
    sync();
    const { text, words } = read();
    form.toggleAttribute('data-pb-edited', text !== view.initial);
    view.show(text, announcement ?? `policy.json updated: ${words}.`);
  };
  form.addEventListener('input', () => update());
  form.addEventListener('change', () => update());
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-pb-reset]')?.addEventListener('click', () => {
    form.reset();
    update('policy.json reset to the recommendation.');
  });
  form.hidden = false;
  update('');
}

function toolBuilder(form: HTMLFormElement): void {
  const model = readModel<ToolModel>(form);
  const limitGroup = form.querySelector<HTMLElement>('[data-pb-limit]');
  const limitToggle = form.querySelector<HTMLElement>('[data-pb-limit-toggle]');
  const limitFields = form.querySelector<HTMLElement>('[data-pb-limit-fields]');
  const argumentGroup = form.querySelector<HTMLElement>('[data-pb-arguments]');
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T | null;
  let edits: RuleEdits = {};

  const sync = () => {
    const action = (form.elements.namedItem('rule-action') as RadioNodeList | null)?.value;
    const limitEnabled = field<HTMLInputElement>('limit-enabled')?.checked ?? true;
    const hasLimit = action === 'rate_limit' || (action === 'require_approval' && limitEnabled);
    if (limitGroup) limitGroup.hidden = action !== 'rate_limit' && action !== 'require_approval';
    if (limitToggle) limitToggle.hidden = action !== 'require_approval';
    for (const control of limitFields?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? []) control.disabled = !hasLimit;
    if (argumentGroup) argumentGroup.hidden = action === 'deny' || action === 'hide';

    const maxInput = field<HTMLInputElement>('max');
    const parsedMax = maxInput ? parseLimitMax(maxInput.value) : undefined;
    if (maxInput) setError(maxInput, parsedMax && !parsedMax.ok ? parsedMax.message : undefined);
    const max = remember(maxInput, parsedMax);
    const period = field<HTMLSelectElement>('window')?.value;
    const scope = field<HTMLSelectElement>('scope')?.value;

    const conditions = new Map<string, ArgumentCondition | null>();
    model.options.forEach((option, index) => {
      const row = form.querySelector<HTMLElement>(`[data-pb-arg="${index}"]`);
      if (!row) return;
      const enabled = row.querySelector<HTMLInputElement>('[data-pb-arg-toggle]')?.checked ?? false;
      const values = [...row.querySelectorAll<HTMLInputElement>('[data-pb-arg-value]')];
      for (const value of values) value.disabled = !enabled;
      const parsed = conditionFromControls(option, {
        enabled,
        text: values[0]?.value ?? '',
        checked: values.filter((v) => v.checked).map((v) => Number(v.value)),
      });
      const first = option.kind === 'oneOf' ? row.querySelector<HTMLElement>('.pb-values') : values[0];
      if (first) setError(first, parsed.ok ? undefined : parsed.message);
      const condition = remember(row, parsed);
      if (condition !== undefined) conditions.set(option.name, condition);
    });

    edits = {
      ...(isAction(action) ? { action } : {}),
      limit: { ...(max !== undefined ? { max } : {}), ...(isWindow(period) ? { window: period } : {}), ...(isScope(scope) ? { scope } : {}) },
      limitEnabled,
      arguments: conditions,
    };
  };
  const read = () => {
    const rule = applyEdits(model.recommended, edits, model.defaults);
    return { text: policyText(toolPolicyFile(model.toolName, rule)), words: `${model.toolName} ${ruleInWords(rule)}` };
  };
  setup(form, read, sync);
}

function serverBuilder(form: HTMLFormElement): void {
  const model = readModel<{ tools: BuilderTool[] }>(form);
  const rows = [...form.querySelectorAll<HTMLTableRowElement>('tr[data-pb-row]')];
  let policy: PolicyFile;
  let changed = '';

  const sync = () => {
    const rules = new Map<number, RuleEdits>();
    for (const row of rows) {
      const index = Number(row.dataset.pbRow);
      const action = row.querySelector<HTMLSelectElement>('[data-pb-action]')?.value;
      const hasLimit = action === 'rate_limit' || action === 'require_approval';
      row.querySelector<HTMLElement>('[data-pb-limit-fields]')!.hidden = !hasLimit;
      row.querySelector<HTMLElement>('[data-pb-no-limit]')!.hidden = hasLimit;
      const maxInput = row.querySelector<HTMLInputElement>('[data-pb-max]');
      const parsedMax = maxInput ? parseLimitMax(maxInput.value) : undefined;
      if (maxInput) setError(maxInput, parsedMax && !parsedMax.ok ? parsedMax.message : undefined);
      const max = remember(maxInput, parsedMax);
      const period = row.querySelector<HTMLSelectElement>('[data-pb-window]')?.value;
      const scope = row.querySelector<HTMLSelectElement>('[data-pb-scope]')?.value;
      rules.set(index, {
        ...(isAction(action) ? { action } : {}),
        limit: { ...(max !== undefined ? { max } : {}), ...(isWindow(period) ? { window: period } : {}), ...(isScope(scope) ? { scope } : {}) },
      });
    }
    const fallback = (form.elements.namedItem('default') as RadioNodeList | null)?.value;
    policy = applyServerEdits(model.tools, { default: fallback === 'allow' ? 'allow' : 'deny', rules });
  };
  const read = () => {
    const tool = model.tools[Number(changed)];
    const rule = tool ? Object.entries(policy.tools).find(([name]) => name === tool.name)?.[1] : undefined;
    return { text: policyText(policy), words: tool && rule ? `${tool.name} ${ruleInWords(rule)}` : `tools not listed: ${policy.default === 'allow' ? 'allowed' : 'denied'}` };
  };
  form.addEventListener('input', (event) => {
    changed = (event.target as HTMLElement).closest<HTMLElement>('tr[data-pb-row]')?.dataset.pbRow ?? '';
  }, { capture: true });
  setup(form, read, sync);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-policy-builder]')) toolBuilder(form);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-server-policy-builder]')) serverBuilder(form);
