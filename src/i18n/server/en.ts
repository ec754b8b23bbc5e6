/**
 * What the functions say, in English: the source every other language follows. Its shape is the catalogue's type;
 * es.ts and pt.ts must have every key, with the same `{placeholders}` (tests/i18n/server-catalogue.test.ts).
 * English here is byte-for-byte what the functions said before there was a catalogue, so English replies do not change.
 */
import type { ReviewStatus } from '../locales.ts';
import { finderEn } from './finder-en.ts';
import { requestFlowsEn, requestsEn } from './requests-en.ts';

export const en = {
  review: { status: 'source', note: 'The English source, written with the code.' } satisfies ReviewStatus,
  page: {
    skipLink: 'Skip to main content',
    backHint: "Use your browser's {back} button to fix this: what you typed is still there. Or {startAgain}.",
    back: 'Back',
    startAgain: 'start again',
  },
  fixes: {
    title: 'Some answers need fixing',
    intro: 'Please fix these answers:',
    message: 'Some answers need fixing.',
  },
  errors: {
    notConfigured: 'This site is not fully set up yet. Please try again later.',
    tryLaterTitle: 'Please try again later',
    tryAgainSoonTitle: 'Please try again in a few minutes',
  },
  chambers: { house: 'House', senate: 'Senate' },
  titles: { house: 'Representative', senate: 'Senator' },
  flows: {
    letters: {
      fixes: {
        title: 'Your letter needs a few fixes',
        intro: 'We could not send your letter yet:',
        message: 'Your letter needs a few fixes.',
      },
      labels: {
        name: 'Your name',
        email: 'Your email',
        message: 'Your letter',
        story: 'Your story',
        address: 'Your address',
        street: 'Street address',
        town: 'Town',
        zip: 'ZIP code',
        location: 'Where you live',
        campaign: 'Campaign',
        kind: 'Letter',
        website: 'Website',
      },
      noCampaign: 'There is no letter campaign with that name.',
      noThankYouTitle: 'No thank-you is due now',
      noThankYou:
        'No thank-you letter is due at this stage of the budget. You can still write to ask for the line ' +
        'item’s funding.',
      unexpected: 'Something went wrong on our side. Please try again in a minute: your letter will not be sent twice.',
      rateLimited: 'Too many letters from here for now. Please try again later.',
      confirmEmailFailed:
        'We saved your letter but could not email you the confirmation link just now. Please send the form ' +
        'again in a few minutes: you will not write twice.',
      noRecipientsTitle: 'No one to send this letter to',
      vacantSeat: 'the {district} {chamber} seat',
      vacant: '{seats} is vacant, so there is no legislator to send this letter to yet.',
      noOne: 'There is no one to write to, so there is no legislator to send this letter to yet.',
      and: ' and ',
    },
    pledges: {
      fixes: {
        title: 'Your pledge needs a few fixes',
        intro: 'We could not take your pledge yet:',
        message: 'Your pledge needs a few fixes.',
      },
      labels: {
        name: 'Your name',
        email: 'Your email',
        street: 'Street address',
        town: 'Town',
        zip: 'ZIP code',
        location: 'Where you live',
        types: 'Kinds of mentoring',
        ages: 'Ages',
        languages: 'Languages',
        consent: 'Your agreement',
        campaign: 'Campaign',
        website: 'Website',
      },
      noCampaign: 'There is no pledge campaign with that name.',
      submit: 'Pledge to mentor',
      unexpected: 'Something went wrong on our side. Please try again in a minute: you will not pledge twice.',
      rateLimited: 'Too many pledges from here for now. Please try again later.',
    },
    alertSignups: {
      fixes: {
        title: 'Your sign-up needs a fix',
        intro: 'We could not sign you up yet:',
        message: 'Your sign-up needs a fix.',
      },
      labels: {
        email: 'Your email',
        name: 'Your name',
        place: 'Your town, ZIP code or address',
        consent: 'Agreement',
        website: 'Website',
      },
      rateLimited: 'Too many sign-ups from here for now. Please try again later.',
      emailFailed:
        'We saved your sign-up but could not email you the confirmation link just now. Please send the form ' +
        'again in a few minutes.',
    },
    calls: {
      fixes: {
        title: 'We could not count your call',
        intro: 'Some details were missing:',
        message: 'Some details were missing.',
      },
      labels: { campaign: 'Campaign', legislator: 'Legislator', outcome: 'How the call went', town: 'Town' },
    },
    ...requestFlowsEn,
  },
  finder: finderEn,
  requests: requestsEn,
  chooseDistrict: {
    title: 'Which district do you live in?',
    street: 'Your street address',
    streetHint: 'For example 24 Beacon St. We use it only to find your district.',
    orChoose: 'Or, if you know it, choose your district:',
    legend: 'Your {chamber} district',
    sendLetter: 'Send my letter',
    notFoundTitle: 'We could not find your district',
  },
  callSheet: {
    title: 'Call your legislators: {campaign}',
    heading: 'Call your legislators',
    home: 'Home',
    lede:
      '{campaign}: your own legislators for the {house} House district and the {senate} Senate district. A ' +
      'call takes two minutes: say the script below in your own voice.',
    hours: 'Hours:',
    scriptNote: 'The script is in English.',
    stageNote:
      'The line item is before the {committee}{chair}. You still call your own legislators: the script asks ' +
      "them to urge the committee's chair to fund it.",
    chairedBy: ', chaired by {chair}',
    thanksTitle: 'Thank you for calling.',
    alreadyTitle: 'Already counted.',
    thanks: 'Your call to {legislator} is counted: {outcome}. We keep only the count, nothing about you.',
    already: 'We count one call to {legislator} per person in this campaign.',
    vacantTitle: 'The {district} {chamber} seat is vacant',
    vacantText: 'There is no {role} to call for your district until the seat is filled.',
    roles: { house: 'state representative', senate: 'state senator' },
    yourRole: 'Your {role}, {district} district.',
    about: 'About {name}',
    stateHouseOffice: 'State House office',
    districtOffice: 'District office',
    callLabel: 'Call {whose}: {number}',
    whoseStateHouse: "{legislator}'s State House office",
    whoseDistrict: "{legislator}'s district office",
    noPhone: 'We have no phone number for this office.',
    otherWays: 'Other ways to reach {name}',
    whatToSay: 'What to say',
    howDidItGo: 'After your call to {legislator}: how did it go?',
    counted: 'Counted: {outcome}. Thank you.',
    countedAlready: 'Your call to this office was already counted: we count one per person.',
    outcomes: {
      talked_to_staff: { button: 'I talked to staff', done: 'you talked to staff' },
      left_voicemail: { button: 'I left a voicemail', done: 'you left a voicemail' },
      no_answer: { button: 'Busy or no answer', done: 'the line was busy or nobody answered' },
    },
    whatNext: 'What next',
    writeToo: 'Write to them too',
    writeTooAfter: ': a letter in your own words, {campaign}.',
    pledge: 'Pledge to mentor',
    pledgeAfter: ' a young person: {campaign}.',
    alerts: 'Get budget alerts by email',
    alertsAfter: ', so you know when the next call matters.',
    askFriend: 'Ask a friend to call too',
    shareText: 'I called my legislators for {campaign}. It takes two minutes: will you call yours?',
    shareSubject: 'Call your legislators: {campaign}',
    backTo: 'Back to {campaign}',
    noSuchCall: 'No such call',
    noSuchCallText: 'There is no campaign with a call by that name.',
    allCampaigns: 'All campaigns',
    whereFirst: 'Tell us where you live, so we can find your own legislators.',
    showWho: 'Show who to call',
  },
  pledgeStatus: {
    'check-email': {
      title: 'Thank you: now check your email',
      text: 'We sent you a link to confirm your pledge. It counts once you confirm it; the link works for a week.',
    },
    'email-delayed': {
      title: 'Thank you: your confirmation email is on its way',
      text:
        'We saved your pledge. Our mail service is slow just now, so the link to confirm it may take a few ' +
        'minutes to arrive; we keep trying until it goes. It counts once you confirm it.',
    },
    'already-emailed': {
      title: 'Check your email',
      text:
        'You pledged a few minutes ago and we already sent you the link to confirm it, so we did not send ' +
        'another. If it is not in your inbox, look in your spam folder, or pledge again in ten minutes.',
    },
    'already-pledged': {
      title: 'You have already pledged',
      text: 'You already pledged to mentor in this campaign and confirmed it, so it is counted once. Thank you!',
    },
    confirmed: {
      title: 'Thank you: your pledge is confirmed',
      text:
        'Your pledge is counted, without your name, in your House and Senate districts. The email we sent you' +
        ' has a link to withdraw it at any time.',
    },
  },
  pledgeThanks: {
    where: {
      house: 'in your House district',
      senate: 'in your Senate district',
      town: 'in your town',
      near: 'nearby',
      statewide: 'statewide',
    },
    lessThanMile: 'less than a mile',
    miles: '{n} miles',
    acrossMassachusetts: 'across Massachusetts',
    notChosen: '; not what you chose, the nearest we list',
    houseDistrict: 'the {district} House district',
    senateDistrict: 'the {district} Senate district',
    yourArea: 'your area',
    noPrograms: 'Our directory lists no mentoring program in {places} yet.',
    nextStep: 'Next step: mentoring programs near you',
    nearestFirst: 'Programs that fit what you chose, nearest to {places} first:',
    browse: 'Browse the whole mentoring program directory',
    browseAfter: ' by town, type and ages.',
    askFriend: 'Ask a friend to pledge too',
    counted: 'Every confirmed pledge is counted on the {map}, in the districts of the person who made it.',
    map: 'pledge map',
    backTo: 'Back to {campaign}',
    shareText: 'I pledged to mentor a young person: {campaign}. Will you?',
    shareSubject: 'Will you mentor a young person? {campaign}',
    share: {
      email: 'Email a friend',
      text: 'Send a text',
      whatsapp: 'Share on WhatsApp',
      x: 'Post on X',
      facebook: 'Share on Facebook',
    },
  },
  links: {
    deadTitle: 'This link does not work',
    expired: 'This confirmation link has expired (links last a week).',
    startAgain: {
      letter: 'See our campaigns to write your letter again.',
      pledge: 'See our campaigns to pledge again.',
      alerts: 'Sign up for budget alerts again, or follow the alerts page and its RSS feed.',
    },
    letter: {
      invalid: 'This confirmation link is not valid.',
      after: 'Please write your letter again.',
      incomplete:
        'The confirmation link is incomplete. Copy the whole link from the email, or write your letter again.',
      title: 'Confirm your letter',
      lede: 'One click and we send your letter to your legislators.',
      button: 'Confirm and send my letter',
    },
    pledge: {
      invalid: 'This confirmation link is not valid, or the pledge was withdrawn.',
      after: 'You are welcome to pledge again.',
      incomplete: 'The confirmation link is incomplete. Copy the whole link from the email.',
      title: 'Confirm your pledge',
      heading: 'Confirm your pledge to mentor',
      lede: 'One click and your pledge counts, without your name, in your House and Senate districts.',
      button: 'Confirm my pledge',
    },
    withdraw: {
      gone:
        'This pledge has already been withdrawn (or its link was never confirmed and has expired): we hold ' +
        'nothing about it.',
      incomplete: 'The withdraw link is incomplete. Copy the whole link from the email.',
      title: 'Withdraw your pledge',
      heading: 'Withdraw your pledge to mentor',
      lede:
        'This deletes your pledge and everything we keep with it: your name, email, town, districts and ' +
        'interests. It no longer counts.',
      button: 'Withdraw my pledge and delete my details',
      doneTitle: 'Your pledge is withdrawn',
      doneText:
        'We deleted your pledge and your details, and it no longer counts. Thank you for considering mentoring.',
      back: 'Back to the campaign',
    },
    alerts: {
      invalid: 'This confirmation link is not valid: it may be from an older email, or the sign-up was removed.',
      after: 'Please sign up again.',
      incomplete: 'The confirmation link is incomplete. Copy the whole link from the email.',
      title: 'Confirm your budget alerts',
      lede: 'One click and you will get an email when the budget moves.',
      button: 'Confirm my budget alerts',
    },
    unsubscribe: {
      invalid: 'This unsubscribe link is not valid.',
      invalidPage: 'This unsubscribe link is not valid. Copy the whole link from the email.',
      incomplete: 'The unsubscribe link is incomplete. Copy the whole link from the email.',
      title: 'Unsubscribe from budget alerts',
      lede: 'Press the button and we delete your sign-up: no more budget alert emails.',
      button: 'Unsubscribe',
    },
    thanksNeedsLink: 'This page needs the link our form sends you to.',
  },
  email: {
    hello: 'Hello {name},',
    helloNoName: 'Hello,',
    alertFooter: 'You get this email because this address signed up for budget alerts at {page}. Unsubscribe: {link}',
    alertFooterHtml: 'You get this email because this address signed up for budget alerts. {unsubscribe}.',
    unsubscribe: 'Unsubscribe',
    alert: {
      yourRepresentative: 'Your representative is {name} ({district}).',
      yourSenator: 'Your senator is {name} ({district}).',
      vacantSeat: 'The {district} {chamber} seat is vacant.',
      readAlert: 'Read the alert',
      writeNow: 'Write to them now',
      findAndWrite: 'Find your legislators and write to them',
      readWhole: 'Read the whole alert',
      footer: 'You get this email because this address signed up for budget alerts at {page}.',
      englishOnly: 'This alert is in English only for now.',
    },
    pledgeConfirm: {
      subject: 'Confirm your pledge to mentor',
      thanks: 'Thank you for pledging to mentor ({campaign}). Please confirm your pledge: it counts only once you do.',
      confirmLink: 'Confirm my pledge',
      until: 'The link works until {date}. If you do not confirm, your pledge and your details are deleted then.',
      changedMind: 'Changed your mind? Withdraw your pledge and delete your details at any time, with this link:',
      changedMindHtml: 'Changed your mind? {link}, at any time.',
      withdrawLink: 'Withdraw my pledge and delete my details',
      notYou: 'If you did not pledge, ignore this email: nothing is counted and your address is deleted within a week.',
    },
    letterConfirm: {
      subject: 'Confirm your letter to your legislators',
      ask: 'Please confirm your email address so we can send your letter to {names}:',
      button: 'Confirm and send my letter',
      notYou: 'If you did not write this letter, ignore this email: nothing will be sent.',
    },
    senderCopy: {
      subject: 'Your letter: {subject}',
      intro:
        'Thank you for writing to {names}. Here is a copy of what we sent on your behalf. Replies from their ' +
        'offices come straight to you.',
      subjectLine: 'Subject:',
      to: 'To {name}:',
      campaign: 'Campaign:',
      englishNote: 'Your letter went to the offices in English, as written below.',
    },
    alertConfirm: {
      subject: 'Confirm your budget alerts',
      ask:
        'Please confirm that you want budget alerts about line item 7061-9634, Mentoring Matching Grants. The' +
        ' link opens a page with a button: nothing is confirmed until you press it.',
      notYou: 'If you did not sign up, ignore this email: an unconfirmed sign-up is deleted after 7 days.',
      button: 'Confirm my budget alerts',
    },
    alertAlready: {
      subject: 'You already get our budget alerts',
      text:
        'Someone (probably you) asked to sign this address up for budget alerts about line item 7061-9634. It' +
        ' is already signed up, so nothing has changed.',
    },
    alertWelcome: {
      subject: 'You are signed up for budget alerts',
      text:
        'Thank you. We will email you when line item 7061-9634, Mentoring Matching Grants, moves in the state' +
        ' budget and when your legislators need to hear from you.',
    },
  },
  /**
   * Field messages. English keys the schemas' own words (src/lib/schemas, and zod's defaults set in zod.ts); a message
   * is matched by its English text, placeholders and all, and said again in the person's language.
   */
  validation: {
    fillIn: 'Fill in this field',
    unreadable: 'This answer is not in a form we can read',
    atLeastChars: 'Use at least {n} characters',
    atMostChars: 'Use at most {n} characters',
    chooseAtLeastOne: 'Choose at least one',
    emailLike: 'Enter an email address like name@example.com',
    emailLikeOrg: 'Enter an email address like name@example.org',
    chooseOption: 'Choose one of the options',
    enterName: 'Enter your name',
    nameTooLong: 'Use at most 100 characters for your name',
    nameOneLine: 'Your name must be on one line',
    nameNoBrackets: 'Your name cannot contain < or >',
    enterEmail: 'Enter your email address',
    emailTooLong: 'That email address is too long',
    writeLetter: 'Write your letter',
    letterMin: 'Your letter needs at least {n} characters',
    letterMax: 'Your letter can be at most {n} characters',
    letterChars: 'Your letter contains characters we cannot send',
    writeStory: 'Write your story',
    storyMax: 'Your story can be at most {n} characters',
    storyChars: 'Your story contains characters we cannot send',
    leaveWebsite: 'Leave the "Website" field empty',
    chooseKinds: 'Choose kinds of mentoring from the list',
    chooseAges: 'Choose ages from the list',
    languagesWords: 'List languages as words, separated by commas',
    languageWord: 'Write each language as a word of at most 40 letters, separated by commas',
    languagesMax: 'List at most 10 languages',
    pledgeConsent: 'Tick the box to agree that we keep your pledge',
    alertsConsent: 'Tick the box to agree to receive budget alert emails',
    placeShort: 'Keep it under 160 characters',
    placeOneLine: 'Keep it on one line',
    linkInvalid: 'This link is not valid',
    confirmLinkInvalid: 'This confirmation link is not valid',
    tooLong: 'is too long',
    slug: 'must be a lower-case slug',
    districtId: 'must be a district id like ma-house-050 or ma-senate-03',
    atMostN: 'must be at most {n} characters',
    number: 'must be a number',
    numberRange: 'must be a number from {min} to {max}',
    zip: 'must be a 5-digit ZIP code',
    bothCoordinates: 'give both latitude and longitude',
    streetTown: 'add the city or town, or the ZIP code, of your street address',
    someLocation: 'enter your street address, or your city, town or ZIP code',
    enterTown: 'Enter your city or town',
    townTooLong: 'Use at most 80 characters for your town',
    townOneLine: 'Your town must be on one line',
    townNoBrackets: 'Your town cannot contain < or >',
    notCampaign: 'is not a campaign with a call',
    // the request forms' schemas (program submissions, technical-assistance requests)
    keepUnder: 'Keep this under {n} characters',
    listAsWords: 'List them as words',
    keepEachUnder: 'Keep each one under {n} characters',
    townsMax: 'List at most {n} towns, or none for a statewide program',
    notTown: '"{town}" is not a Massachusetts city or town',
    programName: "Enter the program's name",
    organizationRuns: 'Enter the organization that runs it',
    chooseKind: 'Choose at least one kind of mentoring',
    chooseFromList: 'Choose from the list',
    agesGrades: 'Enter the ages or grades you serve, like 8-18 or grades 6-8',
    webAddress: 'Enter a web address starting with https://',
    keepShort: 'Keep this short',
    contactEmail: 'Enter a contact email',
    listConsent: 'Tick the box to agree that we list the program and may contact you',
    oneLineNoSpecial: 'Keep this on one line, without special characters',
    yourSchool: 'Enter your school or organization',
    yourRole: 'Enter your role, for example teacher, principal or program director',
    townFromList: 'Enter a Massachusetts city or town from the list',
    chooseHelp: 'Choose at least one kind of help',
    messageUnder: 'Keep your message under {n} characters',
    contactConsent: 'Tick the box so we may contact you about this request',
    whatHelp: 'Tell us what help you need',
  },
  /** For a message no key above matches (a schema added later): the kind, never zod's own words. */
  generic: {
    fillIn: 'Fill in this field',
    unreadable: 'This answer is not in a form we can read',
    tooShort: 'This answer is too short',
    tooLong: 'This answer is too long',
    chooseOption: 'Choose one of the options',
    fix: 'Check this answer',
  },
};
