import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftNotice } from '../components/draft-notice';
import { renderWithProviders } from '../test/render';
import { clearFormDrafts, draftKey, readDraft, useFormDraft } from './form-draft';

interface NoteValues {
  note: string;
  duration: string;
}
const empty = (): NoteValues => ({ note: '', duration: '' });

/** A form as the app writes them: react-hook-form, the draft hook, the notice, a reset after sending. */
function NoteForm({ caseId, onSent = () => {} }: { caseId: string; onSent?: (values: NoteValues) => void }) {
  const form = useForm<NoteValues>({ defaultValues: empty() });
  const draft = useFormDraft(form, draftKey('note', caseId));
  const onSubmit = form.handleSubmit((values) => {
    onSent(values);
    draft.clear();
    form.reset(empty());
  });
  return (
    <form onSubmit={onSubmit}>
      <DraftNotice draft={draft} />
      <label>
        Note
        <textarea {...form.register('note')} />
      </label>
      <label>
        Durée
        <input {...form.register('duration')} />
      </label>
      <button type="button" onClick={() => form.setValue('duration', '45')}>
        45 min
      </button>
      <button type="submit">Envoyer</button>
    </form>
  );
}

const CASE_A = '00000000-0000-4000-8000-00000000000a';
const CASE_B = '00000000-0000-4000-8000-00000000000b';

describe('useFormDraft', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps what is typed in sessionStorage, keyed by form and case, never in localStorage', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NoteForm caseId={CASE_A} />);
    await user.type(screen.getByLabelText('Note'), 'Visite faite');
    await user.click(screen.getByRole('button', { name: '45 min' }));

    expect(readDraft<NoteValues>(draftKey('note', CASE_A))).toEqual({ note: 'Visite faite', duration: '45' });
    expect(sessionStorage.key(0)).toBe(`percee:draft:note:${CASE_A}`);
    expect(localStorage.length).toBe(0);
    // Nothing restored on a first visit.
    expect(screen.queryByText('Brouillon repris')).toBeNull();
  });

  it('puts the draft back after a reload, says so, and discards it on request', async () => {
    const user = userEvent.setup();
    const first = renderWithProviders(<NoteForm caseId={CASE_A} />);
    await user.type(screen.getByLabelText('Note'), 'Le propriétaire accepte');
    first.unmount();

    renderWithProviders(<NoteForm caseId={CASE_A} />);
    expect(await screen.findByText('Brouillon repris')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Il n’est pas encore enregistré.');
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Le propriétaire accepte');

    await user.click(screen.getByRole('button', { name: 'Effacer le brouillon' }));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByText('Brouillon repris')).toBeNull();
    expect(readDraft(draftKey('note', CASE_A))).toBeNull();
  });

  it('does not mix the drafts of two cases', async () => {
    const user = userEvent.setup();
    const first = renderWithProviders(<NoteForm caseId={CASE_A} />);
    await user.type(screen.getByLabelText('Note'), 'Pour A');
    first.unmount();

    renderWithProviders(<NoteForm caseId={CASE_B} />);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByText('Brouillon repris')).toBeNull();
    expect(readDraft<NoteValues>(draftKey('note', CASE_A))?.note).toBe('Pour A');
  });

  it('forgets the draft once the form is sent, and the reset that follows writes none', async () => {
    const user = userEvent.setup();
    const sent: NoteValues[] = [];
    const first = renderWithProviders(<NoteForm caseId={CASE_A} onSent={(values) => sent.push(values)} />);
    await user.type(screen.getByLabelText('Note'), 'Appel');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));

    expect(sent).toEqual([{ note: 'Appel', duration: '' }]);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
    expect(readDraft(draftKey('note', CASE_A))).toBeNull();
    first.unmount();
    renderWithProviders(<NoteForm caseId={CASE_A} />);
    expect(screen.queryByText('Brouillon repris')).toBeNull();
  });

  it('ignores a draft that is not JSON, and keeps fields the draft lacks', async () => {
    sessionStorage.setItem(draftKey('note', CASE_A), '{not json');
    const first = renderWithProviders(<NoteForm caseId={CASE_A} />);
    expect(screen.queryByText('Brouillon repris')).toBeNull();
    expect(sessionStorage.getItem(draftKey('note', CASE_A))).toBeNull();
    first.unmount();

    sessionStorage.setItem(draftKey('note', CASE_A), JSON.stringify({ note: 'Ancien brouillon' }));
    renderWithProviders(<NoteForm caseId={CASE_A} />);
    expect(await screen.findByText('Brouillon repris')).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Ancien brouillon');
    expect((screen.getByLabelText('Durée') as HTMLInputElement).value).toBe('');
  });

  it('clearFormDrafts removes every draft of the tab and nothing else (sign-out)', () => {
    sessionStorage.setItem(draftKey('note', CASE_A), '{}');
    sessionStorage.setItem(draftKey('contact', CASE_B), '{}');
    sessionStorage.setItem('something-else', 'kept');
    clearFormDrafts();
    expect(sessionStorage.length).toBe(1);
    expect(sessionStorage.getItem('something-else')).toBe('kept');
  });
});
