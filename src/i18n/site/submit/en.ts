// The program submission pages in English (src/components/pages/ProgramSubmitPage.astro, ProgramReceivedPage.astro
// and src/components/ProgramSubmissionForm.astro); part of en.ts.
export const submitEn = {
  'submit.title': 'List your mentoring program',
  'submit.description': 'Ask {organization} to list your youth mentoring program in the directory, or to correct it.',
  'submit.crumb': 'List your program',
  'submit.lede':
    'Run a youth mentoring program in Massachusetts? Ask us to list it, or to correct its listing. Officials see ' +
    'the directory on their district pages, and volunteers are pointed to it after they pledge.',
  'submit.process':
    'We email you what we received. {organization} staff check each request before it is published; the listing ' +
    "then says it was made at the program's request, with the date. Your email is never published.",
  'submit.which': 'Is this a new listing or a correction?',
  'submit.new': 'A new listing',
  'submit.correct': 'Correct: {name}',
  'submit.name': 'Program name',
  'submit.organization': 'Organization that runs it',
  'submit.towns': 'Cities and towns where it mentors',
  'submit.townsHint': 'Separate them with semicolons, like "Lynn; Salem". Leave empty for a statewide program.',
  'submit.ages': 'Ages or grades of the young people',
  'submit.agesHint': 'For example "8-18" or "grades 6-8".',
  'submit.languages': 'Languages mentoring happens in',
  'submit.languagesHint': 'Separate them with commas. Optional.',
  'submit.website': 'Website',
  'submit.websiteHint': 'Optional. Starting with https://',
  'submit.email': 'Contact email',
  'submit.emailHint': 'For our staff only: it is never published.',
  'submit.kinds': 'Kinds of mentoring',
  'submit.kindsHint': 'Choose one or more.',
  'submit.message': 'Anything else',
  'submit.messageHint': 'What to correct, where you meet, who can volunteer. Optional.',
  'submit.consent':
    'I may speak for this program. {organization} may publish these details (not my email) and contact me about ' +
    'them.',
  'submit.send': 'Send request',
  'submit.thanks': 'Thank you: we have your request',
  'submit.thanksText': 'We emailed you what we received. Our staff check each request before the directory shows it.',
  'submit.receivedTitle': 'Request received',
  'submit.receivedText':
    'We emailed you what we received. Staff at {organization} check each request before the directory shows it.',
  'submit.twice':
    'Sent it twice? The same program from the same email is one request: the latest answers replace the earlier ones.',
  'submit.back': 'Back to the mentoring programs',
  'form.problem': 'There is a problem',
  'js.submit.offline': 'We could not reach the server. Check your connection and try again.',
};
