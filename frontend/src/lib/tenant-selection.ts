import { useSyncExternalStore } from 'react';

/** localStorage key of the selected tenant's id. */
export const TENANT_STORAGE_KEY = 'fokus.tenant';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): string | null {
  try {
    const value = window.localStorage.getItem(TENANT_STORAGE_KEY);
    return value && UUID_PATTERN.test(value) ? value : null;
  } catch {
    return null; // storage disabled
  }
}

// Storage may be disabled: keep the selection in memory as well.
let memory: string | null | undefined;

/** The tenant the user chose (sent as X-Fokus-Tenant), or null when none is chosen. */
export function getSelectedTenantId(): string | null {
  if (memory === undefined) memory = read();
  return memory;
}

/** Selects a tenant (null clears the selection) and notifies subscribers. */
export function setSelectedTenantId(tenantId: string | null): void {
  const next = tenantId && UUID_PATTERN.test(tenantId) ? tenantId : null;
  if (next === getSelectedTenantId()) return;
  memory = next;
  try {
    if (next) window.localStorage.setItem(TENANT_STORAGE_KEY, next);
    else window.localStorage.removeItem(TENANT_STORAGE_KEY);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  listeners.forEach((listener) => listener());
}

export function subscribeSelectedTenant(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab changed the selection.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== TENANT_STORAGE_KEY) return;
    const next = read();
    if (next === memory) return;
    memory = next;
    listeners.forEach((listener) => listener());
  });
}

/** Re-reads localStorage (tests clear it between cases). */
export function resetTenantSelectionCache(): void {
  memory = undefined;
}

/** The selected tenant's id, re-rendering on change. */
export function useSelectedTenantId(): string | null {
  return useSyncExternalStore(subscribeSelectedTenant, getSelectedTenantId, () => null);
}
