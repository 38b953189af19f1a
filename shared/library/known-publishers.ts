import type { CountryCode } from '../schema/country';

/**
 * What kind of publisher a source comes from. Issue 16 asks every country's entry for a source
 * from that country's own fact-checkers or statistics office: readers there know and trust them.
 */
export type PublisherKind = 'fact-checker' | 'statistics' | 'government' | 'research' | 'news' | 'international' | 'other';

/**
 * A publisher whose site we know. `sites` are host names (a subdomain counts) or host-and-path
 * prefixes ("ec.europa.eu/eurostat"): a source credited to the publisher must be a page there,
 * not a copy on a document-sharing site, so a reviewer reads the quote where it was published.
 */
export type KnownPublisher = {
  name: string;
  /** Other names the publisher is cited under ("AFP Factuel" for "Agence France-Presse"). */
  also?: readonly string[];
  sites: readonly string[];
  country: CountryCode | 'INT';
  /** Other countries it has a desk for (AFP's and dpa's German-language desks cover Austria too). */
  serves?: readonly CountryCode[];
  language: string;
  kind: PublisherKind;
};

export const knownPublishers: readonly KnownPublisher[] = [
  // EU-wide and international
  { name: 'Eurostat', sites: ['ec.europa.eu/eurostat'], country: 'EU', language: 'en', kind: 'statistics' },
  {
    name: 'European Commission',
    also: ['Eurobarometer'],
    sites: ['ec.europa.eu', 'europa.eu'],
    country: 'EU',
    language: 'en',
    kind: 'government',
  },
  { name: 'European Parliament', sites: ['europarl.europa.eu'], country: 'EU', language: 'en', kind: 'government' },
  {
    name: 'European Union Agency for Asylum',
    also: ['EUAA'],
    sites: ['euaa.europa.eu'],
    country: 'EU',
    language: 'en',
    kind: 'statistics',
  },
  { name: 'Frontex', sites: ['frontex.europa.eu'], country: 'EU', language: 'en', kind: 'statistics' },
  { name: 'EUvsDisinfo', sites: ['euvsdisinfo.eu'], country: 'EU', language: 'en', kind: 'fact-checker' },
  { name: 'European Digital Media Observatory', also: ['EDMO'], sites: ['edmo.eu'], country: 'EU', language: 'en', kind: 'fact-checker' },
  { name: 'UNHCR', sites: ['unhcr.org'], country: 'INT', language: 'en', kind: 'international' },
  {
    name: 'United Nations Regional Information Centre',
    also: ['UNRIC'],
    sites: ['unric.org'],
    country: 'INT',
    language: 'en',
    kind: 'international',
  },
  { name: 'OECD', sites: ['oecd.org', 'oecd-ilibrary.org'], country: 'INT', language: 'en', kind: 'international' },
  {
    name: 'WHO Regional Office for Europe',
    also: ['World Health Organization'],
    sites: ['who.int'],
    country: 'INT',
    language: 'en',
    kind: 'international',
  },
  {
    name: 'International Organization for Migration',
    also: ['IOM'],
    sites: ['iom.int'],
    country: 'INT',
    language: 'en',
    kind: 'international',
  },
  { name: 'Reuters Fact Check', also: ['Reuters'], sites: ['reuters.com'], country: 'INT', language: 'en', kind: 'fact-checker' },
  { name: 'Euronews', sites: ['euronews.com'], country: 'EU', language: 'en', kind: 'news' },
  { name: 'Pulse-Z', sites: ['pulse-z.eu'], country: 'EU', language: 'en', kind: 'news' },
  // France
  { name: 'Les Décodeurs', also: ['Le Monde'], sites: ['lemonde.fr'], country: 'FR', language: 'fr', kind: 'fact-checker' },
  {
    name: 'AFP Factuel',
    also: ['AFP', 'Agence France-Presse'],
    sites: ['factuel.afp.com', 'factcheck.afp.com', 'afp.com'],
    serves: ['BE'],
    country: 'FR',
    language: 'fr',
    kind: 'fact-checker',
  },
  {
    name: 'Libération CheckNews',
    also: ['CheckNews', 'Libération'],
    sites: ['liberation.fr'],
    country: 'FR',
    language: 'fr',
    kind: 'fact-checker',
  },
  {
    name: 'franceinfo',
    also: ['Vrai ou Fake', 'France Info', 'France Télévisions'],
    sites: ['francetvinfo.fr', 'franceinfo.fr'],
    country: 'FR',
    language: 'fr',
    kind: 'fact-checker',
  },
  { name: '20 Minutes', also: ['Fake Off'], sites: ['20minutes.fr'], country: 'FR', language: 'fr', kind: 'fact-checker' },
  { name: "Mouv'", also: ['Radio France'], sites: ['mouv.fr', 'radiofrance.fr'], country: 'FR', language: 'fr', kind: 'news' },
  { name: 'INSEE', sites: ['insee.fr'], country: 'FR', language: 'fr', kind: 'statistics' },
  { name: 'DREES', sites: ['drees.solidarites-sante.gouv.fr'], country: 'FR', language: 'fr', kind: 'statistics' },
  {
    name: "Ministère de l'Intérieur",
    also: ['DGEF'],
    sites: ['interieur.gouv.fr', 'immigration.interieur.gouv.fr'],
    country: 'FR',
    language: 'fr',
    kind: 'statistics',
  },
  { name: 'Vie publique', sites: ['vie-publique.fr'], country: 'FR', language: 'fr', kind: 'government' },
  { name: 'Institut Convergences Migrations', sites: ['icmigrations.cnrs.fr'], country: 'FR', language: 'fr', kind: 'research' },
  {
    name: 'Europe 1',
    also: ["Le vrai-faux de l'info"],
    sites: ['europe1.fr'],
    country: 'FR',
    language: 'fr',
    kind: 'fact-checker',
  },
  // Germany
  {
    name: 'CORRECTIV',
    also: ['Correctiv', 'CORRECTIV.Faktencheck'],
    sites: ['correctiv.org'],
    country: 'DE',
    language: 'de',
    kind: 'fact-checker',
  },
  {
    name: 'dpa-Faktencheck',
    also: ['dpa', 'Deutsche Presse-Agentur'],
    sites: ['dpa-factchecking.com', 'dpa.com'],
    serves: ['AT'],
    country: 'DE',
    language: 'de',
    kind: 'fact-checker',
  },
  {
    name: 'tagesschau faktenfinder',
    also: ['ARD-faktenfinder', 'tagesschau'],
    sites: ['tagesschau.de'],
    country: 'DE',
    language: 'de',
    kind: 'fact-checker',
  },
  {
    name: 'BR24 #Faktenfuchs',
    also: ['BR24', 'Bayerischer Rundfunk', 'BAYERN 3'],
    sites: ['br.de', 'bayern3.de'],
    country: 'DE',
    language: 'de',
    kind: 'fact-checker',
  },
  { name: 'Mediendienst Integration', sites: ['mediendienst-integration.de'], country: 'DE', language: 'de', kind: 'research' },
  { name: 'Destatis', also: ['Statistisches Bundesamt'], sites: ['destatis.de'], country: 'DE', language: 'de', kind: 'statistics' },
  { name: 'Bundesagentur für Arbeit', sites: ['arbeitsagentur.de'], country: 'DE', language: 'de', kind: 'statistics' },
  {
    name: 'BAMF',
    also: ['Bundesamt für Migration und Flüchtlinge'],
    sites: ['bamf.de'],
    country: 'DE',
    language: 'de',
    kind: 'statistics',
  },
  { name: 'Bundeskriminalamt', also: ['BKA'], sites: ['bka.de'], country: 'DE', language: 'de', kind: 'statistics' },
  {
    name: 'IAB',
    also: ['Institut für Arbeitsmarkt- und Berufsforschung'],
    sites: ['iab.de', 'iab-forum.de'],
    country: 'DE',
    language: 'de',
    kind: 'research',
  },
  { name: 'AFP Faktencheck', sites: ['faktencheck.afp.com'], country: 'DE', serves: ['AT'], language: 'de', kind: 'fact-checker' },
  {
    name: 'ZDFheute',
    also: ['ZDF', 'ZDFheute check'],
    sites: ['zdf.de'],
    country: 'DE',
    language: 'de',
    kind: 'fact-checker',
  },
  { name: 'Deutschlandfunk', sites: ['deutschlandfunk.de'], country: 'DE', language: 'de', kind: 'news' },
  { name: 'Land Schleswig-Holstein', sites: ['schleswig-holstein.de'], country: 'DE', language: 'de', kind: 'government' },
  { name: 'Süddeutsche Zeitung', sites: ['sueddeutsche.de'], country: 'DE', language: 'de', kind: 'news' },
  { name: 'Cannstatter Zeitung', sites: ['cannstatter-zeitung.de'], country: 'DE', language: 'de', kind: 'news' },
  // Austria
  {
    name: 'APA-Faktencheck',
    also: ['APA', 'Austria Presse Agentur'],
    sites: ['apa.at'],
    country: 'AT',
    language: 'de',
    kind: 'fact-checker',
  },
  { name: 'Mimikama', sites: ['mimikama.org', 'mimikama.at'], country: 'AT', language: 'de', kind: 'fact-checker' },
  { name: 'Statistik Austria', sites: ['statistik.at', 'statistik-austria.at'], country: 'AT', language: 'de', kind: 'statistics' },
  {
    name: 'Österreichischer Integrationsfonds',
    also: ['ÖIF'],
    sites: ['integrationsfonds.at'],
    country: 'AT',
    language: 'de',
    kind: 'government',
  },
  { name: 'ORF', sites: ['orf.at'], country: 'AT', language: 'de', kind: 'news' },
  { name: 'Der Standard', sites: ['derstandard.at'], country: 'AT', language: 'de', kind: 'news' },
  { name: 'Bundesministerium für Inneres', also: ['BMI'], sites: ['bmi.gv.at'], country: 'AT', language: 'de', kind: 'statistics' },
  {
    name: 'Wohnberatung Wien',
    also: ['Stadt Wien'],
    sites: ['wohnberatung-wien.at', 'wien.gv.at'],
    country: 'AT',
    language: 'de',
    kind: 'government',
  },
  { name: 'KOSMO', sites: ['kosmo.at'], country: 'AT', language: 'de', kind: 'news' },
  { name: 'news.at', sites: ['news.at'], country: 'AT', language: 'de', kind: 'news' },
  {
    name: 'OÖNachrichten',
    also: ['Oberösterreichische Nachrichten'],
    sites: ['nachrichten.at'],
    country: 'AT',
    language: 'de',
    kind: 'news',
  },
  { name: 'KURIER', also: ['Kurier'], sites: ['kurier.at'], country: 'AT', language: 'de', kind: 'news' },
  { name: 'oe24', sites: ['oe24.at'], country: 'AT', language: 'de', kind: 'news' },
  // Spain
  { name: 'Maldita.es', also: ['Maldita', 'Maldito Bulo'], sites: ['maldita.es'], country: 'ES', language: 'es', kind: 'fact-checker' },
  { name: 'Newtral', sites: ['newtral.es'], country: 'ES', language: 'es', kind: 'fact-checker' },
  {
    name: 'EFE Verifica',
    also: ['EFE', 'Agencia EFE'],
    sites: ['verifica.efe.com', 'efe.com'],
    country: 'ES',
    language: 'es',
    kind: 'fact-checker',
  },
  { name: 'VerificaRTVE', also: ['RTVE'], sites: ['rtve.es'], country: 'ES', language: 'es', kind: 'fact-checker' },
  { name: 'elDiario.es', sites: ['eldiario.es'], country: 'ES', language: 'es', kind: 'news' },
  { name: 'INE', also: ['Instituto Nacional de Estadística'], sites: ['ine.es'], country: 'ES', language: 'es', kind: 'statistics' },
  { name: 'Ministerio del Interior', sites: ['interior.gob.es'], country: 'ES', language: 'es', kind: 'statistics' },
  {
    name: 'Ministerio de Inclusión, Seguridad Social y Migraciones',
    also: ['Seguridad Social'],
    sites: ['inclusion.gob.es', 'seg-social.es'],
    country: 'ES',
    language: 'es',
    kind: 'statistics',
  },
  {
    name: 'Ministerio de Política Territorial',
    also: ['Delegación del Gobierno'],
    sites: ['mpt.gob.es'],
    country: 'ES',
    language: 'es',
    kind: 'government',
  },
  { name: 'El País', sites: ['elpais.com'], country: 'ES', language: 'es', kind: 'news' },
  { name: 'COPE', sites: ['cope.es'], country: 'ES', language: 'es', kind: 'news' },
  // Italy
  { name: 'Pagella Politica', sites: ['pagellapolitica.it'], country: 'IT', language: 'it', kind: 'fact-checker' },
  { name: 'Facta', sites: ['facta.news'], country: 'IT', language: 'it', kind: 'fact-checker' },
  { name: 'Open', also: ['Open Fact-checking'], sites: ['open.online'], country: 'IT', language: 'it', kind: 'fact-checker' },
  { name: 'Butac', sites: ['butac.it'], country: 'IT', language: 'it', kind: 'fact-checker' },
  { name: 'ISTAT', also: ['Istituto Nazionale di Statistica'], sites: ['istat.it'], country: 'IT', language: 'it', kind: 'statistics' },
  { name: 'INPS', sites: ['inps.it'], country: 'IT', language: 'it', kind: 'statistics' },
  { name: "Ministero dell'Interno", also: ['Viminale'], sites: ['interno.gov.it'], country: 'IT', language: 'it', kind: 'statistics' },
  { name: 'Fondazione Leone Moressa', sites: ['fondazioneleonemoressa.org'], country: 'IT', language: 'it', kind: 'research' },
  { name: 'ISPI', sites: ['ispionline.it'], country: 'IT', language: 'it', kind: 'research' },
  { name: 'lavoce.info', sites: ['lavoce.info'], country: 'IT', language: 'it', kind: 'fact-checker' },
  // Netherlands
  { name: 'Nieuwscheckers', sites: ['nieuwscheckers.nl'], country: 'NL', language: 'nl', kind: 'fact-checker' },
  { name: 'NU.nl', also: ['NUcheckt'], sites: ['nu.nl'], country: 'NL', language: 'nl', kind: 'fact-checker' },
  {
    name: 'CBS',
    also: ['Centraal Bureau voor de Statistiek', 'Statistics Netherlands'],
    sites: ['cbs.nl'],
    country: 'NL',
    language: 'nl',
    kind: 'statistics',
  },
  { name: 'NOS', sites: ['nos.nl'], country: 'NL', language: 'nl', kind: 'news' },
  { name: 'IND', also: ['Immigratie- en Naturalisatiedienst'], sites: ['ind.nl'], country: 'NL', language: 'nl', kind: 'statistics' },
  { name: 'COA', also: ['Centraal Orgaan opvang asielzoekers'], sites: ['coa.nl'], country: 'NL', language: 'nl', kind: 'government' },
  { name: 'Rijksoverheid', sites: ['rijksoverheid.nl'], country: 'NL', language: 'nl', kind: 'government' },
  {
    name: 'WODC',
    also: ['Wetenschappelijk Onderzoek- en Documentatiecentrum'],
    sites: ['wodc.nl'],
    country: 'NL',
    language: 'nl',
    kind: 'research',
  },
  {
    name: 'Pointer (KRO-NCRV)',
    also: ['Pointer', 'KRO-NCRV'],
    sites: ['pointer.kro-ncrv.nl'],
    country: 'NL',
    language: 'nl',
    kind: 'fact-checker',
  },
  {
    name: 'Adviesraad Migratie',
    also: ['Advisory Council on Migration', 'ACVZ'],
    sites: ['adviesraadmigratie.nl'],
    country: 'NL',
    language: 'nl',
    kind: 'government',
  },
  // Belgium
  { name: 'Factcheck.Vlaanderen', sites: ['factcheck.vlaanderen'], country: 'BE', language: 'nl', kind: 'fact-checker' },
  { name: 'Knack', sites: ['knack.be'], country: 'BE', language: 'nl', kind: 'fact-checker' },
  { name: 'VRT NWS', sites: ['vrt.be'], country: 'BE', language: 'nl', kind: 'fact-checker' },
  { name: 'RTBF', also: ['RTBF Faky'], sites: ['rtbf.be'], country: 'BE', language: 'fr', kind: 'fact-checker' },
  { name: 'Statbel', sites: ['statbel.fgov.be'], country: 'BE', language: 'nl', kind: 'statistics' },
  { name: 'Myria', sites: ['myria.be'], country: 'BE', language: 'nl', kind: 'statistics' },
  { name: 'Fedasil', sites: ['fedasil.be'], country: 'BE', language: 'nl', kind: 'government' },
  { name: 'Le Soir', sites: ['lesoir.be'], country: 'BE', language: 'fr', kind: 'news' },
  // Poland
  { name: 'Demagog', sites: ['demagog.org.pl'], country: 'PL', language: 'pl', kind: 'fact-checker' },
  { name: 'Konkret24', sites: ['konkret24.tvn24.pl'], country: 'PL', language: 'pl', kind: 'fact-checker' },
  { name: 'OKO.press', sites: ['oko.press'], country: 'PL', language: 'pl', kind: 'fact-checker' },
  { name: 'AFP Sprawdzam', sites: ['sprawdzam.afp.com'], country: 'PL', language: 'pl', kind: 'fact-checker' },
  {
    name: 'GUS',
    also: ['Główny Urząd Statystyczny', 'Statistics Poland'],
    sites: ['stat.gov.pl'],
    country: 'PL',
    language: 'pl',
    kind: 'statistics',
  },
  { name: 'ZUS', also: ['Zakład Ubezpieczeń Społecznych'], sites: ['zus.pl'], country: 'PL', language: 'pl', kind: 'statistics' },
  {
    name: 'Urząd do Spraw Cudzoziemców',
    also: ['UdSC'],
    sites: ['udsc.gov.pl', 'gov.pl/web/udsc'],
    country: 'PL',
    language: 'pl',
    kind: 'statistics',
  },
  { name: 'gov.pl', sites: ['gov.pl'], country: 'PL', language: 'pl', kind: 'government' },
  // Sweden
  { name: 'Källkritikbyrån', sites: ['kallkritikbyran.se'], country: 'SE', language: 'sv', kind: 'fact-checker' },
  { name: 'SVT Verifiera', also: ['SVT', 'Sveriges Television'], sites: ['svt.se'], country: 'SE', language: 'sv', kind: 'fact-checker' },
  { name: 'Motargument', sites: ['motargument.se'], country: 'SE', language: 'sv', kind: 'fact-checker' },
  {
    name: 'SCB',
    also: ['Statistiska centralbyrån', 'Statistics Sweden'],
    sites: ['scb.se'],
    country: 'SE',
    language: 'sv',
    kind: 'statistics',
  },
  { name: 'Brå', also: ['Brottsförebyggande rådet'], sites: ['bra.se'], country: 'SE', language: 'sv', kind: 'statistics' },
  { name: 'Migrationsverket', sites: ['migrationsverket.se'], country: 'SE', language: 'sv', kind: 'statistics' },
  { name: 'Migrationsinfo', sites: ['migrationsinfo.se'], country: 'SE', language: 'sv', kind: 'research' },
  {
    name: 'Government Offices of Sweden',
    also: ['Regeringskansliet', 'Regeringen'],
    sites: ['regeringen.se', 'government.se'],
    country: 'SE',
    language: 'sv',
    kind: 'government',
  },
  {
    name: 'Metro (Viralgranskaren)',
    also: ['Viralgranskaren', 'Metro'],
    sites: ['metro.se'],
    country: 'SE',
    language: 'sv',
    kind: 'fact-checker',
  },
  { name: 'Region Gotland', sites: ['gotland.se'], country: 'SE', language: 'sv', kind: 'government' },
  // Greece
  { name: 'Ellinika Hoaxes', sites: ['ellinikahoaxes.gr'], country: 'GR', language: 'el', kind: 'fact-checker' },
  { name: 'FactReview', sites: ['factreview.gr'], country: 'GR', language: 'el', kind: 'fact-checker' },
  {
    name: 'ELSTAT',
    also: ['Ελληνική Στατιστική Αρχή', 'Hellenic Statistical Authority'],
    sites: ['statistics.gr'],
    country: 'GR',
    language: 'el',
    kind: 'statistics',
  },
  {
    name: 'Ministry of Migration and Asylum',
    also: ['Υπουργείο Μετανάστευσης και Ασύλου'],
    sites: ['migration.gov.gr'],
    country: 'GR',
    language: 'el',
    kind: 'statistics',
  },
  { name: 'Kathimerini', also: ['Καθημερινή'], sites: ['kathimerini.gr', 'ekathimerini.com'], country: 'GR', language: 'el', kind: 'news' },
  {
    name: 'Efimerida ton Syntakton',
    also: ['EfSyn', 'Η Εφημερίδα των Συντακτών'],
    sites: ['efsyn.gr'],
    country: 'GR',
    language: 'el',
    kind: 'news',
  },
  { name: 'Naftemporiki', also: ['Ναυτεμπορική'], sites: ['naftemporiki.gr'], country: 'GR', language: 'el', kind: 'news' },
  { name: 'News247', sites: ['news247.gr'], country: 'GR', language: 'el', kind: 'news' },
  // Ireland
  {
    name: 'TheJournal FactCheck',
    also: ['TheJournal.ie', 'The Journal', 'FactCheck Knowledge Bank (The Journal)', 'FactCheck Knowledge Bank'],
    sites: ['thejournal.ie', 'factchecking.ie'],
    country: 'IE',
    language: 'en',
    kind: 'fact-checker',
  },
  { name: 'CSO', also: ['Central Statistics Office'], sites: ['cso.ie'], country: 'IE', language: 'en', kind: 'statistics' },
  { name: 'RTÉ', also: ['RTE'], sites: ['rte.ie'], country: 'IE', language: 'en', kind: 'news' },
  { name: 'The Irish Times', sites: ['irishtimes.com'], country: 'IE', language: 'en', kind: 'news' },
  {
    name: 'Department of Justice (Ireland)',
    also: ['gov.ie'],
    sites: ['gov.ie', 'justice.ie', 'irishimmigration.ie'],
    country: 'IE',
    language: 'en',
    kind: 'government',
  },
  { name: 'ESRI', also: ['Economic and Social Research Institute'], sites: ['esri.ie'], country: 'IE', language: 'en', kind: 'research' },
  { name: 'Irish Examiner', sites: ['irishexaminer.com'], country: 'IE', language: 'en', kind: 'news' },
  // Portugal
  { name: 'Polígrafo', also: ['Poligrafo'], sites: ['poligrafo.sapo.pt'], country: 'PT', language: 'pt', kind: 'fact-checker' },
  { name: 'Observador', also: ['Observador Fact Check'], sites: ['observador.pt'], country: 'PT', language: 'pt', kind: 'fact-checker' },
  { name: 'Público', also: ['Prova dos Factos'], sites: ['publico.pt'], country: 'PT', language: 'pt', kind: 'fact-checker' },
  {
    name: 'INE Portugal',
    also: ['Instituto Nacional de Estatística'],
    sites: ['ine.pt'],
    country: 'PT',
    language: 'pt',
    kind: 'statistics',
  },
  {
    name: 'AIMA',
    also: ['Agência para a Integração, Migrações e Asilo', 'SEF'],
    sites: ['aima.gov.pt', 'sef.pt'],
    country: 'PT',
    language: 'pt',
    kind: 'statistics',
  },
  { name: 'Observatório das Migrações', sites: ['om.acm.gov.pt'], country: 'PT', language: 'pt', kind: 'statistics' },
  { name: 'Diário de Notícias', also: ['DN'], sites: ['dn.pt'], country: 'PT', language: 'pt', kind: 'news' },
  { name: 'Sul Informação', sites: ['sulinformacao.pt'], country: 'PT', language: 'pt', kind: 'news' },
  // United Kingdom
  { name: 'Full Fact', also: ['Straight Statistics'], sites: ['fullfact.org'], country: 'GB', language: 'en', kind: 'fact-checker' },
  { name: 'Office for National Statistics', also: ['ONS'], sites: ['ons.gov.uk'], country: 'GB', language: 'en', kind: 'statistics' },
  { name: 'Migration Observatory', sites: ['migrationobservatory.ox.ac.uk'], country: 'GB', language: 'en', kind: 'research' },
  { name: 'Migration Advisory Committee', also: ['GOV.UK'], sites: ['gov.uk'], country: 'GB', language: 'en', kind: 'government' },
  {
    name: 'House of Commons Library',
    sites: ['commonslibrary.parliament.uk', 'researchbriefings.files.parliament.uk'],
    country: 'GB',
    language: 'en',
    kind: 'research',
  },
  { name: 'Logically Facts', sites: ['logicallyfacts.com'], country: 'GB', language: 'en', kind: 'fact-checker' },
  { name: 'The Guardian', sites: ['theguardian.com'], country: 'GB', language: 'en', kind: 'news' },
  { name: 'BBC', also: ['BBC Verify'], sites: ['bbc.co.uk', 'bbc.com'], country: 'GB', language: 'en', kind: 'fact-checker' },
  { name: 'The Independent', sites: ['independent.co.uk'], country: 'GB', language: 'en', kind: 'news' },
  {
    name: 'Freeths LLP',
    also: ['Freeths'],
    sites: ['freeths.co.uk'],
    country: 'GB',
    language: 'en',
    kind: 'other',
  },
  {
    name: 'Electronic Immigration Network',
    also: ['EIN'],
    sites: ['ein.org.uk'],
    country: 'GB',
    language: 'en',
    kind: 'news',
  },
  // United States
  { name: 'PolitiFact', sites: ['politifact.com'], country: 'US', language: 'en', kind: 'fact-checker' },
  { name: 'FactCheck.org', sites: ['factcheck.org'], country: 'US', language: 'en', kind: 'fact-checker' },
  { name: 'Cato Institute', sites: ['cato.org'], country: 'US', language: 'en', kind: 'research' },
  { name: 'Pew Research Center', sites: ['pewresearch.org'], country: 'US', language: 'en', kind: 'research' },
  { name: 'KFF', also: ['Kaiser Family Foundation'], sites: ['kff.org'], country: 'US', language: 'en', kind: 'research' },
  {
    name: 'Institute on Taxation and Economic Policy',
    also: ['ITEP'],
    sites: ['itep.org'],
    country: 'US',
    language: 'en',
    kind: 'research',
  },
  { name: 'Brennan Center for Justice', sites: ['brennancenter.org'], country: 'US', language: 'en', kind: 'research' },
  {
    name: 'National Academies of Sciences, Engineering, and Medicine',
    also: ['National Academies Press'],
    sites: ['nap.nationalacademies.org', 'nationalacademies.org', 'nap.edu'],
    country: 'US',
    language: 'en',
    kind: 'research',
  },
  {
    name: 'Proceedings of the National Academy of Sciences',
    also: ['PNAS'],
    sites: ['pnas.org', 'pmc.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov'],
    country: 'US',
    language: 'en',
    kind: 'research',
  },
  { name: 'USA TODAY', sites: ['usatoday.com'], country: 'US', language: 'en', kind: 'fact-checker' },
  { name: 'Check Your Fact', sites: ['checkyourfact.com'], country: 'US', language: 'en', kind: 'fact-checker' },
  { name: 'The Seattle Times', sites: ['seattletimes.com'], country: 'US', language: 'en', kind: 'news' },
  { name: 'BuzzFeed News', sites: ['buzzfeednews.com', 'buzzfeed.com'], country: 'US', language: 'en', kind: 'news' },
  {
    name: 'ABC News',
    also: ['Good Morning America', 'ABC News / Good Morning America'],
    sites: ['abcnews.go.com', 'goodmorningamerica.com'],
    country: 'US',
    language: 'en',
    kind: 'news',
  },
  { name: 'Courthouse News Service', sites: ['courthousenews.com'], country: 'US', language: 'en', kind: 'news' },
  { name: 'American Immigration Council', sites: ['americanimmigrationcouncil.org'], country: 'US', language: 'en', kind: 'research' },
];

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('en').replace(/[’‘]/g, "'").trim();

const byName = new Map<string, KnownPublisher>();
for (const publisher of knownPublishers)
  for (const name of [publisher.name, ...(publisher.also ?? [])]) if (!byName.has(fold(name))) byName.set(fold(name), publisher);

/**
 * The known publisher a source credits: its `publisher` as written, or the part before a
 * parenthesis or comma ("Cato Institute (citing Pew Hispanic Center)", "UNRIC, citing Eurostat").
 */
export function knownPublisher(credited: string): KnownPublisher | undefined {
  const whole = fold(credited);
  return byName.get(whole) ?? byName.get(fold(whole.split(/\s*[(,]/)[0] ?? ''));
}

/** Whether a URL is a page on one of the publisher's sites (a subdomain of a listed host counts). */
export function isOnPublisherSite(url: string, publisher: KnownPublisher): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname;
  return publisher.sites.some((site) => {
    const [siteHost = '', ...rest] = site.split('/');
    const sitePath = rest.length > 0 ? `/${rest.join('/')}` : '';
    const hostMatches = host === siteHost || host.endsWith(`.${siteHost}`);
    return hostMatches && (sitePath === '' || path === sitePath || path.startsWith(`${sitePath}/`));
  });
}
