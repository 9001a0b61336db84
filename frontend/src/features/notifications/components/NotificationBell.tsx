import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notice } from '@/lib/api/types';
import { useMarkAllNoticesRead, useMarkNoticeRead, useNotifications } from '../api/notifications';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/**
 * The bell in the header: the member's notices in the selected tenant (an SLA warning, a breach to escalate), newest
 * first, unread ones marked; opening one marks it read and goes to its page.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation('notifications');
  const [opened, popover] = useDisclosure(false);
  const notices = useNotifications(i18n.language, true);
  const markRead = useMarkNoticeRead();
  const markAll = useMarkAllNoticesRead();
  const navigate = useNavigate();
  const unread = notices.data?.unread ?? 0;
  const items = notices.data?.page.items ?? [];

  const open = (notice: Notice) => {
    if (!notice.readAt) markRead.mutate(notice.id);
    popover.close();
    if (notice.link) void navigate(notice.link);
  };

  return (
    <Popover opened={opened} onChange={(next) => (next ? popover.open() : popover.close())} width={340} position="bottom-end" shadow="md" trapFocus>
      {/* the target is the button itself, so the popover's aria attributes land on the button, not on a div */}
      <Indicator disabled={unread === 0} label={unread > 99 ? '99+' : unread} size={16} offset={4} color="red">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={popover.toggle}
            aria-label={unread === 0 ? t('bell') : t('bellUnread', { count: unread })}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown role="dialog" aria-label={t('title')} data-testid="notification-list">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('title')}</Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => markAll.mutate()} loading={markAll.isPending}>
              {t('markAllRead')}
            </Button>
          )}
        </Group>
        {notices.isError && (
          <Text size="sm" c="dimmed" role="status">
            {t('unavailable')}
          </Text>
        )}
        {notices.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" role="status">
            {t('empty')}
          </Text>
        )}
        <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((notice) => (
            <li key={notice.id}>
              <UnstyledButton
                onClick={() => open(notice)}
                w="100%"
                p={6}
                style={{ borderRadius: 4, background: notice.readAt ? undefined : 'var(--mantine-color-blue-light)' }}
                data-testid={`notice-${notice.id}`}
              >
                <Text size="sm" fw={notice.readAt ? 400 : 600}>
                  {notice.readAt ? null : <VisuallyHidden>{t('unreadMark')} </VisuallyHidden>}
                  {notice.title}
                </Text>
                {notice.body && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {notice.body}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {new Date(notice.createdAt).toLocaleString(i18n.language)}
                </Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
        {notices.data && notices.data.page.total > items.length && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('more', { count: notices.data.page.total - items.length })}
          </Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
