// The pages people land on after a form without JavaScript, in English: a letter's outcome, the thank-you letter,
// the budget-alert sign-up's steps, a champion thank-you's outcome and the finder's problems. Part of en.ts.
export const outcomesEn = {
  'letterThanks.back': 'Back to the campaign',
  'letterThanks.sent.title': 'Thank you: your letter is on its way',
  'letterThanks.sent.text':
    'We sent your letter to your legislators and a copy to you. Replies from their offices come straight to your ' +
    'inbox.',
  'letterThanks.queued.title': 'Thank you: your letter is queued',
  'letterThanks.queued.text':
    'We saved your letter and will send it to your legislators within the hour (our email service is busy right ' +
    'now). You will get a copy when it goes out.',
  'letterThanks.failed.title': 'We could not deliver your letter',
  'letterThanks.failed.text':
    'Your letter is saved, but it could not be delivered to every office. Our staff see every undelivered letter. ' +
    'You can also call your legislators: their phone numbers are on their pages.',
  'letterThanks.awaiting-confirmation.title': 'Check your email',
  'letterThanks.awaiting-confirmation.text':
    'We sent you a link to confirm your email address. Your letter goes out as soon as you confirm it.',
  'letterThanks.already-sent.title': 'You have already written in this campaign',
  'letterThanks.already-sent.text':
    'We had already received a letter from your email address for this campaign, so we did not send another one.',

  'thankYou.title': 'Say thank you: {campaign}',
  'thankYou.heading': 'Say thank you',
  'thankYou.description':
    'At the {stage} stage line item {lineItem} was funded at {amount}. Thank your own legislators.',
  'thankYou.lede':
    'At the {stage} stage of the {fiscalYear} budget, line item {lineItem} was funded at {amount}. Thank your own ' +
    'legislators for it.',
  'thankYou.formTitle': 'Your thank-you letter',

  'signupStatus.check-email.title': 'Check your email',
  'signupStatus.check-email.text':
    'We sent you a link to confirm your budget alerts. Nothing else is sent until you confirm. If it does not ' +
    'arrive within a few minutes, look in your spam folder. An unconfirmed sign-up is deleted after 7 days.',
  'signupStatus.confirmed.title': 'You are signed up for budget alerts',
  'signupStatus.confirmed.text':
    'Thank you. We will email you when line item {lineItem} moves in the state budget. Every email has a link to ' +
    'unsubscribe.',
  'signupStatus.unsubscribed.title': 'You are unsubscribed',
  'signupStatus.unsubscribed.text':
    'We deleted your sign-up: you will get no more budget alert emails from us. You can still follow the alerts on ' +
    'this site and in their RSS feed.',
  'signupStatus.alerts': 'Budget alerts',
  'signupStatus.budget': 'Where the budget stands now',

  'championThanks.sent.title': 'Thank you: your thank-you is on its way',
  'championThanks.sent.text': 'We emailed your thank-you to the champion, with your email as the reply-to.',
  'championThanks.queued.title': 'Thank you: your thank-you is saved',
  'championThanks.queued.text':
    'We saved your thank-you, but our email service is busy right now. Send the form again later to retry: it will ' +
    'not be sent twice.',
  'championThanks.failed.title': 'We could not deliver your thank-you',
  'championThanks.failed.text': 'Your thank-you is saved, but the email service refused it. Our staff can see it.',
  'championThanks.already-sent.title': 'You have already said thank you',
  'championThanks.already-sent.text':
    'We had already sent a thank-you from your email address to this champion, so we did not send another one.',
  'championThanks.champions': 'Mentoring champions',

  'findProblem.check-input.title': 'Tell us where you live',
  'findProblem.check-input.text':
    'We need a street address with its city, town or ZIP code, or just your city or town, ZIP code (five digits) ' +
    'or Boston ward.',
  'findProblem.unknown-place.title': 'We do not know that place',
  'findProblem.unknown-place.text':
    'We could not find that city, town or ZIP code in Massachusetts. Check the spelling, or try your ZIP code or ' +
    'street address. Boston wards apply only to Boston.',
  'findProblem.choose-again.title': 'Those districts do not fit together',
  'findProblem.choose-again.text':
    'The districts chosen do not match the place you gave, or the House and Senate districts do not meet. Please ' +
    'look them up again.',
  'findProblem.not-found.title': 'We could not find that address',
  'findProblem.not-found.text':
    'The address service did not recognise that street address. Check it, or choose your city or town, or enter ' +
    'your ZIP code instead.',
  'findProblem.outside-massachusetts.title': 'That is outside Massachusetts',
  'findProblem.outside-massachusetts.text':
    'This toolkit finds Massachusetts state legislators only. If you live in Massachusetts, check the address, town ' +
    'or ZIP code.',
  'findProblem.address-service-down.title': 'We cannot check street addresses just now',
  'findProblem.address-service-down.text':
    'The US Census Bureau’s address service did not answer. Choose your city or town or enter your ZIP code ' +
    'instead: that is often enough, and when it is not we will show you the districts to pick from.',
  'findProblem.places-disagree.title': 'Your address and town do not agree',
  'findProblem.places-disagree.text':
    'We found that street address in another city or town than the one you gave. Check the street and the town, ' +
    'or give just your city or town: when it is split, we will show you the districts to pick from.',
  'findProblem.tryAgain': 'Try again: where do you live?',
} satisfies Record<string, string>;
