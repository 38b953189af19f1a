import { describeRule } from '../testing/describe-rule';
import { questionFrame } from './question-frame';

const opensWithQuestion = 'The draft opens with a question, which puts the myth up front: open with the answer, stated plainly.';

describeRule(questionFrame, {
  pass: [
    { name: 'a statement', sandwich: {} },
    { name: 'a question later in the section', sandwich: { fact: 'Asylum seekers live on £49.18 a week. Could you live on that?' } },
    {
      name: 'a question mark inside a link is not the end',
      sandwich: { fact: 'Asylum support is £49.18 a week (gov.uk/asylum-support?lang=en).' },
    },
  ],
  fail: [
    { name: 'the myth as a question', sandwich: { fact: '⟦Do migrants take our jobs?⟧ No: employment rose.' }, message: opensWithQuestion },
    {
      name: 'a rhetorical opening question',
      sandwich: { fact: '⟦Did you know asylum seekers get £49.18 a week?⟧' },
      message: opensWithQuestion,
    },
    { name: 'a Spanish question', sandwich: { fact: '⟦¿Nos quitan los inmigrantes el trabajo?⟧ No.' }, message: opensWithQuestion },
    { name: 'a French question', sandwich: { fact: '⟦Les migrants touchent-ils plus que nos retraités ?⟧' }, message: opensWithQuestion },
  ],
});
