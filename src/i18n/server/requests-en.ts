/**
 * What the request forms' functions say, in English: champion thank-yous, program submissions and
 * technical-assistance requests (their form flows' words, the pages they share, the submitter's confirmation email).
 * Part of the functions' catalogue: `flows` takes the three flows, `requests` the rest. Byte-for-byte the English
 * the functions said before there was a catalogue. Emails to staff and letters to offices stay English: not here.
 */
export const requestFlowsEn = {
  championThanks: {
    fixes: {
      title: 'Your thank-you needs a fix',
      intro: 'We could not send your thank-you yet:',
      message: 'Your thank-you needs a fix.',
    },
    labels: {
      champion: 'Champion',
      name: 'Your name',
      email: 'Your email',
      town: 'Your city or town',
      website: 'Website',
    },
  },
  programSubmissions: {
    fixes: {
      title: 'Some answers need fixing',
      intro: 'We could not send your request yet. Please fix these answers:',
      message: 'Some answers need fixing.',
    },
    labels: {
      name: 'Program name',
      organization: 'Organization',
      program: 'Listing to correct',
      towns: 'Cities and towns',
      kinds: 'Kinds of mentoring',
      ages: 'Ages or grades',
      languages: 'Languages',
      website: 'Website',
      email: 'Contact email',
      message: 'Anything else',
      consent: 'Agreement',
    },
  },
  taRequests: {
    fixes: {
      title: 'Some answers need fixing',
      intro: 'We could not send your request yet. Please fix these answers:',
      message: 'Some answers need fixing.',
    },
    labels: {
      name: 'Your name',
      organization: 'School or organization',
      role: 'Your role',
      email: 'Email',
      town: 'City or town',
      help: 'Help wanted',
      message: 'Message',
      consent: 'Permission to contact you',
    },
  },
};

export const requestsEn = {
  championThanks: {
    noSuchChampionTitle: 'No such champion',
    noSuchChampion: 'That legislator is not on the list of mentoring champions.',
    rateLimited: 'Too many thank-yous from here for now. Please try again later.',
    failed: 'We saved your thank-you but the email service refused it. Our staff can see it.',
    unexpected:
      'Something went wrong on our side. Please try again in a minute: your thank-you will not be sent twice.',
  },
  /** a request that could not be stored, or one connection sending too many (src/server/store-then-notify.ts) */
  stored: {
    notSentTitle: 'Your request was not sent',
    notSaved: 'We could not save your request just now. Please try again in a few minutes.',
    backToForm: 'Back to the form',
    rateLimited: 'Too many requests from here for now. Please try again later.',
  },
  programSubmissions: {
    unexpected: 'Something went wrong on our side. Please try again in a minute: the same request is never kept twice.',
  },
  taRequests: {
    unexpected: 'Something went wrong on our side. Please try again in a minute: your request will not be sent twice.',
  },
  /** the email a program's contact gets: what we received, and what happens next */
  submissionEmail: {
    subject: 'We received your request: {name}',
    thanks: 'Thank you: we received your request to list {what}.',
    correction: 'a correction to the listing of {name}',
    listing: '{name} in the directory',
    program: 'Program: {value}',
    organization: 'Organization: {value}',
    towns: 'Towns: {value}',
    statewide: 'statewide',
    kinds: 'Kinds of mentoring: {value}',
    /** the kinds as the form's values: English shows them as they are */
    kindNames: {
      'school-based': 'school-based',
      'site-based': 'site-based',
      community: 'community',
      workplace: 'workplace',
      'e-mentoring': 'e-mentoring',
    },
    ages: 'Ages: {value}',
    languages: 'Languages: {value}',
    website: 'Website: {value}',
    notGiven: 'not given',
    check: 'Our staff check each request before it is published;',
    then: "the listing will then say it was made at the program's request.",
    notYou: 'If you did not send this, ignore this email: nothing is published without our review.',
  },
};
