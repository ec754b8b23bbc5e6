import { describe, expect, it } from 'vitest';
import {
  helpTopicLabels,
  helpTopics,
  massachusettsTowns,
  taRequestSchema,
} from '../../../src/lib/schemas/ta-request.ts';
import { trainings } from '../../../src/config/trainings.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const request = {
  name: 'Ana Díaz',
  organization: 'Holland Elementary',
  role: 'Principal',
  email: 'ana@example.org',
  town: 'Boston',
  help: ['success-mentors'],
  consent: true,
};
const parse = (over: Record<string, unknown>) => taRequestSchema.safeParse({ ...request, ...over });

describe('what a school or program can ask for', () => {
  it('is each training by name, or something else', () => {
    expect(helpTopics).toEqual([...trainings.map((t) => t.id), 'other']);
    expect(helpTopicLabels['success-mentors']).toBe('Success Mentors');
    expect(helpTopicLabels.other).toBe('Something else');
  });

  it('comes from any of the 351 cities and towns', () => {
    expect(massachusettsTowns).toHaveLength(351);
    expect(massachusettsTowns).toContain('Manchester-by-the-Sea');
  });
});

describe('a technical-assistance request', () => {
  it('is accepted with its answers trimmed, no message, and each help topic once', () => {
    const r = taRequestSchema.parse({ ...request, name: ' Ana Díaz ', help: ['success-mentors', 'success-mentors'] });
    expect(r).toEqual({ ...request, help: ['success-mentors'], message: '' });
  });

  it('spells the town as the official list does, whatever case it was typed in', () => {
    expect(parse({ town: '  manchester-BY-the-sea ' }).data?.town).toBe('Manchester-by-the-Sea');
  });

  it('refuses a town that is not in Massachusetts', () => {
    expect(messagesFor(parse({ town: 'Providence' }), 'town')).toEqual([
      'Enter a Massachusetts city or town from the list',
    ]);
    expect(messagesFor(parse({ town: ' ' }), 'town')).toEqual(['Enter your city or town']);
  });

  it('asks for each missing answer in its own words', () => {
    const r = taRequestSchema.safeParse({ name: '', organization: '', role: '', email: '', town: 'Boston', help: [] });
    expect(problems(r)).toEqual([
      ['name', 'Enter your name'],
      ['organization', 'Enter your school or organization'],
      ['role', 'Enter your role, for example teacher, principal or program director'],
      ['email', 'Enter an email address like name@example.org'],
      ['help', 'Choose at least one kind of help'],
      ['consent', 'Tick the box so we may contact you about this request'],
    ]);
  });

  it('refuses help that is not on the list', () => {
    expect(messagesFor(parse({ help: ['success-mentors', 'free-money'] }), 'help')).toEqual(['Choose from the list']);
  });

  it('needs a message when the help wanted is "something else"', () => {
    expect(problems(parse({ help: ['other'] }))).toEqual([['message', 'Tell us what help you need']]);
    expect(parse({ help: ['other'], message: 'A talk for parents.' }).success).toBe(true);
  });

  it('keeps answers short enough for one readable email', () => {
    expect(messagesFor(parse({ organization: 'x'.repeat(201) }), 'organization')).toEqual([
      'Keep this under 200 characters',
    ]);
    expect(messagesFor(parse({ name: 'x'.repeat(121) }), 'name')).toEqual(['Keep this under 120 characters']);
    expect(messagesFor(parse({ message: 'x'.repeat(3001) }), 'message')).toEqual([
      'Keep your message under 3000 characters',
    ]);
  });

  it('takes consent only as true: a form’s "on" is turned into true before parsing', () => {
    expect(messagesFor(parse({ consent: 'on' }), 'consent')).toEqual([
      'Tick the box so we may contact you about this request',
    ]);
  });
});
