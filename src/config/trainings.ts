/**
 * The trainings Mass Mentoring Partnership offers schools and programs, by name. Their content is not described here
 * on purpose: the site only invites people to ask about them. The technical-assistance request form offers the same
 * list (plus "something else"), and the function validates against it.
 */
export const trainings = [
  { id: 'creating-connections', name: 'Creating Connections' },
  { id: 'healing-and-trauma-informed-care', name: 'Healing and Trauma-Informed Care' },
  { id: 'culturally-responsive-practices', name: 'Culturally Responsive Practices' },
  { id: 'success-mentors', name: 'Success Mentors' },
  { id: 'relational-school-model', name: 'Relational School Model' },
] as const;

export type TrainingId = (typeof trainings)[number]['id'];
