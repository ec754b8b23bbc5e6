// The letter status page (functions/letter-status.mts) in English; part of en.ts. The page speaks the language the
// letter was written in (its record keeps it), so the link in the sender's copy needs no language of its own.
export const letterStatusEn = {
  title: 'Where your letter is',
  lede: 'Your letter for {campaign}, sent on {date}.',
  states: {
    on_its_way: { label: 'On its way', explain: 'We are sending it, or their mail server has not confirmed it yet.' },
    delivered: { label: 'Delivered', explain: "Their office's mail server accepted it." },
    not_delivered: {
      label: 'Could not be delivered',
      explain: 'Their mail server refused it, or we had to give up. Our staff can see this and will check the address.',
    },
  },
  checkAgain: 'Check again',
  deliveredMeans: "Delivered means their office's mail server accepted it; whether they read it is up to them.",
  notFoundTitle: 'No letter here',
  notFoundText: 'This status link is not one we know. Please use the link in the copy of your letter we emailed you.',
  seeCampaigns: 'See the campaigns',
};
