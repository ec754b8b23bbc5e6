// The privacy page in English (src/components/pages/PrivacyPage.astro): each section's heading, then its points
// (`.N.label` in bold, then `.N.text`), then the retention table's rows. Part of en.ts.
export const privacyEn = {
  'privacy.title': 'Your data',
  'privacy.description':
    'What personal data this site keeps when you write to your legislators, pledge to mentor or sign up for budget ' +
    'alerts, for how long, and why.',
  'privacy.lede': 'We keep as little about you as we can, for as short a time as we can, and never sell or share it.',

  'privacy.letters.title': 'When you write to your legislators',
  'privacy.letters.1.label': 'What we send',
  'privacy.letters.1.text':
    'your letter, with your name, the address you gave and your email, to your own state representative and senator ' +
    'only, and a copy to you. Your email is the reply-to address, so their offices can answer you directly.',
  'privacy.letters.2.label': 'What we keep',
  'privacy.letters.2.text':
    'your letter and contact details until it is delivered, then for up to 90 days (to answer questions about ' +
    'delivery). After that the letter text and your street address are deleted automatically. We keep the date, ' +
    'your districts and whether the letter was delivered, so we can count letters per district.',
  'privacy.letters.3.label': 'If you tick "You may email me"',
  'privacy.letters.3.text':
    'we also keep your name and email to write to you about the campaign. Without that tick, your name and email ' +
    'are deleted with the letter text.',
  'privacy.letters.4.label': 'Limits against abuse',
  'privacy.letters.4.text':
    'we count letters per email address and per internet connection for a day. We store a one-way fingerprint (a ' +
    "salted hash) of your connection's address, never the address itself.",
  'privacy.letters.5.label': 'Finding your district',
  'privacy.letters.5.text':
    "a street address you type is sent to the US Census Bureau's geocoder to turn it into a map point; nothing else " +
    'about you is sent.',

  'privacy.requests.title': 'When a school or program asks for help',
  'privacy.requests.1.label': 'What we keep',
  'privacy.requests.1.text':
    'the request as you sent it (your name, role, organization, email, town, the help you want and your message), ' +
    'and we email it to our staff, with your email as the reply-to address.',
  'privacy.requests.2.label': 'For how long',
  'privacy.requests.2.text':
    '180 days after it arrived, once our staff have been emailed; then it is deleted automatically. Staff keep the ' +
    'email in their own mailbox to work with you.',

  'privacy.pledges.title': 'When you pledge to mentor',
  'privacy.pledges.1.label': 'What we keep',
  'privacy.pledges.1.text':
    'your name, email, the city or town and ZIP code you gave, your House and Senate districts, and the kinds of ' +
    'mentoring, ages and languages you ticked, with the dates you pledged and confirmed. A street address you type ' +
    'is used only to find your districts and is not kept.',
  'privacy.pledges.2.label': 'Why',
  'privacy.pledges.2.text':
    'to count your pledge, without your name, in your districts (the public counts show numbers per district ' +
    'only), and so {organization} staff can put you in touch with mentoring programs near you.',
  'privacy.pledges.3.label': 'How long',
  'privacy.pledges.3.text':
    'a pledge you do not confirm within 7 days is deleted with all its details. A confirmed pledge is kept until ' +
    'you withdraw it.',
  'privacy.pledges.4.label': 'Withdrawing',
  'privacy.pledges.4.text':
    'the email we send you has a link to withdraw your pledge at any time. It deletes your pledge and everything we ' +
    'keep with it, and it no longer counts.',
  'privacy.pledges.5.label': 'One pledge per person',
  'privacy.pledges.5.text':
    'we recognise a second pledge from the same email by a one-way fingerprint (a salted hash) of the address, ' +
    'never by storing the address in an index.',

  'privacy.calls.title': 'When you call your legislators',
  'privacy.calls.1.label': 'What we keep',
  'privacy.calls.1.text':
    'only a count: the campaign, the day, the legislator you called, their district and which button you tapped ' +
    '(talked to staff, left a voicemail, busy or no answer). Nothing about you: not your name, email, address, town ' +
    'or connection. The place you typed finds your legislators and is not stored.',
  'privacy.calls.2.label': 'Counting each call once',
  'privacy.calls.2.text':
    "so one person's taps count once per legislator and campaign, and to limit how many calls one connection can " +
    "count in an hour, we keep a keyed one-way fingerprint (an HMAC) of your connection's address, never the " +
    'address. It is deleted after {days} days.',
  'privacy.calls.3.label': 'The call itself',
  'privacy.calls.3.text':
    "is between you and the legislator's office: we do not place it, hear it or learn your phone number.",

  'privacy.alerts.title': 'When you sign up for budget alerts',
  'privacy.alerts.1.label': 'What we keep',
  'privacy.alerts.1.text':
    'your email, your name if you give it, the sentence you agreed to, and when you signed up and confirmed. If you ' +
    'give your town, ZIP code or address, we look up your House and Senate districts and keep only those, never the ' +
    'place you typed. Our records are filed under a one-way fingerprint (a salted hash) of your email, so signing ' +
    'up twice keeps one record.',
  'privacy.alerts.2.label': 'Confirming',
  'privacy.alerts.2.text':
    'we first send one email with a link to confirm. Until you confirm, we send nothing else. If you do not confirm ' +
    'within 7 days, your sign-up is deleted automatically.',
  'privacy.alerts.3.label': 'Unsubscribing',
  'privacy.alerts.3.text':
    "every email we send has an unsubscribe link. It opens a page with a button; pressing it (or your mail app's " +
    'own "unsubscribe") deletes your sign-up completely.',
  'privacy.alerts.4.label': 'Who sees it',
  'privacy.alerts.4.text':
    "{organization}'s staff can export the list of confirmed sign-ups to send budget alerts. Nobody else.",
  'privacy.alerts.5.label': 'Alert emails',
  'privacy.alerts.5.text':
    'each alert waits in our outgoing queue only until it is sent; if it cannot be sent, we keep it for 30 days so ' +
    'staff can see what failed, then delete it.',
  'privacy.alerts.6.label': 'Bounces and complaints',
  'privacy.alerts.6.text':
    'if an address bounces or its owner marks our email as spam, we stop emailing it. We keep only a one-way ' +
    'fingerprint (a salted hash) of that address, so we can recognise it, not read it.',

  'privacy.champions.title': 'When you thank a mentoring champion',
  'privacy.champions.text':
    'We email your thank-you, with your name, town and email, to that champion only; your email is the reply-to. We ' +
    'keep it for up to 90 days, then delete it.',

  'privacy.table.title': 'How long we keep what, at a glance',
  'privacy.table.caption': 'Personal data this site keeps, and when it is deleted',
  'privacy.table.what': 'What',
  'privacy.table.kept': 'Kept for',
  'privacy.table.then': 'Then',
  'privacy.row.1': "A letter's text, your street address|90 days|deleted automatically (daily)",
  'privacy.row.2':
    'Your name and email on a letter|90 days, or until you ask, if you ticked "You may email me"|deleted with the ' +
    'letter text unless you ticked it',
  'privacy.row.3':
    "Your districts, the date, whether the letter was delivered|for the campaign's counts|no name or contact detail " +
    'is attached',
  'privacy.row.4': 'An unconfirmed mentor pledge|7 days|deleted with all its details',
  'privacy.row.5':
    'A confirmed mentor pledge (name, email, town, districts, interests)|until you withdraw it|the link in our email ' +
    'deletes it at once',
  'privacy.row.6':
    "A call's count (campaign, day, legislator, district, outcome)|for the campaign's counts|nothing about the " +
    'caller is in it',
  'privacy.row.7':
    'The fingerprint (HMAC) of your connection that counts your call once|{days} days|deleted automatically (daily)',
  'privacy.row.8': 'An unconfirmed budget-alert sign-up|7 days|deleted automatically',
  'privacy.row.9':
    'A confirmed budget-alert sign-up (email, name if given, districts if you gave a place)|until you ' +
    'unsubscribe|the link in every alert deletes it at once',
  'privacy.row.10': 'An alert email we could not send|30 days|deleted automatically (daily)',
  'privacy.row.11':
    'A fingerprint of an address that bounced or complained|as long as we send email|a salted one-way hash: nothing ' +
    'more is sent to that address',
  'privacy.row.12': 'A thank-you to a mentoring champion|90 days|deleted automatically',
  'privacy.row.13': 'A technical-assistance request|180 days, once staff have it|deleted automatically (daily)',
  'privacy.row.14':
    'Fingerprints of your email and connection, for limits against abuse|up to two days|salted one-way hashes, ' +
    'never the addresses themselves; deleted automatically',
  'privacy.table.note':
    "These are the periods this site is set to; the organization can set them shorter (see the project's README).",

  'privacy.never.title': 'What we never do',
  'privacy.never.1':
    'No advertising trackers, no analytics scripts, no third-party cookies. Share buttons are plain links.',
  'privacy.never.2':
    'Nobody can use this site to email anyone but their own legislators (or a mentoring champion the organization ' +
    'names): we find the recipients from our own public data.',

  'privacy.questions.title': 'Questions or deletion',
  'privacy.questions.text': 'To have your data deleted sooner, or to ask what we hold, contact {organization}.',
} satisfies Record<string, string>;
