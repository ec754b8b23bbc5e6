// The site's words in English: the source every other language is checked against (tests/i18n/site-catalogue.test.ts).
// Keys are `area.what`; `{name}` marks a value the page fills in (src/i18n/fill-message.ts). Brand names, line item
// numbers and what editors write in content/ are not here: they come from the content, in its own language.
import { stageExplanation, stageLabel } from '../../lib/budget/stages.ts';
import { pledgeAgeBands, pledgeTypeLabels } from '../../lib/schemas/pledge.ts';
import type { ReviewStatus } from '../locales.ts';
import { directoryEn } from './directory/en.ts';
import { callEn } from './call/en.ts';
import { mapEn } from './map/en.ts';
import { submitEn } from './submit/en.ts';
import { outcomesEn } from './outcomes/en.ts';
import { privacyEn } from './privacy/en.ts';

export const review: ReviewStatus = { status: 'source', note: 'The source text, written in English by the project.' };

export const en = {
  ...outcomesEn,
  ...directoryEn,
  ...mapEn,
  ...callEn,
  ...submitEn,
  ...privacyEn,
  // the frame of every page
  'base.skipLink': 'Skip to main content',
  'header.menu': 'Menu',
  'header.mainNav': 'Main',
  'header.languages': 'Language',
  'nav.takeAction': 'Take action',
  'nav.pledge': 'Pledge',
  'nav.programs': 'Programs',
  'nav.map': 'Map',
  'nav.officials': 'For officials',
  'nav.search': 'Search',
  'footer.runBy': 'Run by {organization}.',
  'footer.privacyLine': 'Letters go only to your own state legislators. We keep as little personal data as we can.',
  // shown on a translation's pages while its catalogue's review status is draft (never on English ones)
  'footer.draftTranslation': 'This translation is a draft: a native speaker has not reviewed it yet.',
  'footer.act': 'Take action',
  'footer.allCampaigns': 'All campaigns',
  'footer.lineItem': 'Line item {lineItem}',
  'footer.champions': 'Mentoring champions',
  'footer.pledgeMap': 'Pledge map',
  'footer.findLegislator': 'Find a legislator',
  'footer.nearYou': 'Mentoring near you',
  'footer.programs': 'Mentoring programs',
  'footer.officials': 'For government officials',
  'footer.schools': 'For schools',
  'footer.search': 'Search the site',
  'footer.openData': 'Open data',
  'footer.dataSources': 'Where our data comes from',
  'footer.districts': 'All 200 districts',
  'footer.budgetHistory': 'Budget history of {lineItem}',
  'footer.alerts': 'Budget alerts',
  'footer.privacy': 'Your data',
  'site.description':
    'Campaigns for youth mentoring in Massachusetts: email your state legislators, pledge to mentor, and find the ' +
    'mentoring programs in your district.',
  notTranslated: 'This page is not translated yet. Here it is in English.',
  'dates.range': '{starts} to {ends}',
  'dates.from': 'From {starts}',

  // home
  'home.title': 'Keep mentoring funded in Massachusetts',
  'home.lede':
    'Line item {lineItem}, {title}, is the only state funding dedicated solely to mentoring. Ask your own state ' +
    'representative and senator to fund it in the {fiscalYear} budget.',
  'home.now': 'Now',
  'home.stageNow': 'The {fiscalYear} budget is at the {stage} stage.',
  'home.stageDate': 'Date: {date}.',
  'home.noStageDate': 'No date for this stage is recorded yet.',
  'home.whereBudgetStands': 'Where the budget stands',
  'home.writeToLegislators': 'Write to your legislators',
  'home.takeActionNow': 'Take action now',
  'home.proofLabel': 'What people have done so far',
  'home.proofLetters': 'letters sent to legislators',
  'home.proofPledges': 'people pledged to mentor',
  'home.whatToDo': 'What would you like to do?',
  'home.letterCardTitle': 'Email your state legislators',
  'home.letterCardText':
    'Tell your own representative and senator why mentoring matters. We find them from your address and send your ' +
    'letter for you.',
  'home.letterCardButton': 'Write a letter',
  'home.pledgeCardTitle': 'Become a mentor',
  'home.pledgeCardText':
    'Pledge to mentor a young person. We connect you with mentoring programs near you and count your pledge in your ' +
    'district, on {map}.',
  'home.pledgeCardMap': 'the pledge map',
  'home.pledgeCardButton': 'Pledge to mentor',
  'home.officialsCardTitle': 'For legislators and officials',
  'home.officialsCardText':
    'See each of the 200 House and Senate districts: its towns, its legislator and what constituents are doing for ' +
    'mentoring.',
  'home.officialsCardFind': '{find} from your address, town or ZIP code.',
  'home.officialsCardFindLink': 'Find your own legislators',
  'home.officialsCardButton': 'Find your district',
  'home.campaigns': 'Campaigns',
  'home.allCampaigns': 'All campaigns',

  // campaigns
  'campaigns.title': 'Campaigns',
  'campaigns.description': 'Current and upcoming campaigns for youth mentoring in Massachusetts.',
  'campaigns.lede':
    'Each campaign asks for one clear action: a letter to your own legislators, a pledge to mentor, or a word to ' +
    'your friends.',
  'campaigns.past': 'Past campaigns',
  'campaign.verb.letter': 'Write to your legislators',
  'campaign.verb.pledge': 'Pledge to mentor',
  'campaign.verb.call': 'Call your legislators',
  'campaign.verb.share': 'Spread the word',
  'campaign.button.letter': 'Write your letter',
  'campaign.status.active': 'Happening now',
  'campaign.status.upcoming': 'Coming up',
  'campaign.status.ended': 'Ended',
  'campaign.ended': '(ended)',
  'campaign.breadcrumb': 'Breadcrumb',
  'campaign.home': 'Home',
  'campaign.facts': 'Campaign facts',
  'campaign.lineItem': 'Line item {lineItem}',
  'campaign.budgetAt': 'The {fiscalYear} budget is at this stage: {stage}.',
  'campaign.budgetLink': 'Where the budget stands, and its funding since FY2001',
  'campaign.pledgesOnMap': 'Pledges on the map',
  'campaign.pledgesOnMapLink': "See this campaign's confirmed pledges by House and Senate district",
  'campaign.share': 'Share',
  'campaign.takeAction': 'Take action',
  'campaign.endedNotice': 'This campaign has ended. Thank you to everyone who took part.',
  'campaign.talkingPoints': 'Points you might make',
  'campaign.callButton': 'Call your legislators',

  // who decides now (budget campaigns)
  'stageNow.title': 'Who is deciding now',
  'stageNow.committee': 'The line item is before the {committee}, which is writing its {fiscalYear} budget.',
  'stageNow.committeeChair':
    'The line item is before the {committee}, chaired by {chair}, which is writing its {fiscalYear} budget.',
  'stageNow.committeeLetter':
    "Your letter still goes only to your own legislators. It asks them to urge the committee's chair and members to " +
    'fund the line item.',
  'stageNow.committeeMembers': 'All {count} members of the committee',
  'stageNow.stage': 'The {fiscalYear} budget is at this stage: {stage}.',
  'stageNow.whereItStands': 'Where it stands',
  'stageNow.thankYouDue': 'A thank-you is due.',
  'stageNow.funded': 'At the {stage} stage the line item was funded at {amount}.',
  'stageNow.thankBoth': 'Thank your own state representative and senator',
  'stageNow.thankHouse': 'Thank your own state representative',
  'stageNow.thankSenate': 'Thank your own state senator',
  'title.house': 'Representative',
  'title.senate': 'Senator',

  // the goal meter (its number is filled in by src/client/goal-meter.ts)
  'goal.text': 'Goal: {count} {label}',
  'goal.progress': 'Progress towards {count} {label}',
  'goal.countOf': '{count} of {goal} {label}',
  'goal.mine': 'Yours is counted. Thank you.',

  // the letter form
  'letter.intro':
    'Three steps. Your letter goes to your own {recipients}, from our campaign address with your email as the ' +
    'reply-to, so their office can answer you directly. You get a copy.',
  'letter.recipients.house': 'state representative',
  'letter.recipients.senate': 'state senator',
  'letter.recipients.both': 'state representative and state senator',
  'form.fixThese': 'Please fix the following',
  'letter.where': '1. Where you live',
  'letter.step2': '2. Your letter',
  'letter.to':
    'To your own {recipients}: we add “Dear Representative …” or “Dear Senator …”, and sign it with your name and ' +
    'town.',
  'letter.subject': 'Subject: {subject}',
  'letter.message': 'Letter',
  'letter.messageHint': 'Written for you; edit it as you like.',
  'letter.englishNote':
    'The letter is in English because the offices read English. You can read it in your language below.',
  'letter.translation': 'Read the letter in your language',
  'letter.translationNote': 'This translation is for you; your legislators receive the English letter.',
  'letter.story': 'Why mentoring matters to you',
  'letter.storyHint':
    'Optional, but it counts the most: one or two sentences in your own words. We put it just before your closing ' +
    'request.',
  'letter.storyLanguage': 'You may write it in any language.',
  'letter.committee':
    'While the line item is before the {committee}, we add this paragraph before your closing request:',
  'letter.committeeMember': 'If your own legislator sits on the committee, their letter says instead: “{paragraph}”',
  'letter.step3': '3. Send',
  'form.name': 'Your name',
  'form.email': 'Your email',
  'letter.emailHint': 'Legislators reply to it. We send you a copy of your letter.',
  'letter.consent': 'You may email me about this campaign (optional).',
  'form.honeypot': 'Website (leave this empty)',
  'letter.send': 'Send my letter',
  'letter.keep': 'We keep your letter only as long as we need to deliver it and count it.',
  'form.privacyLink': 'How we handle your data',

  // where you live: the district finder
  'find.legend': 'Where do you live?',
  'find.address': 'Your address',
  'find.addressHint':
    'Street and town, like “24 Beacon St, Boston”, or just your city or town. The street is optional but ' +
    'recommended: offices answer constituents they can verify.',
  'find.findButton': 'Find my legislators',
  'find.hint':
    'Your street address finds your districts exactly. Your city or town, ZIP code or Boston ward is enough when it ' +
    'lies in a single district; if it is split, we will ask you to choose.',
  'find.street': 'Street address',
  'find.streetHint': 'For example, 24 Beacon Street. Optional, but exact.',
  'find.town': 'City or town',
  'find.zip': 'ZIP code',
  'find.ward': 'Boston ward',
  'find.wardHint': 'Boston only, if you know it. It is on your voter registration.',
  'find.noWard': 'Not in Boston, or I don’t know',
  'find.wardOption': 'Ward {ward}',
  'find.locate': 'Use my location',
  'find.map': 'Choose on a map',

  // the /find/ page
  'findPage.title': 'Find your legislators',
  'findPage.description':
    'Find your Massachusetts state representative and state senator from your address, town, ZIP code or Boston ward.',
  'findPage.heading': 'Find your state legislators',
  'findPage.lede':
    'Everyone in Massachusetts has one state representative and one state senator. Tell us where you live and we ' +
    'will find yours from the official district maps.',
  'findPage.how': 'How we find your districts',
  'findPage.howAddress':
    'A street address is turned into a point on the map by the US Census Bureau’s free address service. We then ' +
    'check that point against the full-detail district lines published by MassGIS.',
  'findPage.howPlace':
    'A city, town, ZIP code or Boston ward is enough when all of it lies in one House district and one Senate ' +
    'district. When it is split, we show you the districts it touches and ask you to pick yours, or to give your ' +
    'street address. We never guess.',
  'findPage.howLocation':
    'Use my location and the map work the same way as an address: your browser tells us a point, and we check it ' +
    'against the district lines.',
  'findPage.keep':
    'We do not keep what you enter here. District lines: MassGIS, 2021 districts (in force since the 2022 elections).',
  'findPage.aboutData': 'About the data',
  'findPage.browse': 'You can also browse {districts} and {legislators}.',
  'findPage.allDistricts': 'all 200 districts',
  'findPage.allLegislators': 'all legislators',

  // the pledge form and page
  'pledge.intro':
    '{headline}. We email you a link to confirm your pledge; once you do, it counts (without your name) in your ' +
    'House and Senate districts, and we show you mentoring programs near you.',
  'pledge.aboutYou': 'About you',
  'pledge.emailHint': 'We send the link to confirm your pledge here.',
  'pledge.types': 'What kind of mentoring suits you?',
  'pledge.ages': 'Which ages would you like to mentor?',
  'form.optionalTickAny': 'Optional: tick any.',
  'pledge.languages': 'Languages you could mentor in besides English',
  'pledge.languagesHint': 'Optional. For example: Spanish, Haitian Creole.',
  'pledge.consent':
    'I agree that {organization} keeps my name, email, town, districts and interests to count my pledge and to put ' +
    'me in touch with mentoring programs, until I withdraw it (unconfirmed pledges are deleted after a week).',
  'pledge.submit': 'Pledge to mentor',
  // the kinds and ages a volunteer ticks: English words live with the pledge's schema (src/lib/schemas/pledge.ts)
  'pledge.type.school-based': pledgeTypeLabels['school-based'],
  'pledge.type.site-based': pledgeTypeLabels['site-based'],
  'pledge.type.community': pledgeTypeLabels.community,
  'pledge.type.workplace': pledgeTypeLabels.workplace,
  'pledge.type.e-mentoring': pledgeTypeLabels['e-mentoring'],
  'pledge.age.children': pledgeAgeBands.children.label,
  'pledge.age.preteens': pledgeAgeBands.preteens.label,
  'pledge.age.teens': pledgeAgeBands.teens.label,
  'pledge.age.young-adults': pledgeAgeBands['young-adults'].label,
  'pledgePage.title': 'Pledge to mentor',
  'pledgePage.description':
    'Pledge to mentor a young person in Massachusetts: we point you to mentoring programs near you and count your ' +
    'pledge, without your name, in your district.',
  'pledgePage.heading': 'Pledge to mentor a young person',
  'pledgePage.lede':
    'A pledge is not a contract. It tells us you want to mentor and where you live. After you confirm it by email, ' +
    'we point you to mentoring programs near you, and your pledge is counted, without your name, on {map}.',
  'pledgePage.map': 'the map of House and Senate districts',
  'pledgePage.open': 'Open pledge campaigns',
  'pledgePage.noneOpen': 'No pledge campaign is open right now. {find} and contact it directly.',
  'pledgePage.findProgram': 'Find a mentoring program near you',
  'pledgePage.already': 'Already know where you would like to mentor? {browse}.',
  'pledgePage.browse': 'Browse the mentoring program directory',

  // after acting: the next asks and share links
  'next.title': 'Keep it going',
  'next.call': 'Call your legislators',
  'next.callText': 'Ring the same two offices about the same ask: it takes a few minutes.',
  'next.pledge': 'Pledge to mentor',
  'next.pledgeText': 'Mentor a young person yourself: we connect you with mentoring programs near you.',
  'next.alerts': 'Get budget alerts',
  'next.alertsText': 'An email when the line item moves and your legislators need to hear from you again.',
  'next.share': 'Ask a friend to write too',
  'next.shareText': 'I just wrote to my state legislators: {title}. You can too.',
  'next.shareSubject': 'Will you write to your legislators? {title}',
  'share.linkToShare': 'Link to share:',
  'share.copy': 'Copy link',
  'share.email': 'Email a friend',
  'share.text': 'Send a text',
  'share.whatsapp': 'Share on WhatsApp',
  'share.x': 'Post on X',
  'share.facebook': 'Share on Facebook',

  // the call section
  'call.title': 'Call your legislators',
  'call.intro': 'A two-minute call to the offices of your own {whom}. Staff note every call from a constituent.',
  'call.hours': 'State House offices answer the phone: {hours}.',
  'call.stage': 'The line item is before the {committee}.',
  'call.stageChair': 'The line item is before the {committee}, chaired by {chair}.',
  'call.stageOwn': 'You still call your own legislators: the script asks them to urge the chair to fund it.',
  'call.whatToSay': 'What to say',
  'call.scriptEnglish': 'The offices speak English, so what to say is in English.',
  'call.nameHint':
    'Say your own name where it says {placeholder}. Your call sheet fills in each legislator’s name and your town.',
  'call.yourLegislator': '(your legislator)',
  'call.yourName': '(your name)',
  'call.yourTown': '(your town)',
  'call.now': 'Call your legislators now',
  'call.findPhones': 'Find your legislators’ phone numbers',
  'call.countOnly': 'We count only how each call went, never who called.',
  'callPage.title': 'Call your legislators: {campaign}',
  'callPage.description':
    'Call your own state representative and senator about {campaign}: their phone numbers, what to say, and when ' +
    'their offices answer.',
  'callPage.crumb': 'Call',
  'callPage.where': 'Where do you live?',
  'callPage.show': 'Show my legislators’ phone numbers',
  'callPage.keepNothing': 'We use where you live only to find your legislators, and keep nothing about you.',
  'callPage.ended': 'This campaign has ended. Thank you to everyone who called.',

  // budget alerts and their sign-up
  'alerts.title': 'Budget alerts',
  'alerts.description':
    'Dated alerts on line item {lineItem}, Mentoring Matching Grants, as the Massachusetts budget moves.',
  'alerts.lede':
    'When the budget moves on line item {lineItem}, we post an alert here: what happened, what comes next and what ' +
    'you can do.',
  'alerts.follow': 'Follow them with the {feed}, or add the {calendar} to your calendar app. See also {budget}.',
  'alerts.feed': 'RSS feed',
  'alerts.calendar': 'budget deadlines calendar',
  'alerts.budget': 'where the budget stands now',
  'alerts.none': 'No alerts yet.',
  'alerts.inEnglish': 'The alerts themselves are written in English.',
  'signup.title': 'Get budget alerts by email',
  'signup.intro':
    'An email when line item {lineItem} moves in the state budget and your legislators need to hear from you. We ' +
    'send a link to confirm first; every email has a link to unsubscribe.',
  'signup.nameHint': 'Optional, to greet you.',
  'signup.place': 'Your town, ZIP code or street address',
  'signup.placeHint':
    'Optional: then each alert names your own legislators and links to a letter already addressed to them. We keep ' +
    'only your districts.',
  'signup.consent':
    'I agree to receive budget alert emails about line item {lineItem} from {site}. I can unsubscribe at any time.',
  'signup.submit': 'Sign me up',
  'signup.keep':
    'We keep only your email, your name if you give it, your House and Senate districts if you give a place, and ' +
    'when you signed up.',

  // what browser scripts say (given to them by the page: src/client/page-messages.ts)
  'js.common.sending': 'Sending…',
  'js.common.failed': 'Something went wrong. Please try again.',
  'js.common.house': 'House',
  'js.common.senate': 'Senate',
  'js.letter.templateHint':
    'Your letter is still almost word for word the template. Staff give more weight to letters in your own words: ' +
    'add a sentence about why mentoring matters to you.',
  'js.letter.send': 'Send my letter',
  'js.letter.offline':
    'We could not reach the server. Check your connection and try again: your letter will not be sent twice.',
  'js.letter.awaiting': 'Check your email to confirm your letter',
  'js.letter.already': 'You have already written in this campaign',
  'js.letter.thanks': 'Thank you for writing',
  'js.letter.status.sent': 'sent',
  'js.letter.status.queued': 'queued: it will go out within the hour',
  'js.letter.status.failed': 'could not be delivered; our staff have been told',
  'js.letter.status.none': 'not sent',
  'js.letter.status.awaiting_confirmation': 'waiting for you to confirm your email address',
  'js.letter.follow': 'See where your letter is: on its way, then delivered',
  'js.letter.vacant': 'The {district} {chamber} seat is vacant, so no letter went there.',
  'js.letter.to': 'To {people}: each gets their own copy, signed with your name and town.',
  'js.letter.and': ' and ',
  'js.letter.seatVacant': 'The {district} seat is vacant.',
  'js.pledge.submit': 'Pledge to mentor',
  'js.pledge.offline': 'We could not reach the server. Check your connection and try again: you will not pledge twice.',
  'js.pledge.next': 'Next step: mentoring programs near you',
  'js.pledge.notChosen': '; not what you chose, the nearest we list',
  'js.pledge.none': 'Our directory lists no mentoring program in your districts or town yet.',
  'js.pledge.browse': 'Browse the whole mentoring program directory',
  'js.pledge.share': 'Ask a friend to pledge too',
  'js.pledge.where.house': 'in your House district',
  'js.pledge.where.senate': 'in your Senate district',
  'js.pledge.where.town': 'in your town',
  'js.pledge.where.near': 'nearby',
  'js.pledge.where.statewide': 'statewide',
  'js.pledge.lessThanMile': ', less than a mile',
  'js.pledge.miles': ', {miles} miles',
  'js.copy.done': 'Link copied.',
  'js.copy.failed': 'Your browser did not let us copy: select the link and copy it.',
  'js.find.looking': 'Looking up your districts…',
  'js.find.offline': 'We could not reach the district finder. Check your connection and try again.',
  'js.find.error': 'Something went wrong. Please try again.',
  'js.find.district': '{district} {chamber} district',
  'js.find.vacantSeat': ': this seat is vacant',
  'js.find.change': 'Not right? Change it',
  'js.find.openPage': 'Open as a page to share or print',
  'js.find.chose': 'You chose the {house} House district and the {senate} Senate district.',
  'js.find.yours': 'Your {chamber} district: {district} ({who}).',
  'js.find.which': 'Which {chamber} district is yours?',
  'js.find.seatVacant': 'seat vacant',
  'js.find.showOnMap': 'Show these districts on the map',
  'js.find.choicesPage': 'Open these choices as a page, with the precincts of each district where we know them',
  'js.find.locating': 'Asking your browser for your location…',
  'js.find.noLocation': 'We could not get your location. Enter your address, town or ZIP code instead.',
  'js.find.hideMap': 'Hide the map',
  'js.find.showMap': 'Choose on a map',
  'js.find.mapHelp': 'Click or tap where you live. Drag or use the arrow keys to move the map; use + and − to zoom.',
  'js.find.mapLabel': 'Map of Massachusetts districts',
  'js.find.zoomIn': 'Zoom in',
  'js.find.zoomOut': 'Zoom out',
  'js.find.attribution': 'District lines: MassGIS',
  'js.find.mapFailed': 'The map could not be loaded. Enter your address, town or ZIP code instead.',

  // the budget's stages (their English words live with the process, in src/lib/budget/stages.ts)
  'stage.request': stageLabel('request'),
  'stage.governor': stageLabel('governor'),
  'stage.house_ways_and_means': stageLabel('house_ways_and_means'),
  'stage.house_final': stageLabel('house_final'),
  'stage.senate_ways_and_means': stageLabel('senate_ways_and_means'),
  'stage.senate_final': stageLabel('senate_final'),
  'stage.conference': stageLabel('conference'),
  'stage.enacted': stageLabel('enacted'),
  'stage.veto': stageLabel('veto'),
  'stage.override': stageLabel('override'),
  'stageExplain.governor': stageExplanation('governor'),
  'stageExplain.house_ways_and_means': stageExplanation('house_ways_and_means'),
  'stageExplain.house_final': stageExplanation('house_final'),
  'stageExplain.senate_ways_and_means': stageExplanation('senate_ways_and_means'),
  'stageExplain.senate_final': stageExplanation('senate_final'),
  'stageExplain.conference': stageExplanation('conference'),
  'stageExplain.enacted': stageExplanation('enacted'),
  'stageExplain.veto': stageExplanation('veto'),
  'stageExplain.override': stageExplanation('override'),
} satisfies Record<string, string>;

/** Every key of the site's catalogue; the other languages must give each one a value. */
export type SiteMessageKey = keyof typeof en;
export type SiteMessages = Record<SiteMessageKey, string>;
