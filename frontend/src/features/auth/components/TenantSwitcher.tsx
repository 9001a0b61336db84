import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSelectTenant, useSession } from '../hooks/useSession';

/** Switches between the user's organizations; only shown with more than one membership. */
export function TenantSwitcher() {
  const { t } = useTranslation('auth');
  const { me } = useSession();
  const selectTenant = useSelectTenant();
  const navigate = useNavigate();
  const memberships = me.data?.memberships ?? [];
  if (memberships.length < 2) return null;

  const selected = me.data?.selectedTenantId ?? '';
  return (
    <NativeSelect
      size="xs"
      aria-label={t('tenant.switcherLabel')}
      data-testid="tenant-switcher"
      value={selected}
      onChange={(event) => {
        const tenantId = event.currentTarget.value;
        if (!tenantId || tenantId === selected) return;
        selectTenant(tenantId);
        void navigate('/');
      }}
      data={[
        ...(selected ? [] : [{ value: '', label: t('tenant.choosePlaceholder'), disabled: true }]),
        ...memberships.map((m) => ({ value: m.tenantId, label: m.tenantName })),
      ]}
      maw={220}
    />
  );
}
