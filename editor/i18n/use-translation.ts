// Components take useTranslation from here, so that the instance (with English) is set up by the
// import itself: in the app, in the extension's pages and in unit tests alike.
import './interface-i18n';

export { Trans, useTranslation } from 'react-i18next';
