/**
 * The policy builders on tool and server pages, loaded only when a reader opens one (the opener is
 * in policy-formats.ts): reads the builder's controls, turns them into edits (src/policy-builder/,
 * pure and unit-tested), and shows the resulting rule in every format's tab, compiled in the
 * browser by the same compilers the build used (src/risk/policy/formats.ts): no second
 * implementation. The recommendation and the options come as JSON in the builder's data-pb-model
 * attribute, so nothing here runs third-party text as code or HTML.
 */
import { conditionFromControls, parseLimitMax, type ArgumentOption, type Parsed } from '../policy-builder/controls.ts';
import type { ArgumentCondition, PolicyFile } from '../risk/policy/schema.ts';
import { summarizeRule } from '../risk/policy/describe.ts';
import {
  applyEdits,
  applyServerEdits,
  isAction,
  isScope,
  isWindow,
  policyText,
  toolPolicyFile,
  type BuilderTool,
  type RuleDefaults,
  type RuleEdits,
} from '../policy-builder/rule.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { compilePolicy, FORMAT_INFO, POLICY_FORMATS, type Limitation, type PolicyFormat } from '../risk/policy/formats.ts';
import { limitationSentence, limitationSummary } from '../risk/policy/limitations.ts';
import { policyView, type PolicyView } from './policy-builder-view.ts';
import { codeParts } from '../site/inline-code.ts';

interface ServerInfo {
  name: string;
  slug: string;
}

interface ToolModel {
  toolName: string;
  server: ServerInfo;
  recommended: ToolRule;
  defaults: RuleDefaults;
  options: ArgumentOption[];
}

/** The value of the ticked radio button of a group. */
function checkedValue(root: HTMLElement, name: string): string | undefined {
  return root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

/** Puts every control back to the value the page came with: the recommendation. */
function resetControls(root: HTMLElement): void {
  for (const input of root.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = input.defaultChecked;
    else input.value = input.defaultValue;
  }
  for (const select of root.querySelectorAll('select')) {
    for (const option of select.options) option.selected = option.defaultSelected;
    if (![...select.options].some((option) => option.defaultSelected)) select.selectedIndex = 0;
  }
}

function readModel<T>(root: HTMLElement): T {
  return JSON.parse(root.dataset.pbModel ?? 'null') as T;
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

/** The text a format's tab shows for a policy: what the build wrote, without the file's last line break. */
function formatText(format: PolicyFormat, policy: PolicyFile, server: ServerInfo): { text: string; limitations: Limitation[] } {
  if (format === 'json') return { text: policyText(policy), limitations: [] };
  const compiled = compilePolicy(format, policy, { server });
  return { text: compiled.text.slice(0, -1), limitations: compiled.limitations };
}

/** Appends `text` with its `backticked` spans as <code>, as the page's CodeText renders them (text nodes only, never HTML). */
function appendCodeText(parent: HTMLElement, text: string): void {
  for (const part of codeParts(text)) {
    if (!part.code) {
      parent.append(part.text);
      continue;
    }
    const code = document.createElement('code');
    code.textContent = part.text;
    parent.append(code);
  }
}

/** Rewrites a format's notes: what its gateway cannot enforce of the edited rule (text only, never HTML). */
function showLimitations(container: Element | null, format: PolicyFormat, limitations: Limitation[], detail: 'tool' | 'server'): void {
  if (!container || format === 'json') return;
  const gateway = FORMAT_INFO[format].gateway;
  const links = container.querySelector('.format-links');
  const lead = document.createElement('p');
  const nodes: Node[] = [lead];
  if (limitations.length === 0) lead.textContent = `${gateway} enforces this ${detail === 'tool' ? 'rule' : 'policy'} as written.`;
  else if (detail === 'server')
    lead.textContent =
      `What ${gateway} does not enforce of this policy: ${limitationSummary(limitations)}. Each is marked NOT ` +
      `ENFORCED, with what to pair it with, next to its tool in the file.`;
  else {
    lead.textContent = `What ${gateway} does not enforce of this rule, and what to pair it with:`;
    const list = document.createElement('ul');
    list.className = 'format-limits';
    for (const limitation of limitations) {
      const item = document.createElement('li');
      item.dataset.limitation = limitation.kind;
      appendCodeText(item, limitationSentence(limitation));
      list.append(item);
    }
    nodes.push(list);
  }
  container.replaceChildren(...nodes, ...(links ? [links] : []));
}

/** One view per format tab of the builder's page: `${prefix}-${format}` is each tab's code block. */
function formatViews(root: HTMLElement): Map<PolicyFormat, PolicyView> {
  const prefix = root.dataset.targetPrefix ?? '';
  const views = new Map<PolicyFormat, PolicyView>();
  for (const format of POLICY_FORMATS) {
    const target = document.getElementById(`${prefix}-${format}`);
    if (!target) continue;
    views.set(
      format,
      policyView({ target, format, download: target.closest('figure')?.querySelector<HTMLAnchorElement>('a[download]') ?? null }),
    );
  }
  return views;
}

function setup(
  root: HTMLElement,
  read: () => { policy: PolicyFile; words: string },
  sync: () => void,
  server: ServerInfo,
  detail: 'tool' | 'server',
): void {
  const views = formatViews(root);
  const json = views.get('json');
  if (!json) return;
  const status = root.querySelector<HTMLElement>('[data-pb-status]');
  const formats = root.closest('[data-policy-section]')?.querySelector('[data-policy-formats]');
  let timer: number | undefined;
  /** Reads the controls and shows the rule in every tab; `announcement` replaces the usual "updated" line. */
  const update = (announcement?: string) => {
    sync();
    const { policy, words } = read();
    const edited = policyText(policy) !== json.initial;
    root.toggleAttribute('data-pb-edited', edited);
    for (const [format, view] of views) {
      const { text, limitations } = formatText(format, policy, server);
      view.show(text);
      // Untouched, the notes the page came with stay.
      if (edited || view.edited)
        showLimitations(formats?.querySelector(`[data-format-limits="${format}"]`) ?? null, format, limitations, detail);
      view.edited = edited;
    }
    if (!status) return;
    window.clearTimeout(timer);
    const line = announcement ?? `Policy updated in every format: ${words}.`;
    if (line === '') return;
    timer = window.setTimeout(() => {
      status.textContent = line;
    }, 400);
  };
  root.addEventListener('input', () => update());
  root.addEventListener('change', () => update());
  root.querySelector('[data-pb-reset]')?.addEventListener('click', () => {
    resetControls(root);
    update('Policy reset to the recommendation.');
  });
  root.hidden = false;
  update('');
}

function toolBuilder(root: HTMLElement): void {
  const model = readModel<ToolModel>(root);
  const limitGroup = root.querySelector<HTMLElement>('[data-pb-limit]');
  const limitToggle = root.querySelector<HTMLElement>('[data-pb-limit-toggle]');
  const limitFields = root.querySelector<HTMLElement>('[data-pb-limit-fields]');
  const argumentGroup = root.querySelector<HTMLElement>('[data-pb-arguments]');
  const field = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[name="${name}"]`);
  let edits: RuleEdits = {};

  const sync = () => {
    const action = checkedValue(root, 'rule-action');
    const limitEnabled = field<HTMLInputElement>('limit-enabled')?.checked ?? true;
    const hasLimit = action === 'rate_limit' || (action === 'require_approval' && limitEnabled);
    if (limitGroup) limitGroup.hidden = action !== 'rate_limit' && action !== 'require_approval';
    if (limitToggle) limitToggle.hidden = action !== 'require_approval';
    for (const control of limitFields?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? [])
      control.disabled = !hasLimit;
    if (argumentGroup) argumentGroup.hidden = action === 'deny' || action === 'hide';

    const maxInput = field<HTMLInputElement>('max');
    const parsedMax = maxInput ? parseLimitMax(maxInput.value) : undefined;
    if (maxInput) setError(maxInput, parsedMax && !parsedMax.ok ? parsedMax.message : undefined);
    const max = remember(maxInput, parsedMax);
    const period = field<HTMLSelectElement>('window')?.value;
    const scope = field<HTMLSelectElement>('scope')?.value;

    const conditions = new Map<string, ArgumentCondition | null>();
    model.options.forEach((option, index) => {
      const row = root.querySelector<HTMLElement>(`[data-pb-arg="${index}"]`);
      if (!row) return;
      const enabled = row.querySelector<HTMLInputElement>('[data-pb-arg-toggle]')?.checked ?? false;
      const values = [...row.querySelectorAll<HTMLInputElement>('[data-pb-arg-value]')];
      for (const value of values) if (value instanceof HTMLInputElement) value.disabled = !enabled;
      const parsed = conditionFromControls(option, {
        enabled,
        text: values[0]?.value ?? '',
        checked: values.filter((v) => v.checked).map((v) => Number(v.value)),
      });
      const first = option.kind === 'oneOf' || option.kind === 'notOneOf' ? row.querySelector<HTMLElement>('.pb-values') : values[0];
      if (first) setError(first, parsed.ok ? undefined : parsed.message);
      const condition = remember(row, parsed);
      if (condition !== undefined) conditions.set(option.name, condition);
    });

    edits = {
      ...(isAction(action) ? { action } : {}),
      limit: {
        ...(max !== undefined ? { max } : {}),
        ...(isWindow(period) ? { window: period } : {}),
        ...(isScope(scope) ? { scope } : {}),
      },
      limitEnabled,
      arguments: conditions,
    };
  };
  const read = () => {
    const rule = applyEdits(model.recommended, edits, model.defaults);
    return { policy: toolPolicyFile(model.toolName, rule), words: `${model.toolName} ${summarizeRule(rule)}` };
  };
  setup(root, read, sync, model.server, 'tool');
}

function serverBuilder(root: HTMLElement): void {
  const model = readModel<{ tools: BuilderTool[]; server: ServerInfo }>(root);
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-pb-row]')];
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
        limit: {
          ...(max !== undefined ? { max } : {}),
          ...(isWindow(period) ? { window: period } : {}),
          ...(isScope(scope) ? { scope } : {}),
        },
      });
    }
    const fallback = checkedValue(root, 'policy-default');
    policy = applyServerEdits(model.tools, { default: fallback === 'allow' ? 'allow' : 'deny', rules });
  };
  const read = () => {
    const tool = model.tools[Number(changed)];
    const rule = tool ? Object.entries(policy.tools).find(([name]) => name === tool.name)?.[1] : undefined;
    return {
      policy,
      words:
        tool && rule ? `${tool.name} ${summarizeRule(rule)}` : `tools not listed: ${policy.default === 'allow' ? 'allowed' : 'denied'}`,
    };
  };
  root.addEventListener(
    'input',
    (event) => {
      changed = (event.target as HTMLElement).closest<HTMLElement>('tr[data-pb-row]')?.dataset.pbRow ?? '';
    },
    { capture: true },
  );
  setup(root, read, sync, model.server, 'server');
}

const opened = new WeakSet<HTMLElement>();

/** Wires and shows a builder (a tool's or a server's); opening one twice does nothing more. */
export function openBuilder(root: HTMLElement): void {
  if (opened.has(root)) return;
  opened.add(root);
  if (root.matches('[data-server-policy-builder]')) serverBuilder(root);
  else toolBuilder(root);
  root.querySelector<HTMLElement>('h3')?.focus();
}
