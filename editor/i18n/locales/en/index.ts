// English, bundled with the interface: the source every other catalogue is checked against, and
// the type of every key (i18next.d.ts). One file per area of the interface; a new area is one
// import here and one file in each language's folder.
import common from './common.json';
import compose from './compose.json';
import drafts from './drafts.json';
import entry from './entry.json';
import impact from './impact.json';
import library from './library.json';
import profiles from './profiles.json';
import reasons from './reasons.json';
import rules from './rules.json';
import settings from './settings.json';
import share from './share.json';
import shell from './shell.json';
import sidepanel from './sidepanel.json';
import team from './team.json';

export default { common, compose, drafts, entry, impact, library, profiles, reasons, rules, settings, share, shell, sidepanel, team };
