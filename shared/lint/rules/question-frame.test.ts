import { describeRule } from '../testing/describe-rule';
import { questionFrame } from './question-frame';

const opensWithQuestion = 'The draft opens with a question, which puts the myth up front: open with the answer, stated plainly.';
const asksTheMyth = "The draft opens by asking the myth's question, which puts the myth up front: open with the answer, stated plainly.";
const asStatement = 'Say it as a statement.';

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
    {
      name: "the myth's claim as a question, judged against the draft's own myth section",
      sandwich: {
        fact: '⟦Do migrants take our jobs?⟧ No: employment rose.',
        myth: 'A common myth claims that migrants take jobs from British workers.',
      },
      message: asksTheMyth,
    },
    {
      name: '"Did you know…?" is offered as the statement it is',
      sandwich: { fact: '⟦Did you know asylum seekers get £49.18 a week?⟧' },
      message: opensWithQuestion,
      fix: asStatement,
      fixed: 'Asylum seekers get £49.18 a week.',
    },
    {
      name: '"Did you know that…?" with the rest of the section kept',
      sandwich: { fact: '⟦Did you know that asylum seekers get £49.18 a week?⟧ That is all.' },
      message: opensWithQuestion,
      fix: asStatement,
      fixed: 'Asylum seekers get £49.18 a week. That is all.',
    },
    {
      name: 'but never when what it asks is the myth',
      sandwich: { fact: '⟦Did you know they get luxury hotels and generous cash?⟧' },
      message: asksTheMyth,
    },
    {
      name: 'French "Saviez-vous que…?"',
      sandwich: { fact: '⟦Saviez-vous que les demandeurs d’asile reçoivent 49,18 £ par semaine ?⟧' },
      context: { language: 'fr' },
      message: opensWithQuestion,
      fix: asStatement,
      fixed: 'Les demandeurs d’asile reçoivent 49,18 £ par semaine.',
    },
    {
      name: 'a French question',
      sandwich: { fact: '⟦Les migrants touchent-ils plus que nos retraités ?⟧' },
      context: { language: 'fr' },
      message: opensWithQuestion,
    },
    {
      name: 'German "Wussten Sie, dass…?": no fix, the verb would be left at the end',
      sandwich: { fact: '⟦Wussten Sie, dass Asylbewerber 49,18 £ pro Woche erhalten?⟧' },
      context: { language: 'de' },
      message: opensWithQuestion,
    },
    {
      name: 'Spanish "¿Sabías que…?"',
      sandwich: { fact: '⟦¿Sabías que los solicitantes de asilo reciben 49,18 £ a la semana?⟧' },
      context: { language: 'es' },
      message: opensWithQuestion,
      fix: asStatement,
      fixed: 'Los solicitantes de asilo reciben 49,18 £ a la semana.',
    },
    {
      name: "a Spanish question that asks the myth's claim",
      sandwich: {
        fact: '⟦¿Nos quitan los inmigrantes el trabajo?⟧ No.',
        myth: 'Circula el bulo de que los inmigrantes quitan el trabajo a los españoles.',
      },
      context: { language: 'es' },
      message: asksTheMyth,
    },
    {
      name: 'Italian "Lo sapevi che…?"',
      sandwich: { fact: '⟦Lo sapevi che i richiedenti asilo ricevono 49,18 sterline a settimana?⟧' },
      context: { language: 'it' },
      message: opensWithQuestion,
      fix: asStatement,
      fixed: 'I richiedenti asilo ricevono 49,18 sterline a settimana.',
    },
  ],
});
