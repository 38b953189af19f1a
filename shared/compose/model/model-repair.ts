import type { Diagnostic } from '../../schema/diagnostic';
import { sectionLabels } from '../../language/section-labels';
import type { Sandwich } from '../../schema/draft';
import type { ModelMessage } from './model-prompt';

/**
 * Findings worth one more request: the model can fix them by rewording (an invented figure, the
 * myth said twice, the myth first, a loaded word, too long), and left alone each one would harm
 * the reply. Other error-level findings go straight to review.
 */
export const repairableRules: ReadonlySet<string> = new Set([
  'unsupported-figure',
  'myth-once',
  'fact-first',
  'loaded-language',
  'channel-length',
]);

/**
 * The conversation so far, the model's answer, and what the linter found in it — each finding
 * with its section, rule, message and the words it points at — asking for the corrected JSON.
 */
export function repairMessages(messages: ModelMessage[], answer: Sandwich, findings: Diagnostic[]): ModelMessage[] {
  const list = findings.map((finding, index) => {
    const words = answer[finding.section].slice(finding.start, finding.end).trim();
    const quoted = words ? ` The words: “${words.length > 160 ? `${words.slice(0, 159)}…` : words}”.` : '';
    return `${index + 1}. ${sectionLabels[finding.section]} section, rule ${finding.ruleId}: ${finding.message}${quoted}`;
  });
  return [
    ...messages,
    { role: 'assistant', content: JSON.stringify(answer) },
    {
      role: 'user',
      content: [
        'A checker found these problems in your draft:',
        ...list,
        '',
        'Rewrite the draft so that none of them remain. Keep what was right, keep to the material and the rules above, and add nothing new.',
        'Answer with the corrected JSON object only, with exactly the keys "fact", "myth", "explanation" and "factAgain".',
      ].join('\n'),
    },
  ];
}
