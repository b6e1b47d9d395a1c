/**
 * A TextMate grammar for Cedar, for shiki (which bundles none). Written for what our compiler
 * writes and the Cedar syntax reference (https://docs.cedarpolicy.com/policies/syntax-grammar.html):
 * line comments, annotations, the effect and condition keywords, the scope variables, entity
 * references (`Tool::"name"`), the decimal extension's functions, strings with escapes, numbers
 * and operators. Every rule matches within one line, so a block of the file is coloured the same
 * alone as in the whole file.
 */
export const cedarGrammar = {
  name: 'cedar',
  scopeName: 'source.cedar',
  patterns: [
    { include: '#comment' },
    { include: '#annotation' },
    { include: '#string' },
    { match: '\\b(permit|forbid)\\b', name: 'storage.type.effect.cedar' },
    { match: '\\b(when|unless)\\b', name: 'keyword.control.condition.cedar' },
    { match: '\\b(if|then|else)\\b', name: 'keyword.control.cedar' },
    { match: '\\b(in|has|like|is)\\b', name: 'keyword.operator.word.cedar' },
    { match: '\\b(true|false)\\b', name: 'constant.language.boolean.cedar' },
    { match: '\\b(principal|action|resource|context)\\b', name: 'variable.language.cedar' },
    { match: '\\b(decimal|greaterThan|greaterThanOrEqual|lessThan|lessThanOrEqual)(?=\\()', name: 'support.function.cedar' },
    {
      match: '\\b([A-Z][A-Za-z0-9_]*)(::)',
      captures: { 1: { name: 'entity.name.type.cedar' }, 2: { name: 'punctuation.separator.namespace.cedar' } },
    },
    { match: '\\b[0-9]+\\b', name: 'constant.numeric.cedar' },
    { match: '==|!=|<=|>=|&&|\\|\\||[<>!+\\-*]', name: 'keyword.operator.cedar' },
    { match: '[(){}\\[\\],;.]', name: 'punctuation.cedar' },
  ],
  repository: {
    comment: { match: '//.*$', name: 'comment.line.double-slash.cedar' },
    annotation: { match: '@[A-Za-z_][A-Za-z0-9_]*', name: 'entity.name.tag.annotation.cedar' },
    string: {
      begin: '"',
      end: '"|$',
      name: 'string.quoted.double.cedar',
      patterns: [{ match: '\\\\(u\\{[0-9A-Fa-f]+\\}|.)', name: 'constant.character.escape.cedar' }],
    },
  },
} as const;
