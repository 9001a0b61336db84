import { createContext, useContext } from 'react';
import type { RuntimeConfig } from '@/lib/api/types';

export const RuntimeConfigContext = createContext<RuntimeConfig | null>(null);

/** The configuration fetched from GET /api/config before the app starts. */
export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (!config) throw new Error('useRuntimeConfig outside of AuthBoundary');
  return config;
}
