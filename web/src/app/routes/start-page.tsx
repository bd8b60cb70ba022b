import type { ComponentType } from 'react';
import { can } from '../../lib/roles';
import { useMe } from '../../lib/session';

/**
 * The page the app opens on: "my day" for those who keep tasks (case workers, coordinators), the
 * module overview for the others (admins, partners, analysts).
 */
export function StartPage({ myDay: MyDay, home: Home }: { myDay: ComponentType; home: ComponentType }) {
  const me = useMe();
  return can(me.role, 'task.use') ? <MyDay /> : <Home />;
}
