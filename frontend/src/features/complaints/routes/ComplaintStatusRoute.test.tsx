import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { renderRoute } from '@/testing/render';
import { publicView, STATUS_TOKEN } from '../testing/fixtures';

const PATH = `/api/public/complaints/status/${STATUS_TOKEN}`;

describe('complaint status page', () => {
  it('shows reference, status and the conversation without login, and an answer opens the complaint again', async () => {
    const answered = publicView({
      status: 'OPEN',
      messages: [
        ...publicView().messages,
        { id: 'p2', type: 'CUSTOMER_MESSAGE', body: 'Here is the photo.', createdAt: '2026-11-30T12:00:00Z' },
      ],
    });
    const { requests } = mockApi({ [`GET ${PATH}`]: publicView(), [`POST ${PATH}`]: answered });
    const user = userEvent.setup();
    renderRoute(`/complaint-status/${STATUS_TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcel arrived damaged' })).toBeInTheDocument();
    expect(screen.getByText('Reference C-2026-0001')).toBeInTheDocument();
    expect(screen.getByTestId('complaint-status')).toHaveTextContent('Waiting for your answer');
    const conversation = screen.getByRole('list', { name: 'Messages, oldest first' });
    expect(within(conversation).getByRole('article', { name: 'Our reply' })).toHaveTextContent('Sorry! Could you send a photo?');

    await user.click(screen.getByTestId('complaint-answer-submit'));
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveAccessibleDescription('This field is required.');
    await user.type(screen.getByRole('textbox', { name: 'Your message' }), ' Here is the photo. ');
    await user.click(screen.getByTestId('complaint-answer-submit'));

    expect(await screen.findByText('Your message was sent.')).toBeInTheDocument();
    expect(screen.getByTestId('complaint-status')).toHaveTextContent('In progress');
    expect(within(conversation).getByRole('article', { name: 'You' })).toHaveTextContent('Here is the photo.');
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveValue('');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ body: 'Here is the photo.' });
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);
  });

  it('shows a closed complaint without the answer box', async () => {
    mockApi({ [`GET ${PATH}`]: publicView({ status: 'CLOSED' }) });
    renderRoute(`/complaint-status/${STATUS_TOKEN}`);
    expect(await screen.findByTestId('complaint-closed')).toBeInTheDocument();
    expect(screen.getByTestId('complaint-status')).toHaveTextContent('Closed');
    expect(screen.queryByTestId('complaint-answer-form')).not.toBeInTheDocument();
  });

  it('shows the server’s refusal of an answer', async () => {
    mockApi({
      [`GET ${PATH}`]: publicView(),
      [`POST ${PATH}`]: problemResponse(422, { title: 'Unprocessable', detail: 'the complaint is closed' }),
    });
    const user = userEvent.setup();
    renderRoute(`/complaint-status/${STATUS_TOKEN}`);
    await user.type(await screen.findByRole('textbox', { name: 'Your message' }), 'Hello?');
    await user.click(screen.getByTestId('complaint-answer-submit'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('the complaint is closed'));
  });

  it('explains an unknown link', async () => {
    mockApi({ [`GET ${PATH}`]: problemResponse(404, { title: 'Not Found' }) });
    renderRoute(`/complaint-status/${STATUS_TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
  });

  it('shows the customer what they wrote and when', async () => {
    mockApi({ [`GET ${PATH}`]: publicView() });
    renderRoute(`/complaint-status/${STATUS_TOKEN}`);
    expect(await screen.findByTestId('complaint-status-description')).toHaveTextContent('The parcel arrived damaged.');
    expect(screen.getByTestId('complaint-status-created')).toHaveTextContent(/^You wrote on .*2026/);
  });
});
