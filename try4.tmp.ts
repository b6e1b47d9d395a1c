import { readFileSync, readdirSync } from 'node:fs';
import { classifyTool } from './src/risk/classify.ts';
import { recommendRule } from './src/risk/policy/recommend.ts';
for (const f of readdirSync('content/servers')) {
  const s = JSON.parse(readFileSync('content/servers/' + f, 'utf8'));
  const types = new Map<string, Set<string>>();
  for (const t of s.tools) for (const [k, v] of Object.entries(t.inputSchema.properties ?? {}) as any) {
    const ty = JSON.stringify(v.type ?? v.anyOf?.map((b: any) => b.type));
    types.set(k, (types.get(k) ?? new Set()).add(ty));
  }
  const used = new Set<string>();
  for (const t of s.tools) { const r: any = recommendRule(t, classifyTool(t)); for (const k of Object.keys(r.arguments ?? {})) used.add(k); }
  for (const [k, v] of types) if (v.size > 1 && used.has(k)) console.log(f, k, [...v].join(' | '));
}
