import type { RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/AppLayout';
import { LandingRoute } from '@/features/landing';
import { NotFoundRoute } from './routes/NotFoundRoute';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <LandingRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
