import { type ComponentType, createContext, Suspense, useContext } from 'react';

/*
 * Places where one feature's screen shows another feature's part, filled by the app layer
 * (app/provider.tsx): features never import each other (biome.json), so the case page names a slot
 * and the app decides what goes in it (the agenda's appointments of the case).
 */
export interface CaseSlotProps {
  caseId: string;
  householdId: string;
  closed: boolean;
}

export interface Slots {
  caseAppointments?: ComponentType<CaseSlotProps>;
}

const SlotsContext = createContext<Slots>({});

export const SlotsProvider = SlotsContext.Provider;

/** The case page's appointments slot: empty when the app put nothing in it. */
export function CaseAppointmentsSlot(props: CaseSlotProps) {
  const { caseAppointments: Part } = useContext(SlotsContext);
  if (!Part) return null;
  return (
    <Suspense fallback={null}>
      <Part {...props} />
    </Suspense>
  );
}
