import { describeRule } from '../testing/describe-rule';
import { factTruncation } from './fact-truncation';

const long =
  'Asylum seekers in the UK live on basic support of £49.18 a week while their claim is decided by the Home Office, which can take many months';

describeRule(factTruncation, {
  pass: [
    { name: 'a short opening', sandwich: {} },
    { name: 'a long second sentence', sandwich: { fact: `Support is £49.18 a week. ${long}.` } },
    { name: 'a longer preview allowed', sandwich: { fact: `${long}.` }, options: { previewLength: 200 } },
  ],
  fail: [
    {
      name: 'the opening runs past 125 characters',
      sandwich: { fact: `${long.slice(0, 125)}⟦${long.slice(125)}.⟧` },
      message:
        'Feed previews show about 125 characters and the opening sentence runs to 140: put the core fact in a shorter first sentence.',
    },
    {
      name: 'one long sentence then more',
      sandwich: { fact: `${long.slice(0, 125)}⟦${long.slice(125)}.⟧ More text.` },
      message:
        'Feed previews show about 125 characters and the opening sentence runs to 140: put the core fact in a shorter first sentence.',
    },
    {
      name: 'a shorter preview',
      sandwich: { fact: 'Asylum seekers in the UK live on ⟦basic support of £49.18 a week.⟧' },
      options: { previewLength: 33 },
      message: 'Feed previews show about 33 characters and the opening sentence runs to 64: put the core fact in a shorter first sentence.',
    },
  ],
});
